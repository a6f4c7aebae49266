package quote

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestFeatureHashIgnoresParts checks that a feature's hash does not depend
// on where its name is cut into parts, which featSink.add relies on: the
// model hashes whole names, add hashes the parts one after the other. Every
// name of the embedded model is cut at random places; each must also find
// its own weight. It fails when str keeps state between parts (a length,
// a separator) or when the table loses a name.
func TestFeatureHashIgnoresParts(t *testing.T) {
	m := testCueModel(t)
	if m.joined {
		t.Errorf("two names of the embedded model share a hash: featSink reads the slower joined names")
	}
	r := rand.New(rand.NewPCG(8, 1))
	for f, v := range m.w {
		h := featOffset
		for rest := f; rest != ""; {
			n := r.IntN(len(rest) + 1)
			h, rest = h.str(rest[:n]), rest[n:]
		}
		if h != featOffset.str(f) {
			t.Fatalf("%q: hash %x in parts, %x whole", f, h, featOffset.str(f))
		}
		if got := m.weightOf(h); got != v {
			t.Fatalf("%q: weight %v by hash, %v by name", f, got, v)
		}
	}
	if got := m.weightOf(featOffset.str("k=no-such-cue-word")); got != 0 {
		t.Errorf("a name the model lacks weighs %v, want 0", got)
	}
}

// TestJoinedNamesSumAsHashed compares the cue model's sums read by hash
// with those read by the joined names, the way a model whose names share a
// hash is read (CueModel.joined), on every cue of two documents: to the
// bit. It fails when one of the two ways of add drifts from the other.
func TestJoinedNamesSumAsHashed(t *testing.T) {
	m := testCueModel(t)
	joined := *m
	joined.joined = true
	lex := testLexicon(t)
	cues := 0
	for _, txt := range []string{
		string(testArticle(t)),
		"The harbour board hinted that fees would rise. Its chairwoman warned the pilots that the quay was failing, " +
			"and the union charges that repairs were late, officials said.\n",
	} {
		d := analyse(t, txt)
		w := &work{minReported: minReportedCue}
		w.reset(d, lex)
		w.findCues()
		for ci := range w.cues {
			c := &w.cues[ci]
			var byHash, byName featSink
			byHash.reset(m)
			w.cueFeatures(c, &byHash)
			byName.reset(&joined)
			w.cueFeatures(c, &byName)
			if math.Float64bits(byHash.sum) != math.Float64bits(byName.sum) {
				t.Errorf("cue %q: sum %v by hash, %v by joined names", w.word(c.tok), byHash.sum, byName.sum)
			}
			cues++
		}
	}
	if cues == 0 {
		t.Fatal("no cues: the test reads nothing")
	}
}
