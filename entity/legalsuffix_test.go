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
	}
	for _, tc := range tests {
		if got := shortBody(strings.Fields(tc.short), strings.Fields(tc.long)); got != tc.want {
			t.Errorf("shortBody(%q, %q) = %v, want %v", tc.short, tc.long, got, tc.want)
		}
	}
}
