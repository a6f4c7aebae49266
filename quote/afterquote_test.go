package quote

import (
	"testing"

	"dateline/text"
)

// TestVerbAfterQuotation checks that a verb after a quoted fragment, in
// the content of the fragment's cue ("insisted that she has “…,”
// claiming that …"), reports the clause the fragment left, with the
// fragment's speaker, and that a quoted word alone frees nothing (see
// quotationEnds). The sentences are written for this test and run
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
		ends := w.quotationEnds(w.attributeStretches(nil))
		if got := len(ends) > 0; got != tt.freed {
			t.Errorf("%q: quotation ends %v, want some: %v", tt.text, ends, tt.freed)
		}
	}
}
