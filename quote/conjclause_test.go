package quote

import (
	"strings"
	"testing"
)

// TestClauseOpenedByConjunctionIsNoClosing checks that a speech verb in a
// clause opened by "but" reports nothing of the clause before it, while a
// closing attribution after a phrase the conjunction opens still does.
func TestClauseOpenedByConjunctionIsNoClosing(t *testing.T) {
	d := analyse(t, "The service is being tested by the Ruritanian Institute for the Blind, but the institute says unless the service is provided at the same rate as voice calls it will be beyond most people's pockets.")
	for _, q := range d.Quotes {
		if q.Cue == "says" && d.Slice(q.Span) == "The service is being tested by the Ruritanian Institute for the Blind" {
			t.Errorf("says reported the clause before its conjunction: %+v", q)
		}
	}
	d = analyse(t, "Harbour traffic grew for the ninth month in a row in May, but at a slower pace than in April, port figures show.")
	for _, q := range d.Quotes {
		if q.Cue == "show" && strings.HasPrefix(d.Slice(q.Span), "Harbour traffic grew") {
			return
		}
	}
	t.Errorf("the closing attribution after a phrase opened by a conjunction reports nothing: %+v", d.Quotes)
}
