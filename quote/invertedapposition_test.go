package quote

import "testing"

// TestPersonBeforeApposition checks a direct quotation closed by "said X,
// description of Y" whose parse took a later name for the cue's subject
// and hung X on it: the speaker is the name right after the cue.
func TestPersonBeforeApposition(t *testing.T) {
	txt := `"Readers want shorter stories" said Tom Hale, an aide to Senator Ana Ruiz.`
	d := parsedDoc(t, txt, []string{`PUNCT/"/3/punct NOUN:NNS/reader/3/nsubj VERB:VBP/want/7/ccomp ADJ:JJR/short/5/amod NOUN:NNS/story/3/obj PUNCT/"/3/punct ` +
		"VERB:VBD/say/0/root PROPN/Tom/16/nsubj PROPN/Hale/8/flat PUNCT/,/12/punct DET/an/12/det NOUN/aide/16/nsubj ADP/to/16/case " +
		"PROPN/Senator/16/compound PROPN/Ana/7/nsubj PROPN/Ruiz/15/flat PUNCT/./7/punct"},
		person{"Tom Hale", []string{"Tom Hale"}}, person{"Ana Ruiz", []string{"Ana Ruiz"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "direct", text: "Readers want shorter stories", speaker: "Tom Hale", cue: "said"})
}
