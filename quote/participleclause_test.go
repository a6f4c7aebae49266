package quote

import "testing"

// TestParticipleOfMainClause checks the speaker of a participle set off by
// a comma at the end of a sentence when the parse hangs it below the main
// clause: on the last clause of an object's modifier, on the verb of an
// adverbial clause, or on the clause a noun holds. The main clause's
// subject speaks. The parses are laid by hand, in the shapes the parser
// gave, on sentences written for this test.
func TestParticipleOfMainClause(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{
			name: "a comma ends the object's modifier before the participle",
			text: "Karl Brandt blamed the council for making a fuss over the claim that the mayor “sold the pier,” saying they were wasting time.",
			parse: []string{"PROPN/Karl/3/nsubj PROPN/Brandt/1/flat VERB:VBD/blame/0/root DET/the/5/det NOUN/council/3/obj " +
				"SCONJ/for/7/mark VERB:VBG/make/5/acl DET/a/9/det NOUN/fuss/7/obj ADP/over/12/case DET/the/12/det NOUN/claim/7/obl " +
				"SCONJ/that/17/mark DET/the/15/det NOUN/mayor/17/nsubj PUNCT/\"/17/punct VERB:VBD/sell/12/acl DET/the/19/det " +
				"NOUN/pier/17/obj PUNCT/,/17/punct PUNCT/\"/17/punct VERB:VBG/say/3/advcl PRON/they/25/nsubj AUX:VBD/be/25/aux " +
				"VERB:VBG/waste/22/ccomp NOUN/time/25/obj PUNCT/./3/punct"},
			people: []person{{"Karl Brandt", []string{"Karl Brandt"}}},
			cue:    "saying",
			want:   "Karl Brandt",
		},
		{
			name: "a participle hung on the verb of an adverbial clause",
			text: "Ana Ruiz sued after Dunmore closed what had once been named the “night market,” saying the move hurt stall owners.",
			parse: []string{"PROPN/Ana/3/nsubj PROPN/Ruiz/1/flat VERB:VBD/sue/0/root SCONJ/after/6/mark PROPN/Dunmore/6/nsubj " +
				"VERB:VBD/close/3/advcl PRON/what/11/nsubj:pass AUX:VBD/have/11/aux ADV/once/11/advmod AUX:VBN/be/11/aux:pass " +
				"VERB:VBN/name/6/ccomp DET/the/15/det PUNCT/\"/15/punct NOUN/night/15/compound NOUN/market/11/xcomp PUNCT/,/15/punct " +
				"PUNCT/\"/15/punct VERB:VBG/say/11/advcl DET/the/20/det NOUN/move/21/nsubj VERB:VBD/hurt/18/ccomp NOUN/stall/23/compound " +
				"NOUN/owner/21/obj PUNCT/./3/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "saying",
			want:   "Ana Ruiz",
		},
		{
			name: "a participle hung on the clause a noun holds",
			text: "Tom Weller dismissed the idea that the ferry workers could simply raise fares, arguing that the port should pay.",
			parse: []string{"PROPN/Tom/3/nsubj PROPN/Weller/1/flat VERB:VBD/dismiss/0/root DET/the/5/det NOUN/idea/3/obj " +
				"SCONJ/that/12/mark DET/the/9/det NOUN/ferry/9/compound NOUN/worker/12/nsubj AUX:MD/could/12/aux ADV/simply/12/advmod " +
				"VERB:VB/raise/5/acl NOUN/fare/12/obj PUNCT/,/15/punct VERB:VBG/argue/12/advcl SCONJ/that/20/mark DET/the/18/det " +
				"NOUN/port/20/nsubj AUX:MD/should/20/aux VERB:VB/pay/15/ccomp PUNCT/./3/punct"},
			people: []person{{"Tom Weller", []string{"Tom Weller"}}},
			cue:    "arguing",
			want:   "Tom Weller",
		},
		{
			name: "a participle hung on the reported clause of a person",
			text: "Karl Brandt said that Ana Ruiz ran the port, adding that the ferry was late.",
			parse: []string{"PROPN/Karl/3/nsubj PROPN/Brandt/1/flat VERB:VBD/say/0/root SCONJ/that/7/mark PROPN/Ana/7/nsubj " +
				"PROPN/Ruiz/5/flat VERB:VBD/run/3/ccomp DET/the/9/det NOUN/port/7/obj PUNCT/,/11/punct VERB:VBG/add/7/advcl " +
				"SCONJ/that/16/mark DET/the/14/det NOUN/ferry/16/nsubj AUX:VBD/be/16/cop ADJ/late/11/ccomp PUNCT/./3/punct"},
			people: []person{{"Karl Brandt", []string{"Karl Brandt"}}, {"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "adding",
			want:   "Karl Brandt",
		},
		{
			name: "an order within the reported clause stays its subject's",
			text: "Karl Brandt said that Ana Ruiz ran the port, telling staff to hide the losses.",
			parse: []string{"PROPN/Karl/3/nsubj PROPN/Brandt/1/flat VERB:VBD/say/0/root SCONJ/that/7/mark PROPN/Ana/7/nsubj " +
				"PROPN/Ruiz/5/flat VERB:VBD/run/3/ccomp DET/the/9/det NOUN/port/7/obj PUNCT/,/11/punct VERB:VBG/tell/7/advcl " +
				"NOUN/staff/11/obj PART/to/14/mark VERB:VB/hide/11/xcomp DET/the/16/det NOUN/loss/14/obj PUNCT/./3/punct"},
			people: []person{{"Karl Brandt", []string{"Karl Brandt"}}, {"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "telling",
			want:   "Ana Ruiz",
		},
	})
}
