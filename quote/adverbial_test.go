package quote

import "testing"

// TestClosingInvertedNounComplement checks "…, said one party aide." when
// the parse took a clause before the comma for the cue's subject and hung
// the speaker on the cue as a clausal complement: the noun after the cue
// is who spoke, the sentence up to the comma what was said.
func TestClosingInvertedNounComplement(t *testing.T) {
	txt := "The talks went badly, and the session fell apart, said one party aide."
	d := parsedDoc(t, txt, []string{"DET/the/2/det NOUN:NNS/talk/12/nsubj VERB:VBD/go/2/acl ADV/badly/3/advmod PUNCT/,/9/punct " +
		"CCONJ/and/9/cc DET/the/8/det NOUN/session/9/nsubj VERB:VBD/fall/3/conj ADV/apart/9/advmod PUNCT/,/2/punct " +
		"VERB:VBD/say/0/root NUM/one/15/nummod NOUN/party/15/compound NOUN/aide/12/ccomp PUNCT/./12/punct"},
		person{"GROUP:party aide", []string{"party aide"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "The talks went badly, and the session fell apart", speaker: "party aide", cue: "said"})
}

// TestAdverbialClauseIsNoContent checks that a clause saying when a cue
// spoke is not what it said, after the cue ("said before he left") or
// before a closing subject ("But when the board cut the grant, the
// county said enough").
func TestAdverbialClauseIsNoContent(t *testing.T) {
	txt := "The old farmer said before he left. But when the board cut the grant, the county said enough."
	d := parsedDoc(t, txt, []string{
		"DET/the/3/det ADJ/old/3/amod NOUN/farmer/4/nsubj VERB:VBD/say/0/root SCONJ/before/7/mark PRON:PRP/he/7/nsubj VERB:VBD/leave/4/ccomp PUNCT/./4/punct",
		"CCONJ/but/12/cc ADV/when/5/advmod DET/the/4/det NOUN/board/5/nsubj VERB:VBD/cut/12/advcl DET/the/7/det NOUN/grant/5/obj " +
			"PUNCT/,/5/punct DET/the/10/det NOUN/county/12/nsubj VERB:VBD/say/0/root ADV/enough/12/advmod PUNCT/./12/punct"})
	runQuotes(t, d)
	for _, g := range describe(d, d.Quotes) {
		t.Errorf("got %+v, want no quote", g)
	}
}

// TestNounBeforeCueWithoutComma checks that a noun the parse tore off the
// speaker's title ("vice" of "vice presidential nominee") and hung on the
// cue as a clause is not reported: with no comma before the subject,
// nothing before the cue is what it said.
func TestNounBeforeCueWithoutComma(t *testing.T) {
	txt := "Green vice presidential nominee Ana Ruiz said in a statement."
	d := parsedDoc(t, txt, []string{"ADJ/green/2/amod NOUN/vice/7/ccomp ADJ/presidential/4/amod NOUN/nominee/5/nmod:desc " +
		"PROPN/Ana/7/nsubj PROPN/Ruiz/5/flat VERB:VBD/say/0/root ADP/in/10/case DET/a/10/det NOUN/statement/7/obl PUNCT/./7/punct"},
		person{"Ana Ruiz", []string{"Ana Ruiz"}})
	runQuotes(t, d)
	for _, g := range describe(d, d.Quotes) {
		t.Errorf("got %+v, want no quote", g)
	}
}

// TestClosingInvertedAfterCutSubject checks "…, and the meeting fell
// apart, said one party source." when the parse read "fell" as a
// participle on "meeting" and made "meeting" the cue's subject: with no
// comma to open an aside after it, the comma before the cue parts the
// cue from that subject, and the source after the cue is who spoke.
func TestClosingInvertedAfterCutSubject(t *testing.T) {
	txt := "The vote went badly, and the meeting fell apart, said one party source."
	d := parsedDoc(t, txt, []string{"DET/the/2/det NOUN/vote/3/nsubj VERB:VBD/go/0/root ADV/badly/3/advmod PUNCT/,/12/punct " +
		"CCONJ/and/12/cc DET/the/8/det NOUN/meeting/12/nsubj VERB:VBN/fall/8/acl ADV/apart/9/advmod PUNCT/,/8/punct " +
		"VERB:VBD/say/3/conj NUM/one/15/nummod NOUN/party/15/compound NOUN/source/12/obj PUNCT/./3/punct"},
		person{"GROUP:party source", []string{"party source"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "The vote went badly, and the meeting fell apart", speaker: "party source", cue: "said"})
}

// TestAdverbialClauseBeforeMainClause checks that a complement opening
// with "while" keeps the main clause the parse hung below it: both are
// what was said.
func TestAdverbialClauseBeforeMainClause(t *testing.T) {
	txt := "Moreno said while everyone had a right to safety they also had a right to privacy."
	d := parsedDoc(t, txt, []string{"PROPN/Moreno/2/nsubj VERB:VBD/say/0/root SCONJ/while/5/mark PRON:NN/everyone/5/nsubj VERB:VBD/have/2/ccomp " +
		"DET/a/7/det NOUN/right/5/obj ADP/to/9/case NOUN/safety/7/nmod PRON:PRP/they/13/nsubj ADV/also/13/advmod VERB:VBD/have/5/parataxis " +
		"DET/a/15/det NOUN/right/13/obj ADP/to/17/case NOUN/privacy/15/nmod PUNCT/./2/punct"},
		person{"Dan Moreno", []string{"Moreno"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "while everyone had a right to safety they also had a right to privacy", speaker: "Dan Moreno", cue: "said"})
}

// TestAdverbialClauseBesideMainClause checks the same when the parse
// hung the main clause beside the "while" clause, as a second
// complement of the cue.
func TestAdverbialClauseBesideMainClause(t *testing.T) {
	txt := "Moreno said while everyone had a right to safety they also had a right to privacy."
	d := parsedDoc(t, txt, []string{"PROPN/Moreno/2/nsubj VERB:VBD/say/0/root SCONJ/while/5/mark PRON:NN/everyone/5/nsubj VERB:VBD/have/2/ccomp " +
		"DET/a/7/det NOUN/right/5/obj ADP/to/9/case NOUN/safety/7/nmod PRON:PRP/they/13/nsubj ADV/also/13/advmod VERB:VBD/have/2/ccomp " +
		"DET/a/15/det NOUN/right/13/obj ADP/to/17/case NOUN/privacy/15/nmod PUNCT/./2/punct"},
		person{"Dan Moreno", []string{"Moreno"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "while everyone had a right to safety they also had a right to privacy", speaker: "Dan Moreno", cue: "said"})
}
