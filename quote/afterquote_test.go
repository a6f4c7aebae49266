package quote

import (
	"testing"

	"dateline/text"
)

// TestVerbAfterQuotation checks that a verb after a quoted fragment, in
// the content of the fragment's cue ("insisted that she has “…,”
// claiming that …"), reports the clause the fragment left, with the
// fragment's speaker, and that a quoted word alone frees only the
// speaker's next acts, verbs joined to its cue (see afterQuotation). The sentences are written for this test and run
// through the real parser.
func TestVerbAfterQuotation(t *testing.T) {
	d := analyse(t, `The mayor insisted that she has "grown the harbour for everyone," claiming that the toll had paid for the new ferry.`)
	wantCuedQuote(t, d, got{kind: text.QuotePartial, text: "grown the harbour for everyone,", speaker: "mayor", cue: "insisted"})
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "that the toll had paid for the new ferry", speaker: "mayor", cue: "claiming"})

	for _, tt := range []struct {
		text  string
		freed bool
	}{
		{`Lee called the levy "a tax on every loaf" at the rally.`, true},
		{`Lee called the levy "reckless" at the rally.`, false},
	} {
		d := analyse(t, tt.text)
		w := &work{minReported: minReportedCue}
		w.reset(d, testLexicon(t))
		w.findCues()
		freed := false
		for _, e := range w.quotationEnds(w.attributeStretches(nil)) {
			freed = freed || e.multi > 0
		}
		if freed != tt.freed {
			t.Errorf("%q: a quotation of two words or more: %v, want %v", tt.text, freed, tt.freed)
		}
	}

	d = analyse(t, `Councillor Tom Weller described Ana Ruiz as "reckless," denounced her record and said she should resign.`)
	wantCuedQuote(t, d, got{kind: text.QuotePartial, text: "reckless,", speaker: "Tom Weller", cue: "described"})
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "she should resign", speaker: "Tom Weller", cue: "said"})
}
