package main

import (
	"slices"
	"testing"

	"dateline/text"
)

func TestLogreg(t *testing.T) {
	// Feature 0 is the bias, 1 marks positives, 2 negatives, 3 noise.
	var exs []example
	for i := range 200 {
		switch i % 4 {
		case 0:
			exs = append(exs, example{f: []int32{0, 1}, y: true})
		case 1:
			exs = append(exs, example{f: []int32{0, 2}, y: false})
		case 2:
			exs = append(exs, example{f: []int32{0, 1, 3}, y: true})
		default:
			exs = append(exs, example{f: []int32{0, 2, 3}, y: false})
		}
	}
	a := logreg(exs, 4, 5, 0.1, 1e-4, 7)
	b := logreg(exs, 4, 5, 0.1, 1e-4, 7)
	if !slices.Equal(a, b) {
		t.Errorf("two runs with one seed differ: %v and %v", a, b)
	}
	if p, q := sigmoid(a[0]+a[1]), sigmoid(a[0]+a[2]); p < 0.9 || q > 0.1 {
		t.Errorf("P(positive) = %.3f, P(negative) = %.3f; want > 0.9 and < 0.1", p, q)
	}
}

func TestBestMatch(t *testing.T) {
	atts := []attribution{
		{content: []text.Span{{Start: 0, End: 100}}},
		{content: []text.Span{{Start: 200, End: 220}, {Start: 230, End: 250}}},
	}
	tests := []struct {
		name  string
		span  text.Span
		taken []bool
		want  int
	}{
		{"half of both ways", text.Span{Start: 40, End: 120}, nil, 0},
		{"too long for the attribution", text.Span{Start: 0, End: 300}, nil, -1},
		{"too short for it", text.Span{Start: 0, End: 40}, nil, -1},
		{"over two fragments", text.Span{Start: 200, End: 250}, nil, 1},
		{"an attribution matched already", text.Span{Start: 0, End: 100}, []bool{true, false}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			taken := tt.taken
			if taken == nil {
				taken = make([]bool, len(atts))
			}
			if got := bestMatch([]text.Span{tt.span}, atts, taken); got != tt.want {
				t.Errorf("bestMatch(%v) = %d, want %d", tt.span, got, tt.want)
			}
		})
	}
}

func TestProxyF1(t *testing.T) {
	sp := func(a, b int) text.Span { return text.Span{Start: a, End: b} }
	d := doc{Gold: 4, TP0: 1, P0: 2, Cands: []cand{
		{Gold: 1, Group: 0, Content: sp(0, 10)},                  // 0
		{Gold: 2, Group: 1, Content: sp(5, 9), Inside: []int{0}}, // 1: inside 0
		{Gold: -1, Group: 2, Content: sp(20, 30)},                // 2
		{Gold: 3, Group: 2, Content: sp(20, 40)},                 // 3: 2's other end
		{Gold: 3, Group: 3, Content: sp(20, 40)},                 // 4: 3's content again
	}}
	prob := []float64{0.9, 0.8, 0.5, 0.6, 0.4}
	tests := []struct {
		name string
		keep []bool
		want score
	}{
		{"nothing kept: the quotations only", []bool{false, false, false, false, false}, score{tp: 1, e2e: 0, pred: 2, gold: 4}},
		{"a cue inside a kept one is dropped", []bool{true, true, false, false, false}, score{tp: 2, pred: 3, gold: 4}},
		{"a cue inside a dropped one stays", []bool{false, true, false, false, false}, score{tp: 2, pred: 3, gold: 4}},
		{"of two cues with one content the likelier", []bool{false, false, false, true, true}, score{tp: 2, pred: 3, gold: 4}},
		{"a wrong content counts against", []bool{false, false, true, false, false}, score{tp: 1, pred: 3, gold: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := proxyF1([]doc{d}, func(_, j int) bool { return tt.keep[j] }, func(_, j int) float64 { return prob[j] })
			got.e2e = 0
			if got != tt.want {
				t.Errorf("proxyF1 = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestOracleGap(t *testing.T) {
	sp := func(a, b int) text.Span { return text.Span{Start: a, End: b} }
	d := doc{Gold: 5, Cands: []cand{
		{Gold: 0, Group: 0, Content: sp(0, 10), Bar: true},           // 0: both report it
		{Gold: -1, Group: 1, Content: sp(20, 30), CueHit: true},      // 1: the model's end, cut wrong
		{Gold: 1, Group: 1, Content: sp(20, 40)},                     // 2: the oracle's end of that cue
		{Gold: 2, Group: 2, Content: sp(50, 60)},                     // 3: just under the threshold
		{Gold: 3, Group: 3, Content: sp(70, 80)},                     // 4: far under it
		{Gold: -1, Group: 4, Content: sp(90, 120)},                   // 5: not a cue, reported
		{Gold: 4, Group: 5, Content: sp(100, 110), Inside: []int{5}}, // 6: inside 5
	}}
	oof := [][]float64{{0.9, 0.6, 0.4, 0.45, 0.1, 0.7, 0.8}}
	top := [][]bool{{true, true, false, true, true, true, true}}
	got := oracleGap([]doc{d}, oof, top, 0.5)
	want := gap{both: 1, wrongEnd: 1, nested: 1, nearMiss: 1, reject: 1, wrongContent: 1, notCue: 1}
	if got != want {
		t.Errorf("oracleGap = %+v, want %+v", got, want)
	}
}
