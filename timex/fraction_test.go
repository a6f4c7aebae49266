package timex

import "testing"

// A quarter of a rate or of a group is a fourth part, not three months
// (regression: "raised its rate by a quarter point" gave a P3M duration).
func TestQuarterAsPart(t *testing.T) {
	ref := day("2025-08-18")
	tests := []struct{ name, sentence, want string }{
		{"quarter point", "The bank raised its main rate by a quarter point on Thursday.", "[Thursday=DATE:2025-08-14]"},
		{"quarter percentage point", "Lenders expect a cut of a quarter percentage point.", "[]"},
		{"quarter of a group", "A quarter of the members voted against the plan.", "[]"},
		{"three quarters of a vote", "The bill won three quarters of the vote in the upper house.", "[]"},
		{"a quarter is still a period", "Sales fell in a quarter marked by strikes.", "[a quarter=DURATION:P3M]"},
		{"quarters of a year", "Profits rose in three quarters of the year.", "[three quarters=DURATION:P9M, the year=DATE:2025]"},
		{"the quarters of a slump", "Stocks fell in the three quarters of contraction.", "[the three quarters=DURATION:P9M]"},
		{"two quarters", "The economy shrank for two quarters.", "[two quarters=DURATION:P6M]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := show(tc.sentence, Find(tc.sentence, ref, nil)); got != tc.want {
				t.Errorf("Find(%q) = %s, want %s", tc.sentence, got, tc.want)
			}
		})
	}
}
