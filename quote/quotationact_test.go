package quote

import (
	"slices"
	"testing"

	"dateline/text"
)

// TestQuotationIsNextAct checks that a verb joined by "but" or "and" to a
// reported clause's head that opens a quotation ("said the ferry runs late
// but added, “…”") ends the clause as the speaker's next act, and speaks
// with the cue's subject; a verb with no quotation after it stays in the
// clause.
func TestQuotationIsNextAct(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		want       []string // contents of "said"
		speaker    string   // of the quotation "added" makes, "" when not checked
	}{
		{
			name: "a quotation after the conjoined verb",
			text: "Lee said the ferry runs late on weekends but added, “We still ride it.”",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/say/0/root DET/the/4/det NOUN/ferry/5/nsubj VERB:VBZ/run/2/ccomp " +
				"ADV/late/5/advmod ADP/on/8/case NOUN:NNS/weekend/5/obl CCONJ/but/10/cc VERB:VBD/add/5/conj PUNCT/,/15/punct " +
				"PUNCT/“/15/punct PRON/we/15/nsubj ADV/still/15/advmod VERB:VBP/ride/10/conj PRON/it/15/obj PUNCT/./15/punct " +
				"PUNCT/”/15/punct"},
			want:    []string{"the ferry runs late on weekends"},
			speaker: "Ana Lee",
		},
		{
			name: "a colon before the quotation",
			text: "Lee said the plan was dead and added: “We will try again.”",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/say/0/root DET/the/4/det NOUN/plan/6/nsubj AUX:VBD/be/6/cop " +
				"ADJ/dead/2/ccomp CCONJ/and/8/cc VERB:VBD/add/6/conj PUNCT/:/12/punct PUNCT/“/12/punct PRON/we/12/nsubj " +
				"AUX:MD/will/12/aux VERB:VB/try/8/parataxis ADV/again/12/advmod PUNCT/./12/punct PUNCT/”/12/punct"},
			want:    []string{"the plan was dead"},
			speaker: "Ana Lee",
		},
		{
			name: "no quotation: the clause stays whole",
			text: "Lee said the mayor laughed and added a “fee” to the bill.",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/say/0/root DET/the/4/det NOUN/mayor/5/nsubj VERB:VBD/laugh/2/ccomp " +
				"CCONJ/and/7/cc VERB:VBD/add/5/conj DET/a/10/det PUNCT/“/10/punct NOUN/fee/7/obj PUNCT/”/10/punct " +
				"ADP/to/14/case DET/the/14/det NOUN/bill/7/obl PUNCT/./2/punct"},
			want: []string{"the mayor laughed and added a “fee” to the bill"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, person{"Ana Lee", []string{"Lee"}})
			if got := contentsOf(t, d, "said"); !slices.Equal(got, tt.want) {
				t.Errorf("contents of said = %q, want %q", got, tt.want)
			}
			if tt.speaker != "" {
				runQuotes(t, d)
				checkCueSpeaker(t, d, "said", tt.speaker)
				checkCueSpeaker(t, d, "added", tt.speaker)
			}
		})
	}
}

// TestClosingCueBeforeParticiple checks that a closing attribution
// followed by a participle that opens a quotation ("…, Lee said, adding,
// “…”") reports the clause before it: the participle, hung on the cue as
// an adverbial clause, takes the quotation, and its region (the cue's
// clause) does not swallow the cue it hangs from.
func TestClosingCueBeforeParticiple(t *testing.T) {
	d := parsedDoc(t, "The ferry was late again, Lee said, adding, “Nobody warned us.”",
		[]string{"DET/the/2/det NOUN/ferry/4/nsubj AUX:VBD/be/4/cop ADJ/late/0/root ADV/again/4/advmod PUNCT/,/8/punct " +
			"PROPN/Lee/8/nsubj VERB:VBD/say/4/parataxis PUNCT/,/10/punct VERB:VBG/add/8/advcl PUNCT/,/10/punct " +
			"PUNCT/“/14/punct PRON/nobody/14/nsubj VERB:VBD/warn/8/ccomp PRON/we/14/obj PUNCT/./14/punct PUNCT/”/14/punct"},
		person{"Ana Lee", []string{"Lee"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "The ferry was late again", speaker: "Ana Lee", cue: "said"})
	wantCuedQuote(t, d, got{kind: text.QuoteDirect, text: "Nobody warned us.", speaker: "Ana Lee", cue: "adding"})
}
