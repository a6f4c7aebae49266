package ner

import (
	"math"
	"testing"

	"dateline/gazetteer"
)

// TestTagRowsScoreExactly checks that every decision's scores through the
// tag rows equal the scores of all its features looked up, in both
// passes, for the classes of the pass (the rows add no others), and that
// the tags are the same. Every decision takes its weak features here
// (early_test.go tests the decisions taken without them).
func TestTagRowsScoreExactly(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rs := rowsFor(m.m)
	tests := []struct{ name, text string }{
		{"names repeated over a document", "Ines Albarran, who chairs Portvale Shipping, met the mayor of Kestrel Bay on Friday. Albarran said Portvale Shipping would hire forty people. The mayor welcomed Albarran and the Kestrel Bay council voted for the plan."},
		{"capitals headline then text", "PORTVALE SHIPPING HIRES IN KESTREL BAY\n\nPortvale Shipping said on Friday it would hire in Kestrel Bay."},
		{"one-word and empty-looking sentences", "Yes. No! Kestrel Bay? \u201cWe agree,\u201d said Albarran."},
	}
	tg := NewTagger(m, gazetteer.Default())
	tg.margin = float32(math.Inf(1))
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := segmented(t, tc.text)
			tg.Tag(d)
			f, dc := &tg.b.f, &tg.dc
			p1, out := append([]int(nil), tg.p1...), append([]int(nil), tg.out...)
			var ref, got [nAll]float32
			check := func(pass, i int) {
				m.m.Score(dc.fs, ref[:]) // the features step1 or step2 built
				g, r := got[pass*nTags:(pass+1)*nTags], ref[pass*nTags:(pass+1)*nTags]
				if [nTags]float32(g) != [nTags]float32(r) {
					t.Errorf("pass %d, token %d %q: rows give %v, lookups %v", pass+1, i,
						d.Text[d.Tokens[i].Start:d.Tokens[i].End], g, r)
				}
			}
			for _, s := range tg.ss {
				for i := s.first; i < s.end; i++ {
					var acc row
					rs.dynamic(&acc, 0, m.m, dc, f, i, s.first, p1)
					m.m.ScaleSums(acc[:], got[:])
					if c := dc.step1(m.m, f, i, s, p1); c != p1[i] {
						t.Errorf("pass 1, token %d: rows tag %d, lookups %d", i, p1[i], c)
					}
					check(0, i)
				}
			}
			dc.aggregate(f, p1)
			for _, s := range tg.ss {
				for i := s.first; i < s.end; i++ {
					var acc row
					rs.dynamic(&acc, 1, m.m, dc, f, i, s.first, out)
					rs.second(&acc, dc, f, i, s.first, s.end, p1)
					m.m.ScaleSums(acc[:], got[:])
					if c := dc.step2(m.m, f, i, s, p1, out); c != out[i] {
						t.Errorf("pass 2, token %d: rows tag %d, lookups %d", i, out[i], c)
					}
					check(1, i)
				}
			}
		})
	}
}
