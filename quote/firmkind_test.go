package quote

import (
	"testing"

	"dateline/text"
)

// TestCompanyDescriptionSpeaks checks that a firm described by its kind
// with a country before it ("Spain's largest savings bank said")
// speaks as that firm, not as the country.
func TestCompanyDescriptionSpeaks(t *testing.T) {
	for _, tc := range []struct{ text, speaker string }{
		{"Spain's largest savings bank said deposits fell 4% in the spring.", "Spain's largest savings bank"},
		{"Europe's largest drugmaker says a recovery is on the way.", "Europe's largest drugmaker"},
	} {
		d := analyse(t, tc.text)
		found := false
		for _, q := range d.Quotes {
			if q.Kind == text.QuoteIndirect && q.Speaker >= 0 {
				found = true
				if got := d.Entities[q.Speaker].Name; got != tc.speaker {
					t.Errorf("%q: speaker %q, want %q", tc.text, got, tc.speaker)
				}
			}
		}
		if !found {
			t.Errorf("%q: no attributed quote", tc.text)
		}
	}
}
