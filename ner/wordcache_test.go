package ner

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"dateline/gazetteer"
)

// TestWordCacheScoresExactly checks that every token's static scores
// through the word cache, cold and warm, equal the scores of all its
// static features looked up at once (every decision taking its weak
// features: early_test.go tests the others).
func TestWordCacheScoresExactly(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	g := gazetteer.Default()
	tests := []struct{ name, text string }{
		{"repeated names and words", "Harbour officials in Valdora said the ferry would sail on Monday. The ferry, which Valdora Harbour Lines runs, was late on Sunday, officials said."},
		{"capitals headline then text", "FERRY STRIKE ENDS IN VALDORA\n\nThe strike at Valdora Harbour ended on Tuesday, the union said."},
		{"sentence-initial and mid-sentence forms", "Union leaders met. The union's leaders met again. Leaders of the Union met."},
		{"long and hyphenated words", "A counter-intelligence-and-internationalisation review found over-engineered systems."},
		{"curly quotes", "\u201cWe will sail,\u201d said Maria Okafor, the port\u2019s chief."},
		{"longer than a batch", longText()},
	}
	tg := NewTagger(m, g)
	tg.margin = float32(math.Inf(1))
	var all [nAll]float32
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := segmented(t, tc.text)
			for round := 0; round < 2; round++ { // cold, then warm
				tg.Tag(d)
				f := &tg.b.f
				for _, s := range tg.ss {
					for i := s.first; i < s.end; i++ {
						// A Tagger's builder makes no features: all of
						// them, made here, score as its sums.
						m.m.Score(weakContext(strongContext(ownFeatures(nil, &f.info[i]), f.info, i, s.first, s.end), f.info, i), all[:])
						if got := tg.dc.st[i*nAll : (i+1)*nAll]; [nAll]float32(got) != all {
							t.Errorf("round %d, token %d %q: got %v, want %v", round, i, d.Text[d.Tokens[i].Start:d.Tokens[i].End], got, all)
						}
					}
				}
			}
		})
	}
}

// longText is a document of several batches of tokens (batchTokens), with
// words first met in each and words met in all.
func longText() string {
	var b strings.Builder
	for k := 0; b.Len() < 12*batchTokens; k++ {
		fmt.Fprintf(&b, "Pier %d of Valdora Harbour reopened, said Ferrol%d, the harbour's chief. ", k, k%7)
	}
	return b.String()
}
