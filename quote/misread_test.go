package quote

import (
	"testing"
)

// TestMisreadVerb checks which plural nouns are read as verbs the tagger
// got wrong, on hand-set parses: the -s word of a seed verb after a
// possible subject, before what only a verb takes.
func TestMisreadVerb(t *testing.T) {
	tests := []wordCase{
		{"a that clause after a name",
			"Ruiz charges that the council wasted the money.",
			"PROPN/Ruiz/2/compound NOUN:NNS/charge/0/root PRON:WDT/that/6/nsubj DET/the/5/det NOUN/council/6/nsubj VERB:VBD/waste/2/acl:relcl DET/the/8/det NOUN/money/6/obj PUNCT/./2/punct",
			"charges", true},
		{"a name after a noun",
			"The poll shows Ruiz ahead in Ohio.",
			"DET/the/3/det NOUN/poll/3/compound NOUN:NNS/show/0/root PROPN/Ruiz/3/nmod ADV/ahead/3/advmod ADP/in/7/case PROPN/Ohio/5/obl PUNCT/./3/punct",
			"shows", true},
		{"to and a bare verb",
			"Ruiz plans to sell the ferry.",
			"PROPN/Ruiz/2/compound NOUN:NNS/plan/4/nsubj PART/to/4/mark VERB:VB/sell/0/root DET/the/6/det NOUN/ferry/4/obj PUNCT/./4/punct",
			"plans", true},
		{"a noun after it",
			"The tax plans committee met on Monday.",
			"DET/the/4/det NOUN/tax/3/compound NOUN:NNS/plan/4/compound NOUN/committee/5/nsubj VERB:VBD/meet/0/root ADP/on/7/case PROPN/Monday/5/obl PUNCT/./5/punct",
			"plans", false},
		{"a verb after it",
			"Party rules require a vote.",
			"NOUN/party/2/compound NOUN:NNS/rule/3/nsubj VERB:VBP/require/0/root DET/a/5/det NOUN/vote/3/obj PUNCT/./3/punct",
			"rules", false},
		{"a possessive before it",
			"His calls to raise taxes failed.",
			"PRON:PRP$/his/2/nmod:poss NOUN:NNS/call/6/nsubj PART/to/4/mark VERB:VB/raise/2/acl NOUN/tax/4/obj VERB:VBD/fail/0/root PUNCT/./6/punct",
			"calls", false},
		{"a bare verb after a share of people",
			"Nearly a third say they will vote.",
			"ADV/nearly/4/advmod DET/a/4/det ADJ/third/4/amod NOUN:NN/say/0/root PRON/they/7/nsubj AUX:MD/will/7/aux VERB:VB/vote/4/acl:relcl PUNCT/./4/punct",
			"say", true},
		{"a bare verb after a count",
			"Two in ten say that the ferry is late.",
			"NUM/one/4/nsubj ADP/in/3/case NUM/ten/1/nmod NOUN:NN/say/0/root SCONJ/that/9/mark DET/the/7/det NOUN/ferry/9/nsubj AUX:VBZ/be/9/cop ADJ/late/4/acl PUNCT/./4/punct",
			"say", true},
		{"a bare noun after an adjective",
			"Voters have the final say they wanted.",
			"NOUN:NNS/voter/2/nsubj VERB:VBP/have/0/root DET/the/5/det ADJ/final/5/amod NOUN:NN/say/2/obj PRON/they/7/nsubj VERB:VBD/want/5/acl:relcl PUNCT/./2/punct",
			"say", false},
		{"a bare noun after one",
			"One question that remains is the fee.",
			"NUM/one/2/nummod NOUN:NN/question/6/nsubj PRON/that/4/nsubj VERB:VBZ/remain/2/acl:relcl AUX:VBZ/be/6/cop DET/the/7/det NOUN/fee/0/root PUNCT/./7/punct",
			"question", false},
		{"a bare noun after a number with a determiner",
			"It beat the 1,000 figure that analysts had forecast.",
			"PRON/it/2/nsubj VERB:VBD/beat/0/root DET/the/5/det NUM/1,000/5/nummod NOUN:NN/figure/2/obj PRON/that/9/obj NOUN:NNS/analyst/9/nsubj AUX:VBD/have/9/aux VERB:VBN/forecast/5/acl:relcl PUNCT/./2/punct",
			"figure", false},
		{"a bare noun after a participle",
			"She sent a signed note that the board read.",
			"PRON/she/2/nsubj VERB:VBD/send/0/root DET/a/5/det VERB:VBN/sign/5/amod NOUN:NN/note/2/obj PRON/that/9/obj DET/the/8/det NOUN/board/9/nsubj VERB:VBD/read/5/acl:relcl PUNCT/./2/punct",
			"note", false},
		{"a bare verb after a plural subject and its phrase",
			"Papers from the old archive show he lied.",
			"NOUN:NNS/paper/6/nsubj ADP/from/5/case DET/the/5/det ADJ/old/5/amod NOUN:NN/archive/1/nmod NOUN:NN/show/0/root PRON/he/8/nsubj VERB:VBD/lie/6/acl:relcl PUNCT/./6/punct",
			"show", true},
		{"a bare noun after a determiner, behind a phrase",
			"Results from the show that he hosted were poor.",
			"NOUN:NNS/result/9/nsubj ADP/from/4/case DET/the/4/det NOUN:NN/show/1/nmod PRON/that/7/obj PRON/he/7/nsubj VERB:VBD/host/4/acl:relcl AUX:VBD/be/9/cop ADJ/poor/0/root PUNCT/./9/punct",
			"show", false},
		{"a singular subject before the phrase",
			"The paper from the old archive show he lied.",
			"DET/the/2/det NOUN:NN/paper/7/nsubj ADP/from/6/case DET/the/6/det ADJ/old/6/amod NOUN:NN/archive/2/nmod NOUN:NN/show/0/root PRON/he/9/nsubj VERB:VBD/lie/7/acl:relcl PUNCT/./7/punct",
			"show", false},
	}
	checkWordCases(t, tests, "misreadVerb", (*work).misreadVerb)
}

// wordCase is a sentence with its parse laid by hand, a word of it and
// what a test of that word's token should say.
type wordCase struct {
	name, text, parse, word string
	want                    bool
}

// checkWordCases runs test, named name, on the token of each case's word.
func checkWordCases(t *testing.T, tests []wordCase, name string, test func(*work, int) bool) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, []string{tt.parse})
			w := &work{}
			w.reset(d, testLexicon(t))
			i := findNth(t, tt.text, tt.word)
			for k := range d.Tokens {
				if d.Tokens[k].Start == i.Start {
					if got := test(w, k); got != tt.want {
						t.Errorf("%s(%q) = %v, want %v", name, tt.word, got, tt.want)
					}
					return
				}
			}
			t.Fatalf("no token %q", tt.word)
		})
	}
}

// TestMisreadVerbQuote checks that a misread verb reports what follows
// it, from the words, and that its subject speaks.
func TestMisreadVerbQuote(t *testing.T) {
	txt := "Ruiz charges that the council wasted the money on a new bridge."
	d := parsedDoc(t, txt, []string{"PROPN/Ruiz/2/compound NOUN:NNS/charge/0/root PRON:WDT/that/6/nsubj DET/the/5/det NOUN/council/6/nsubj " +
		"VERB:VBD/waste/2/acl:relcl DET/the/8/det NOUN/money/6/obj ADP/on/13/case DET/a/13/det ADJ/new/13/amod NOUN/bridge/8/nmod PUNCT/./2/punct"},
		person{"Ana Ruiz", []string{"Ruiz"}})
	runQuotes(t, d)
	want := got{kind: "indirect", text: "that the council wasted the money on a new bridge", speaker: "Ana Ruiz", cue: "charges"}
	wantCuedQuote(t, d, want)
}
