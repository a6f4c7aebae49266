package quote

import "testing"

// TestReducedPassiveHoldsNoContent: a past participle modifying a noun
// that names no people says something of that noun; the phrase after it
// is no one's claim, however likely the cue model finds the verb.
func TestReducedPassiveHoldsNoContent(t *testing.T) {
	d := analyse(t, "Okafor urged the city to sell the pier and abandon its bid for the fair—two demands aligned with the builders’ interests.")
	found := describe(d, d.Quotes)
	for _, q := range found {
		if q.cue == "aligned" {
			t.Errorf("got %+v, want no quote cued by the participle", q)
		}
	}
	if len(found) == 0 || found[0].cue != "urged" {
		t.Errorf("got %+v, want the quote cued by urged", found)
	}
}
