package timex

import "testing"

// A month after "in" in a clause told in the past lies behind the
// reference date even when the coming one is nearer (regression: "rose in
// May" read in March was the May to come).
func TestPastMonthAfterIn(t *testing.T) {
	ref := day("2025-03-10")
	tests := []struct{ name, sentence, want string }{
		{"past verb before", "Prices rose sharply in May.", "[May=DATE:2024-05]"},
		{"passive", "The ban was lifted in April.", "[April=DATE:2024-04]"},
		{"two months", "Profits rose in May and June.", "[May=DATE:2024-05, June=DATE:2024-06]"},
		{"early month", "The plant closed in early June.", "[early June=DATE:2024-06/START]"},
		{"opening the sentence", "In April, the firm bought two rivals.", "[April=DATE:2024-04]"},
		{"the month of the reference", "Sales slowed in March.", "[March=DATE:2025-03]"},
		{"through an infinitive", "The council decided to close the road in May.", "[May=DATE:2025-05]"},
		{"expected", "The vote came sooner than planned - widely expected in May - and surprised many.", "[May=DATE:2025-05]"},
		{"a deadline", "The offer was extended to May 16.", "[May 16=DATE:2025-05-16]"},
		{"the report's verb after", "The bank will cut rates in May, an official said.", "[May=DATE:2025-05]"},
		{"the future", "The firm will open a plant in May.", "[May=DATE:2025-05]"},
		{"a modal", "The judge said she may hold hearings in May.", "[May=DATE:2025-05]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := show(tc.sentence, Find(tc.sentence, ref, nil)); got != tc.want {
				t.Errorf("Find(%q) = %s, want %s", tc.sentence, got, tc.want)
			}
		})
	}
}
