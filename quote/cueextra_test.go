package quote

import "testing"

// TestSetExtraFrames checks the trainer's switch: an object frame the
// lexicon does not score is offered to the cue model only when the switch
// names it, and an unknown frame name changes nothing.
func TestSetExtraFrames(t *testing.T) {
	saved := extraFrames
	t.Cleanup(func() { extraFrames = saved })
	lex := testLexicon(t)
	d := analyse(t, "Police arrested two men near the harbour.")
	offered := func() bool {
		cands, _, _ := ReportedCandidates(d, lex, true)
		for _, c := range cands {
			if d.Text[d.Tokens[c.Tok].Start:d.Tokens[c.Tok].End] == "arrested" {
				return true
			}
		}
		return false
	}
	if offered() {
		t.Fatal("with the default frames, \"arrested\" with an object is offered to the cue model")
	}
	if err := SetExtraFrames("ccomp,xcomp,obj"); err != nil {
		t.Fatal(err)
	}
	if !offered() {
		t.Error("with the object frame, \"arrested two men\" is not offered to the cue model")
	}
	if err := SetExtraFrames("ccomp,nope"); err == nil {
		t.Error("an unknown frame name gave no error")
	}
	if !extraFrames[FrameObj] {
		t.Error("an unknown frame name changed the frames")
	}
}
