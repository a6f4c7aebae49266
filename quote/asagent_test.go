package quote

import (
	"testing"

	"dateline/text"
)

// TestAsClauseWithAgent checks that a passive "as" phrase with an agent
// ("As reported by the Gazette, …") reports the sentence around it, held
// by the agent, and that one with no agent ("As expected, …") or with a
// "by" phrase that is no agent of it ("as opposed to voting by
// mail") reports nothing.
func TestAsClauseWithAgent(t *testing.T) {
	d := parsedDoc(t, "As reported by the Gazette, the mayor kept the harbour accounts at home.",
		[]string{"SCONJ/as/2/mark VERB:VBN/report/9/advcl ADP/by/5/case DET/the/5/det PROPN/Gazette/2/obl:agent " +
			"PUNCT/,/2/punct DET/the/8/det NOUN/mayor/9/nsubj VERB:VBD/keep/0/root DET/the/12/det NOUN/harbour/12/compound " +
			"NOUN:NNS/account/9/obj ADP/at/14/case NOUN/home/9/obl PUNCT/./9/punct"},
		person{"ORG:the Gazette", []string{"Gazette"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "the mayor kept the harbour accounts at home", speaker: "the Gazette", cue: "reported"})

	d = parsedDoc(t, "As expected, the mayor kept the harbour accounts at home.",
		[]string{"SCONJ/as/2/mark VERB:VBN/expect/7/advcl PUNCT/,/2/punct DET/the/5/det NOUN/mayor/7/nsubj " +
			"VERB:VBD/keep/0/root DET/the/10/det NOUN/harbour/10/compound NOUN:NNS/account/7/obj ADP/at/12/case " +
			"NOUN/home/7/obl PUNCT/./7/punct"})
	runQuotes(t, d)
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "expected" {
			t.Errorf("an \"as\" phrase with no one named reported: %+v", g)
		}
	}

	d = parsedDoc(t, "Vik said single registration, as opposed to voting by mail, should come soon as it could “cut fraud sharply”.",
		[]string{"PROPN/Vik/2/nsubj VERB:VBD/say/0/root ADJ/single/4/amod NOUN/registration/14/nsubj PUNCT/,/7/punct " +
			"SCONJ/as/7/mark VERB:VBN/oppose/14/advcl ADP/to/9/case NOUN/voting/7/obl ADP/by/11/case " +
			"NOUN/mail/7/obl PUNCT/,/7/punct AUX:MD/should/14/aux VERB:VB/come/2/ccomp ADV/soon/14/advmod " +
			"SCONJ/as/20/mark PRON/it/20/nsubj AUX:MD/could/20/aux PUNCT/“/20/punct VERB:VB/cut/14/advcl " +
			"NOUN/fraud/20/obj ADV/sharply/20/advmod PUNCT/”/20/punct PUNCT/./2/punct"},
		person{"Tom Vik", []string{"Vik"}})
	runQuotes(t, d)
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "opposed" {
			t.Errorf("a \"by\" phrase after an object read as the agent: %+v", g)
		}
	}
}
