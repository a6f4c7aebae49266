package quote

import "testing"

// TestLaterFragmentTakesCue checks that a second quoted fragment hung in
// the parse under the cue of an earlier quote of its sentence takes that
// cue and speaker, and that a fragment of a clause of the writer's own
// is left with none.
func TestLaterFragmentTakesCue(t *testing.T) {
	wantQuoteIn(t, `Mira Holst added that the harbour fund was "nearly empty" and that repairs, such as "the old pier and the boilers", would have to wait.`,
		got{kind: "partial", text: `the old pier and the boilers`, speaker: "Mira Holst", cue: "added"})
}

// TestLaterFragmentOfWritersClause checks that a fragment in a clause
// conjoined to the cue, the writer's own statement, takes no cue.
func TestLaterFragmentOfWritersClause(t *testing.T) {
	d := analyse(t, `Mira Holst said the fund was "nearly empty and close to closing its doors for good", and the ferry company then began a "fresh start for every family on the islands" in May.`)
	for _, g := range describe(d, d.Quotes) {
		if g.text == "fresh start for every family on the islands" {
			if g.cue != "" {
				t.Errorf("got %+v, want no cue", g)
			}
			return
		}
	}
	t.Errorf("no partial quote of the second fragment in %+v", describe(d, d.Quotes))
}
