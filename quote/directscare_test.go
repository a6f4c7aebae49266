package quote

import (
	"testing"

	"dateline/text"
)

// TestScareModifierIsNoQuote checks that a quoted word or two describing
// the noun right after it is not taken for reported words.
func TestScareModifierIsNoQuote(t *testing.T) {
	for _, txt := range []string{
		"All week the council and the local press pushed the “budget crisis” narrative.",
		"Okafor said the county had agreed to a two-year “pause” period on new permits.",
	} {
		d := analyse(t, txt)
		for _, g := range describe(d, d.Quotes) {
			if g.text == "budget crisis" || g.text == "pause" {
				t.Errorf("%q: got quote %+v, want none for the scare quote", txt, g)
			}
		}
	}
}

// TestCalledAsIsSpeechHoweverCapitalised checks that capitalised words a
// speaker calls something by are a partial quote of the speaker, while a
// name given by a participle stays a title.
func TestCalledAsIsSpeechHoweverCapitalised(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool // a quote of "Dead On Arrival"
	}{
		{"called it by an active verb", "Lee called the harbour plan “Dead On Arrival” on Monday.", true},
		{"judged it as", "Ruiz attacked the harbour plan as “Dead On Arrival” on Monday.", true},
		{"a film called", "The club showed a film called “Dead On Arrival” on Monday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text)
			got := false
			for _, g := range describe(d, d.Quotes) {
				got = got || g.text == "Dead On Arrival"
			}
			if got != tt.want {
				t.Errorf("quote of the capitalised words: got %v, want %v (quotes %+v)", got, tt.want, describe(d, d.Quotes))
			}
		})
	}
}

// TestParticipleOnNounIsNoAttribution checks that a participle describing
// the noun after it, in the sentence after a quoted question, is not taken
// for the question's attribution.
func TestParticipleOnNounIsNoAttribution(t *testing.T) {
	txt := "“How can we trust them now?” Lee said. “Who are they trying to fool?” The proposed name for the new bridge is still secret."
	d := analyse(t, txt)
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "proposed" {
			t.Errorf("got quote %+v cued by the participle, want none", g)
		}
	}
}

// TestLongDescriptionBeforeAttribution checks that a quotation whose
// speaker's description, set off by commas, holds a word the tagger reads
// as a verb ("sales arm", "chief operating officer") is still a direct
// quote of the speaker.
func TestLongDescriptionBeforeAttribution(t *testing.T) {
	for _, txt := range []string{
		"“The new line sells itself,” Ana Ruiz, head of the company's sales arm, said in a statement.",
		"“The new line sells itself,” Ana Ruiz, treasurer and chief operating officer of Acme Motor Sales, said.",
	} {
		d := analyse(t, txt)
		found := false
		for _, g := range describe(d, d.Quotes) {
			if g.text == "The new line sells itself," || g.text == "The new line sells itself" {
				found = true
				if g.kind != text.QuoteDirect || g.speaker != "Ana Ruiz" {
					t.Errorf("%q: got %s quote of %q, want a direct quote of Ana Ruiz", txt, g.kind, g.speaker)
				}
			}
		}
		if !found {
			t.Errorf("%q: no quote of the quotation among %+v", txt, describe(d, d.Quotes))
		}
	}
}
