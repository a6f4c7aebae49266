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

// TestSumsOfScoresAsScore: the sums SumsOf gives each group of features,
// added up, give exactly the scores of Score of all of them, wherever the
// groups end (empty groups, one across a chunk's end, features after the
// last group left out); a model of many classes has no such sums.
func TestSumsOfScoresAsScore(t *testing.T) {
	m, feat := wideModel(t, 3, 3000)
	var l Lookup
	var feats []uint64
	for i := 0; i < 300; i++ {
		feats = append(feats, feat(i*11%3100)) // some absent
	}
	for _, ends := range [][]int{{0, 16, 16, 300}, {40, chunk + 3, 250}, {300}, {chunk, 2 * chunk}} {
		out := make([]Sums, len(ends))
		if !m.SumsOf(&l, feats, ends, out) {
			t.Fatal("a dense model has no sums")
		}
		var total Sums
		for _, s := range out {
			for c := range total {
				total[c] += s[c]
			}
		}
		want, got := make([]float32, 3), make([]float32, 3)
		m.Score(feats[:ends[len(ends)-1]], want)
		m.SetScores(&total, got)
		if !slices.Equal(got, want) {
			t.Errorf("ends %v: scores %v, want %v", ends, got, want)
		}
		var first Sums
		m.ScoreKeep(feats, ends[0], &first, want)
		if first != out[0] {
			t.Errorf("ends %v: first group's sums %v, want %v", ends, out[0], first)
		}
	}
	wide, _ := wideModel(t, 50, 100)
	if wide.SumsOf(&l, feats, []int{10}, make([]Sums, 1)) {
		t.Error("a model of 50 classes gave dense sums")
	}
}
