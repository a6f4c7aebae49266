package quote

import (
	"slices"
	"testing"

	"dateline/text"
)

// In hard-wrapped wire copy the content runs over the line ends to the end
// of its sentence: read a line at a time, each line was a sentence of its
// own, and the content stopped at the first wrap.
func TestContentOverLineWraps(t *testing.T) {
	d := analyse(t, "MILLBROOK, May 4 - Calder Mills Inc said its second quarter\n"+
		"profit would fall by about 12 pct.\n"+
		"    The company said it would close one of its two plants in\n"+
		"the spring and move the work to Dunmore.\n"+
		" Reuter\n")
	var got []string
	for _, q := range d.Quotes {
		if q.Kind == text.QuoteIndirect {
			got = append(got, d.Slice(q.Span))
		}
	}
	want := []string{
		"its second quarter\nprofit would fall by about 12 pct",
		"it would close one of its two plants in\nthe spring and move the work to Dunmore",
	}
	if !slices.Equal(got, want) {
		t.Errorf("indirect quotes = %q, want %q", got, want)
	}
}
