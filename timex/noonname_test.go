package timex

import "testing"

// A capitalised "Noon" inside a sentence, after a word that does not lead
// to an hour, is a surname (regression: a rugby centre named Noon was the
// clock time 12:00 in every team sheet).
func TestNoonAsName(t *testing.T) {
	ref := day("2025-08-18")
	tests := []struct{ name, sentence, want string }{
		{"first name before", "The coach may drop centre Rhys Noon for the final.", "[]"},
		{"or before", "Either Tait or Noon will start.", "[]"},
		{"in a list", "Bell, Noon, Owens and Jones are named.", "[]"},
		{"lower case", "The vote is at noon.", "[noon=TIME:2025-08-18T12:00]"},
		{"capitalised after at", "Talks Resume At Noon", "[Noon=TIME:2025-08-18T12:00]"},
		{"opening the sentence", "Midnight is the deadline for bids.", "[Midnight=TIME:2025-08-18T24:00]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := show(tc.sentence, Find(tc.sentence, ref, nil)); got != tc.want {
				t.Errorf("Find(%q) = %s, want %s", tc.sentence, got, tc.want)
			}
		})
	}
}
