package perceptron

import (
	"fmt"
	"slices"
	"testing"
)

// TestAddSegmentsScoresAsScore: the sums AddSegments gives each segment of
// the features, scaled by ScaleSums, are exactly the scores of Score of
// that segment alone, wherever the segments end (empty ones, at the start
// and between others, one across a chunk's end, features after the last
// left out), and are added to what out held, for models with dense,
// sparse (no wide rows: 18 classes) and wide rows.
func TestAddSegmentsScoresAsScore(t *testing.T) {
	for _, classes := range []int{3, 18, 50, 102} {
		t.Run(fmt.Sprintf("%d classes", classes), func(t *testing.T) {
			m, feat := wideModel(t, classes, 3000)
			var feats []uint64
			for i := 0; i < 400; i++ {
				feats = append(feats, feat(i*11%3100)) // some absent
			}
			for _, ends := range [][]int{{0, 16, 16, 300}, {40, chunk + 3, 250}, {400}, {chunk, 2 * chunk}, {chunk - 1, chunk, chunk, chunk + 1, 399}, {0, 0}} {
				out := make([]int32, len(ends)*classes)
				for k := range out {
					out[k] = int32(k) // AddSegments adds to these
				}
				m.AddSegments(feats, ends, out)
				lo := 0
				want, got := make([]float32, classes), make([]float32, classes)
				for s, hi := range ends {
					m.Score(feats[lo:hi], want)
					sums := out[s*classes : (s+1)*classes]
					for c := range sums {
						sums[c] -= int32(s*classes + c)
					}
					m.ScaleSums(sums, got)
					if !slices.Equal(got, want) {
						t.Errorf("ends %v, segment %d: scores %v, want %v", ends, s, got, want)
					}
					lo = hi
				}
			}
		})
	}
}
