package perceptron

import (
	"fmt"
	"slices"
	"testing"
)

// TestSplitScoresAsScore checks that the sums ScoreSplit keeps of a prefix
// of the features, added by ScoreFrom to the rest, give exactly the scores
// of Score of all of them, wherever the split falls (before the first
// feature, past a chunk, after the last), for models with wide, sparse and
// dense rows.
func TestSplitScoresAsScore(t *testing.T) {
	for _, classes := range []int{3, 50, 102} {
		t.Run(fmt.Sprintf("%d classes", classes), func(t *testing.T) {
			m, feat := wideModel(t, classes, 3000)
			var feats []uint64
			for i := 0; i < 300; i++ {
				feats = append(feats, feat(i*11%3100)) // some absent
			}
			want := make([]float32, classes)
			m.Score(feats, want)
			split, from := make([]float32, classes), make([]float32, classes)
			part := make([]int32, classes)
			for _, k := range []int{0, 1, 17, chunk, chunk + 40, len(feats)} {
				m.ScoreSplit(feats, k, part, split)
				if !slices.Equal(split, want) {
					t.Fatalf("k=%d: ScoreSplit scores %v, want %v", k, split, want)
				}
				m.ScoreFrom(part, feats[k:], from)
				if !slices.Equal(from, want) {
					t.Fatalf("k=%d: ScoreFrom scores %v, want %v", k, from, want)
				}
			}
		})
	}
}
