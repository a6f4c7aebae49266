package source

import (
	"testing"
	"time"
)

// A plain-text wire story dates itself in its first paragraph's dateline;
// it was read as undated, so its weekdays could not be resolved.
func TestCleanWireDateline(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"place, country (date) em dash", "Harbour strike ends\n\nROTTERDAM, Netherlands (March 3, 2026) — Dock workers went back to work on Tuesday.", "2026-03-03"},
		{"day first, hyphen", "GENEVA (18 August 2025) - The talks resumed on Monday.", "2025-08-18"},
		{"agency in brackets is no date", "WASHINGTON (Reuters) - The Senate voted on Friday.", ""},
		{"a date in a later sentence is no dateline", "The mayor said the plan (approved March 3, 2026) - would stand.", ""},
		{"mid-article", "First line.\nSecond.\nThird.\nFourth.\nFifth.\nSixth.\nSeventh.\nOSLO (May 2, 2024) — Late news.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := Clean(tc.text)
			got := ""
			if !c.Published.IsZero() {
				got = c.Published.Format(time.DateOnly)
			}
			if got != tc.want {
				t.Errorf("Published = %q, want %q", got, tc.want)
			}
			if c.Text != tc.text {
				t.Errorf("text changed: %q", c.Text)
			}
		})
	}
}
