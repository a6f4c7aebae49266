package quote

import "testing"

// TestClosingBeforeSemicolon checks that an attribution closing a clause
// before a semicolon reports the clause before it, not the writer's next
// clause after the semicolon, which parsers hang on the verb as its
// complement.
func TestClosingBeforeSemicolon(t *testing.T) {
	txt := "The ferry fee will rise in May, local bakers say; in June, the mayor will decide on the port."
	d := parsedDoc(t, txt, []string{"DET/the/3/det NOUN/ferry/3/compound NOUN/fee/5/nsubj AUX:MD/will/5/aux VERB:VB/rise/0/root " +
		"ADP/in/7/case PROPN/May/5/obl PUNCT/,/11/punct ADJ/local/10/amod NOUN:NNS/baker/11/nsubj VERB:VBP/say/5/parataxis " +
		"PUNCT/;/14/punct ADP/in/14/case PROPN/June/19/obl PUNCT/,/14/punct DET/the/17/det NOUN/mayor/19/nsubj " +
		"AUX:MD/will/19/aux VERB:VB/decide/11/ccomp ADP/on/22/case DET/the/22/det NOUN/port/19/obl PUNCT/./5/punct"},
		person{"GROUP:local bakers", []string{"local bakers"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", cue: "say", speaker: "local bakers", text: "The ferry fee will rise in May"})
}
