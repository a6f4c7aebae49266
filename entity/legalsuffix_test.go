package entity

import (
	"strings"
	"testing"
)

// A firm's name without its legal suffix is the firm: one word or
// several; a name of several words does not drop a body's kind.
func TestShortBodyLegalSuffix(t *testing.T) {
	tests := []struct {
		short, long string
		want        bool
	}{
		{"Redmoor Home Builders", "Redmoor Home Builders Inc", true},
		{"Penmar Mining", "Penmar Mining corp.", true},
		{"Vollmer", "Vollmer AG", true},
		{"Kestrel Rail", "Kestrel Rail Co Ltd", true},
		{"Kestrel Rail", "Kestrel Rail Bank", false},
		{"Kestrel", "Kestrel Rail", false},
		{"Penmar Mining", "Redmoor Mining Inc", false},
		{"Harbour", "Harbour Bank", true},
		{"Kestrel", "Kestrel Air", true}, // an airline called by its first word
	}
	for _, tc := range tests {
		if got := shortBody(strings.Fields(tc.short), strings.Fields(tc.long)); got != tc.want {
			t.Errorf("shortBody(%q, %q) = %v, want %v", tc.short, tc.long, got, tc.want)
		}
	}
}

// A firm's name of several words without its legal suffix, typed a place
// by the tagger, is the firm, and one entity with it.
func TestLegalSuffixShortNameJoins(t *testing.T) {
	d := typedDocWith(t, true, "Redmoor Home Builders Inc cut jobs. Redmoor Home Builders said sales fell.",
		"ORG:Redmoor Home Builders Inc", "GPE:Redmoor Home Builders")
	full, short := -1, -2
	for _, m := range d.Mentions {
		switch d.Text[m.Start:m.End] {
		case "Redmoor Home Builders Inc":
			full = m.Entity
		case "Redmoor Home Builders":
			short = m.Entity
		}
	}
	if full != short {
		t.Errorf("the short name is entity %d, the full name %d; want one", short, full)
	}
	if e := entityAt(d, "Redmoor Home Builders"); e == nil || e.Type != "ORG" {
		t.Errorf("Redmoor Home Builders is %s, want ORG", describe(e))
	}
}

// Every legal suffix says a firm of its own: a kind of firm for the
// short name's join and an ORG's ending for the type vote ("Kestrel
// Television Limited" is no person).
func TestLegalSuffixIsFirmKind(t *testing.T) {
	for _, w := range []string{"inc", "plc", "gmbh", "limited", "holdings", "incorporated"} {
		if !firmKinds[w] || !orgSuffixes[w] {
			t.Errorf("%q: firmKinds %v, orgSuffixes %v", w, firmKinds[w], orgSuffixes[w])
		}
	}
}
