package main

import (
	"os"
	"path/filepath"
	"testing"

	"dateline/text"
)

func TestMatchCount(t *testing.T) {
	sp := func(a, b int) []text.Span { return []text.Span{{Start: a, End: b}} }
	tests := []struct {
		name string
		a, b [][]text.Span
		want int
	}{
		{"same contents match", [][]text.Span{sp(0, 10), sp(20, 30)}, [][]text.Span{sp(20, 30), sp(0, 10)}, 2},
		{"half of each side is enough", [][]text.Span{sp(0, 10)}, [][]text.Span{sp(5, 15)}, 1},
		{"a fragment of a long content is not", [][]text.Span{sp(0, 40)}, [][]text.Span{sp(0, 10)}, 0},
		{"one to one, the closer pair first", [][]text.Span{sp(0, 10)}, [][]text.Span{sp(0, 12), sp(0, 10)}, 1},
		{"split contents add their parts", [][]text.Span{{{Start: 0, End: 5}, {Start: 10, End: 15}}}, [][]text.Span{sp(0, 15)}, 1},
		{"nothing against nothing", nil, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := matchCount(tt.a, tt.b); got != tt.want {
				t.Errorf("matchCount = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestAgreement(t *testing.T) {
	// Two annotators of one article who agree on one content of two, and
	// an article with one annotator, which is left out.
	dir := t.TempDir()
	write := fileWriter(t, dir)
	write("text/a.txt", "Ruiz said the bridge is safe. Lee thinks it is not.")
	write("attributions/a_x1.ann", "T1\tCue 5 9\tsaid\nT2\tContent 10 28\tthe bridge is safe\nT3\tCue 34 40\tthinks\nT4\tContent 41 51\tit is not\n"+
		"E1\tAttribution:T1 Cue:T1 Content:T2\nE2\tAttribution:T3 Cue:T3 Content:T4\n")
	write("attributions/a_x2.ann", "T1\tCue 5 9\tsaid\nT2\tContent 10 28\tthe bridge is safe\nE1\tAttribution:T1 Cue:T1 Content:T2\n")
	write("text/b.txt", "Okafor said so.")
	write("attributions/b_x1.ann", "T1\tCue 7 11\tsaid\nT2\tContent 12 14\tso\nE1\tAttribution:T1 Cue:T1 Content:T2\n")
	tp, gold, other, n, err := agreement(dir)
	if err != nil {
		t.Fatal(err)
	}
	if tp != 1 || gold != 2 || other != 1 || n != 1 {
		t.Errorf("agreement = %d matched, %d first, %d other, %d articles; want 1, 2, 1, 1", tp, gold, other, n)
	}
}

func TestBoundaryAgreement(t *testing.T) {
	// The gold annotator and two others of one article: the second marks
	// both cues, with a shorter content of "said" (still half of each
	// other's bytes) and a content of "thinks" that runs over its subject
	// (not); the third marks "said" with the same bytes and a cue the
	// gold annotator has not.
	dir := t.TempDir()
	write := fileWriter(t, dir)
	write("text/a.txt", "Ruiz said the bridge is safe. Lee thinks it is not.")
	write("attributions/a_x1.ann", "T1\tCue 5 9\tsaid\nT2\tContent 10 28\tthe bridge is safe\nT3\tCue 34 40\tthinks\nT4\tContent 41 50\tit is not\n"+
		"E1\tAttribution:T1 Cue:T1 Content:T2\nE2\tAttribution:T3 Cue:T3 Content:T4\n")
	write("attributions/a_x2.ann", "T1\tCue 5 9\tsaid\nT2\tContent 10 24\tthe bridge is\nT3\tCue 34 40\tthinks\nT4\tContent 30 50\tLee thinks it is not\n"+
		"E1\tAttribution:T1 Cue:T1 Content:T2\nE2\tAttribution:T3 Cue:T3 Content:T4\n")
	write("attributions/a_x3.ann", "T1\tCue 0 4\tRuiz\nT2\tContent 5 28\tsaid the bridge is safe\nT3\tCue 5 9\tsaid\nT4\tContent 10 28\tthe bridge is safe\n"+
		"E1\tAttribution:T1 Cue:T1 Content:T2\nE2\tAttribution:T3 Cue:T3 Content:T4\n")
	pairs, match, exact, err := boundaryAgreement(dir)
	if err != nil {
		t.Fatal(err)
	}
	if pairs != 3 || match != 2 || exact != 1 {
		t.Errorf("boundaryAgreement = %d pairs, %d matched, %d exact; want 3, 2, 1", pairs, match, exact)
	}
}

func TestEndOracle(t *testing.T) {
	sp := func(a, b int) text.Span { return text.Span{Start: a, End: b} }
	// One cue with two ends: the model prefers the wrong one.
	docs := []doc{{Gold: 1, Cands: []cand{
		{Gold: -1, Group: 0, Content: sp(0, 30)},
		{Gold: 0, Group: 0, Content: sp(0, 12)},
	}}}
	oof := [][]float64{{0.6, 0.4}}
	top := [][]bool{{true, false}}
	if got := endOracle(docs, oof, top, 0.5); got.tp != 1 || got.pred != 1 {
		t.Errorf("with the cue kept: %+v, want the matching end (1 match of 1)", got)
	}
	if got := endOracle(docs, oof, top, 0.7); got.tp != 0 || got.pred != 0 {
		t.Errorf("with the cue under the threshold: %+v, want nothing kept", got)
	}
}

func TestCueContents(t *testing.T) {
	sp := func(a, b int) text.Span { return text.Span{Start: a, End: b} }
	// Three cues: one reported on an annotated cue word whose kept end
	// matches nothing but whose other end does, one reported and matching,
	// one on a word no attribution has as its cue.
	docs := []doc{{Gold: 2, Cands: []cand{
		{Gold: -1, Group: 0, CueHit: true, Content: sp(0, 30)},
		{Gold: 0, Group: 0, CueHit: true, Content: sp(0, 12)},
		{Gold: 1, Group: 1, CueHit: true, Content: sp(40, 50)},
		{Gold: -1, Group: 2, Content: sp(60, 70)},
	}}}
	oof := [][]float64{{0.6, 0.4, 0.7, 0.9}}
	top := [][]bool{{true, false, true, true}}
	if n, match, best := cueContents(docs, oof, top, 0.5); n != 2 || match != 1 || best != 2 {
		t.Errorf("cueContents = %d, %d, %d; want 2 reported, 1 matching, 2 with the best end", n, match, best)
	}
}

// fileWriter returns a function writing a file under dir, its folders
// made as needed.
func fileWriter(t *testing.T, dir string) func(name, s string) {
	return func(name, s string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
