package timex

import "testing"

// A report's "the latest quarter" is one that has ended, and the quarters
// a forecast names are not what its "a year ago" or "the year-ago period"
// point back to (regression: a story of November that first said a storm
// "will mean a fourth-quarter charge" put its latest quarter in the fourth).
func TestLatestQuarterHasEnded(t *testing.T) {
	ref := day("2024-11-05")
	tests := []struct{ name, text, want string }{
		{"after a charge still to come",
			"The floods will mean a fourth-quarter charge. Premiums rose 8% in the latest quarter from a year ago.",
			"[fourth-quarter=DATE:2024-Q4, the latest quarter=DATE:2024-Q3, a year ago=DATE:2023-Q3]"},
		{"alone",
			"Premiums rose 8% in the latest quarter.",
			"[the latest quarter=DATE:2024-Q3]"},
		{"after an ended quarter",
			"Second-quarter sales were flat. Margins widened in the latest quarter.",
			"[Second-quarter=DATE:2024-Q2, the latest quarter=DATE:2024-Q2]"},
		{"a forecast's quarter is no anchor",
			"Mills will lose money through the second quarter of 2025. In the year-ago quarter, the group earned $4 million.",
			"[the second quarter of 2025=DATE:2025-Q2, the year-ago quarter=DATE:2023]"},
		{"the quarter named in the report",
			"Third-quarter profit fell. In the year-ago quarter, the group earned $4 million.",
			"[Third-quarter=DATE:2024-Q3, the year-ago quarter=DATE:2023-Q3]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := show(tc.text, Find(tc.text, ref, nil)); got != tc.want {
				t.Errorf("Find(%q) = %s, want %s", tc.text, got, tc.want)
			}
		})
	}
}

// "the quarter ended Sept. 30" is the quarter of that day, not the quarter
// named last nor the one before the reference date's; a fiscal quarter
// named before it keeps its fiscal number (TimeML's way).
func TestQuarterEndedOnADay(t *testing.T) {
	tests := []struct{ name, ref, text, want string }{
		{"alone", "2024-11-05", "Losses narrowed in the quarter ended July 31.",
			"[the quarter=DATE:2024-Q2, July 31=DATE:2024-07-31]"},
		{"after another quarter", "2025-03-15",
			"Growth slowed in the last quarter. Output rose 0.3% in the quarter ending September 30, against a year earlier.",
			"[the last quarter=DATE:2024-Q4, the quarter=DATE:2024-Q3, September 30=DATE:2024-09-30, a year earlier=DATE:2023-Q3]"},
		{"after a fiscal quarter", "2024-11-05",
			"The airline doubled its fiscal first-quarter profit. For the quarter ended Sept. 30, revenue rose.",
			"[fiscal first-quarter=DATE:2024-Q1, the quarter=DATE:2024-Q1, Sept. 30=DATE:2024-09-30]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := show(tc.text, Find(tc.text, day(tc.ref), nil)); got != tc.want {
				t.Errorf("Find(%q) = %s, want %s", tc.text, got, tc.want)
			}
		})
	}
}
