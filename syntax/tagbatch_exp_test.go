//go:build experiment

package syntax

import (
	"testing"
	"time"

	"dateline/internal/cputime"
)

// TestBatchBestCase times the first tagger pass's lookups of EWT dev
// scored one word a call (as tagPass) against all the words of a
// sentence in one perceptron.AddSegments call, with the tags before each
// word known in advance (the first pass's own: every guess right), so
// that the batch pays for nothing but its one call: the most batching
// the first pass could gain. The features are made beforehand; each
// round scores the whole of EWT dev one way, alternating.
func TestBatchBestCase(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	pm := m.tagger
	classes := pm.Classes()
	sc := m.getScratch()
	type sentFeats struct {
		feats []uint64
		ends  []int
	}
	var all []sentFeats
	for _, words := range devSentences(t) {
		m.prepare(sc, words)
		sc.words = words
		m.tag(sc, len(words))
		var s sentFeats
		for i := range words {
			if sc.ws[i+2].lexTag >= 0 {
				continue
			}
			tm1, tm2 := int32(-1), int32(-1)
			if i > 0 {
				tm1 = sc.first[i-1]
			}
			if i > 1 {
				tm2 = sc.first[i-2]
			}
			s.feats = tagFeatures(s.feats, sc.ws, i, tm1, tm2, nil, m.tagClusters)
			s.ends = append(s.ends, len(s.feats))
		}
		all = append(all, s)
	}
	var sums []int32
	var sink int32
	perWord := func() {
		for _, s := range all {
			lo := 0
			for _, hi := range s.ends {
				pm.Score(s.feats[lo:hi], sc.scores)
				b, _ := best2(sc.scores[:classes])
				sink += b
				lo = hi
			}
		}
	}
	batched := func(window int) {
		for _, s := range all {
			for w0 := 0; w0 < len(s.ends); w0 += window {
				w1 := min(len(s.ends), w0+window)
				lo := 0
				if w0 > 0 {
					lo = s.ends[w0-1]
				}
				ends := make([]int, 0, w1-w0)
				for _, e := range s.ends[w0:w1] {
					ends = append(ends, e-lo)
				}
				n := len(ends) * classes
				if cap(sums) < n {
					sums = make([]int32, n)
				}
				sums = sums[:n]
				clear(sums)
				pm.AddSegments(s.feats[lo:s.ends[w1-1]], ends, sums)
				for k := range ends {
					pm.ScaleSums(sums[k*classes:(k+1)*classes], sc.scores[:classes])
					b, _ := best2(sc.scores[:classes])
					sink += b
				}
			}
		}
	}
	fs := []func(){perWord, func() { batched(1000) }, func() { batched(4) }, func() { batched(1) }}
	names := []string{"per word (Score)", "a sentence a call", "4 words a call", "a word a call (AddSegments)"}
	var dur [4]time.Duration
	for round := range 8 {
		for k := range fs {
			j := (k + round) % len(fs)
			c0 := cputime.Now()
			fs[j]()
			dur[j] += cputime.Now() - c0
		}
	}
	for j, d := range dur {
		t.Logf("%-28s %v cpu (%.3f of per word)", names[j], d, float64(d)/float64(dur[0]))
	}
	_ = sink
}
