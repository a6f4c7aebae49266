package syntax

import "testing"

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
