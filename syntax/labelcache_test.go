package syntax

import (
	"slices"
	"testing"
)

// TestHeadTemplatesDependOnTheHeadAlone: the labeller features kept per
// (head, direction) are the same for two arcs from one head on one side,
// whatever the dependents and the children attached in between; the
// dependent's own features differ.
func TestHeadTemplatesDependOnTheHeadAlone(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"The", "old", "harbour", "crane", "finally", "collapsed", "after", "years", "of", "rust", "."}
	sc, s := afterTwoShifts(m, words)
	const h = 3 // "crane", with "The", "old" and "harbour" before it
	var first labelVec
	labelFeatures(&first, &sc.x, sc.ws[2:len(words)+2], s, h, 2)
	s.addArc(h, 2, 5)
	s.addArc(h, 8, 7) // a child on the other side
	var second labelVec
	labelFeatures(&second, &sc.x, sc.ws[2:len(words)+2], s, h, 1)
	for t0 := range headTemplates {
		if headTemplates[t0] && first[t0] != second[t0] {
			t.Errorf("head template %d differs between two arcs from one head", t0)
		}
	}
	if first[lDw] == second[lDw] {
		t.Error("the dependent's word feature is the same for two dependents")
	}
	if first[lHsetsHp] == second[lHsetsHp] {
		t.Error("the head's children sets did not change the feature over them (not a head template)")
	}
	if headTemplates[lHsetsHp] || headTemplates[lHrclDp] {
		t.Error("a template over the head's children is kept per head")
	}
}

// TestHeadSumsLabelAsTheFullLookup: parsing with the labeller's sums kept
// per head gives the trees of looking every feature up for every arc.
func TestHeadSumsLabelAsTheFullLookup(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	f, err := modelFS.Open(ModelPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	full, err := LoadModel(f, ModelPath)
	if err != nil {
		t.Fatal(err)
	}
	if m.labelHead == 0 {
		t.Fatal("the embedded model keeps no labeller sums per head")
	}
	full.labelHead = 0 // every arc looks up all its features
	for _, text := range [][]string{
		{"The", "council", "said", "on", "Monday", "that", "the", "new", "bridge", ",", "which", "cost", "millions", ",", "would", "open", "in", "May", "."},
		{"Farmers", "in", "the", "north", "sold", "wheat", ",", "barley", "and", "oats", "to", "three", "big", "mills", "."},
		{"She", "gave", "the", "old", "books", "to", "her", "younger", "brother", "and", "kept", "the", "maps", "."},
	} {
		a, b := Sentence{Words: text}, Sentence{Words: text}
		m.Parse(&a)
		full.Parse(&b)
		if !slices.Equal(a.Head, b.Head) || !slices.Equal(a.Rel, b.Rel) {
			t.Errorf("%v: heads %v rels %v, want %v %v", text, a.Head, a.Rel, b.Head, b.Rel)
		}
	}
}
