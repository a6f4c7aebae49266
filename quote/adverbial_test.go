package quote

import "testing"

// TestClosingInvertedNounComplement checks "…, said one harbour pilot." when
// the parse took a clause before the comma for the cue's subject and hung
// the speaker on the cue as a clausal complement: the noun after the cue
// is who spoke, the sentence up to the comma what was said.
func TestClosingInvertedNounComplement(t *testing.T) {
	txt := "The tide turned early, and the boats stayed home, said one harbour pilot."
	d := parsedDoc(t, txt, []string{"DET/the/2/det NOUN/tide/12/nsubj VERB:VBD/turn/2/acl ADV/early/3/advmod PUNCT/,/9/punct " +
		"CCONJ/and/9/cc DET/the/8/det NOUN:NNS/boat/9/nsubj VERB:VBD/stay/3/conj ADV/home/9/advmod PUNCT/,/2/punct " +
		"VERB:VBD/say/0/root NUM/one/15/nummod NOUN/harbour/15/compound NOUN/pilot/12/ccomp PUNCT/./12/punct"},
		person{"GROUP:harbour pilot", []string{"harbour pilot"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "The tide turned early, and the boats stayed home", speaker: "harbour pilot", cue: "said"})
}

// TestAdverbialClauseIsNoContent checks that a clause saying when a cue
// spoke is not what it said, after the cue ("said after she sat down")
// or before a closing subject ("Once the board had cut the grant, the
// county said so").
func TestAdverbialClauseIsNoContent(t *testing.T) {
	txt := "The old farmer said after she sat. Once the board had cut the grant, the county said so."
	d := parsedDoc(t, txt, []string{
		"DET/the/3/det ADJ/old/3/amod NOUN/farmer/4/nsubj VERB:VBD/say/0/root SCONJ/after/7/mark PRON:PRP/she/7/nsubj VERB:VBD/sit/4/ccomp PUNCT/./4/punct",
		"SCONJ/once/5/mark DET/the/3/det NOUN/board/5/nsubj AUX:VBD/have/5/aux VERB:VBN/cut/12/advcl DET/the/7/det NOUN/grant/5/obj " +
			"PUNCT/,/5/punct DET/the/10/det NOUN/county/12/nsubj VERB:VBD/say/0/root ADV/so/12/advmod PUNCT/./12/punct"})
	runQuotes(t, d)
	for _, g := range describe(d, d.Quotes) {
		t.Errorf("got %+v, want no quote", g)
	}
}

// TestNounBeforeCueWithoutComma checks that a noun the parse tore off the
// speaker's title ("vice" of "vice mayoral candidate") and hung on the
// cue as a clause is not reported: with no comma before the subject,
// nothing before the cue is what it said.
func TestNounBeforeCueWithoutComma(t *testing.T) {
	txt := "Liberal vice mayoral candidate Ana Ruiz said in an interview."
	d := parsedDoc(t, txt, []string{"ADJ/liberal/2/amod NOUN/vice/7/ccomp ADJ/mayoral/4/amod NOUN/candidate/5/nmod:desc " +
		"PROPN/Ana/7/nsubj PROPN/Ruiz/5/flat VERB:VBD/say/0/root ADP/in/10/case DET/an/10/det NOUN/interview/7/obl PUNCT/./7/punct"},
		person{"Ana Ruiz", []string{"Ana Ruiz"}})
	runQuotes(t, d)
	for _, g := range describe(d, d.Quotes) {
		t.Errorf("got %+v, want no quote", g)
	}
}

// TestClosingInvertedAfterCutSubject checks "…, and the crowd drifted
// home, said one club steward." when the parse read "drifted" as a
// participle on "crowd" and made "crowd" the cue's subject: with no
// comma to open an aside after it, the comma before the cue parts the
// cue from that subject, and the source after the cue is who spoke.
func TestClosingInvertedAfterCutSubject(t *testing.T) {
	txt := "The match ended late, and the crowd drifted home, said one club steward."
	d := parsedDoc(t, txt, []string{"DET/the/2/det NOUN/match/3/nsubj VERB:VBD/end/0/root ADV/late/3/advmod PUNCT/,/12/punct " +
		"CCONJ/and/12/cc DET/the/8/det NOUN/crowd/12/nsubj VERB:VBN/drift/8/acl ADV/home/9/advmod PUNCT/,/8/punct " +
		"VERB:VBD/say/3/conj NUM/one/15/nummod NOUN/club/15/compound NOUN/steward/12/obj PUNCT/./3/punct"},
		person{"GROUP:club steward", []string{"club steward"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "The match ended late, and the crowd drifted home", speaker: "club steward", cue: "said"})
}

// TestAdverbialClauseBeforeMainClause checks that a complement opening
// with "while" keeps the main clause the parse hung below it: both are
// what was said.
func TestAdverbialClauseBeforeMainClause(t *testing.T) {
	wantWhileContent(t, "VERB:VB/grow/5/parataxis")
}

// TestAdverbialClauseBesideMainClause checks the same when the parse
// hung the main clause beside the "while" clause, as a second
// complement of the cue.
func TestAdverbialClauseBesideMainClause(t *testing.T) {
	wantWhileContent(t, "VERB:VB/grow/2/ccomp")
}

// wantWhileContent parses "Moreno said while farmers deserved help the
// budget could not grow." with the main clause's verb as given and checks
// that the content is both clauses.
func wantWhileContent(t *testing.T, grow string) {
	t.Helper()
	txt := "Moreno said while farmers deserved help the budget could not grow."
	d := parsedDoc(t, txt, []string{"PROPN/Moreno/2/nsubj VERB:VBD/say/0/root SCONJ/while/5/mark NOUN:NNS/farmer/5/nsubj VERB:VBD/deserve/2/ccomp " +
		"NOUN/help/5/obj DET/the/8/det NOUN/budget/11/nsubj AUX:MD/could/11/aux PART/not/11/advmod " + grow + " PUNCT/./2/punct"},
		person{"Dan Moreno", []string{"Moreno"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "while farmers deserved help the budget could not grow", speaker: "Dan Moreno", cue: "said"})
}
