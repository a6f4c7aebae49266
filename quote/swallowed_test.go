package quote

import (
	"testing"

	"dateline/text"
)

// A closing attribution whose subject the parse hung inside the clause it
// reports (a ticker or an acronym in brackets after the name misleads
// it) still ends the content at the comma before the subject.
func TestClosingSubjectSwallowedByClause(t *testing.T) {
	t.Run("a ticker in angle brackets", func(t *testing.T) {
		wantCuedQuote(t, analyse(t, "Profits rose 12 pct in the year to March, Harwick Mills Plc <HWM.L> said."),
			got{text.QuoteIndirect, "Profits rose 12 pct in the year to March", "Harwick Mills Plc", "said", ""})
	})
	t.Run("a ticker before a listener", func(t *testing.T) {
		wantCuedQuote(t, analyse(t, "The mine will reopen in June after repairs, Calder Mining Corp <CMC> told reporters."),
			got{text.QuoteIndirect, "The mine will reopen in June after repairs", "Calder Mining Corp", "told", "reporters"})
	})
	t.Run("an acronym in brackets inside the subject", func(t *testing.T) {
		d := analyse(t, "The strike at the port will end on Monday, Dunmore Dockers Union (DDU) leaders said.")
		for _, g := range describe(d, d.Quotes) {
			if g.cue == "said" && g.text != "The strike at the port will end on Monday" {
				t.Errorf("content %q, want it to end at the comma", g.text)
			}
		}
	})
	t.Run("the parse's own subject is the speaker", func(t *testing.T) {
		wantCuedQuote(t, analyse(t, "Cheaper wool in Dunmore will keep the harbour board from lifting its fees this year, city and regional planners said."),
			got{text.QuoteIndirect, "Cheaper wool in Dunmore will keep the harbour board from lifting its fees this year", "regional planners", "said", ""})
	})
	t.Run("a name after the cue is no subject", func(t *testing.T) {
		d := analyse(t, "Ana Ruiz spoke to the Dunmore Gazette on Friday. Asked who should chair the harbour board after the vote, she said Tom Weller.")
		for _, g := range describe(d, d.Quotes) {
			if g.cue == "said" && g.speaker != "Ana Ruiz" {
				t.Errorf("quote %q spoken by %q, want Ana Ruiz", g.text, g.speaker)
			}
		}
	})
}
