package timex

import "testing"

// "a second" before a noun is the ordinal, and "the fall" of a price is
// no season (regression: BBC business stories gave PT1S for "for a second
// day" and autumn for "the fall in profits").
func TestSecondAndFallAsWords(t *testing.T) {
	ref := day("2025-08-18")
	tests := []struct{ name, sentence, want string }{
		{"second day", "Copper slid for a second day.", "[]"},
		{"second term", "She is running for a second term.", "[]"},
		{"second or third", "The call went to a second or third clerk.", "[]"},
		{"a second still time", "The screen went dark for a second.", "[a second=DURATION:PT1S]"},
		{"a fraction of a second ahead", "She won by a tenth of a second ahead of her rival.", "[a second=DURATION:PT1S]"},
		{"a second or two", "The lights dimmed for a second or two.", "[a second=DURATION:PT1S]"},
		{"by a quarter", "Home sales dropped by nearly a quarter from a year earlier.", "[a year earlier=DATE:2024]"},
		{"within a quarter", "The plant will reopen within a quarter.", "[a quarter=DURATION:P3M]"},
		{"fall in", "Analysts blamed the fall in sales on the weather.", "[]"},
		{"fall of", "The fall of the peso hurt importers.", "[]"},
		{"fall as subject", "The fall reflects weaker demand.", "[]"},
		{"this fall from", "The bank predicts this fall from the current level.", "[current=DATE:PRESENT_REF]"},
		{"last fall in a place", "He was arrested last fall in his home.", "[last fall=DATE:2024-FA]"},
		{"in the fall", "The school will open in the fall.", "[fall=DATE:2025-FA]"},
		{"during the fall", "Sales slowed during the fall.", "[fall=DATE:2025-FA]"},
		{"this fall", "The firm will list its shares this fall.", "[this fall=DATE:2025-FA]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := show(tc.sentence, Find(tc.sentence, ref, nil)); got != tc.want {
				t.Errorf("Find(%q) = %s, want %s", tc.sentence, got, tc.want)
			}
		})
	}
}
