package quote

import "testing"

// TestClosingMisread checks which plural nouns closing a sentence are the
// verb of a closing attribution, on hand-set parses: an -s word of a
// reporting verb after a comma and a short subject phrase whose last word
// is singular.
func TestClosingMisread(t *testing.T) {
	tests := []wordCase{
		{"a survey shows",
			"Fares will rise in May, a county survey shows.",
			"NOUN:NNS/fare/3/nsubj AUX:MD/will/3/aux VERB:VB/rise/0/root ADP/in/5/case PROPN/May/3/obl PUNCT/,/10/punct DET/a/9/det NOUN/county/9/compound NOUN:NN/survey/10/compound NOUN:NNS/show/3/conj PUNCT/./3/punct",
			"shows", true},
		{"a paper's name reports",
			"The mayor dropped the plan, the Tarnby Gazette reports.",
			"DET/the/2/det NOUN/mayor/3/nsubj VERB:VBD/drop/0/root DET/the/5/det NOUN/plan/3/obj PUNCT/,/9/punct DET/the/9/det PROPN:NNP/Tarnby/9/compound PROPN:NNP/Gazette/3/obj NOUN:NNS/report/8/dep PUNCT/./3/punct",
			"reports", true},
		{"the last of a list",
			"The deal brings faster broadband, cheaper calls and new subscription plans.",
			"DET/the/2/det NOUN/deal/3/nsubj VERB:VBZ/bring/0/root ADJ/faster/5/amod NOUN/broadband/3/obj PUNCT/,/8/punct ADJ/cheaper/8/amod NOUN:NNS/call/5/conj CCONJ/and/12/cc ADJ/new/12/amod NOUN/subscription/12/compound NOUN:NNS/plan/5/conj PUNCT/./3/punct",
			"plans", false},
		{"a plural subject",
			"Prices rose in May, the local papers reports.",
			"NOUN:NNS/price/2/nsubj VERB:VBD/rise/0/root ADP/in/4/case PROPN/May/2/obl PUNCT/,/9/punct DET/the/9/det ADJ/local/8/amod NOUN:NNS/paper/9/compound NOUN:NNS/report/2/conj PUNCT/./2/punct",
			"reports", false},
		{"a comma after an adjective",
			"The rooms are bright and cheap, modern guest reports.",
			"DET/the/2/det NOUN:NNS/room/4/nsubj AUX:VBP/be/4/cop ADJ/bright/0/root CCONJ/and/6/cc ADJ/cheap/4/conj PUNCT/,/10/punct ADJ/modern/10/amod NOUN:NN/guest/10/compound NOUN:NNS/report/4/conj PUNCT/./4/punct",
			"reports", false},
		{"words after it",
			"Fares will rise, a county survey shows in May.",
			"NOUN:NNS/fare/3/nsubj AUX:MD/will/3/aux VERB:VB/rise/0/root PUNCT/,/8/punct DET/a/8/det NOUN/county/7/compound NOUN:NN/survey/8/compound NOUN:NNS/show/3/conj ADP/in/10/case PROPN/May/8/nmod PUNCT/./3/punct",
			"shows", false},
	}
	checkWordCases(t, tests, "closingMisread", (*work).closingMisread)
}

// TestClosingMisreadQuote checks that the closing attribution reports the
// clause before its comma and that the word before the verb speaks.
func TestClosingMisreadQuote(t *testing.T) {
	txt := "The mayor has dropped her plan for a second bridge, the Tarnby Gazette reports."
	d := parsedDoc(t, txt, []string{"DET/the/2/det NOUN/mayor/4/nsubj AUX:VBZ/have/4/aux VERB:VBN/drop/0/root PRON:PRP$/her/6/nmod:poss NOUN/plan/4/obj " +
		"ADP/for/10/case DET/a/10/det ADJ/second/10/amod NOUN/bridge/6/nmod PUNCT/,/14/punct DET/the/14/det PROPN:NNP/Tarnby/14/compound PROPN:NNP/Gazette/4/obj NOUN:NNS/report/14/dep PUNCT/./4/punct"})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "The mayor has dropped her plan for a second bridge", speaker: "Tarnby Gazette", cue: "reports"})
}

// TestClosingMisreadPossessor: the verb's -s agrees with the word before
// it, which speaks; the words alone would take the possessor's name.
func TestClosingMisreadPossessor(t *testing.T) {
	txt := "The mayor has dropped her plan for a second bridge, Tarnby's weekly newspaper reports."
	d := parsedDoc(t, txt, []string{"DET/the/2/det NOUN/mayor/4/nsubj AUX:VBZ/have/4/aux VERB:VBN/drop/0/root PRON:PRP$/her/6/nmod:poss NOUN/plan/4/obj " +
		"ADP/for/10/case DET/a/10/det ADJ/second/10/amod NOUN/bridge/6/nmod PUNCT/,/14/punct PROPN:NNP/Tarnby/15/nmod:poss PART:POS/'s/12/case ADJ:JJ/weekly/15/amod NOUN:NN/newspaper/4/obj NOUN:NNS/report/15/dep PUNCT/./4/punct"})
	runQuotes(t, d)
	checkCueSpeaker(t, d, "reports", "Tarnby's weekly newspaper")
}
