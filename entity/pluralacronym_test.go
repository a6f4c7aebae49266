package entity

import "testing"

// TestPluralAcronymIsAGroup checks that the plural of an acronym ("MEPs",
// "MPs") that the name tagger read as a person's name names many people:
// a group, which "they" goes on to name. (A source noun, "MPs said", is
// checked on the whole pipeline in package quote.)
func TestPluralAcronymIsAGroup(t *testing.T) {
	for _, names := range [][]string{{"PERSON:MEPs"}} {
		d := doc(t, "Farmers in the valley want a new road. MEPs voted against the plan on Tuesday. They said it would cost too much.", "2025-01-01", names...)
		e := entityOf(t, d, "MEPs", 0)
		if e == nil || e.Type != "GROUP" {
			t.Fatalf("names %v: MEPs is %v, want a GROUP", names, e)
		}
		if they := entityOf(t, d, "They", 0); they == nil || they.ID != e.ID {
			t.Errorf("names %v: They is %v, want %s", names, they, e.ID)
		}
	}
	for _, name := range []string{"MPs", "GPs", "CEOs"} {
		if !pluralAcronym(name) {
			t.Errorf("pluralAcronym(%q) = false", name)
		}
	}
	for _, name := range []string{"Ms", "Mrs", "NATO", "Jones", "IMFs2"} {
		if pluralAcronym(name) {
			t.Errorf("pluralAcronym(%q) = true", name)
		}
	}
}
