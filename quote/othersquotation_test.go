package quote

import (
	"testing"

	"dateline/text"
)

// TestEndBeforeOthersQuotation checks that a reported content that ran
// on into a quotation another cue took ends before that cue's clause, so
// that the report is kept: a relative clause after a comma that
// introduces a reply, and a verb joined by "and" whose object is quoted.
func TestEndBeforeOthersQuotation(t *testing.T) {
	t.Run("reply after a comma", func(t *testing.T) {
		d := parsedDoc(t, "Okafor said that engineers had judged the ferry timetables cheap and sound, to which Lee interjected: “They are not.”",
			[]string{"PROPN/Okafor/2/nsubj VERB:VBD/say/0/root SCONJ/that/6/mark NOUN:NNS/engineer/6/nsubj AUX:VBD/have/6/aux " +
				"VERB:VBN/judge/2/ccomp DET/the/9/det NOUN/ferry/9/compound NOUN:NNS/timetable/10/nsubj ADJ/cheap/6/ccomp " +
				"CCONJ/and/12/cc ADJ/sound/10/conj PUNCT/,/17/punct ADP/to/15/case PRON:WDT/which/17/obl PROPN/Lee/17/nsubj " +
				"VERB:VBD/interject/6/advcl PUNCT/:/22/punct PUNCT/“/22/punct PRON/they/22/nsubj AUX:VBP/be/22/cop " +
				"ADV/not/17/ccomp PUNCT/./22/punct PUNCT/”/22/punct"},
			person{"Okafor", []string{"Okafor"}}, person{"Lee", []string{"Lee"}})
		runQuotes(t, d)
		wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "that engineers had judged the ferry timetables cheap and sound", speaker: "Okafor", cue: "said"})
		wantCuedQuote(t, d, got{kind: text.QuoteDirect, text: "They are not.", speaker: "Lee", cue: "interjected"})
	})
	t.Run("quoted object of a joined verb", func(t *testing.T) {
		d := parsedDoc(t, "Lee said she planned to use the fees to repair the road and to counter “the lies about the toll.”",
			[]string{"PROPN/Lee/2/nsubj VERB:VBD/say/0/root PRON/she/4/nsubj VERB:VBD/plan/2/ccomp PART/to/6/mark " +
				"VERB/use/4/xcomp DET/the/8/det NOUN:NNS/fee/6/obj PART/to/10/mark VERB/repair/6/advcl DET/the/12/det " +
				"NOUN/road/10/obj CCONJ/and/15/cc PART/to/15/mark VERB/counter/10/conj PUNCT/“/17/punct DET/the/17/det " +
				"NOUN:NNS/lie/15/obj ADP/about/20/case DET/the/20/det NOUN/toll/17/nmod PUNCT/./2/punct PUNCT/”/17/punct"},
			person{"Lee", []string{"Lee"}})
		runQuotes(t, d)
		wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "she planned to use the fees to repair the road", speaker: "Lee", cue: "said"})
	})
}
