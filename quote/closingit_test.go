package quote

import (
	"testing"

	"dateline/text"
)

// TestClosingAttributionWithTimeAndIt checks attributions that close a
// sentence of company or agency news: one with a time after the verb
// reports the clause before it, and its "it" is the body that is the
// clause's subject, not a place named inside the clause.
func TestClosingAttributionWithTimeAndIt(t *testing.T) {
	wantIndirectSpan(t, "Acme Rail has appointed Linda Shaw as its new chief executive, the company said on Monday.",
		"said", "Acme Rail has appointed Linda Shaw as its new chief executive")

	d := analyse(t, "The Environment Agency will spend 40 million pounds on flood defences in Dunmore, it announced on Tuesday.")
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "announced" && g.speaker != "Environment Agency" {
			t.Errorf("speaker of %q = %q, want the Environment Agency", g.text, g.speaker)
		}
	}
	d = analyse(t, "\"We will not delay the new rules,\" the Securities Board said on Monday.\n\n"+
		"The European Union, for its part, was drawing up new audit duties for 2026, it noted.")
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "noted" && g.speaker == "European Union" {
			t.Errorf("an open it after the board's quote went to the clause's subject: %+v", g)
		}
	}
	d = analyse(t, "The plan would cost the port 40 million pounds, it said.")
	for _, q := range d.Quotes {
		if q.Speaker >= 0 && q.Kind == text.QuoteIndirect && d.Entities[q.Speaker].Name == "plan" {
			t.Errorf("a plan speaks: %+v", describe(d, d.Quotes))
		}
	}
}
