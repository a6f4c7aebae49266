package ner

import (
	"math"
	"testing"

	"dateline/gazetteer"
	"dateline/internal/perceptron"
)

// TestEarlyDecisions checks every decision of the staged tagger against
// its features looked up one token at a time, with the tags it gave
// before: a token whose weak features were never looked up took the best
// tag of its other features, which leads the runner-up by earlyMargin or
// more; any other token took that tag or the best of all its features,
// scored as the full tagger scores them. Some decisions are taken early
// and some not in every text, and most of those of plain text early.
func TestEarlyDecisions(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		plain      bool
	}{
		{"plain text", "After a windy night the ferry left the harbour late, and the crew said the sea was rough. Passengers waited on the pier for an hour; some of them went home, and a few bought tickets for the next boat, which left at noon.", true},
		{"names repeated over a document", "Ines Albarran, who chairs Portvale Shipping, met the mayor of Kestrel Bay on Friday. Albarran said Portvale Shipping would hire forty people. The mayor welcomed Albarran and the Kestrel Bay council voted for the plan.", false},
		{"capitals headline then text", "PORTVALE SHIPPING HIRES IN KESTREL BAY\n\nPortvale Shipping will hire in Kestrel Bay next spring, its chairwoman told reporters.", false},
		{"longer than a batch", longText(), false},
	}
	tg := NewTagger(m, gazetteer.Default())
	lead := leadSums(m.m, earlyMargin)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := segmented(t, tc.text)
			tg.Tag(d)
			f, dc := &tg.b.f, &tg.dc
			p1, out := tg.p1, tg.out
			early, full := 0, 0
			// check checks the decision c of pass for token i after prev,
			// whose own features are fs.
			check := func(pass, i, prev, c int, fs []uint64) {
				var strong, all [nAll]int32
				part := strongContext(ownFeatures(nil, &f.info[i]), f.info, i, int(f.info[i].sent[0]), int(f.info[i].sent[1]))
				m.m.AddSegments(append(part, fs...), []int{len(part) + len(fs)}, strong[:])
				off := pass * nTags
				best, gap := perceptron.ArgmaxSums(strong[off:off+nTags], allowed[prev])
				if !dc.full[i] {
					early++
					// Nor after a name's tag, nor before a capitalised word
					// (a name's continuation or start).
					if prev != 0 && prev != nTags || i+1 < len(f.info) && !f.info[i+1].lowerCase && !f.info[i+1].first {
						t.Errorf("pass %d, token %d %q: taken without its weak features after tag %d, before %q", pass+1, i, d.Text[d.Tokens[i].Start:d.Tokens[i].End], prev, d.Text[d.Tokens[i+1].Start:d.Tokens[i+1].End])
					}
					if best != c || gap < lead {
						t.Errorf("pass %d, token %d %q: took %d without its weak features, which give %d by %d sums (want %d or more)", pass+1, i, d.Text[d.Tokens[i].Start:d.Tokens[i].End], c, best, gap, lead)
					}
					return
				}
				full++
				// As the full tagger scores: the decision's own features'
				// scores plus the static ones.
				m.m.AddSegments(fs, []int{len(fs)}, all[:])
				var sc, st [nAll]float32
				m.m.ScaleSums(all[:], sc[:])
				var static [nAll]int32
				whole := weakContext(part, f.info, i)
				m.m.AddSegments(whole, []int{len(whole)}, static[:])
				m.m.ScaleSums(static[:], st[:])
				for k := range sc {
					sc[k] += st[k]
				}
				want := perceptron.Argmax(sc[off:off+nTags], allowed[prev])
				if c != want && (c != best || gap < lead) {
					t.Errorf("pass %d, token %d: took %d, its features give %d", pass+1, i, c, want)
				}
			}
			for _, s := range tg.ss {
				for i := s.first; i < s.end; i++ {
					check(0, i, prevOf(i, s, p1), p1[i], dynamic(nil, f, i, s.first, p1))
				}
			}
			for _, s := range tg.ss {
				for i := s.first; i < s.end; i++ {
					fs := dc.second(dynamic(nil, f, i, s.first, out), f, i, s.first, s.end, p1)
					check(1, i, prevOf(i, s, out), out[i], fs)
				}
			}
			if early == 0 || full == 0 || tc.plain && early < 2*full {
				t.Errorf("%d decisions without the weak features, %d with: want some of each (most without in plain text)", early, full)
			}
		})
	}
}

// TestLeadSums checks the margin in sums: the least whose score reaches
// the margin, and none beyond every sum.
func TestLeadSums(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	l := leadSums(m.m, earlyMargin)
	if m.m.ScoreOf(l) < earlyMargin || m.m.ScoreOf(l-1) >= earlyMargin {
		t.Errorf("leadSums(%v) = %d: scores %v and %v", earlyMargin, l, m.m.ScoreOf(l-1), m.m.ScoreOf(l))
	}
	if l := leadSums(m.m, float32(math.Inf(1))); l != math.MaxInt32 {
		t.Errorf("leadSums(+Inf) = %d", l)
	}
}

// TestLeadsOnlyAfterO checks that a decision is taken early only after O
// or the sentence start, however far its best tag leads.
func TestLeadsOnlyAfterO(t *testing.T) {
	dc := decoder{ist: make([]int32, nAll)}
	for pass := range 2 {
		dc.ist[pass*nTags] = 1000 // O, far ahead
		var acc row
		for prev := 0; prev <= nTags; prev++ {
			want := -1
			if prev == 0 || prev == nTags {
				want = 0
			}
			if got := dc.leads(&acc, 0, pass, prev, 10); got != want {
				t.Errorf("pass %d after tag %d: got %d, want %d", pass+1, prev, got, want)
			}
		}
	}
}
