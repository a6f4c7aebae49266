package quote

import "testing"

// TestListenerCueAfterFragment checks a quoted fragment ending in a comma
// followed by an attribution with its listener (`…,” Ana Ruiz told
// reporters.`), over a parse that hung the verb on the fragment's clause:
// the verb is the fragment's cue and its subject the speaker. The parse
// is laid by hand on a sentence written for this test.
func TestListenerCueAfterFragment(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{{
		name: "told reporters after the fragment",
		text: "The council’s plan is “a waste of good money,” Ana Ruiz told reporters.",
		parse: []string{"DET/the/2/det NOUN/council/4/nmod:poss PART:POS/’s/2/case NOUN/plan/8/nsubj AUX:VBZ/be/8/cop " +
			"PUNCT/“/8/punct DET/a/8/det NOUN/waste/0/root ADP/of/11/case ADJ/good/11/amod NOUN/money/8/nmod " +
			"PUNCT/,/8/punct PUNCT/”/8/punct PROPN/Ana/16/nsubj PROPN/Ruiz/14/flat VERB:VBD/tell/8/conj " +
			"NOUN/reporter/16/obj PUNCT/./8/punct"},
		people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}},
		cue:    "told",
		want:   "Ana Ruiz",
	}})
}
