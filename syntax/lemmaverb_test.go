package syntax

import "testing"

// TestInflectedVerbLemmaIsAVerb checks verbs whose suffix rule leaves a
// stem that is no verb: the lemma must be the regular stem WordNet knows.
func TestInflectedVerbLemmaIsAVerb(t *testing.T) {
	tests := []struct{ sentence, word, want string }{
		{"The senator joked that the budget was a novel .", "joked", "joke"},
		{"She was noting that the vote had been delayed .", "noting", "note"},
		{"The mayor tweeted a photo of the flooded square .", "tweeted", "tweet"},
		{"Rebels shelled the town and provoked a new exodus .", "provoked", "provoke"},
		{"The plant resumed production on Monday .", "resumed", "resume"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			s := parseText(t, tt.sentence)
			i := indexOf(t, s.Words, tt.word)
			if s.Lemma[i] != tt.want {
				t.Errorf("lemma of %q (%s) = %q, want %q", tt.word, s.XPOS[i], s.Lemma[i], tt.want)
			}
		})
	}
}

func TestVerbLemmaKeepsAVerbTheRulesMade(t *testing.T) {
	tests := []struct{ low, rule, want string }{
		{"stopped", "stopp", "stop"},
		{"carries", "carrie", "carry"},
		{"pushes", "pushe", "push"},
		{"departes", "departe", ""}, // no English inflection: left alone
		{"walked", "walk", ""},      // the rule's lemma is a verb: kept
		{"xyzzied", "xyzzy", ""},    // no stem is a verb: the rule's lemma stays
	}
	for _, tt := range tests {
		got, ok := verbLemma(tt.low, tt.rule)
		if tt.want == "" && ok || tt.want != "" && got != tt.want {
			t.Errorf("verbLemma(%q, %q) = %q, %v; want %q", tt.low, tt.rule, got, ok, tt.want)
		}
	}
}
