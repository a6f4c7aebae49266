package timex

import (
	"testing"

	"dateline/text"
)

func TestBounds(t *testing.T) {
	tests := []struct {
		name        string
		time        text.Time
		first, last string
		ok          bool
	}{
		{"day", text.Time{Type: "DATE", Value: "2025-08-18"}, "2025-08-18", "2025-08-18", true},
		{"month", text.Time{Type: "DATE", Value: "2025-02"}, "2025-02-01", "2025-02-28", true},
		{"year", text.Time{Type: "DATE", Value: "2024"}, "2024-01-01", "2024-12-31", true},
		{"iso week", text.Time{Type: "DATE", Value: "2025-W34"}, "2025-08-18", "2025-08-24", true},
		{"weekend", text.Time{Type: "DATE", Value: "2025-W33-WE"}, "2025-08-16", "2025-08-17", true},
		{"quarter", text.Time{Type: "DATE", Value: "2025-Q3"}, "2025-07-01", "2025-09-30", true},
		{"half", text.Time{Type: "DATE", Value: "2025-H2"}, "2025-07-01", "2025-12-31", true},
		{"season", text.Time{Type: "DATE", Value: "2025-SU"}, "2025-06-01", "2025-08-31", true},
		{"decade", text.Time{Type: "DATE", Value: "199"}, "1990-01-01", "1999-12-31", true},
		{"time of day", text.Time{Type: "TIME", Value: "2025-08-18T15:30"}, "2025-08-18", "2025-08-18", true},
		{"range", text.Time{Type: "DURATION", Value: "P1W", StartValue: "2025-08-25", EndValue: "2025-08-28"},
			"2025-08-25", "2025-08-28", true},
		{"duration has no bounds", text.Time{Type: "DURATION", Value: "P5Y"}, "", "", false},
		{"reference word has no bounds", text.Time{Type: "DATE", Value: "PRESENT_REF"}, "", "", false},
		{"underspecified has no bounds", text.Time{Type: "DATE", Value: "XXXX-WXX-1"}, "", "", false},
		{"bad month", text.Time{Type: "DATE", Value: "2025-13"}, "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b, ok := Bounds(tc.time)
			if ok != tc.ok {
				t.Fatalf("Bounds(%+v) ok = %v, want %v", tc.time, ok, tc.ok)
			}
			if !ok {
				return
			}
			if got := a.Format("2006-01-02"); got != tc.first {
				t.Errorf("first = %s, want %s", got, tc.first)
			}
			if got := b.Format("2006-01-02"); got != tc.last {
				t.Errorf("last = %s, want %s", got, tc.last)
			}
		})
	}
}
