package event

import "testing"

// A day name parsed as the subject, the body after it as its apposition:
// the actor is the body, and the day is not filed as one of its names (a
// later "Tuesday" was recalled as the House, and the event shown as
// "Tuesday"'s).
func TestAppositionNamesTheActor(t *testing.T) {
	d := parsedSents(t,
		[]string{
			"Tuesday Tuesday PROPN NNP 9 nsubj",
			", , PUNCT , 6 punct",
			"the the DET DT 6 det",
			"United United PROPN NNP 5 compound",
			"States State PROPN NNPS 6 compound",
			"House House PROPN NNP 1 appos",
			"of of ADP IN 8 case",
			"Representatives Representative PROPN NNPS 6 nmod",
			"criticized criticize VERB VBD 0 root",
			"Chile Chile PROPN NNP 9 obj"},
		[]string{
			"Tuesday Tuesday PROPN NNP 2 nsubj",
			"praised praise VERB VBD 0 root",
			"Peru Peru PROPN NNP 2 obj"})
	addEntity(d, "United States House of Representatives", "", 3, 7)
	got := codeBuiltin(t, d)
	if len(got) != 1 || got[0] != "USALEG 111 CHL" {
		t.Fatalf("got %q, want only USALEG 111 CHL", got)
	}
	if n := d.Events[0].Actor1.Name; n == "Tuesday" || n == "" {
		t.Errorf("actor 1 named %q, want the House's words", n)
	}
}
