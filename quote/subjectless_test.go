package quote

import "testing"

// TestSubjectlessClosing checks a closing attribution whose parse cut the
// subject off what it reports (a plural noun, "exports", read as the
// verb): the content runs from the sentence's start, not from "is".
func TestSubjectlessClosing(t *testing.T) {
	txt := "The curb on grain exports to Ruritania is likely to be eased, the ministry said."
	d := parsedDoc(t, txt, []string{"DET/the/2/det NOUN/curb/5/nsubj ADP/on/4/case NOUN:NN/grain/2/nmod VERB:VBZ/export/0/root " +
		"ADP/to/7/case PROPN/Ruritania/5/obl AUX:VBZ/be/9/cop ADJ/likely/16/ccomp PART/to/12/mark AUX/be/12/aux:pass " +
		"VERB:VBN/ease/9/xcomp PUNCT/,/16/punct DET/the/15/det NOUN/ministry/16/nsubj VERB:VBD/say/5/parataxis PUNCT/./5/punct"})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "The curb on grain exports to Ruritania is likely to be eased", speaker: "ministry", cue: "said"})
}
