package quote

import "testing"

// TestClosingSpeakerReadAsObject checks inverted attributions closing a
// sentence whose speaker the parse read as the cue's object (sentences
// written for it): a document, a title with a participle in it, a title
// set off from the name by a comma. The speaker's phrase is never the
// content; what comes before the comma is. A list of the writer's verbs
// ("noted the date") is no attribution.
func TestClosingSpeakerReadAsObject(t *testing.T) {
	tests := []struct {
		text, cue, content, speaker string
	}{
		{"Night buses will need to clear many obstacles before they are widely adopted though, said the study.", "said",
			"Night buses will need to clear many obstacles before they are widely adopted though", "study"},
		{"The network could grow in the same way roads and railways have grown, said Acme's chief operating officer Tom Weller.", "said",
			"The network could grow in the same way roads and railways have grown", "Tom Weller"},
		{"The bakery has made a loss since it reopened, said the firm's managing director, Ana Ruiz.", "said",
			"The bakery has made a loss since it reopened", "Ana Ruiz"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := analyse(t, tt.text)
			for _, g := range describe(d, d.Quotes) {
				if g.cue == tt.cue {
					if g.text != tt.content || g.speaker != tt.speaker {
						t.Errorf("got %q by %q, want %q by %q", g.text, g.speaker, tt.content, tt.speaker)
					}
					return
				}
			}
			t.Errorf("no quote cued by %q (quotes %+v)", tt.cue, describe(d, d.Quotes))
		})
	}
	d := analyse(t, "The minister read the file, noted the date and left the room.")
	for _, g := range describe(d, d.Quotes) {
		if g.text == "The minister read the file" {
			t.Errorf("a list of the writer's verbs read as an attribution: %+v", g)
		}
	}
}
