package quote

import "testing"

// TestClauseAfterFrontedPhrase checks that a reported clause opening with a
// fronted phrase or clause runs on past the comma that closes it to its own
// subject and verb, while a verb closing the sentence after a comma stays an
// attribution of its own however the parse hangs it. The parses are laid by
// hand as parsers give them: the reported clause's verb is the cue's ccomp
// with its subject after the comma.
func TestClauseAfterFrontedPhrase(t *testing.T) {
	t.Run("a fronted phrase before the reported clause's subject", func(t *testing.T) {
		txt := "The Herald reported that during the mayor's trip to Tarnby this week, the port chief repeated his call for a new pier."
		d := parsedDoc(t, txt, []string{"DET/the/2/det PROPN/Herald/3/nsubj VERB:VBD/report/0/root SCONJ:IN/that/18/mark " +
			"ADP/during/9/case DET/the/7/det NOUN/mayor/9/nmod:poss PART:POS/'s/7/case NOUN/trip/18/obl ADP/to/11/case " +
			"PROPN/Tarnby/9/nmod DET/this/13/det NOUN/week/9/nmod:unmarked PUNCT/,/9/punct DET/the/17/det NOUN/port/17/compound " +
			"NOUN/chief/18/nsubj VERB:VBD/repeat/3/ccomp PRON:PRP$/his/20/nmod:poss NOUN/call/18/obj ADP/for/24/case DET/a/24/det " +
			"ADJ/new/24/amod NOUN/pier/18/obl PUNCT/./3/punct"},
			person{"ORG:Herald", []string{"Herald"}})
		runQuotes(t, d)
		wantCuedQuote(t, d, got{kind: "indirect", cue: "reported", speaker: "Herald",
			text: "that during the mayor's trip to Tarnby this week, the port chief repeated his call for a new pier"})
	})
	t.Run("a fronted conditional after the cue's comma", func(t *testing.T) {
		txt := "Ana Ruiz said, if elected, she would ask the board to cut the ferry fee."
		d := parsedDoc(t, txt, []string{"PROPN/Ana/3/nsubj PROPN/Ruiz/1/flat VERB:VBD/say/0/root PUNCT/,/10/punct " +
			"SCONJ:IN/if/6/mark VERB:VBN/elect/10/advcl PUNCT/,/6/punct PRON:PRP/she/10/nsubj AUX:MD/would/10/aux " +
			"VERB:VB/ask/3/ccomp DET/the/12/det NOUN/board/10/iobj PART:TO/to/14/mark VERB:VB/cut/10/xcomp " +
			"DET/the/17/det NOUN/ferry/17/compound NOUN/fee/14/obj PUNCT/./3/punct"},
			person{"Ana Ruiz", []string{"Ana Ruiz"}})
		runQuotes(t, d)
		wantCuedQuote(t, d, got{kind: "indirect", cue: "said", speaker: "Ana Ruiz",
			text: "if elected, she would ask the board to cut the ferry fee"})
	})
	t.Run("a closing attribution the parse made the reported clause", func(t *testing.T) {
		txt := "Lee said the guards stood by the gate when the fire started, the video showed."
		d := parsedDoc(t, txt, []string{"PROPN/Lee/2/nsubj VERB:VBD/say/0/root DET/the/4/det NOUN/guard/5/nsubj " +
			"VERB:VBD/stand/2/ccomp ADP/by/8/case DET/the/8/det NOUN/gate/5/obl SCONJ:WRB/when/12/mark DET/the/11/det " +
			"NOUN/fire/12/nsubj VERB:VBD/start/5/advcl PUNCT/,/16/punct DET/the/15/det NOUN/video/16/nsubj " +
			"VERB:VBD/show/2/ccomp PUNCT/./2/punct"},
			person{"Lee", []string{"Lee"}})
		runQuotes(t, d)
		for _, q := range d.Quotes {
			if q.Cue == "said" {
				if got := d.QuoteText(&q); got != "the guards stood by the gate when the fire started" {
					t.Errorf("said reports %q, want the clause before the closing attribution", got)
				}
				return
			}
		}
		t.Errorf("no quote cued by said among %+v", describe(d, d.Quotes))
	})
	t.Run("a quotation a verb after the comma introduces", func(t *testing.T) {
		txt := "She thought that if she won, people would ask “why not sooner?”"
		d := parsedDoc(t, txt, []string{"PRON:PRP/she/2/nsubj VERB:VBD/think/0/root SCONJ:IN/that/10/mark SCONJ:IN/if/6/mark " +
			"PRON:PRP/she/6/nsubj VERB:VBD/win/10/advcl PUNCT/,/6/punct NOUN:NNS/people/10/nsubj AUX:MD/would/10/aux " +
			"VERB:VB/ask/2/ccomp PUNCT:``/“/14/punct ADV:WRB/why/14/advmod ADV/not/14/advmod ADV:RBR/sooner/10/advmod " +
			"PUNCT/?/14/punct PUNCT:''/”/14/punct"},
			person{"GROUP:people", []string{"people"}})
		runQuotes(t, d)
		checkQuote(t, d, got{kind: "partial", text: "why not sooner?", speaker: "people", cue: "ask"},
			"the quotation", func(g got) bool { return g.text == "why not sooner?" })
	})
}
