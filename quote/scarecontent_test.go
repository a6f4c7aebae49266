package quote

import (
	"testing"

	"dateline/text"
)

// TestScareQuoteInReportedContent checks that quoted words which make no
// quote of their own (a scare quote describing a noun) do not keep the
// content around them from being reported, while a quoted fragment that
// is a quote keeps its cue.
func TestScareQuoteInReportedContent(t *testing.T) {
	t.Run("a scare quote inside a reported clause", func(t *testing.T) {
		wantIndirectSpan(t, "Okafor said the county had agreed to a two-year “pause” period on new permits.",
			"said", "the county had agreed to a two-year “pause” period on new permits")
	})
	t.Run("a scare quote inside a that clause", func(t *testing.T) {
		wantIndirectSpan(t, "The harbour master warned that the “temporary” fee had already doubled the cost of mooring.",
			"warned", "that the “temporary” fee had already doubled the cost of mooring")
	})
	t.Run("a quoted fragment that is a quote keeps its cue", func(t *testing.T) {
		d := analyse(t, "Ruiz said the ferry timetable was “a disaster for every family on the island” and left the hall.")
		for _, q := range d.Quotes {
			if q.Kind == text.QuoteIndirect && q.Cue == "said" {
				t.Errorf("got indirect quote %q cued by said, want the partial quote only", d.Slice(q.Span))
			}
		}
		wantQuoteIn(t, "Ruiz said the ferry timetable was “a disaster for every family on the island” and left the hall.",
			got{kind: text.QuotePartial, text: "a disaster for every family on the island", cue: "said", speaker: "Ruiz"})
	})
}
