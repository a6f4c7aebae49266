package quote

import (
	"strings"
	"testing"

	"dateline/text"
)

// TestQuestionReadAsAdverbial checks that a question after a verb of
// asking that the parse hung as an adverbial clause is what was asked
// ("Asked why the port closed, Ruiz said …"; "asked the mayor if the port
// would close"), and that a time clause is not ("asked about the fees
// when the port closed"), nor a question beside an open clause ("asked
// the board to explain why …").
func TestQuestionReadAsAdverbial(t *testing.T) {
	d := parsedDoc(t, "Asked why the port closed, Ruiz said she would reopen it.",
		[]string{"VERB:VBN/ask/8/advcl ADV/why/5/advmod DET/the/4/det NOUN/port/5/nsubj VERB:VBD/close/1/advcl " +
			"PUNCT/,/1/punct PROPN/Ruiz/8/nsubj VERB:VBD/say/0/root PRON/she/11/nsubj AUX:MD/would/11/aux " +
			"VERB:VB/reopen/8/ccomp PRON/it/11/obj PUNCT/./8/punct"},
		person{"Ana Ruiz", []string{"Ruiz", "she"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "why the port closed", cue: "Asked"})
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "she would reopen it", speaker: "Ana Ruiz", cue: "said"})

	d = parsedDoc(t, "Lee asked the mayor if the port would close.",
		[]string{"PROPN/Lee/2/nsubj VERB:VBD/ask/0/root DET/the/4/det NOUN/mayor/2/obj SCONJ/if/9/mark " +
			"DET/the/7/det NOUN/port/9/nsubj AUX:MD/would/9/aux VERB:VB/close/2/advcl PUNCT/./2/punct"},
		person{"Ana Lee", []string{"Lee"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "if the port would close", speaker: "Ana Lee", cue: "asked", listener: "mayor"})

	d = parsedDoc(t, "Lee asked about the fees when the port closed.",
		[]string{"PROPN/Lee/2/nsubj VERB:VBD/ask/0/root ADP/about/5/case DET/the/5/det NOUN:NNS/fee/2/obl " +
			"SCONJ/when/9/mark DET/the/8/det NOUN/port/9/nsubj VERB:VBD/close/2/advcl PUNCT/./2/punct"},
		person{"Ana Lee", []string{"Lee"}})
	runQuotes(t, d)
	for _, g := range describe(d, d.Quotes) {
		if strings.HasPrefix(g.text, "when") {
			t.Errorf("a time clause read as the question: %+v", g)
		}
	}

	// An open clause is what was asked for, whatever question the parse
	// hangs beside it.
	d = parsedDoc(t, "Lee asked the board to explain why the port closed.",
		[]string{"PROPN/Lee/2/nsubj VERB:VBD/ask/0/root DET/the/4/det NOUN/board/2/obj PART/to/6/mark " +
			"VERB:VB/explain/2/xcomp ADV/why/10/advmod DET/the/9/det NOUN/port/10/nsubj VERB:VBD/close/2/advcl " +
			"PUNCT/./2/punct"},
		person{"Ana Lee", []string{"Lee"}})
	runQuotes(t, d)
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "asked" && !strings.HasPrefix(g.text, "the board to explain") {
			t.Errorf("the open clause lost to a question hung beside it: %+v", g)
		}
	}
}
