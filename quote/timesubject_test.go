package quote

import "testing"

// TestTimeSubjectReportsNothing checks that a verb whose subject is a time
// makes no quote ("The coming month will see fares climb"), nor does
// "ruled out of" a match, while "ruled out" a plan, a time beside the true
// subject ("Ruiz on Tuesday said") and a time before the subject's comma
// still report.
func TestTimeSubjectReportsNothing(t *testing.T) {
	wantNoQuotes(t,
		"The coming month will see fares climb on every line.",
		"The past six weeks saw burglaries fall in most districts.",
		"The weekend saw the leaders drop to fourth.",
		"Tom Hadley was ruled out of Sunday's cup tie with a torn hamstring.",
	)
	checkCueSpeaker(t, analyse(t, "Ana Ruiz ruled out any bid for the party leadership."), "ruled out", "Ana Ruiz")
	checkCueSpeaker(t, analyse(t, "Ruiz on Tuesday said the plan was dead."), "said", "Ruiz")
	checkCueSpeaker(t, analyse(t, "Six months after the merger, the brewer Dunmore Ales has unveiled a plan for a new plant."), "unveiled", "Dunmore Ales")
}
