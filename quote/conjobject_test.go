package quote

import "testing"

// TestObjectOfFirstConjunct checks verbs joined to a first verb whose
// object the parse made the later verbs' subject (the object followed by
// a quoted word and a comma): the first verb's subject speaks through
// all of them. The parse is laid by hand in the shape the parser gave, on
// a sentence written for this test.
func TestObjectOfFirstConjunct(t *testing.T) {
	parse := []string{"PROPN/Karl/4/nsubj PROPN/Brandt/1/flat ADV/further/4/advmod VERB:VBD/write/0/root ADP/off/4/compound:prt " +
		"PROPN/Ana/13/nsubj PROPN/Ruiz/6/flat ADP/as/10/case PUNCT/\"/10/punct ADJ:JJ/reckless/6/list PUNCT/,/10/punct " +
		"PUNCT/\"/10/punct VERB:VBD/condemn/4/conj PRON/her/15/nmod:poss NOUN/budget/13/obj ADP/at/18/case DET/the/18/det " +
		"NOUN/port/15/nmod CCONJ/and/20/cc VERB:VBD/argue/13/conj PRON/she/23/nsubj AUX:MD/must/23/aux VERB:VB/quit/20/ccomp " +
		"DET/the/25/det NOUN/board/23/obj PUNCT/./4/punct"}
	text := "Karl Brandt further wrote off Ana Ruiz as “reckless,” condemned her budget at the port and argued she must quit the board."
	people := []person{{"Karl Brandt", []string{"Karl Brandt"}}, {"Ana Ruiz", []string{"Ana Ruiz", "her", "she"}}}
	checkSpeakerCases(t, []speakerCase{
		{name: "the second verb", text: text, parse: parse, people: people, cue: "condemned", want: "Karl Brandt"},
		{name: "the third verb", text: text, parse: parse, people: people, cue: "argued", want: "Karl Brandt"},
	})
}
