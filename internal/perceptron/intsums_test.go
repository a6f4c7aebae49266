package perceptron

import (
	"fmt"
	"slices"
	"testing"
)

// TestIntSumsScoreAsScore: SumInto, SumSplit and SumFrom give the integer
// sums whose ScoreOf are exactly Score's, ScoreSplit's and ScoreFrom's
// scores (and SumSplit's part ScoreSplit's part), for models with dense,
// sparse and wide rows, whatever the split.
func TestIntSumsScoreAsScore(t *testing.T) {
	scored := func(m *Model, acc []int32) []float32 {
		out := make([]float32, len(acc))
		for c, v := range acc {
			out[c] = m.ScoreOf(v)
		}
		return out
	}
	for _, classes := range []int{3, 18, 102} {
		t.Run(fmt.Sprintf("%d classes", classes), func(t *testing.T) {
			m, feat := wideModel(t, classes, 3000)
			var feats []uint64
			for i := range 300 {
				feats = append(feats, feat(i*13%3100)) // some absent
			}
			want, acc := make([]float32, classes), make([]int32, classes)
			m.Score(feats, want)
			m.SumInto(feats, acc)
			if got := scored(m, acc); !slices.Equal(got, want) {
				t.Errorf("SumInto: scores %v, want %v", got, want)
			}
			for _, k := range []int{0, 17, chunk, 300} {
				wantPart, part := make([]int32, classes), make([]int32, classes)
				m.ScoreSplit(feats, k, wantPart, want)
				m.SumSplit(feats, k, part, acc)
				if got := scored(m, acc); !slices.Equal(got, want) || !slices.Equal(part, wantPart) {
					t.Errorf("SumSplit at %d: scores %v part %v, want %v %v", k, got, part, want, wantPart)
				}
				m.ScoreFrom(wantPart, feats[17:], want)
				m.SumFrom(part, feats[17:], acc)
				if got := scored(m, acc); !slices.Equal(got, want) {
					t.Errorf("SumFrom after a split at %d: scores %v, want %v", k, got, want)
				}
			}
		})
	}
}
