package quote

import "testing"

// TestRelativeClauseAfterOneWordObject checks that a relative clause set
// off by a comma after an object of one word is the object's own
// attribution, not part of what the cue holds: the parser hangs it on
// the name (acl:relcl), so the object's phrase runs over it, and the
// clause's cue would be dropped as nested in it. The sentences are
// written for this test.
func TestRelativeClauseAfterOneWordObject(t *testing.T) {
	tests := []struct{ text, cue, speaker, content string }{
		{"Tom Berg endorses Ortiz, who says the plan is fair.", "says", "Ortiz", "the plan is fair"},
		{"The union thanked Ruiz, who argued that the cuts were unfair.", "argued", "Ruiz", "that the cuts were unfair"},
		{"The mayor praised Kent, who told reporters the road would open in May.", "told", "Kent", "the road would open in May"},
	}
	for _, tt := range tests {
		d := analyse(t, tt.text)
		found := false
		for _, g := range describe(d, d.Quotes) {
			switch g.cue {
			case tt.cue:
				found = g.text == tt.content && g.speaker == tt.speaker
			default:
				t.Errorf("%q: a quote of the main clause: %+v", tt.text, g)
			}
		}
		if !found {
			t.Errorf("%q: want %q by %s with cue %q, got %+v", tt.text, tt.content, tt.speaker, tt.cue, describe(d, d.Quotes))
		}
	}
}
