package timex

import (
	"testing"
	"time"
)

// invented is news prose written for these tests, dense in the words that
// start many rules ("the", "this", "a").
const invented = `The council of Brindlemoor met on the second Tuesday of the month and again the day after tomorrow.
Sales at Pellow Mills fell in its third quarter of fiscal 2031 and had risen over the same period one year ago; the latest quarter was flat.
This week the mayor said the past two months were the hardest of the decade, the 1990s excepted, and that the near future looks better.
A few days later, at 3 p.m. on the 14th, the ferry left; the whole year was late, the first half of 2030 worse.
The winter of 2029 and the next weekend, the current year and the coming weeks, the year-ago quarter and the most recent quarter.
Every Monday the market opens; each spring the fair returns; the twenties, the fifties, the day before yesterday.`

// TestSecondMaskOnlyRulesOutNonMatches checks rule.second against the
// matcher: at every token of every layer of the invented text, a rule
// the second token's categories rule out has no match there.
func TestSecondMaskOnlyRulesOutNonMatches(t *testing.T) {
	c := &ctx{text: invented, ref: time.Date(2031, 3, 4, 0, 0, 0, 0, time.UTC), hasRef: true}
	layer := mergeNumbers(lex(nil, invented, 0, len(invented)), new(sentenceHas))
	c.base = layer
	ruledOut := 0
	for _, cs := range cascades {
		caps, best := make([]int, cs.maxLen), make([]int, cs.maxLen)
		for i := range layer {
			for _, r := range cs.rules {
				if !r.first(&layer[i]) || r.second == catAny {
					continue
				}
				if i+1 < len(layer) && nextMask(&layer[i+1])&r.second != 0 {
					continue
				}
				ruledOut++
				if end := r.pat.longest(layer, i, caps[:len(r.pat)], best[:len(r.pat)]); end > i {
					t.Errorf("layer %s, rule %s at %q: ruled out, but matches %q", cs.name, r.name,
						invented[layer[i].s:layer[i].e], invented[layer[i].s:layer[end-1].e])
				}
			}
		}
		if out, changed := cs.run(c, layer, nil); changed {
			layer = out
		}
	}
	if ruledOut == 0 {
		t.Fatal("no try was ruled out: the test text misses the case")
	}
}

// TestWordFilterPassesEveryLexiconWord: the lexer looks up only the words
// the filter passes, so it must pass every word of the lexicon, and it is
// worth having only if it stops words that are not there.
func TestWordFilterPassesEveryLexiconWord(t *testing.T) {
	f := lexFilter()
	for w := range lexicon {
		if !f.mayHave([]byte(w)) {
			t.Errorf("%q is in the lexicon but the filter stops it", w)
		}
	}
	stopped := 0
	for _, w := range []string{"brindlemoor", "council", "ferry", "mayor", "harbour", "quilt"} {
		if lexicon[w] == nil && !f.mayHave([]byte(w)) {
			stopped++
		}
	}
	if stopped < 4 {
		t.Errorf("the filter stops %d of 6 words not in the lexicon", stopped)
	}
}

// TestWordSecondMaskOnlyRulesOutNonMatches checks the masks a word keeps
// for the rules it starts (entry.starts) against the matcher: a rule that
// the mask of the word at a token rules out has no match there, and the
// word's masks rule out tries the rule's own mask lets through ("the"
// then a word no rule needs, for "the? @decade").
func TestWordSecondMaskOnlyRulesOutNonMatches(t *testing.T) {
	c := &ctx{text: invented, ref: time.Date(2031, 3, 4, 0, 0, 0, 0, time.UTC), hasRef: true}
	layer := mergeNumbers(lex(nil, invented, 0, len(invented)), new(sentenceHas))
	c.base = layer
	beyondRule := 0
	for _, cs := range cascades {
		caps, best := make([]int, cs.maxLen), make([]int, cs.maxLen)
		for i := range layer {
			ent := layer[i].ent
			if ent == nil || cs.ix >= len(ent.starts) {
				continue
			}
			var next uint64
			if i+1 < len(layer) {
				next = nextMask(&layer[i+1])
			}
			for _, st := range ent.starts[cs.ix] {
				if st.second == catAny || i+1 < len(layer) && next&st.second != 0 {
					continue
				}
				r := cs.rules[st.ri]
				if r.second == catAny || i+1 < len(layer) && next&r.second != 0 {
					beyondRule++
				}
				if end := r.pat.longest(layer, i, caps[:len(r.pat)], best[:len(r.pat)]); end > i {
					t.Errorf("layer %s, rule %s at %q: ruled out, but matches %q", cs.name, r.name,
						invented[layer[i].s:layer[i].e], invented[layer[i].s:layer[end-1].e])
				}
			}
		}
		if out, changed := cs.run(c, layer, nil); changed {
			layer = out
		}
	}
	if beyondRule == 0 {
		t.Fatal("the words' masks rule out no try the rules' own masks let through")
	}
}
