package quote

import (
	"math"
	"strconv"
)

// featSink takes features one by one: it adds up their weights in model
// m, or, with no model, keeps them (for training). Reused between cues,
// so that deciding allocates nothing.
type featSink struct {
	m   *CueModel
	sum float64
	out []string
	buf []byte
}

// fixedFeature is a feature of no parts to join: its weight is read once
// a model (CueModel.fixed) rather than built, hashed and looked up for
// each cue.
type fixedFeature uint8

const (
	fxBorrowed fixedFeature = iota
	fxListener
	fxNeg
	fxRoot
	fxAfter
	fxBefore
	fxToEnd
	fxQuoted
	fxAccording
	fxSent0
	fxSentQuote
	nFixed
)

var fixedNames = [nFixed]string{"borrowed", "listener", "neg", "hl=ROOT", "after", "before", "toend",
	"quoted", "according", "sent0", "sentquote"}

// addFixed is add(fixedNames[f]).
func (s *featSink) addFixed(f fixedFeature) {
	if s.m != nil {
		s.sum += float64(s.m.fixed[f])
	} else {
		s.out = append(s.out, fixedNames[f])
	}
}

func (s *featSink) reset(m *CueModel) { s.m, s.sum, s.out = m, 0, s.out[:0] }

// add takes the feature made of parts joined. With a model, the parts are
// hashed one after the other rather than joined (see feattab.go).
func (s *featSink) add(parts ...string) {
	if s.m != nil && !s.m.joined {
		h := featOffset
		for _, p := range parts {
			h = h.str(p)
		}
		s.sum += float64(s.m.weightOf(h))
		return
	}
	b := s.buf[:0]
	for _, p := range parts {
		b = append(b, p...)
	}
	s.buf = b
	if s.m != nil {
		s.sum += float64(s.m.w[string(b)])
	} else {
		s.out = append(s.out, string(b))
	}
}

// cueFeatures gives to out the features the reported-speech model reads
// for cue c: what the lexicon says of the word, how the verb holds its
// content, who holds it and how the verb is used. Every feature is a
// "name=value" string; the model gives each a weight (see cueModel).
// Only lemmas, tags and relations go in: no words of the text beyond
// closed-class ones.
func (w *work) cueFeatures(c *cue, out *featSink) {
	w.cueHeadFeatures(c, out)
	w.cueEndFeatures(c, out)
}

// cueHeadFeatures gives the features of cue c that do not read where its
// content ends (c.hi): decide adds them up once for all the ends it tries.
func (w *work) cueHeadFeatures(c *cue, out *featSink) {
	toks := w.d.Tokens
	t := &toks[c.tok]
	fr := c.frame.String()
	add := func(parts ...string) { out.add(parts...) } // not the method value: its arguments would go to the heap
	sb := scoreBucket(c.score)
	e := w.lex.lookup(c.key)
	pk := headPrefix{key: c.key, upos: t.UPOS, xpos: t.XPOS, frame: c.frame, sb: sb,
		unseen: e == nil || e.counts[c.frame].N == 0, misread: c.misread}
	// Only a sum from +0 is kept and taken: the model's sum then goes on
	// from the same number, in the same order, as it would have.
	fromZero := out.m != nil && out.sum == 0 && !math.Signbit(out.sum)
	if !fromZero || !w.prefixSum(pk, out) {
		add("bias")
		add("k=", c.key)
		add("kf=", c.key, "|", fr)
		add("f=", fr)
		add("sc=", sb)
		add("scf=", sb, "|", fr)
		if pk.unseen {
			add("unseen|", fr)
		}
		add("pos=", t.UPOS)
		if c.misread {
			add("misread|", fr)
		}
		add("tag=", t.XPOS)
		add("tagf=", t.XPOS, "|", fr)
		if fromZero {
			w.keepPrefixSum(pk, out)
		}
	}

	sk, sk1, sk2 := w.subjectKind(c)
	add("sk=", sk, sk1, sk2)
	if c.subj >= 0 && toks[c.subj].UPOS == "NOUN" {
		add("subjl=", w.lemma(c.subj))
	}
	add("skf=", sk, sk1, sk2, "|", fr)
	add("sksc=", sk, sk1, sk2, "|", sb)
	add("skk=", sk, sk1, sk2, "|", c.key)
	if c.subj >= 0 && !c.source && t.UPOS == "VERB" && !w.hasSubject(c.tok) {
		out.addFixed(fxBorrowed)
	}
	if c.listener >= 0 {
		out.addFixed(fxListener)
	}

	// Tense, aspect, modality and negation.
	neg := false
	for _, k := range w.children(c.tok) {
		kt := &toks[k]
		switch kt.Rel {
		case "aux", "aux:pass":
			add("aux=", w.lemma(int(k)))
		case "advmod":
			if l := w.lemma(int(k)); l == "not" || l == "never" || l == "n't" {
				neg = true
			}
		case "mark":
			add("cuemark=", w.lemma(int(k)))
		}
	}
	if neg {
		out.addFixed(fxNeg)
	}

	// Where the verb sits: its relation and what it hangs from.
	add("rel=", t.Rel)
	add("relf=", t.Rel, "|", fr)
	if h := w.head(c.tok); h >= 0 {
		add("hl=", w.lemma(h))
		add("hpos=", toks[h].UPOS, "|", t.Rel)
		if o := w.cueAt(h); o != nil {
			add("hcue=", scoreBucket(o.score))
		}
	} else {
		out.addFixed(fxRoot)
	}
	for oi := range w.cues {
		if o := &w.cues[oi]; o != c && o.inRegion(c.tok) {
			add("inside=", scoreBucket(o.score))
			break
		}
	}
}

// headPrefix is what the first features of cueHeadFeatures read: a cue
// word's key, tags, frame and score. Their sum from 0 is kept per prefix
// (prefixSum), as many cues share it: each feature is a lookup among the
// model's, a likely cache miss.
type headPrefix struct {
	key, upos, xpos string
	frame           Frame
	sb              string
	unseen, misread bool
}

// maxPrefixSums bounds the kept sums; the map starts again when full.
const maxPrefixSums = 1 << 14

// prefixSum sets out's sum to the kept sum of prefix k and reports
// whether it had one.
func (w *work) prefixSum(k headPrefix, out *featSink) bool {
	if out.m != w.prefixModel {
		return false
	}
	s, ok := w.prefixSums[k]
	if ok {
		out.sum = s
	}
	return ok
}

// keepPrefixSum keeps out's sum, summed from 0, as prefix k's.
func (w *work) keepPrefixSum(k headPrefix, out *featSink) {
	if w.prefixModel != out.m || len(w.prefixSums) >= maxPrefixSums {
		w.prefixModel, w.prefixSums = out.m, make(map[headPrefix]float64)
	}
	w.prefixSums[k] = out.sum
}

// cueEndFeatures gives the features of cue c that follow its head's (see
// cueHeadFeatures), in the order the model's sum has always taken them:
// the content [c.lo, c.hi) and, after it, the cue's place.
func (w *work) cueEndFeatures(c *cue, out *featSink) {
	toks := w.d.Tokens
	fr := c.frame.String()
	add := func(parts ...string) { out.add(parts...) } // not the method value: its arguments would go to the heap

	// The content: how it starts, how long it is, whether it is a clause.
	if c.lo < c.hi {
		first := w.firstWord(c.lo, c.hi)
		if first >= 0 {
			ft := &toks[first]
			switch ft.UPOS {
			case "SCONJ", "PART", "ADP", "PRON", "DET", "AUX", "ADV", "CCONJ":
				add("c0=", w.lemma(first))
			default:
				add("c0=", ft.UPOS)
			}
		}
		n := w.words(c.lo, c.hi)
		add("len=", lenBucket(n))
		add("lenf=", lenBucket(n), "|", fr)
		if !w.hasVerb(c.lo, c.hi) {
			add("noverb|", fr)
		}
		if h := w.regionHead(c); h >= 0 {
			add("ch=", w.lemma(h), "|", toks[h].UPOS)
			add("kch=", c.key, "|", w.lemma(h))
		}
		if c.lo > c.tok {
			out.addFixed(fxAfter)
			add("gap=", lenBucket(w.words(c.last+1, c.lo)))
		} else {
			out.addFixed(fxBefore)
		}
		if s := w.sentOf[c.hi-1]; s >= 0 {
			if w.words(c.hi, w.d.Sentences[s].EndToken) == 0 {
				out.addFixed(fxToEnd)
			} else {
				add("next=", w.lowWord(c.hi))
			}
		}
		held := -1.0
		for oi := range w.cues {
			if o := &w.cues[oi]; o != c && c.inRegion(o.tok) && o.score > held {
				held = o.score
			}
		}
		if held >= 0 {
			add("holds=", scoreBucket(held))
		}
		if w.quotedIn(c.lo, c.hi) {
			out.addFixed(fxQuoted)
		}
	}
	if c.source {
		out.addFixed(fxAccording)
	}

	// Position in the sentence and the article.
	if s := w.sentOf[c.tok]; s >= 0 {
		st := w.d.Sentences[s]
		add("spos=", lenBucket(w.words(st.FirstToken, c.tok)))
		if s == 0 {
			out.addFixed(fxSent0)
		}
		if w.quotedIn(st.FirstToken, st.EndToken) {
			out.addFixed(fxSentQuote)
		}
	}

	// Where the content ends (see cueends.go): the model sees each end and
	// the stage keeps the likeliest (see decide).
	e, lo, hi := c.endOf()
	v := endNames[e]
	if c.ends[endRaw] == 0 && c.ends[endLong] == 0 && c.ends[endFull] == 0 {
		v = "only"
	}
	add("var=", v, "|", fr)
	if e == endExt {
		// The default end: what the others would cut or add.
		if r := c.ends[endRaw]; r > 0 {
			w.endFeatures(out, "ext-raw", r, c.hi, c.key, fr)
		}
		if l := c.ends[endLong]; l > 0 {
			w.endFeatures(out, "ext-long", c.hi, l, c.key, fr)
		}
		if f := c.ends[endFull]; f > 0 {
			w.endFeatures(out, "ext-full", max(c.hi, c.ends[endLong]), f, c.key, fr)
		}
	} else {
		w.endFeatures(out, v, lo, hi, c.key, fr)
	}
}

// endFeatures describes the tokens [lo, hi) that one end of a content has
// and another has not (v names which): how they start, the relation of
// their first word, their length.
func (w *work) endFeatures(out *featSink, v string, lo, hi int, key, fr string) {
	add := func(parts ...string) { out.add(parts...) } // not the method value: its arguments would go to the heap
	x := w.firstWord(lo, hi)
	if x < 0 {
		return
	}
	xt := &w.d.Tokens[x]
	desc := xt.UPOS
	switch xt.UPOS {
	case "ADP", "SCONJ", "ADV", "CCONJ", "PART", "DET", "PRON", "AUX":
		desc = w.lemma(x)
	}
	before := "" // the punctuation before: ", while"; a part of its own, not joined
	if x > lo {
		before = w.lowWord(lo)
	}
	add("xw=", v, "|", before, desc)
	add("xr=", v, "|", xt.Rel)
	add("xn=", v, "|", lenBucket(w.words(lo, hi)))
	add("xk=", v, "|", key)
	add("xwf=", v, "|", before, desc, "|", fr)
	if w.hasVerb(lo, hi) {
		add("xv=", v)
	}
}

// subjectKind names who holds a cue's content: an entity's mention kind
// and type, a pronoun, a common or proper noun with no entity, nobody. The
// name is its three parts joined ("pron:" "he" "", "name" ":" "PERSON"):
// featSink joins them, or hashes one after the other, with no new string.
func (w *work) subjectKind(c *cue) (string, string, string) {
	switch {
	case c.passive:
		return "passive", "", ""
	case c.subj < 0:
		return "none", "", ""
	}
	st := &w.d.Tokens[c.subj]
	if st.UPOS == "PRON" {
		switch l := w.lowWord(c.subj); l {
		case "i", "we", "he", "she", "they", "it", "who", "which", "that", "you":
			return "pron:", l, ""
		}
		return "pron", "", ""
	}
	if m := w.mention[c.subj]; m >= 0 {
		mt := w.d.Mentions[m]
		typ := mt.Type
		if e := mt.Entity; e >= 0 && e < len(w.d.Entities) {
			typ = w.d.Entities[e].Type
		}
		return string(mt.Kind), ":", typ
	}
	if e := w.entityOf(c.subj); e >= 0 {
		return "near:", w.d.Entities[e].Type, ""
	}
	return "bare:", st.UPOS, ""
}

// cueAt returns the cue on token t, nil when none.
func (w *work) cueAt(t int) *cue {
	for i := range w.cues {
		if w.cues[i].tok == t {
			return &w.cues[i]
		}
	}
	return nil
}

// quotedIn reports whether a token in [lo, hi) is inside quotation marks.
// Most spans asked (a cue's content, its sentence) hold no token of any
// quoted stretch, which marksTo tells without reading them.
func (w *work) quotedIn(lo, hi int) bool {
	lo, hi = max(lo, 0), min(hi, len(w.inQuote))
	if lo >= hi || w.marksTo[hi] == w.marksTo[lo] {
		return false
	}
	for t := lo; t < hi; t++ {
		if w.quoted(t) >= 0 {
			return true
		}
	}
	return false
}

// countQuoted fills marksTo from inQuote, which indexStretches set for
// good: a stretch's title flag may change later, its tokens do not.
func (w *work) countQuoted() {
	w.marksTo = resize(w.marksTo, len(w.inQuote)+1)
	for t, k := range w.inQuote {
		w.marksTo[t+1] = w.marksTo[t]
		if k >= 0 {
			w.marksTo[t+1]++
		}
	}
}

func scoreBucket(s float64) string {
	b := int(s * 10)
	return strconv.Itoa(min(max(b, 0), 9))
}

func lenBucket(n int) string {
	switch {
	case n <= 1:
		return "1"
	case n <= 2:
		return "2"
	case n <= 4:
		return "4"
	case n <= 8:
		return "8"
	case n <= 16:
		return "16"
	case n <= 32:
		return "32"
	}
	return "more"
}

// regionHead returns the token of cue c's content whose head lies outside
// it (the content's own head), -1 when none.
// A subject the parse hung on the cue before the clause it belongs to
// ("said farmers were happier", see strandedsubject.go) is not that
// head: the clause after it is.
func (w *work) regionHead(c *cue) int {
	first := -1
	for t := c.lo; t < c.hi; t++ {
		if !c.inRegion(t) || w.isPunct(t) {
			continue
		}
		if h := w.head(t); h < c.lo || h >= c.hi {
			if first >= 0 {
				if h == c.tok && w.d.Tokens[t].Rel == "ccomp" {
					return t
				}
				continue
			}
			if h != c.tok || c.frame != FrameCcomp || w.d.Tokens[t].Rel == "ccomp" {
				return t
			}
			first = t
		}
	}
	return first
}
