package quote

import (
	"strings"
	"testing"

	"dateline/text"
)

// TestSourcePhraseCandidates checks, with the real parser on sentences
// written for this test, that source phrases, "as" clauses, closing
// attributions and headline verbs read as nouns are offered to the cue model as reportable cues with the right
// content and source; and that phrases naming no source are not.
func TestSourcePhraseCandidates(t *testing.T) {
	tests := []struct {
		name, text string
		cue        string // the cue word; "" for no candidate on want
		want       string // the content
		source     string // a word of the source ("" for any)
	}{
		{"a poll opening the sentence", "In a poll released Monday by the Chronicle, Ruiz leads by eight points.",
			"In", "Ruiz leads by eight points", "poll"},
		{"a poll closing the clause", "Ruiz leads the mayor by eight points in the latest survey.",
			"in", "Ruiz leads the mayor by eight points", "survey"},
		{"a view is its holder's", "In Okafor's view, the council acted too slowly on the flood plan.",
			"In", "the council acted too slowly on the flood plan", "Okafor"},
		{"a fronted stance of people", "For many farmers in the valley, the new tax is a betrayal.",
			"For", "the new tax is a betrayal", "farmers"},
		{"an apposition stays with the stance's holder", "For Okafor, the baker, the new tax is a betrayal.",
			"For", "the new tax is a betrayal", "Okafor"},
		{"an as clause before what it reports", "As the mayor put it, the bridge is a lifeline for the valley.",
			"put", "the bridge is a lifeline for the valley", "mayor"},
		{"an as clause after what it reports", "The bridge is a lifeline, as the mayor told reporters on Monday.",
			"told", "The bridge is a lifeline", "mayor"},
		{"a headline verb read as a noun", "Poll Shows Ruiz Ahead In Ohio Race.", "Shows", "Ruiz Ahead In Ohio Race", "Poll"},
		{"a headline verb read as a name", "Okafor Says Bakeries Will Suffer Under New Tax.",
			"Says", "Bakeries Will Suffer Under New Tax", "Okafor"},
		{"a plural noun in a headline is no verb", "Bakers Fear Rents As Okafor Leases Close.", "", "Close", ""},
		{"a bare headline verb after a plural subject", "Rural Bakers Rip New Flour Tax As A Threat To Small Shops.",
			"Rip", "New Flour Tax As A Threat To Small Shops", "Bakers"},
		{"a past headline verb", "Mayor Okafor Explained Why She Left The Council In March.",
			"Explained", "Why She Left The Council In March", "Okafor"},
		{"a headline verb after an adverb", "Baker Union Finally Endorses Ruiz For Governor Of Ohio.",
			"Endorses", "Ruiz For Governor Of Ohio", "Union"},
		{"a headline verb with its preposition", "Senator Okafor Argues For New Vote On Bridge Tax.",
			"Argues", "New Vote On Bridge Tax", "Okafor"},
		{"a headline attribution closing its line", "Bakeries Will Close Under New Flour Tax, Union Leader Warns.",
			"Warns", "Bakeries Will Close Under New Flour Tax", "Leader"},
		{"a cue set between commas reports the sentence up to a concession",
			"The new bridge, the mayor said, will open in May, although the budget is not settled.",
			"said", "The new bridge, the mayor said, will open in May", "mayor"},
		{"a cue set between commas after a relative pronoun reports the relative clause",
			"The crowd gathered by the ferry port, which, the mayor said, is busiest in May.",
			"said", "which, the mayor said, is busiest in May", "mayor"},
		{"a view held by no one named", "The old ferry is widely seen as a lifeline for the islanders.",
			"seen", "The old ferry is widely seen as a lifeline for the islanders", ""},
		{"an attribution closing the sentence that the parse made the root",
			"Her chances in the county hinge on turnout among young voters, analysts say.",
			"say", "Her chances in the county hinge on turnout among young voters", "analysts"},
		{"a closing attribution after a clause", "The bakery will close in March, the owners said Monday.",
			"said", "The bakery will close in March", "owners"},
		{"a closing attribution needs a clause to report", "In the morning, officials say.", "", "In the morning", ""},
		{"a time is no stance", "For years, the bridge has been closed in winter.", "", "the bridge has been closed in winter", ""},
		{"an idiom is no source", "In other words, the bridge will stay closed.", "", "the bridge will stay closed", ""},
		{"a place is no source", "In the valley, the bridge is a lifeline.", "", "the bridge is a lifeline", ""},
		{"a clause of time reports nothing", "As the storm passed, the crews began to clear the roads.",
			"", "the crews began to clear the roads", ""},
	}
	lex := testLexicon(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text)
			cands, _, _ := ReportedCandidates(d, lex, true)
			var got []string
			found := false
			for _, c := range cands {
				cue, content := d.Text[d.Tokens[c.Tok].Start:d.Tokens[c.Tok].End], d.Slice(c.Content)
				got = append(got, cue+" → "+content)
				if content != tt.want {
					continue
				}
				if tt.cue == "" {
					t.Errorf("candidate %q → %q, want none with that content", cue, content)
					continue
				}
				if cue != tt.cue {
					continue
				}
				ok := tt.source == ""
				for _, s := range c.Speaker {
					ok = ok || strings.Contains(d.Slice(s), tt.source)
				}
				if !ok {
					t.Errorf("candidate %q → %q has source spans %v, want one with %q", cue, content, c.Speaker, tt.source)
				}
				found = true
			}
			if tt.cue != "" && !found {
				t.Errorf("no candidate %q → %q among %q", tt.cue, tt.want, got)
			}
		})
	}
}

// TestAccordingToSourceTaggedAsVerb checks that the first word of an
// "according to" source is the source's whatever the tagger made of it
// ("exit" of "exit polls" read as a verb), on a hand-set parse.
func TestAccordingToSourceTaggedAsVerb(t *testing.T) {
	txt := "According to exit polls, Ruiz won the county by nine points."
	d := parsedDoc(t, txt, []string{"VERB:VBG/accord/7/advcl PART/to/3/mark VERB:VB/exit/1/xcomp NOUN:NNS/poll/3/obj PUNCT/,/7/punct " +
		"PROPN/Ruiz/7/nsubj VERB:VBD/win/0/root DET/the/9/det NOUN/county/7/obj ADP/by/12/case NUM/nine/12/nummod NOUN:NNS/point/7/obl PUNCT/./7/punct"})
	w := &work{}
	w.reset(d, testLexicon(t))
	w.findCues()
	for _, c := range w.cues {
		if w.word(c.tok) != "According" {
			continue
		}
		if got := d.Slice(text.Span{Start: d.Tokens[c.lo].Start, End: d.Tokens[c.hi-1].End}); got != "Ruiz won the county by nine points" {
			t.Errorf("content = %q, want %q", got, "Ruiz won the county by nine points")
		}
		if c.subj < 0 || w.word(c.subj) != "polls" {
			t.Errorf("source token = %d, want the one of %q", c.subj, "polls")
		}
		return
	}
	t.Errorf("no cue on %q", "According")
}

// TestAccordingToWithoutComma checks "According to X" opening a sentence
// with no comma after the source: the source ends where the clause's
// subject opens (a determiner or a subject pronoun after its noun), and
// that subject is part of what X holds.
func TestAccordingToWithoutComma(t *testing.T) {
	for _, tc := range []struct{ text, content, speaker string }{
		{"According to market research firm Delta Analytics the number of shops in the region has fallen by a third.",
			"the number of shops in the region has fallen by a third", "Delta Analytics"},
		{"According to the regional transport office the night ferry runs twice a week.",
			"the night ferry runs twice a week", "regional transport office"},
		{"According to a survey of the county's farmers, the harvest was the worst in a decade.",
			"the harvest was the worst in a decade", "survey"},
	} {
		wantQuoteIn(t, tc.text, got{kind: text.QuoteIndirect, text: tc.content, speaker: tc.speaker, cue: "According to"})
	}
}
