package perceptron

import (
	"fmt"
	"math"
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
			var l Lookup // one for every call, as a caller keeps it
			var feats []uint64
			for i := range 300 {
				feats = append(feats, feat(i*13%3100)) // some absent
			}
			want, acc := make([]float32, classes), make([]int32, classes)
			m.Score(feats, want)
			m.SumInto(&l, feats, acc)
			if got := scored(m, acc); !slices.Equal(got, want) {
				t.Errorf("SumInto: scores %v, want %v", got, want)
			}
			for _, k := range []int{0, 17, chunk, 300} {
				wantPart, part := make([]int32, classes), make([]int32, classes)
				m.ScoreSplit(feats, k, wantPart, want)
				m.SumSplit(&l, feats, k, part, acc)
				if got := scored(m, acc); !slices.Equal(got, want) || !slices.Equal(part, wantPart) {
					t.Errorf("SumSplit at %d: scores %v part %v, want %v %v", k, got, part, want, wantPart)
				}
				m.ScoreFrom(wantPart, feats[17:], want)
				m.SumFrom(&l, part, feats[17:], acc)
				if got := scored(m, acc); !slices.Equal(got, want) {
					t.Errorf("SumFrom after a split at %d: scores %v, want %v", k, got, want)
				}
			}
		})
	}
}

// TestArgmaxSumsAsArgmax: ArgmaxSums picks the class Argmax picks from the
// scores of the same sums (ties to the lowest, only allowed classes), and
// its lead is the best sum less the best other allowed one.
func TestArgmaxSumsAsArgmax(t *testing.T) {
	m := &Model{scale: 0.37}
	for i := range 2000 {
		n := 1 + i%7
		sums, scores, allowed := make([]int32, n), make([]float32, n), make([]bool, n)
		for c := range sums {
			sums[c] = int32((i*31+c*17)%9 - 4) // small values: many ties
			scores[c] = m.ScoreOf(sums[c])
			allowed[c] = (i>>c)&3 != 0
		}
		var mask []bool
		if i%2 == 0 {
			mask = allowed
		}
		best, lead := ArgmaxSums(sums, mask)
		if want := Argmax(scores, mask); best != want {
			t.Fatalf("sums %v allowed %v: class %d, want %d", sums, mask, best, want)
		}
		wantLead := int32(math.MaxInt32)
		for c, v := range sums {
			if c != best && (mask == nil || mask[c]) && (wantLead == math.MaxInt32 || sums[best]-v < wantLead) {
				wantLead = sums[best] - v
			}
		}
		if best >= 0 && lead != wantLead {
			t.Fatalf("sums %v allowed %v: lead %d, want %d", sums, mask, lead, wantLead)
		}
	}
}

// TestBestSumAsArgmaxSums: BestSum picks ArgmaxSums's class, ties and
// classes not allowed included.
func TestBestSumAsArgmaxSums(t *testing.T) {
	for i := range 5000 {
		n := 1 + i%60
		sums, allowed := make([]int32, n), make([]bool, n)
		for c := range sums {
			sums[c] = int32((i*31+c*17)%9 - 4) // small values: many ties
			if i%5 == 0 {
				sums[c] *= 1 << 20 // and large ones
			}
			allowed[c] = (i>>(c%11))&3 != 0
		}
		want, _ := ArgmaxSums(sums, allowed)
		if got := BestSum(sums, allowed); got != want {
			t.Fatalf("sums %v allowed %v: class %d, want %d", sums, allowed, got, want)
		}
	}
}

// TestBest2SumsAsOneLoop: Best2Sums gives the classes of a loop that
// tests every class against the best and the runner-up, ties included.
func TestBest2SumsAsOneLoop(t *testing.T) {
	oneLoop := func(sums []int32) (int, int) {
		best, second := 0, -1
		for c := 1; c < len(sums); c++ {
			switch x := sums[c]; {
			case x > sums[best]:
				best, second = c, best
			case second < 0 || x > sums[second]:
				second = c
			}
		}
		return best, second
	}
	for i := range 20000 {
		sums := make([]int32, 1+i%110)
		span := 1 + i%37 // small spans: many ties
		for c := range sums {
			sums[c] = int32((i*131+c*c*17+c*7)%(2*span) - span)
			if i%5 == 0 {
				sums[c] *= 1 << 20
			}
		}
		wb, ws := oneLoop(sums)
		if b, s := Best2Sums(sums); b != wb || s != ws {
			t.Fatalf("sums %v: best %d second %d, want %d %d", sums, b, s, wb, ws)
		}
	}
}
