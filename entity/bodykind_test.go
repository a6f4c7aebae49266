package entity

import (
	"strings"
	"testing"
)

// TestBodyNamedInsideItsDescription: "the Tarn news agency said" is the
// agency Tarn, not a second body; "the Dunmore fans club" is the club of
// Dunmore's fans, not Dunmore.
func TestBodyNamedInsideItsDescription(t *testing.T) {
	s := "The Tarn news agency said so . The Dunmore fans club said no ."
	// 0 The 1 Tarn 2 news 3 agency 4 said 5 so 6 . 7 The 8 Dunmore 9 fans 10 club 11 said 12 no 13 .
	heads := []int{3, 3, 3, 4, -1, 4, 4, 10, 9, 10, 11, -1, 11, 11}
	rels := []string{"det", "compound", "compound", "nsubj", "root", "advmod", "punct",
		"det", "compound", "compound", "nsubj", "root", "advmod", "punct"}
	d := parsed(t, s, heads, rels, "ORG:Tarn", "ORG:Dunmore")
	if agency, tarn := entityAt(d, "agency"), entityAt(d, "Tarn"); agency == nil || agency != tarn {
		t.Errorf("the Tarn news agency is %s, want Tarn", describe(agency))
	}
	if club, dunmore := entityAt(d, "club"), entityAt(d, "Dunmore"); club == nil || club == dunmore {
		t.Errorf("the Dunmore fans club is %s, want a body of its own", describe(club))
	}
}

// TestFirmAndBodyKindsSpeak: a regulator, a trade body or a firm named by
// its kind is one body (ORG), and its plural a group of them.
func TestFirmAndBodyKindsSpeak(t *testing.T) {
	s := "The watchdog said so . Lenders said no ."
	// 0 The 1 watchdog 2 said 3 so 4 . 5 Lenders 6 said 7 no 8 .
	heads := []int{1, 2, -1, 2, 2, 6, -1, 6, 6}
	rels := []string{"det", "nsubj", "root", "advmod", "punct", "nsubj", "root", "advmod", "punct"}
	d := parsed(t, s, heads, rels)
	if e := entityAt(d, "watchdog"); e == nil || e.Type != "ORG" {
		t.Errorf("the watchdog is %s, want an ORG", describe(e))
	}
	if e := entityAt(d, "Lenders"); e == nil || e.Type != "GROUP" {
		t.Errorf("lenders are %s, want a GROUP", describe(e))
	}
}

// TestDescribedBodyFoundAgain: after "the Tarn news agency", "the agency"
// is Tarn too.
func TestDescribedBodyFoundAgain(t *testing.T) {
	s := "The Tarn news agency said so . The agency said no ."
	// 0 The 1 Tarn 2 news 3 agency 4 said 5 so 6 . 7 The 8 agency 9 said 10 no 11 .
	heads := []int{3, 3, 3, 4, -1, 4, 4, 8, 9, -1, 9, 9}
	rels := []string{"det", "compound", "compound", "nsubj", "root", "advmod", "punct",
		"det", "nsubj", "root", "advmod", "punct"}
	d := parsed(t, s, heads, rels, "ORG:Tarn")
	k := strings.LastIndex(s, "agency")
	for _, m := range d.Mentions {
		if m.Start <= k && k < m.End {
			if m.Entity < 0 || d.Entities[m.Entity].Name != "Tarn" {
				t.Errorf("the agency is %s, want Tarn", describe(entityAt(d, "The agency")))
			}
			return
		}
	}
	t.Error("the agency has no mention")
}
