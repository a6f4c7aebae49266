package commitment

import (
	"testing"

	"dateline/text"
)

// undated runs the real stages on a headline and paragraph written for
// the test, with no publication date: nothing rules out a past time
// but the sentence itself.
func undated(t *testing.T, body string) *text.Document {
	t.Helper()
	return runStages(t, text.Article{Text: "Plans\n\n" + body + "\n"})
}

// A due date is when the action is to happen: not a start ("since"), a
// comparison's baseline ("than"), a thing named by its year, or the date
// a past undertaking was made (regression: BBC due dates 1984 from "a
// director since 1984, Mr X agreed to buy ...").
func TestDueIsNoStartOrBaseline(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"since before the subject", "A board member since 1991, Mr Brandt agreed to buy the bank's 5% holding in the club on Monday.", ""},
		{"since in an apposition", "Karl Brandt, chairman since 1991, will sell the club in 2008.", "2008-01-01"},
		{"since after the clause", "Ana Costa said the toll would fall, the first cut since 2003.", ""},
		{"than", "Mayor Ana Costa will spend more than in 2003 on roads.", ""},
		{"a year naming a thing", "Mayor Ana Costa will review the 1997 treaty.", ""},
		{"a year naming a thing after with", "Mayor Ana Costa will examine the carrier's compliance with a 1997 treaty.", ""},
		{"an event named by its year", "Mayor Ana Costa will open the stadium for the 2008 Coastal Games.", "2008-01-01"},
		{"an event's year", "Mayor Ana Costa will hold her 2008 campaign launch in Porto.", "2008-01-01"},
		{"a year of a time noun", "Mayor Ana Costa will cut the deficit in the 2008 fiscal year.", "2008-01-01"},
		{"past undertaking dated", "In 2001 Velmar and Corsa agreed to build a joint plant.", ""},
		{"a deadline stays", "Velmar agreed to build a joint plant by 2009.", "2009-01-01"},
		{"a future year stays", "Mayor Ana Costa will open the new bridge in 2008.", "2008-01-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := undated(t, tc.body)
			got := ""
			for _, c := range d.Commitments {
				got = c.DueStart
			}
			if got != tc.want {
				t.Errorf("due %q, want %q (commitments %+v)", got, tc.want, d.Commitments)
			}
		})
	}
}
