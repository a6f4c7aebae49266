package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline/text"
)

// stretch is a quoted stretch placed on the tokens: [first, end) are the
// content tokens, without the marks.
type stretch struct {
	Quoted
	first, end   int
	sent0, sent1 int // sentences of the first and last content token
	words        int // word tokens inside
	quote        int // index of the candidate made from it, -1
	// title: a short capitalised stretch ("Morning Joe", “Shark Tank”), the
	// name of a show, a book or a slogan rather than words someone said.
	title bool
}

// work is one document's scratch, pooled between documents.
type work struct {
	d   *text.Document
	lex *Lexicon
	all bool // keep every verb with content, whatever the lexicon says (for mining)

	minReported float64
	model       *CueModel    // decides reported speech; nil: the lexicon bar
	calib       *Calibration // maps the rules' confidence to a share right; nil: none
	sink        featSink
	// prefixSums are the sums of cueHeadFeatures' first features under
	// prefixModel (see headPrefix); kept from document to document.
	prefixSums  map[headPrefix]float64
	prefixModel *CueModel
	extraSeen   []bool
	joinParts   bool
	addSources  bool // give a noun subject with no entity one (entity.AddSource)

	kidStart []int32 // children of token i: kids[kidStart[i]:kidStart[i+1]]
	kids     []int32
	sentOf   []int32 // sentence of each token
	inQuote  []int32 // stretch holding the token (content or mark), -1
	mention  []int32 // the mention whose entity covers the token, -1
	usedCue  []bool  // the token is the cue of a quote already made

	// Per-token and per-sentence answers many rules ask again, filled on
	// first use (see memo.go): each would otherwise lower-case a word,
	// look it up in several maps or read a whole sentence every time.
	lowWords  []string // lower(word(i)); "" not yet made
	lowLemmas []string // lemma(i), lower(Tokens[i].Lemma); "" not yet made
	titleTok  []int8   // isTitle(word(i)): 0 not yet asked, 1 no, 2 yes
	timeTok   []int8   // isTimeTok(i), the same way
	sourceTok []int8   // entity.IsSourceNoun(word(i)), the same way
	keys      []string // cueKeyOf(i) of a noun or adjective; "" not yet made
	keyRead   []int8   // what cueKeyParts read of token i: keyUnread, keyPlain, …
	titleSent []int8   // titleCase of sentence s: 0 not yet asked, 1 no, 2 yes
	// wordAnswers keeps answers about words from document to document
	// (wordAnswer): unlike the memos above, reset leaves it.
	wordAnswers map[string]uint8
	datelines   []int32 // 1 + datelineLen of paragraph p; 0 not yet read
	subLo       []int32 // subtree(i); subHi[i] 0: not yet read
	subHi       []int32
	punct       []int8  // isPunct(i): 0 not yet read, 1 no, 2 yes
	wordsTo     []int32 // word tokens before token i (see words)
	marksTo     []int32 // tokens before token i inside a quoted stretch (see quotedIn)
	// texts are the tokens' words (word): 16 bytes a token, where the
	// rules' reads of a token's offsets loaded its 104.
	texts []string

	// settled: the first findCues pass made token i a cue or ruled it out
	// on grounds the lexicon's score has no part in, so the second pass
	// (findExtraCues, which drops the first pass's cues) would only redo
	// the same analysis; secondPass: findCues runs for findExtraCues.
	settled    []bool
	secondPass bool

	stretches []stretch
	cues      []cue
	cands     []cand
	keep      []int
	stack     []int32
}

func (w *work) reset(d *text.Document, lex *Lexicon) {
	w.d, w.lex = d, lex
	n := len(d.Tokens)
	w.kidStart = resize(w.kidStart, n+1)
	w.kids = resize(w.kids, n)
	w.sentOf = resize(w.sentOf, n)
	w.inQuote = resize(w.inQuote, n)
	w.mention = resize(w.mention, n)
	w.usedCue = resize(w.usedCue, n)
	w.lowWords = resize(w.lowWords, n)
	w.lowLemmas = resize(w.lowLemmas, n)
	w.titleTok = resize(w.titleTok, n)
	w.timeTok = resize(w.timeTok, n)
	w.sourceTok = resize(w.sourceTok, n)
	w.keys = resize(w.keys, n)
	w.keyRead = resize(w.keyRead, n)
	w.titleSent = resize(w.titleSent, len(d.Sentences))
	w.datelines = resize(w.datelines, len(d.Paragraphs))
	w.subLo = resize(w.subLo, n)
	w.subHi = resize(w.subHi, n)
	w.punct = resize(w.punct, n)
	w.wordsTo = resize(w.wordsTo, n+1)
	w.texts = slices.Grow(w.texts[:0], n)[:n] // each set below
	for i := range d.Tokens {
		t := &d.Tokens[i]
		w.texts[i] = d.Text[t.Start:t.End]
		w.wordsTo[i+1] = w.wordsTo[i]
		if isWordSpan(d.Text, t.Start, t.End) {
			w.wordsTo[i+1]++
		}
	}
	w.stretches = w.stretches[:0]
	w.cues = w.cues[:0]
	w.indexTree()
	w.indexSentences()
	w.indexMentions()
	w.indexStretches()
	w.countQuoted()
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// indexTree builds the children lists (counting sort by head). Heads out
// of range are treated as roots, so a broken parse cannot send us out of
// bounds.
func (w *work) indexTree() {
	toks := w.d.Tokens
	for i := range toks {
		if h := toks[i].Head; h >= 0 && h < len(toks) && h != i {
			w.kidStart[h+1]++
		}
	}
	for i := 1; i < len(w.kidStart); i++ {
		w.kidStart[i] += w.kidStart[i-1]
	}
	fill := w.sentOf // borrowed as a cursor; indexSentences overwrites it
	copy(fill, w.kidStart[:len(toks)])
	n := 0
	for i := range toks {
		if h := toks[i].Head; h >= 0 && h < len(toks) && h != i {
			w.kids[fill[h]] = int32(i)
			fill[h]++
			n++
		}
	}
	w.kids = w.kids[:n]
}

func (w *work) children(i int) []int32 { return w.kids[w.kidStart[i]:w.kidStart[i+1]] }

// head returns the head of token i, or -1 for a root or a broken index.
func (w *work) head(i int) int {
	h := w.d.Tokens[i].Head
	if h < 0 || h >= len(w.d.Tokens) || h == i {
		return -1
	}
	return h
}

func (w *work) indexSentences() {
	for i := range w.sentOf {
		w.sentOf[i] = -1
	}
	for si, s := range w.d.Sentences {
		for t := max(s.FirstToken, 0); t < s.EndToken && t < len(w.sentOf); t++ {
			w.sentOf[t] = int32(si)
		}
	}
}

// indexMentions maps every token to the mention that covers it and is
// joined to an entity; of two such mentions the shorter (the more precise)
// wins.
func (w *work) indexMentions() {
	for i := range w.mention {
		w.mention[i] = -1
	}
	toks := w.d.Tokens
	for mi, m := range w.d.Mentions {
		if m.Entity < 0 || m.Entity >= len(w.d.Entities) {
			continue
		}
		t := tokenAt(toks, m.Start)
		for ; t < len(toks) && toks[t].Start < m.End; t++ {
			if old := w.mention[t]; old < 0 || w.d.Mentions[old].Len() > m.Len() {
				w.mention[t] = int32(mi)
			}
		}
	}
}

// entityTypeAt returns the type of the entity whose mention covers token
// t ("PERSON", "ORG", …), or "" when no mention does.
func (w *work) entityTypeAt(t int) string {
	if m := w.mention[t]; m >= 0 {
		return w.d.Entities[w.d.Mentions[m].Entity].Type
	}
	return ""
}

// tokenAt is the first token that ends after byte offset b.
func tokenAt(toks []text.Token, b int) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].End > b })
}

// indexStretches finds the quoted stretches and places them on tokens.
func (w *work) indexStretches() {
	for i := range w.inQuote {
		w.inQuote[i] = -1
	}
	toks := w.d.Tokens
	for _, q := range FindQuoted(w.d.Text, w.d.Paragraphs) {
		if q.Unclosed && !w.introducedUnclosed(q) {
			// A mark never closed, nor continued by the next paragraph,
			// is a typing slip or an excerpt's marker more often than
			// speech: on 250 PolNeAR train articles leaving such
			// stretches out took direct end-to-end F1 from 0.791 to
			// 0.796 (dev 0.880 to 0.881).
			continue
		}
		s := stretch{Quoted: q, quote: -1}
		s.first = tokenAt(toks, q.Start)
		s.end = s.first
		for s.end < len(toks) && toks[s.end].Start < q.End {
			s.end++
		}
		if s.end <= s.first {
			continue // nothing but space between the marks
		}
		// Trim tokens that are the marks themselves (a mark glued to a word
		// was split off by the tokenizer, so this is exact).
		for s.first < s.end && toks[s.first].End <= q.Start {
			s.first++
		}
		for s.end > s.first && toks[s.end-1].Start >= q.End {
			s.end--
		}
		if s.first >= s.end {
			continue
		}
		s.words = int(w.wordsTo[s.end] - w.wordsTo[s.first]) // counted by reset
		if s.words == 0 {
			continue
		}
		s.sent0, s.sent1 = int(w.sentOf[s.first]), int(w.sentOf[s.end-1])
		k := int32(len(w.stretches))
		lo := tokenAt(toks, q.Open.Start)
		s.title = s.words <= maxTitleWords && w.titleLike(&s) || s.words <= maxNamedWords && w.namedBefore(lo) || w.allCapitalised(&s)
		hi := s.end
		if q.Close.End > q.Close.Start {
			for hi < len(toks) && toks[hi].Start < q.Close.End {
				hi++
			}
		}
		for t := lo; t < hi; t++ {
			w.inQuote[t] = k
		}
		w.stretches = append(w.stretches, s)
	}
}

// namedBefore reports whether the word before the opening mark at token
// open says that what follows is a name, not words someone said: the
// so-called “reform” bill, a film titled “…”, a plan dubbed “…”, a game
// that is called “…”.
func (w *work) namedBefore(open int) bool {
	if open == 0 {
		return false
	}
	switch strings.ToLower(w.word(open - 1)) {
	case "so-called", "dubbed", "titled", "entitled", "nicknamed", "named":
		return true
	case "as":
		return open >= 2 && strings.EqualFold(w.word(open-2), "known")
	case "called":
		// A passive names ("it is called “…”"); an active one
		// describes, as its subject put it ("Lee called it “a
		// mess”").
		if open >= 2 {
			switch strings.ToLower(w.word(open - 2)) {
			case "is", "are", "was", "were", "be", "been", "being":
				return true
			}
		}
	}
	return false
}

// maxNamedWords is the longest stretch taken for a name when a word
// before it says it is one ("what has been dubbed “the derby of the
// decade”").
const maxNamedWords = 8

// maxTitleWords is the longest capitalised stretch taken for a title.
const maxTitleWords = 4

// allCapitalised reports whether a stretch of a few words has every word
// capitalised but the minor ones ("The Steve Harvey Morning Show"): a
// title of any length up to maxAllCapsTitle words.
func (w *work) allCapitalised(s *stretch) bool {
	if s.words > maxAllCapsTitle {
		return false
	}
	caps, words := w.capitalised(s)
	return words >= 3 && caps == words
}

// maxAllCapsTitle is the longest stretch taken for a title by its capitals.
const maxAllCapsTitle = 8

// quoted returns the stretch holding token t as quoted words: -1 outside
// quotation marks and inside titles.
func (w *work) quoted(t int) int {
	k := w.inQuote[t]
	if k < 0 || w.stretches[k].title {
		return -1
	}
	return int(k)
}

// isWordToken reports whether a token holds a letter or digit.
func isWordToken(s string, t text.Token) bool { return isWordSpan(s, t.Start, t.End) }

// isWordSpan is isWordToken of the token [start, end) of s, for a caller
// that has not the token by value (104 bytes to copy).
func isWordSpan(s string, start, end int) bool {
	for i := start; i < end; {
		if c := s[i]; c < utf8.RuneSelf { // ASCII, most bytes: no decoding
			if 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
		i += n
	}
	return false
}

// isPunct reports whether token i is punctuation by its tag, or by its
// text when untagged.
func (w *work) isPunct(i int) bool {
	if v := w.punct[i]; v != 0 { // read once per token: many rules ask again
		return v == 2
	}
	p := w.readPunct(i)
	w.punct[i] = 1
	if p {
		w.punct[i] = 2
	}
	return p
}

func (w *work) readPunct(i int) bool {
	t := &w.d.Tokens[i]
	if isUnitSymbol(w.d.Text[t.Start:t.End]) {
		return false // "$40", "5%": part of the amount, not punctuation to trim
	}
	if t.UPOS != "" {
		return t.UPOS == "PUNCT" || t.UPOS == "SYM" && !isWordToken(w.d.Text, *t)
	}
	return !isWordToken(w.d.Text, *t)
}

// isUnitSymbol: the token is a currency sign or a percent sign.
func isUnitSymbol(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Sc, r) && r != '%' && r != '‰' {
			return false
		}
	}
	return s != ""
}

func (w *work) word(i int) string { return w.texts[i] }

// introducedUnclosed reports whether a quotation left open at the end of
// its paragraph follows a speech verb and a colon or comma (`Lee said: "We
// will …` to the paragraph's end): the quotation's close was lost, as
// flattened text often loses it, and what follows the verb is speech, not
// an excerpt's marker or a slip. Only within one paragraph.
func (w *work) introducedUnclosed(q Quoted) bool {
	if q.Single || strings.Contains(w.d.Text[q.Start:q.End], "\n") {
		// (A single mark left open is a nested quote's more often,
		// inside a quotation of its own.)
		return false
	}
	open := tokenAt(w.d.Tokens, q.Open.Start)
	if open < 2 || open >= len(w.d.Tokens) || w.d.Tokens[open].Start != q.Open.Start {
		return false
	}
	p := w.word(open - 1)
	if p != ":" && p != "," {
		return false
	}
	// "said:" or "said,", or "told the radio station:" with the verb a
	// few words before the colon.
	reach := 1
	if p == ":" {
		reach = 8
	}
	sent := w.d.Sentences[w.sentOf[open-1]]
	for v := open - 2; v >= sent.FirstToken && v >= open-1-reach; v-- {
		if w.isPunct(v) || w.inQuote[v] >= 0 {
			return false
		}
		if w.d.Tokens[v].UPOS == "VERB" {
			return w.lex.Score(w.lemma(v), FrameQuote) >= minQuoteCue
		}
	}
	return false
}
