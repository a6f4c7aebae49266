package quote

import "testing"

// TestParticipleTakesMainSubject checks the speaker of a participle set off
// by a comma after its clause ("…, saying …"): the main clause's subject,
// over parses that hang the participle on a noun, on a reduced relative
// read as a clause, or that lose the main clause's subject. The parses are
// laid by hand on sentences written for this test.
func TestParticipleTakesMainSubject(t *testing.T) {
	tests := []speakerCase{
		{
			name: "the subject the parse hung on a place before a predicate",
			text: "At a fair in Dunmore, Kent, Ana Ruiz was frank, saying the levy had failed.",
			parse: []string{"ADP/at/3/case DET/a/3/det NOUN/fair/12/obl ADP/in/5/case PROPN/Dunmore/3/nmod PUNCT/,/7/punct " +
				"PROPN/Kent/5/appos PUNCT/,/9/punct PROPN/Ana/5/conj PROPN/Ruiz/9/flat AUX:VBD/be/12/cop ADJ/frank/0/root " +
				"PUNCT/,/14/punct VERB:VBG/say/12/advcl DET/the/16/det NOUN/levy/18/nsubj AUX:VBD/have/18/aux " +
				"VERB:VBN/fail/14/ccomp PUNCT/./12/punct"},
			people: []person{{"GPE:Dunmore", []string{"Dunmore"}}, {"GPE:Kent", []string{"Kent"}}, {"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "saying",
			want:   "Ana Ruiz",
		},
		{
			name: "a participle hung on a reduced relative read as a clause",
			text: "Ana Ruiz on Monday criticised the levy agreed in May, saying it would hurt bakers.",
			parse: []string{"PROPN/Ana/5/nsubj PROPN/Ruiz/1/flat ADP/on/4/case PROPN/Monday/5/obl VERB:VBD/criticise/0/root " +
				"DET/the/7/det NOUN/levy/5/obj VERB:VBD/agree/5/ccomp ADP/in/10/case PROPN/May/8/obl PUNCT/,/12/punct " +
				"VERB:VBG/say/8/advcl PRON/it/15/nsubj AUX:MD/would/15/aux VERB:VB/hurt/12/ccomp NOUN/baker/15/obj PUNCT/./5/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}, {"MISC:levy", []string{"the levy"}}},
			cue:    "saying",
			want:   "Ana Ruiz",
		},
		{
			name: "a participle hung on the noun of a predicate's phrase",
			text: "Ana Ruiz was open about her doubts over the levy, saying it would hurt bakers.",
			parse: []string{"PROPN/Ana/4/nsubj PROPN/Ruiz/1/flat AUX:VBD/be/4/cop ADJ/open/0/root ADP/about/7/case " +
				"PRON/she/7/nmod:poss NOUN/doubt/4/obl ADP/over/10/case DET/the/10/det NOUN/levy/7/nmod PUNCT/,/12/punct " +
				"VERB:VBG/say/7/acl PRON/it/15/nsubj AUX:MD/would/15/aux VERB:VB/hurt/12/ccomp NOUN/baker/15/obj PUNCT/./4/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}, {"MISC:levy", []string{"the levy"}}},
			cue:    "saying",
			want:   "Ana Ruiz",
		},
		{
			name: "a predicate noun with a clause for its subject gives no speaker",
			text: "“Mend the roads first” is the party's new slogan, hinting at a quarrel over money.",
			parse: []string{"PUNCT/\"/2/punct VERB:VB/mend/12/csubj DET/the/4/det NOUN/road/2/obj ADV/first/2/advmod " +
				"PUNCT/\"/2/punct AUX:VBZ/be/12/cop DET/the/9/det NOUN/party/12/nmod:poss PART/'s/9/case ADJ/new/12/amod " +
				"NOUN/slogan/0/root PUNCT/,/14/punct VERB:VBG/hint/12/advcl ADP/at/17/case DET/a/17/det NOUN/quarrel/14/obl " +
				"ADP/over/19/case NOUN/money/17/nmod PUNCT/./12/punct"},
			people: []person{{"ORG:party", []string{"party"}}},
			cue:    "hinting",
			want:   "",
		},
	}
	checkSpeakerCases(t, tests)
}

// TestFrontedParticipleSubject checks the speaker of a participle cue that
// opens its sentence ("After saying …, the nurse …"): the main clause's
// subject after the comma that ends the participle's phrase, read from the
// words over parses that make the participle the root or hang the subject
// on a noun inside the phrase.
func TestFrontedParticipleSubject(t *testing.T) {
	tests := []speakerCase{
		{
			name: "the participle parsed as the root",
			text: "After saying the ward would close, the nurse went back to her desk.",
			parse: []string{"SCONJ/after/2/mark VERB:VBG/say/0/root DET/the/4/det NOUN/ward/6/nsubj AUX:MD/would/6/aux " +
				"VERB:VB/close/2/ccomp PUNCT/,/10/punct DET/the/9/det NOUN/nurse/10/nsubj VERB:VBD/go/6/parataxis " +
				"ADV/back/10/advmod ADP/to/14/case PRON/she/14/nmod:poss NOUN/desk/10/obl PUNCT/./2/punct"},
			people: []person{{"nurse", []string{"the nurse"}}},
			cue:    "saying",
			want:   "nurse",
		},
		{
			name: "the subject hung on a noun inside the phrase",
			text: "A week after claiming the fee was fair, Tom Weller still defends it.",
			parse: []string{"DET/a/2/det NOUN/week/13/obl:unmarked SCONJ/after/4/mark VERB:VBG/claim/13/advcl DET/the/6/det " +
				"NOUN/fee/8/nsubj AUX:VBD/be/8/cop ADJ/fair/4/ccomp PUNCT/,/10/punct PROPN/Tom/6/conj PROPN/Weller/10/flat " +
				"ADV/still/13/advmod VERB:VBZ/defend/0/root PRON/it/13/obj PUNCT/./13/punct"},
			people: []person{{"Tom Weller", []string{"Tom Weller"}}},
			cue:    "claiming",
			want:   "Tom Weller",
		},
		{
			name: "a relative clause on the phrase's last noun is passed over",
			text: "Before announcing that the line would reopen, which surprised the crew, Ana Ruiz thanked the engineers.",
			parse: []string{"SCONJ/before/2/mark VERB:VBG/announce/0/root SCONJ/that/7/mark DET/the/5/det NOUN/line/7/nsubj " +
				"AUX:MD/would/7/aux VERB:VB/reopen/2/ccomp PUNCT/,/10/punct PRON/which/10/nsubj VERB:VBD/surprise/7/acl:relcl " +
				"DET/the/12/det NOUN/crew/10/obj PUNCT/,/16/punct PROPN/Ana/16/nsubj PROPN/Ruiz/14/flat " +
				"VERB:VBD/thank/10/parataxis DET/the/18/det NOUN/engineer/16/obj PUNCT/./2/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "announcing",
			want:   "Ana Ruiz",
		},
	}
	checkSpeakerCases(t, tests)
}

// TestParticipleReadAsClauseOfVerb checks a participle after a comma that
// the parse made the clausal complement of the verb before it ("…, Lee
// said, adding, “…”" with "adding" as what "said" says): it has that
// verb's subject. Invented sentence, parse laid by hand as the parser gives
// it after a quotation in doubled apostrophes.
func TestParticipleReadAsClauseOfVerb(t *testing.T) {
	tests := []speakerCase{
		{
			name: "a participle taken for the reported clause of a closing attribution",
			text: `"We will keep the pier open," Ana Ruiz said, adding, "The town needs it."`,
			parse: []string{`PUNCT/"/4/punct PRON/we/4/nsubj AUX/will/4/aux VERB/keep/0/root DET/the/6/det NOUN/pier/4/obj ` +
				`ADJ/open/4/xcomp PUNCT/,/4/punct PUNCT/"/4/punct PROPN/Ana/12/nsubj PROPN/Ruiz/10/flat ` +
				`VERB:VBD/say/4/parataxis PUNCT/,/14/punct VERB:VBG/add/12/ccomp PUNCT/,/19/punct PUNCT/"/19/punct ` +
				`DET/the/18/det NOUN/town/19/nsubj VERB:VBZ/need/4/parataxis PRON/it/19/obj PUNCT/./19/punct PUNCT/"/19/punct`},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "adding",
			want:   "Ana Ruiz",
		},
	}
	checkSpeakerCases(t, tests)
}
