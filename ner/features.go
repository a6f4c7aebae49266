package ner

import (
	"dateline/gazetteer"
	"dateline/internal/perceptron"
	"dateline/text"
)

// Feature templates. A template number is mixed into every feature hash, so
// renumbering them invalidates a trained model: add new ones at the end.
const (
	tBias uint64 = iota + 1
	tWord
	tLower
	tShape
	tShapeLen
	tPrefix
	tSuffix
	tPrevLower
	tNextLower
	tPrev2Lower
	tNext2Lower
	tPrevShape
	tNextShape
	tBigramL
	tBigramR
	tShape3
	tFirst
	tCapsLine
	tCapsLineLower
	tGaz
	tGazFlag
	tGazPrev
	tGazNext
	tDocCase
	tHyphen
	tPrevTag
	tPrevTags
	tPrevTagLower
	tPrevTagShape
	tP1
	tP1Around
	tAgg
	tAggMajor
	tAggCase
	tPrevPrevLower
	tNextNextShape
)

// tokInfo is what the features of one token are built from; tokens are
// hashed once per document, and each feature combines the hashes.
type tokInfo struct {
	word, lower, shape uint64
	shapeLen           uint64
	cap                bool // first letter upper case
	lowerCase          bool // no upper-case letter at all
	first              bool // first token of its sentence
	capsLine           bool // its sentence has no lower-case word
	docLower           bool // the lower-case form appears lower case elsewhere in running text
	docCapMid          bool // the form appears capitalised mid-sentence in running text
	gaz                [3]uint64
	ngaz               int
	gazFlag            uint64
	hyphen             uint64   // the first part of a hyphenated word, lower-cased
	key                string   // lower-cased form for document aggregation
	sent               [2]int32 // its sentence's [first, end) tokens
	form               int32    // key's number in the document (formTable), -1 outside every sentence
}

// feats hold the static features of every token of a document: the
// features of token i are all[lo[i]:hi[i]] (none for a token outside every
// sentence), its own features (ownFeatures) all[lo[i]:mid[i]], then its
// context's strong features all[mid[i]:wk[i]] and weak ones
// all[wk[i]:hi[i]]. A Tagger's builder fills info alone: precompute makes
// a token's own features for a word its cache does not hold and its
// strong ones into its lookup call, and early.go its weak ones only for a
// decision the others leave in doubt (weakContext).
type feats struct {
	info            []tokInfo
	all             []uint64
	lo, mid, wk, hi []int
	forms           int // distinct forms (tokInfo.form)
}

func fx(t, a uint64) uint64        { return perceptron.Mix(perceptron.Mix(0x6e65722e7631, t), a) }
func fx2(t, a, b uint64) uint64    { return perceptron.Mix(fx(t, a), b) }
func fx3(t, a, b, c uint64) uint64 { return perceptron.Mix(fx2(t, a, b), c) }

// builder computes features for one document; it keeps buffers between
// documents (a Stage pools them).
type builder struct {
	f     feats
	buf   []byte
	forms formTable
	seen  []uint8 // by form: docLower|docCapMid bits
	// tagger fills f.info alone, not the static features (see feats).
	tagger bool
}

const (
	seenLower  = 1
	seenCapMid = 2
)

// build fills b.f for d's tokens, sentence by sentence.
func (b *builder) build(d *text.Document, sents []sentRange, g *gazetteer.Gazetteer) *feats {
	n := len(d.Tokens)
	f := &b.f
	f.info = grow(f.info, n)
	clear(f.info)
	for i := range f.info {
		f.info[i].form = -1
	}
	b.forms.reset(n)
	b.seen = b.seen[:0]
	gm := g.SentenceMatches(d)

	// Pass over the tokens: hashes, case, and what running text says about
	// each form's case.
	for _, s := range sents {
		caps := true
		for i := s.first; i < s.end; i++ {
			w := d.Text[d.Tokens[i].Start:d.Tokens[i].End]
			if hasLower(w) {
				caps = false
				break
			}
		}
		for i := s.first; i < s.end; i++ {
			w := d.Text[d.Tokens[i].Start:d.Tokens[i].End]
			t := &f.info[i]
			*t = tokInfo{first: i == s.first, capsLine: caps, sent: [2]int32{int32(s.first), int32(s.end)}}
			b.fill(t, w)
			t.form = b.forms.id(t.lower, t.key)
			if int(t.form) == len(b.seen) {
				b.seen = append(b.seen, 0)
			}
			if !caps && !t.first && isWord(w) {
				if t.lowerCase {
					b.seen[t.form] |= seenLower
				} else if t.cap {
					b.seen[t.form] |= seenCapMid
				}
			}
		}
		// Gazetteer phrases in the sentence, found once for this tagger
		// and entity resolution.
		for _, m := range gm[s.si] {
			for j := m.Start; j < m.End; j++ {
				t := &f.info[s.first+j]
				pos := uint64(1) // inside
				switch {
				case m.End-m.Start == 1:
					pos = 4
				case j == m.Start:
					pos = 2
				case j == m.End-1:
					pos = 3
				}
				h := fx2(tGaz, uint64(m.Kind), pos)
				if !hasHash(t.gaz[:t.ngaz], h) && t.ngaz < len(t.gaz) {
					t.gaz[t.ngaz] = h
					t.ngaz++
				}
				if t.gazFlag == 0 {
					t.gazFlag = fx2(tGazFlag, uint64(m.Kind), uint64(m.Flags&(gazetteer.FlagCommonWord|gazetteer.FlagPersonName|gazetteer.FlagSurname)))
				}
			}
		}
	}
	for i := range f.info {
		// Only a word with a capital has a document-case feature
		// (contextFeatures): most words are looked up no more.
		if t := &f.info[i]; !t.lowerCase && t.form >= 0 {
			s := b.seen[t.form]
			t.docLower, t.docCapMid = s&seenLower != 0, s&seenCapMid != 0
		}
	}

	f.forms = len(b.seen)
	if !b.tagger {
		b.static(sents)
	}
	return f
}

// static fills b.f's static features of each token.
func (b *builder) static(sents []sentRange) {
	f := &b.f
	n := len(f.info)
	f.all = f.all[:0]
	f.lo, f.mid, f.wk, f.hi = grow(f.lo, n), grow(f.mid, n), grow(f.wk, n), grow(f.hi, n)
	clear(f.lo)
	clear(f.mid)
	clear(f.wk)
	clear(f.hi)
	for _, s := range sents {
		for i := s.first; i < s.end; i++ {
			f.lo[i] = len(f.all)
			f.all = ownFeatures(f.all, &f.info[i])
			f.mid[i] = len(f.all)
			f.all = strongContext(f.all, f.info, i, s.first, s.end)
			f.wk[i] = len(f.all)
			f.all = weakContext(f.all, f.info, i)
			f.hi[i] = len(f.all)
		}
	}
}

var (
	hStart = perceptron.String("<s>")
	hEnd   = perceptron.String("</s>")
)

// ownFeatures appends the static features that depend on token t's text,
// whether it opens its sentence and whether its sentence is all capitals,
// and on nothing else: the same wherever the word recurs so placed, so a
// tagger keeps their sums (wordcache.go). contextFeatures appends the
// others. The sums are integers, so the order of features changes nothing.
func ownFeatures(dst []uint64, t *tokInfo) []uint64 {
	caps := uint64(0)
	if t.capsLine {
		caps = 1
	}
	dst = append(dst,
		fx(tBias, 0),
		fx(tWord, t.word),
		fx(tLower, t.lower),
		fx(tShape, t.shape),
		fx2(tShapeLen, t.shape, t.shapeLen),
		fx2(tCapsLine, caps, t.shape),
	)
	// Affixes of up to four bytes of the lower-cased form: hashed here,
	// not for every token in fill, since a word the tagger's cache holds
	// needs none of these features.
	lw := t.key
	for k := 1; k <= min(4, len(lw)); k++ {
		if pre := perceptron.String(lw[:k]); pre != 0 {
			dst = append(dst, fx2(tPrefix, uint64(k-1), pre), fx2(tSuffix, uint64(k-1), perceptron.String(lw[len(lw)-k:])))
		}
	}
	if t.first {
		dst = append(dst, fx(tFirst, t.shape))
	}
	if t.capsLine {
		dst = append(dst, fx(tCapsLineLower, t.lower))
	}
	if t.hyphen != 0 {
		dst = append(dst, fx(tHyphen, t.hyphen))
	}
	return dst
}

// strongContext appends token i's context features that decide most
// tokens with its own (early.go): the shapes of the words beside it,
// gazetteer phrases and the document's casing.
func strongContext(dst []uint64, info []tokInfo, i, first, end int) []uint64 {
	t := &info[i]
	ps, ns := hStart, hEnd
	if i > first {
		ps = info[i-1].shape
	}
	if i+1 < end {
		ns = info[i+1].shape
	}
	dst = append(dst, fx(tPrevShape, ps), fx(tNextShape, ns))
	dst = append(dst, t.gaz[:t.ngaz]...)
	if t.gazFlag != 0 {
		dst = append(dst, t.gazFlag)
	}
	if i > first {
		for _, h := range info[i-1].gaz[:info[i-1].ngaz] {
			dst = append(dst, fx(tGazPrev, h))
		}
	}
	if i+1 < end {
		for _, h := range info[i+1].gaz[:info[i+1].ngaz] {
			dst = append(dst, fx(tGazNext, h))
		}
	}
	if !t.lowerCase {
		dc := uint64(0)
		if t.docLower {
			dc |= 1
		}
		if t.docCapMid {
			dc |= 2
		}
		if t.first || t.capsLine {
			dc |= 4
		}
		dst = append(dst, fx(tDocCase, dc))
	}
	return dst
}

// weakContext appends token i's other context features: the words around
// it, alone and in pairs, one and two away.
func weakContext(dst []uint64, info []tokInfo, i int) []uint64 {
	t := &info[i]
	first, end := int(t.sent[0]), int(t.sent[1])
	word := func(j int) (uint64, uint64) {
		if j < first {
			return hStart, hStart
		}
		if j >= end {
			return hEnd, hEnd
		}
		return info[j].lower, info[j].shape
	}
	pl, ps := word(i - 1)
	nl, ns := word(i + 1)
	ppl, _ := word(i - 2)
	nnl, nns := word(i + 2)
	return append(dst,
		fx(tPrevLower, pl),
		fx(tNextLower, nl),
		fx(tPrev2Lower, ppl),
		fx(tNext2Lower, nnl),
		fx2(tBigramL, pl, t.lower),
		fx2(tBigramR, t.lower, nl),
		fx3(tShape3, ps, t.shape, ns),
		fx2(tPrevPrevLower, ppl, pl),
		fx2(tNextNextShape, ns, nns),
	)
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func hasHash(hs []uint64, h uint64) bool {
	for _, x := range hs {
		if x == h {
			return true
		}
	}
	return false
}
