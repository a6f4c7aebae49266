package timex

import "testing"

// "over" is "more than" only where a length of time is measured
// (regression: "a 6 percent pay rise over two years" had mod MORE_THAN).
func TestOverDuring(t *testing.T) {
	ref := day("2025-08-18")
	tests := []struct{ name, sentence, want string }{
		{"spread over years", "Union members accepted a 6 percent pay rise over two years.", "[two years=DURATION:P2Y]"},
		{"cuts over years", "The plan cuts spending by £5bn over three years.", "[three years=DURATION:P3Y]"},
		{"for over", "He has run the shop for over two years.", "[over two years=DURATION:P2Y/MORE_THAN]"},
		{"lasted over", "The hearing lasted over three hours.", "[over three hours=DURATION:PT3H/MORE_THAN]"},
		{"just over", "Shares lost 80% of their value in just over a year.", "[over a year=DURATION:P1Y/MORE_THAN]"},
		{"under", "The fire was put out in under two hours.", "[under two hours=DURATION:PT2H/LESS_THAN]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := show(tc.sentence, Find(tc.sentence, ref, nil)); got != tc.want {
				t.Errorf("Find(%q) = %s, want %s", tc.sentence, got, tc.want)
			}
		})
	}
}
