package event

import (
	"slices"
	"strings"

	"dateline/event/petrarch"
	"dateline/text"
)

// sent is one sentence seen by the coder: local token indexes (0 … n-1),
// upper-case forms and lemmas for dictionary matching, relations with UD
// v1 names mapped to v2 ("dobj" → "obj", "nsubjpass" → "nsubj:pass"), and
// the children of every token in text order.
type sent struct {
	doc    *text.Document
	off    int // global index of local token 0
	forms  []string
	lemmas []string
	upos   []string
	xpos   []string
	rel    []string // full relation, v2 names, lower case
	base   []string // rel without its subtype (relBase), asked for in most walks
	// wid holds the vocabulary numbers of each token's form and lemma
	// (see ids; unlooked before they are first asked for).
	wid [][2]int32
	// actorAt and agentAt hold, per token, the longest actor and agent
	// phrase that starts there, found when first asked for (n < 0
	// before): a sentence's noun phrases are scanned again for every verb
	// and argument they might fill.
	actorAt []phraseHit[*petrarch.Actor]
	agentAt []phraseHit[*petrarch.Agent]
	head    []int // local head, -1 for the root or a head outside the sentence
	kids    [][]int
	kidList []int  // kids' backing array: each token's kids in a run of it (linkKids)
	kidEnd  []int  // scratch of linkKids: where each token's run ends
	buf     []int  // scratch for subtree walks
	ends    []bool // scratch of reset: the token's way up to the root ends
	up      []byte // scratch: upper-case forms and lemmas of the sentence, one string per sentence
	cuts    []int  // ends of the words in up
}

// relV2 gives a v1 relation name its v2 name; the parser emits v2, but
// parses written by older tools (and the UD-PETRARCH suites) use v1. A
// switch, not a map: every token asks, and hashing the name cost more than
// comparing it with these few.
func relV2(r string) string {
	switch r {
	case "dobj":
		return "obj"
	case "nsubjpass":
		return "nsubj:pass"
	case "csubjpass":
		return "csubj:pass"
	case "auxpass":
		return "aux:pass"
	case "neg":
		return "advmod:neg"
	case "prt":
		return "compound:prt"
	case "name":
		return "flat"
	case "mwe":
		return "fixed"
	}
	return r
}

func (s *sent) reset(doc *text.Document, sn text.Sentence) {
	s.doc, s.off = doc, sn.FirstToken
	n := sn.EndToken - sn.FirstToken
	if n < 0 || sn.FirstToken < 0 || sn.EndToken > len(doc.Tokens) {
		n = 0
	}
	s.forms = resize(s.forms, n)
	s.lemmas = resize(s.lemmas, n)
	s.upos = resize(s.upos, n)
	s.xpos = resize(s.xpos, n)
	s.rel = resize(s.rel, n)
	s.base = resize(s.base, n)
	s.head = resizeInt(s.head, n)
	if cap(s.kids) < n {
		s.kids = make([][]int, n)
	}
	s.kids = s.kids[:n]
	// Forms and lemmas are upper-cased into one buffer and made one
	// string, so a sentence costs one allocation, not two per token.
	s.up, s.cuts = s.up[:0], s.cuts[:0]
	var toks []text.Token
	if n > 0 {
		toks = doc.Tokens[s.off : s.off+n]
	}
	for i := range toks {
		t := &toks[i]
		w := doc.Text[t.Start:t.End]
		s.up = appendUpper(s.up, w)
		s.cuts = append(s.cuts, len(s.up))
		// A lemma written as the word ("the", "talks") is not upper-cased
		// again: it is the form (an empty second cut says so below).
		if l := t.Lemma; l != "" && l != w {
			s.up = appendUpper(s.up, l)
		}
		s.cuts = append(s.cuts, len(s.up))
	}
	all := string(s.up)
	if cap(s.wid) < n {
		s.wid = make([][2]int32, n)
	}
	s.wid = s.wid[:n]
	s.actorAt, s.agentAt = resizeHits(s.actorAt, n), resizeHits(s.agentAt, n)
	// One pass sets every table of a token, through slices cut to the
	// sentence's length (no bounds checks on the way).
	forms, lemmas, upos, xpos, rel, base := s.forms[:n], s.lemmas[:n], s.upos[:n], s.xpos[:n], s.rel[:n], s.base[:n]
	head, wid, actorAt, agentAt, cuts := s.head[:n], s.wid[:n], s.actorAt[:n], s.agentAt[:n], s.cuts[:2*n]
	for i, from := 0, 0; i < n; i++ {
		f, l := cuts[2*i], cuts[2*i+1]
		forms[i] = all[from:f]
		// A lemma equal to the form shares its data pointer: later
		// comparisons stop at once.
		if lm := all[f:l]; f == l || lm == forms[i] {
			lemmas[i] = forms[i]
		} else {
			lemmas[i] = lm
		}
		from = l
		wid[i][0] = unlooked
		actorAt[i].n, agentAt[i].n = -1, -1
		t := &toks[i]
		upos[i], xpos[i] = t.UPOS, t.XPOS
		rel[i] = relV2(lowerRel(t.Rel))
		base[i] = relBase(rel[i])
		h := t.Head - s.off
		if t.Head < 0 || h < 0 || h >= n || h == i {
			h = -1
		}
		head[i] = h
	}
	// A cycle in a bad parse would loop the walks below: cut it at the
	// first token (in text order) whose way up enters it. A token whose
	// way up is known to end (terminates) ends every way that reaches it,
	// so each token is walked over about once, not once per token below.
	s.ends = resizeBool(s.ends, n)
	clear(s.ends)
	for i := 0; i < n; i++ {
		steps, j := 0, i
		for j >= 0 && !s.ends[j] && steps <= n {
			j = s.head[j]
			steps++
		}
		if steps > n {
			s.head[i] = -1
			s.ends[i] = true
			continue
		}
		for k := i; k >= 0 && !s.ends[k]; k = s.head[k] {
			s.ends[k] = true
		}
	}
	s.linkKids()
	if s.repair() {
		s.linkKids()
	}
}

// linkKids lists each token's dependents in text order. The lists are
// runs of one array, cut after counting them: a list of its own per
// token grew by appends, a new one whenever a sentence was longer than
// those before or a token had more kids (15,000 allocations in an ingest
// of 300 BBC files). As before, the lists are the sentence's scratch,
// written over by the next sentence's.
func (s *sent) linkKids() {
	n := len(s.kids)
	s.kidEnd = resizeInt(s.kidEnd, n+1)
	end := s.kidEnd[:n+1] // end[h+1]: where h's kids end, once summed
	clear(end)
	for _, h := range s.head {
		if h >= 0 {
			end[h+1]++
		}
	}
	for i := 1; i <= n; i++ {
		end[i] += end[i-1]
	}
	s.kidList = resizeInt(s.kidList, end[n])
	list := s.kidList
	for i := range s.kids {
		s.kids[i] = list[end[i]:end[i]:end[i+1]]
	}
	for i, h := range s.head {
		if h >= 0 {
			s.kids[h] = append(s.kids[h], i)
		}
	}
}

// repair mends parser errors that cannot be right, and says whether it
// changed a head:
//   - a possessive hung on a verb ("Gondor's Prime Minister X noted" with
//     Gondor's under noted) belongs to the next noun phrase of that verb;
//   - a name or adjective split off as a second subject or object right
//     before another ("met [Chilean] [Foreign Minister Luis Vidal]")
//     modifies it.
func (s *sent) repair() bool {
	changed := false
	for i, h := range s.head {
		if h < 0 || s.rel[i] != "nmod:poss" || !s.isVerb(h) {
			continue
		}
		for j := i + 1; j < len(s.head); j++ {
			if s.head[j] == h && s.isNominal(j) {
				s.head[i], changed = j, true
				break
			}
		}
	}
	for h := range s.kids {
		kids := s.kids[h]
		for x := 0; x+1 < len(kids); x++ {
			a, b := kids[x], kids[x+1]
			r := s.rel[a]
			if r != s.rel[b] || (r != "obj" && r != "nsubj" && r != "nsubj:pass") || len(s.kids[a]) > 0 {
				continue
			}
			if s.upos[a] != "PROPN" && s.upos[a] != "ADJ" {
				continue
			}
			if lo := s.leftmost(b); lo != a+1 {
				continue
			}
			s.head[a], changed = b, true
			s.rel[a] = "compound"
			if s.upos[a] == "ADJ" {
				s.rel[a] = "amod"
			}
			s.base[a] = s.rel[a]
		}
	}
	return changed
}

// leftmost is the first token of the subtree of h.
func (s *sent) leftmost(h int) int {
	lo := h
	for _, k := range s.kids[h] {
		if k < lo {
			if l := s.leftmost(k); l < lo {
				lo = l
			}
		}
	}
	return lo
}

// rightmost is the last token of the subtree of h.
func (s *sent) rightmost(h int) int {
	hi := h
	for _, k := range s.kids[h] {
		if k > hi {
			if r := s.rightmost(k); r > hi {
				hi = r
			}
		}
	}
	return hi
}

func resize(s []string, n int) []string {
	if cap(s) < n {
		return make([]string, n)
	}
	return s[:n]
}

func resizeInt(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

func resizeBool(s []bool, n int) []bool {
	if cap(s) < n {
		return make([]bool, n)
	}
	return s[:n]
}

func resizeHits[T any](s []phraseHit[T], n int) []phraseHit[T] {
	if cap(s) < n {
		return make([]phraseHit[T], n)
	}
	return s[:n]
}

// appendUpper appends s upper-cased, the way the dictionaries write
// words: ASCII letters upper-cased in place, curly apostrophes made
// straight, other non-ASCII text through strings.ToUpper.
func appendUpper(b []byte, s string) []byte {
	n := len(b)
	b = slices.Grow(b, len(s))[:n+len(s)]
	out := b[n:]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return append(b[:n], strings.ToUpper(strings.ReplaceAll(s, "’", "'"))...)
		}
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		out[i] = c
	}
	return b
}

// lowerRel is the relation name in lower case. Parsers write it so: the
// name is returned as it is unless a byte says otherwise, without the
// call strings.ToLower costs for every token.
func lowerRel(r string) string {
	for i := 0; i < len(r); i++ {
		if c := r[i]; c >= 0x80 || ('A' <= c && c <= 'Z') {
			return strings.ToLower(r)
		}
	}
	return r
}

// relBase is a relation without its subtype ("nmod:poss" → "nmod"). A
// loop, not strings.IndexByte: the names are a few bytes, and the call's
// setup for long strings cost more than the bytes it scans. The walks ask
// for it of every token they pass, so reset keeps it per token
// (sent.base): the scans of the names were 4% of the stage's
// instructions.
func relBase(r string) string {
	for i := 0; i < len(r); i++ {
		if r[i] == ':' {
			return r[:i]
		}
	}
	return r
}

func (s *sent) child(h int, rels ...string) int {
	for _, k := range s.kids[h] {
		if slices.Contains(rels, s.rel[k]) {
			return k
		}
	}
	return -1
}

// caseOf returns the upper-case preposition marking a nominal ("with"
// in "with Gondor"), or "".
func (s *sent) caseOf(h int) string {
	for _, k := range s.kids[h] {
		if r := s.rel[k]; r == "case" || r == "mark" {
			if k < h {
				return s.lemmas[k]
			}
		}
	}
	return ""
}

func (s *sent) isVerb(i int) bool {
	return s.upos[i] == "VERB" || (s.upos[i] != "AUX" && strings.HasPrefix(s.xpos[i], "VB"))
}

func (s *sent) isNominal(i int) bool {
	switch s.upos[i] {
	case "NOUN", "PROPN", "PRON", "NUM", "X":
		return true
	}
	return false
}

// subtree appends the tokens under h (h included) to out, skipping the
// subtrees of children whose relation skip rejects.
func (s *sent) subtree(out []int, h int, skip func(rel string) bool) []int {
	out = append(out, h)
	for _, k := range s.kids[h] {
		if skip != nil && skip(s.rel[k]) {
			continue
		}
		out = s.subtree(out, k, skip)
	}
	return out
}

// mark flags the tokens under h (h included) that lie from lo to hi
// (hi excluded), skipping the subtrees of children whose relation skip
// rejects, as subtree walks them.
func (s *sent) mark(in []bool, h, lo, hi int, skip func(rel string) bool) {
	if h >= lo && h < hi {
		in[h] = true
	}
	for _, k := range s.kids[h] {
		if skip != nil && skip(s.rel[k]) {
			continue
		}
		s.mark(in, k, lo, hi, skip)
	}
}

// inSubtree says whether t is h or below it.
func (s *sent) inSubtree(t, h int) bool {
	for t >= 0 {
		if t == h {
			return true
		}
		t = s.head[t]
	}
	return false
}

func (s *sent) span(i int) text.Span { return s.doc.Tokens[s.off+i].Span }

// isNameWord says whether a token looks like part of a person's name:
// capitalised letters, not an initialism.
func (s *sent) isNameWord(i int) bool {
	t := s.doc.Tokens[s.off+i]
	w := s.doc.Text[t.Start:t.End]
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return strings.ToUpper(w) != w
}
