package text

import (
	"strings"
	"testing"
)

func TestFieldsJoined(t *testing.T) {
	for _, s := range []string{"", "Orvel Tannish", " Orvel Tannish", "Orvel Tannish ", "Orvel  Tannish",
		"Orvel\tTannish", "Orvel\nTannish", "Brèche Haute", "Orvel\u00a0Tannish", "Tannish", " ", "a b c"} {
		if got, want := FieldsJoined(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("FieldsJoined(%q) = %q, want %q", s, got, want)
		}
	}
}
