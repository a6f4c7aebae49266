package quote

import (
	"math"
	"slices"
	"testing"
)

// TestPrefixSumsAsSummed compares the cue model's sum of every cue's
// features, with the head's first features taken from the kept sums
// (headPrefix), against the features listed and summed one by one from 0:
// to the bit, on two documents read in turn by one work, each twice, so
// that the second reading takes every prefix from what the first kept. It
// fails when the prefix's key leaves out something its features read
// (the tag, the frame, the score's bucket, whether the lexicon saw the
// frame) or a kept sum is taken by a sum that did not start from 0.
func TestPrefixSumsAsSummed(t *testing.T) {
	docs := []string{
		string(testArticle(t)),
		"The harbour board hinted that fees would rise, which angered the dockers. " +
			"Its chairwoman warned that the quay was failing, and the pilots' union charges that repairs were late. " +
			"Officials say the ferry will run. Residents believe it will not, and they claimed so loudly.\n",
	}
	lex := testLexicon(t)
	m := testCueModel(t)
	w := &work{minReported: minReportedCue, model: m}
	cues, taken := 0, 0
	for round := range 2 {
		for _, txt := range docs {
			d := analyse(t, txt)
			w.reset(d, lex)
			w.findCues()
			for ci := range w.cues {
				c := &w.cues[ci]
				var list featSink // no model: the features themselves
				w.cueFeatures(c, &list)
				want := 0.0
				for _, f := range list.out {
					want += float64(m.w[f])
				}
				had := len(w.prefixSums)
				w.sink.reset(m)
				w.cueFeatures(c, &w.sink)
				if got := w.sink.sum; math.Float64bits(got) != math.Float64bits(want) {
					t.Errorf("round %d, cue %q: sum %v with the kept prefix, %v summed whole", round, w.word(c.tok), got, want)
				}
				cues++
				if len(w.prefixSums) == had {
					taken++
				}
			}
		}
	}
	if cues == 0 || taken == 0 {
		t.Fatalf("%d cues, %d prefixes taken: the test reads none", cues, taken)
	}
}

// TestFixedFeaturesNamed checks that the features of no parts, whose
// weights are read once a model (addFixed), keep their names: a content
// after its cue is "after", one before it "before".
func TestFixedFeaturesNamed(t *testing.T) {
	lex := testLexicon(t)
	for _, tc := range []struct{ txt, want, not string }{
		{"Mara Tello said the ferry would stop running in May.\n", "after", "before"},
		{"The ferry will stop running in May, Mara Tello said.\n", "before", "after"},
	} {
		d := analyse(t, tc.txt)
		w := &work{minReported: minReportedCue}
		w.reset(d, lex)
		w.findCues()
		found := false
		for ci := range w.cues {
			c := &w.cues[ci]
			if w.word(c.tok) != "said" {
				continue
			}
			found = true
			fs := w.features(c)
			if !slices.Contains(fs, tc.want) || slices.Contains(fs, tc.not) {
				t.Errorf("%q: features %v, want %q and not %q", tc.txt, fs, tc.want, tc.not)
			}
		}
		if !found {
			t.Errorf("%q: no cue on said", tc.txt)
		}
	}
}
