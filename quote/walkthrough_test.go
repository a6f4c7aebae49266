package quote

import (
	"testing"

	"dateline/text"
)

// Bugs from a user's walkthrough (2026-11-30), each a general rule tested
// on sentences written for it.

// TestColonLabelNamesASpeaker checks that a word before a colon speaks the
// rest of the line only when it names someone, and only an utterance.
func TestColonLabelNamesASpeaker(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"a category before a list of names in brackets", "Substitutes: Ian Moss (Eastfield), Joe Tan (Hillcrest), Lee Park (Eastfield)."},
		{"a category before a list of things", "Ingredients: flour, butter, two eggs and a pinch of salt."},
		{"a name before a list of names in brackets", "Lopez: Ian Moss (Eastfield), Joe Tan (Hillcrest), Lee Park (Eastfield)."},
		{"the writer's note in capitals", "NOTE: Last year's net profit includes a gain of two mln dlrs from the sale of a mill."},
		{"an editor's note", "Editor's note: The mayor declined to comment before the vote."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text)
			for _, g := range describe(d, d.Quotes) {
				if g.cue == ":" {
					t.Errorf("got a quote cued by the colon %+v, want none", g)
				}
			}
		})
	}
	t.Run("a name before an utterance still speaks", func(t *testing.T) {
		wantQuoteIn(t, "Okafor: Bakeries Will Suffer Most.", got{text.QuoteIndirect, "Bakeries Will Suffer Most", "Okafor", ":", ""})
	})
}

// TestSourcePhraseLeftOut checks that the content of "according to X"
// leaves the phrase out: it stops before it when a clause with its own
// subject follows, and runs around it otherwise.
func TestSourcePhraseLeftOut(t *testing.T) {
	tests := []struct {
		name, text, cue, want string
	}{
		{"a new clause after the phrase is not the source's",
			"Rowing drew the biggest crowds this summer, according to the Leisure Trust, and tennis came third.",
			"according to", "Rowing drew the biggest crowds this summer"},
		{"the phrase inside the clause is left out of the text",
			"The ferry fare, according to the harbour board, will rise by a third in May.",
			"according to", "The ferry fare will rise by a third in May"},
		{"a verb conjoined after the phrase shares its subject",
			"The dockers voted on Monday, according to their union, and said they would strike in June.",
			"according to", "The dockers voted on Monday and said they would strike in June"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text)
			var texts []string
			for _, g := range describe(d, d.Quotes) {
				if g.cue == tt.cue {
					texts = append(texts, g.text)
				}
			}
			if len(texts) != 1 || texts[0] != tt.want {
				t.Errorf("quotes cued by %q = %q, want [%q]", tt.cue, texts, tt.want)
			}
		})
	}
}

// TestClosingAttributionHoldsTheSentence checks that an attribution
// closing the sentence, which the parse hung as a relative clause on a
// noun of what it reports, holds the whole sentence: the verb of
// presenting inside it is no cue of its own.
func TestClosingAttributionHoldsTheSentence(t *testing.T) {
	tests := []struct{ name, talks string }{
		// "talks" a modifier of "partner", the attribution a relative
		// clause on it.
		{"hung as a relative clause", "NOUN/talk/11/nmod"},
		// "talks" the attribution's own clause, before it.
		{"with a noun before the comma as its clause", "NOUN/talk/21/ccomp"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, "The Dock Union will present itself as “a fair partner” in the spring talks, Ana Ruiz has said.",
				[]string{"DET/the/3/det PROPN/Dock/3/compound PROPN/Union/5/nsubj AUX/will/5/aux VERB/present/0/root PRON/itself/5/obj " +
					"ADP/as/11/case PUNCT/“/11/punct DET/a/11/det ADJ/fair/11/amod NOUN/partner/5/obl PUNCT/”/11/punct " +
					"ADP/in/16/case DET/the/16/det NOUN/spring/16/compound " + tt.talks + " PUNCT/,/21/punct " +
					"PROPN/Ana/21/nsubj PROPN/Ruiz/18/flat AUX/have/21/aux VERB:VBN/say/11/acl:relcl PUNCT/./21/punct"},
				person{"Ana Ruiz", []string{"Ana Ruiz"}}, person{"ORG:Dock Union", []string{"Dock Union"}})
			runQuotes(t, d)
			quotes := describe(d, d.Quotes)
			// The fragment is a few words of the clause: the clause is the
			// quote (fragmentclause.go).
			want := got{text.QuoteIndirect, "The Dock Union will present itself as “a fair partner” in the spring talks", "Ana Ruiz", "said", ""}
			if len(quotes) != 1 || quotes[0] != want {
				t.Errorf("quotes = %+v, want [%+v]", quotes, want)
			}
		})
	}
}
