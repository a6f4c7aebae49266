package quote

import "testing"

// TestMendedCue checks that a cue verb a suffix rule would lemmatise
// wrongly is still a cue: "joked" and "noting" report their that-clause.
func TestMendedCue(t *testing.T) {
	tests := []struct {
		name, text, cue, want string
	}{
		{"joked", "Mayor Ana Ruiz joked that the new ferry would be faster than the old bridge.",
			"joked", "that the new ferry would be faster than the old bridge"},
		{"boasted", "Mayor Ana Ruiz boasted that the town had paid off all of its debts.",
			"boasted", "that the town had paid off all of its debts"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantIndirectSpan(t, tt.text, tt.cue, tt.want)
		})
	}
}
