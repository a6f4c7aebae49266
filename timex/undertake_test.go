package timex

import "testing"

// A month after a verb of undertaking and "to" lies after the undertaking:
// "promised to publish a review by the end of June" in an article of March
// was June of the year before (the past tense of "promised").
func TestUndertakingPointsAhead(t *testing.T) {
	ref := day("2026-03-03")
	tests := []struct{ name, sentence, want string }{
		{"promised to", "He promised to publish a full review by the end of June.", "[the end of June=DATE:2026-06/END]"},
		{"pledged to", "The minister pledged to cut waiting lists in May.", "[May=DATE:2026-05]"},
		{"past act stays past", "He published the review in June.", "[June=DATE:2025-06]"},
		{"a day before the promise", "Officials held talks on Wednesday and promised to publish a plan.", "[Wednesday=DATE:2026-02-25]"},
		{"promise on a day", "He promised on Monday that the port would reopen.", "[Monday=DATE:2026-03-02]"},
		{"warned of", "Dock unions warned of further stoppages in June.", "[June=DATE:2026-06]"},
		{"warns of", "The report warns of shortages by the end of April.", "[the end of April=DATE:2026-04/END]"},
		{"a day before the warning", "Dock workers struck on Monday and warned of more stoppages.", "[Monday=DATE:2026-03-02]"},
		{"warned about a past month", "The regulator warned banks in January.", "[January=DATE:2026-01]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := show(tc.sentence, Find(tc.sentence, ref, nil)); got != tc.want {
				t.Errorf("Find(%q) = %s, want %s", tc.sentence, got, tc.want)
			}
		})
	}
}
