package quote

import "testing"

// TestYieldToInner checks that a weak cue around a likelier one gives way
// to it, and that a sure cue still holds the cues inside its content.
func TestYieldToInner(t *testing.T) {
	tests := []struct {
		name, text string
		want       got
	}{
		{"a tour around a talk",
			"Grace Okafor has gone on a long tour to talk with bakers about the new tax.",
			got{kind: "indirect", text: "the new tax", speaker: "Grace Okafor", cue: "talk"}},
		{"a saying around a hope",
			"Mayor Ana Ruiz said she hopes the bridge will open in May.",
			got{kind: "indirect", text: "she hopes the bridge will open in May", speaker: "Mayor Ana Ruiz", cue: "said"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantQuoteIn(t, tt.text, tt.want)
		})
	}
}
