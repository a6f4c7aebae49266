package quote

import (
	"reflect"
	"slices"
	"testing"
)

// TestExtraCuesSkipWhatTheyWouldDrop checks that findExtraCues, which
// skips the tokens the first findCues pass settled and stops at a frame
// it does not offer, finds the same cues as a second pass that reads
// every token to the end.
func TestExtraCuesSkipWhatTheyWouldDrop(t *testing.T) {
	raw := testArticle(t)
	txt := string(raw) + "\nThe harbour board hinted that fees would rise. " +
		"Its chairwoman, Lina Okafor, warned that the quay was failing and suggested that repairs wait. " +
		"Dock workers grumbled that nobody had asked them. " +
		"The toll, as one ferry captain phrased it, is a tax on patience. " +
		"Okafor is widely regarded as the board's likeliest next head.\n"
	d := analyse(t, txt)
	lex := testLexicon(t)
	m := testCueModel(t)
	// fast: findExtraCues; full: its second pass as a first, reading
	// every token to the end, then the same choice of cues.
	fast := func() ([]cue, int) {
		w := &work{minReported: minReportedCue, model: m}
		w.reset(d, lex)
		w.findCues()
		settled := 0
		for _, s := range w.settled {
			if s {
				settled++
			}
		}
		w.findExtraCues()
		return slices.Clone(w.cues), settled
	}
	full := func() []cue {
		w := &work{minReported: minReportedCue, model: m}
		w.reset(d, lex)
		w.findCues()
		n0 := len(w.cues)
		had := make([]bool, len(d.Tokens))
		for _, c := range w.cues {
			had[c.tok] = true
		}
		w.all = true
		w.findCues()
		out := w.cues[:n0]
		for _, c := range w.cues[n0:] {
			as := c.frame == FrameParataxis && w.hasMark(c.tok, "as")
			seenAs := c.frame == FramePassive && !c.source
			if had[c.tok] || c.source || !extraFrames[c.frame] && !as && !seenAs {
				continue
			}
			c.score = lex.Score(c.key, c.frame)
			out = append(out, c)
		}
		w.cues = out
		w.findSourcePhrases()
		return slices.Clone(w.cues)
	}
	got, settled := fast()
	want := full()
	if settled == 0 {
		t.Fatal("the first pass settled no token: the second pass skips nothing")
	}
	if len(got) == 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("findExtraCues:\n%+v\nreading every token to the end:\n%+v", got, want)
	}
}
