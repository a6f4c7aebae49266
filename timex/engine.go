package timex

import (
	"fmt"
	"strings"
)

// tval is the meaning of a time expression while the cascade builds it.
type tval struct {
	typ string // DATE, TIME, DURATION, SET
	// Exactly one of these describes the value: a calendar point, a
	// duration, or a literal value (PRESENT_REF, XXXX-WXX-1, a SET value).
	p   point
	d   dur
	lit string

	isPoint, isDur bool
	mod            string
	// startV and endV bound a range ("within the next week to ten days").
	startV, endV string
	// rel marks a duration anchored at the reference time ("the past two
	// months", "the next week"): -1 before it, +1 after it.
	rel int
	// det is set when the expression starts with "the" (so a later rule
	// knows "the past" from "past").
	det bool
	// ana marks a value that an earlier expression in the document may
	// refine ("a year ago" after "the third quarter" is that quarter a year
	// before); resolveAnaphora does it once the whole document is read.
	ana       anaKind
	shiftBy   dur
	shiftSign int
	// fiscal: a quarter named with "fiscal" ("the fiscal first
	// quarter"), whose number need not be the calendar's.
	fiscal bool
}

type anaKind uint8

const (
	anaNone          anaKind = iota
	anaShift                 // the reference date shifted by shiftBy
	anaQuarter               // "the quarter": the quarter last named, else the last one ended
	anaQuarterOnly           // "the latest period": the quarter last named, else no time
	anaLatestQuarter         // "the latest quarter": the quarter last named if it has ended, else the last one ended
	anaQuarterEnded          // "the quarter ended Sept. 30": the quarter last named if fiscal, else the one of that day
	anaQuarterAgo            // "the year-ago quarter": the quarter last named, a year before
	anaQuarterOfYear         // "the 1988 quarter": the quarter last named, in that year
	anaYear                  // "the following year": the year last written out, shifted by shiftSign
	anaClockDay              // "at 3 p.m.": on the day named before it in its sentence, else the reference day
	anaNarrative             // "on November 21" after "on November 15, 2017": in the year of that story
)

func (v *tval) value() string {
	switch {
	case v.lit != "":
		return v.lit
	case v.isDur:
		return v.d.String()
	case v.isPoint:
		return v.p.String()
	}
	return ""
}

// rule is one pattern with the function that normalises what it matched.
// norm returns nil to reject the match (then the next candidate is tried).
type rule struct {
	name string
	src  string
	pat  pattern
	norm func(m *match) *tval
	// second is the categories (nextMask) the token after the first one
	// a match takes can have; catAny when a match may end after one
	// token. It rules out most tries at a word that starts many rules
	// ("the" starts 41) before the matcher walks the pattern.
	second uint64
}

// secondMask computes rule.second: for every element that can take a
// match's first token, the elements that can take the next one.
func (p pattern) secondMask() uint64 {
	return p.secondMaskAfter(func(*elem) bool { return true })
}

// secondMaskAfter is secondMask over the elements that can take the
// first token for which takes holds: a word that only a literal "the?"
// can take does not let the match end after it, as a rule's own mask
// must when its next element ("the? @decade") can take a first token
// alone.
func (p pattern) secondMaskAfter(takes func(e *elem) bool) uint64 {
	var m uint64
	for j := range p {
		if takes(&p[j]) {
			k := j + 1
			for ; k < len(p); k++ {
				if p[k].words != nil {
					for _, w := range p[k].words {
						m |= lexicon[w].bit
					}
				} else {
					m |= classMask(p[k].cls)
				}
				if !p[k].opt {
					break
				}
			}
			if k == len(p) {
				return catAny // the match may end after element j
			}
		}
		if !p[j].opt {
			break
		}
	}
	return m
}

// takesWord says whether e can take a token whose entry is ent: a
// literal element that lists the word, or a class element that accepts
// one of the categories such a token has (its word's classes; am and pm
// are kAMPM tokens).
func (e *elem) takesWord(ent *entry) bool {
	if e.words != nil {
		for _, w := range e.words {
			if lexicon[w] == ent {
				return true
			}
		}
		return false
	}
	cats := uint64(ent.cls)
	if ent.cls&cAMPM != 0 {
		cats |= catAMPM
	}
	return classMask(e.cls)&cats != 0
}

// first reports whether t can be the first token of a match.
func (r *rule) first(t *tok) bool {
	for k := range r.pat {
		if r.pat[k].test(t) {
			return true
		}
		if !r.pat[k].opt {
			return false
		}
	}
	return false
}

// Token categories for the quick test of which rules can start at a token:
// the word classes (low bits) and the shapes of other tokens.
const (
	catNum uint64 = 1 << (32 + iota)
	catOrdNum
	catClock
	catISO
	catSlash
	catDecade
	catAMPM
	catNode
	catWord0 // the first of 16 bits of word buckets (wordBit; nextMask only)
	catAny   = ^uint64(0)
)

// nextMask is tokMask for rule.second: a literal element accepts only a
// token whose lexicon entry is one of its words, so such a token also has
// its word's bucket bit. (tokMask itself leaves it out: the rules tried by
// class at a token are chosen by its classes.)
func nextMask(t *tok) uint64 {
	m := tokMask(t)
	if t.ent != nil {
		m |= t.ent.bit
	}
	return m
}

func tokMask(t *tok) uint64 {
	var m uint64
	if t.ent != nil {
		m = uint64(t.ent.cls)
	}
	switch t.kind {
	case kNum, kFrac:
		m |= catNum
	case kOrdNum:
		m |= catOrdNum
	case kClock:
		m |= catClock
	case kISO:
		m |= catISO
	case kSlash:
		m |= catSlash
	case kDecade:
		m |= catDecade
	case kAMPM:
		m |= catAMPM
	case kNode:
		m |= catNode
	}
	return m
}

// classMask is the categories a @class or <NODE> element can accept.
func classMask(cls string) uint64 {
	switch cls {
	case "month":
		return uint64(cMonth)
	case "weekday", "weekdays":
		return uint64(cWeekday)
	case "season":
		return uint64(cSeason)
	case "unit", "units", "anyunit":
		return uint64(cUnit)
	case "pod", "pods":
		return uint64(cPOD)
	case "rel":
		return uint64(cRel)
	case "tz":
		return uint64(cTZ)
	case "ampm":
		return catAMPM | uint64(cAMPM)
	case "ord":
		return uint64(cOrd) | catOrdNum
	case "num", "int", "hour", "hnum", "year":
		return catNum
	case "day":
		return catNum | catOrdNum | uint64(cOrd)
	case "clock":
		return catClock
	case "iso":
		return catISO
	case "slash":
		return catSlash
	case "decade":
		return catDecade
	case "holiday":
		return uint64(cHoliday)
	case "qword":
		return uint64(cQuarter)
	case "DATE", "TIME", "DURATION", "SET", "ANY":
		return catNode
	}
	return catAny
}

// cand is a candidate match at one position.
type cand struct {
	ri, end int
	caps    [16]int
}

// match is what a normaliser sees: the tokens of the layer, the captured
// token of each element, and the context (reference date, tense).
type match struct {
	toks []tok
	caps []int
	pat  pattern
	i, j int // token range [i, j) in the layer
	c    *ctx
}

// get returns the token captured by the element named name, or nil.
func (m *match) get(name string) *tok {
	for k, e := range m.pat {
		if e.name == name && m.caps[k] >= 0 {
			return &m.toks[m.caps[k]]
		}
	}
	return nil
}

func (m *match) has(name string) bool { return m.get(name) != nil }

// word returns the lower-case word captured by a literal element ("" if none).
func (m *match) word(name string) string {
	if t := m.get(name); t != nil && t.ent != nil {
		return t.ent.word
	}
	return ""
}

// node returns the time value captured by a <TYPE> element.
func (m *match) node(name string) *tval {
	if t := m.get(name); t != nil && t.kind == kNode {
		return t.node
	}
	return nil
}

// lower is a token's text in lower case.
func (m *match) lower(t *tok) string {
	if t == nil {
		return ""
	}
	if t.ent != nil {
		return t.ent.word
	}
	return strings.ToLower(m.c.text[t.s:t.e])
}

// prev and next are the layer tokens just outside the match (nil at the edges).
func (m *match) prev() *tok {
	if m.i > 0 {
		return &m.toks[m.i-1]
	}
	return nil
}

func (m *match) next() *tok {
	if m.j < len(m.toks) {
		return &m.toks[m.j]
	}
	return nil
}

// cascade is one layer of rules: each pass rewrites the matched tokens into
// one node token, so later layers build on what earlier ones found (the
// SUTime way: "nearly" + ("three and a half years" + "ago")).
type cascade struct {
	name   string
	rules  []*rule
	ix     int      // the layer's number, its place in entry.starts
	byTest []int    // rules that can start with a class or a node
	masks  []uint64 // for byTest[k]: the token categories it can start with
	// needs holds, by rule, the needs of its required elements: a
	// rule can match in a sentence only if its tokens meet all of them
	// (see mayMatch).
	needs  []needSet
	maxLen int
}

// nCascades counts the layers made, to number them.
var nCascades int

func newCascade(name string, rules []*rule) *cascade {
	c := &cascade{name: name, rules: rules, ix: nCascades}
	nCascades++
	for ri, r := range rules {
		c.needs = append(c.needs, r.pat.needs())
		if len(r.pat) > c.maxLen {
			c.maxLen = len(r.pat)
		}
		generic := false
		for _, e := range r.pat {
			if e.words == nil {
				generic = true
			} else {
				for _, w := range e.words {
					ent := lexicon[w]
					for len(ent.starts) <= c.ix {
						ent.starts = append(ent.starts, nil)
					}
					ent.starts[c.ix] = appendStart(ent.starts[c.ix], start{ri: ri, second: catAny})
				}
			}
			if !e.opt {
				break
			}
		}
		if generic {
			c.byTest = append(c.byTest, ri)
			var m uint64
			for _, e := range r.pat {
				if e.words == nil {
					m |= classMask(e.cls)
				}
				if !e.opt {
					break
				}
			}
			c.masks = append(c.masks, m)
		}
	}
	return c
}

// start is a rule a word can start, with the categories (nextMask) the
// token after the word can have in a match of it (catAny until
// completeStarts).
type start struct {
	ri     int
	second uint64
}

// completeStarts computes the masks of the rules each word starts. It
// runs once the init functions have given the words their classes (a
// class element may take the word: "this" is @rel too): the layers are
// made before, as package variables.
func completeStarts() {
	for _, ent := range lexicon {
		for ix, sts := range ent.starts {
			for k := range sts {
				r := cascades[ix].rules[sts[k].ri]
				sts[k].second = r.pat.secondMaskAfter(func(e *elem) bool { return e.takesWord(ent) })
			}
		}
	}
}

func appendStart(s []start, v start) []start {
	for _, x := range s {
		if x.ri == v.ri {
			return s
		}
	}
	return append(s, v)
}

// mustRules compiles a rule table; a bad pattern is a programming error
// caught by every test run, so it panics at init.
func mustRules(table []rule) []*rule {
	out := make([]*rule, len(table))
	for i := range table {
		r := table[i]
		p, err := compile(r.src)
		if err != nil {
			panic(fmt.Sprintf("timex rule %s: %v", r.name, err))
		}
		r.pat = p
		r.second = p.secondMask()
		out[i] = &r
	}
	return out
}

// run applies the layer to toks and returns the new layer (written to dst)
// and whether it differs from toks. Most layers of most sentences match
// nothing: toks is then not copied (dst comes back empty and the caller
// keeps toks), since a token is about 100 bytes and the copy was a tenth
// of the stage.
func (c *cascade) run(cx *ctx, toks []tok, dst []tok) ([]tok, bool) {
	changed := false
	caps := cx.caps[:c.maxLen]
	best := cx.best[:c.maxLen]
	cands := &cx.cands
	// The token being matched (t, at i), the categories of the one after
	// it, and the candidates found so far; try, made once, reads them.
	var (
		t    *tok
		i    int
		nc   int
		next uint64
	)
	try := func(ri int) {
		if nc == len(cands) {
			return
		}
		r := c.rules[ri]
		// Cheap pre-checks, the one test of the next token first: it
		// can follow the first token of a match, and some element that
		// can start the rule accepts t.
		if r.second != catAny && (i+1 == len(toks) || next&r.second == 0) {
			return
		}
		if !r.first(t) {
			return
		}
		if end := r.pat.longest(toks, i, caps[:len(r.pat)], best[:len(r.pat)]); end > i {
			cands[nc].ri, cands[nc].end = ri, end
			copy(cands[nc].caps[:], best[:len(r.pat)])
			nc++
		}
	}
	for i = 0; i < len(toks); {
		t = &toks[i]
		nc = 0
		if t.kind == kNode || t.kind != kPunct && (t.ent != nil || t.kind != kWord) {
			next = 0
			if i+1 < len(toks) {
				next = nextMask(&toks[i+1])
			}
			if t.ent != nil && c.ix < len(t.ent.starts) {
				for _, st := range t.ent.starts[c.ix] {
					// try's first test, without the call and with the
					// word's own mask: "the" starts 41 rules, most ruled
					// out here.
					if sec := st.second; sec != catAny && (i+1 == len(toks) || next&sec == 0) {
						continue
					}
					try(st.ri)
				}
			}
			// A word with no class (most of them) starts none of the
			// rules tried by class.
			if tm := tokMask(t); tm != 0 {
				for k, ri := range c.byTest {
					if c.masks[k]&tm != 0 {
						try(ri)
					}
				}
			}
		}
		// Longest first, then the rule listed first.
		for a := 1; a < nc; a++ {
			for b := a; b > 0 && (cands[b].end > cands[b-1].end || cands[b].end == cands[b-1].end && cands[b].ri < cands[b-1].ri); b-- {
				cands[b], cands[b-1] = cands[b-1], cands[b]
			}
		}
		done := false
		for k := 0; k < nc && !done; k++ {
			r := c.rules[cands[k].ri]
			m := match{toks: toks, caps: cands[k].caps[:len(r.pat)], pat: r.pat, i: i, j: cands[k].end, c: cx}
			v := r.norm(&m)
			if v == nil {
				continue
			}
			end := cands[k].end
			if !changed {
				dst, changed = append(dst, toks[:i]...), true
			}
			dst = append(dst, tok{s: toks[i].s, e: toks[end-1].e, kind: kNode, node: v,
				bi: toks[i].bi, bj: toks[end-1].bj, cap: toks[i].cap, hyph: toks[i].hyph})
			i = end
			done = true
		}
		if !done {
			if changed {
				dst = append(dst, *t)
			}
			i++
		}
	}
	return dst, changed
}
