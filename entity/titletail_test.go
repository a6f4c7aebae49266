package entity

import "testing"

// TestPersonAfterTitleRun checks a body mention ending in a title ("Labour
// MP", "Labour MEP") with the person's name after it left untagged, or
// tagged together with it: the name is a person's.
func TestPersonAfterTitleRun(t *testing.T) {
	d := doc(t, "Labour MP Kate Hoey-Smith said the plan was wrong.", "2025-01-01", "ORG:Labour MP")
	if e := entityOf(t, d, "Kate Hoey-Smith", 0); e == nil || e.Type != "PERSON" || e.Name != "Kate Hoey-Smith" {
		t.Errorf("Kate Hoey-Smith: got %v", e)
	}
	d = doc(t, "Labour MEP Richard Corbett said the plan was wrong.", "2025-01-01", "ORG:Labour MEP Richard Corbett")
	if e := entityOf(t, d, "Richard Corbett", 0); e == nil || e.Type != "PERSON" || e.Name != "Richard Corbett" {
		t.Errorf("Richard Corbett: got %v", e)
	}
	d = doc(t, "Labour MP Brighton said the plan was wrong.", "2025-01-01", "ORG:Labour MP")
	for _, e := range d.Entities {
		if e.Type == "PERSON" {
			t.Errorf("a person from no given name: %v", e)
		}
	}
}
