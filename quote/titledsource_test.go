package quote

import (
	"testing"

	"dateline/text"
)

// TestAccordingToTitlesJoinedByAnd checks "according to author and film
// critic Ana Ruiz": the titles are one person's, who is the source.
func TestAccordingToTitlesJoinedByAnd(t *testing.T) {
	wantQuoteIn(t, "\u201cThe growers will talk to the buyers,\u201d according to author and film critic Ana Ruiz, who advises the guild.",
		got{kind: text.QuoteDirect, text: "The growers will talk to the buyers,", speaker: "Ana Ruiz", cue: "according to"})
}

// TestAccordingToAtTheVeryEnd checks a source that runs to the end of the
// text with no full stop: the words after it are looked at only when there
// are some (reading past the last word panicked).
func TestAccordingToAtTheVeryEnd(t *testing.T) {
	d := analyse(t, "The ferry will run until May, according to port officials")
	for _, q := range d.Quotes {
		if q.Speaker >= 0 && d.Entities[q.Speaker].Name == "" {
			t.Errorf("unnamed speaker for %q", d.Slice(q.Span))
		}
	}
}

// TestFirmAfterItsKindSpeaks checks "Swiss drugmaker Ardena said" with the
// nationality heading the run: the firm speaks, not "Swiss".
func TestFirmAfterItsKindSpeaks(t *testing.T) {
	wantQuoteIn(t, "Swiss drugmaker Ardena has announced 5bn euros of purchases to make its generics unit the biggest in Europe.",
		got{kind: text.QuoteIndirect, text: "5bn euros of purchases to make its generics unit the biggest in Europe", speaker: "Ardena", cue: "announced"})
}
