package quote

import (
	"strings"
	"testing"
)

// TestClauseOpenedByConjunctionIsNoClosing checks that a speech verb in a
// clause opened by "but" or "and" reports nothing of the clause before it,
// while a closing attribution after a phrase the conjunction opens still
// does.
func TestClauseOpenedByConjunctionIsNoClosing(t *testing.T) {
	for _, txt := range []string{
		"Ferry bookings are being handled by the Ruritanian Travel Board, but the board says unless the fare is cut to the level of bus tickets it will cost too much for most travellers.",
		"The ferry is on trial with the Dunmore Harbour Trust, and the trust says unless the fare drops it will be out of reach for most families.",
	} {
		d := analyse(t, txt)
		for _, q := range d.Quotes {
			if q.Cue == "says" && strings.HasPrefix(txt, d.Slice(q.Span)) {
				t.Errorf("says reported the clause before its conjunction: %q", d.Slice(q.Span))
			}
		}
	}
	d := analyse(t, "Ferry bookings rose for the fifth week running in June, but by less than in May, harbour figures show.")
	for _, q := range d.Quotes {
		if q.Cue == "show" && strings.HasPrefix(d.Slice(q.Span), "Ferry bookings rose") {
			return
		}
	}
	t.Errorf("the closing attribution after a phrase opened by a conjunction reports nothing: %+v", d.Quotes)
}
