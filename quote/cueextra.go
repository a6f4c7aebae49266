package quote

import (
	"fmt"
	"strings"
)

// extraFrames are the frames in which findExtraCues offers a cue the
// lexicon does not know to the cue model: a clause or an open clause.
var extraFrames = [nFrames]bool{FrameCcomp: true, FrameXcomp: true}

// SetExtraFrames sets the frames in which a cue the lexicon does not know
// (or scores under minCue) is offered to the cue model, by name
// ("ccomp,xcomp,obj"): for cmd/gen-cues to measure other choices. The
// model must be trained on the frames the stage then runs with.
func SetExtraFrames(names string) error {
	var f [nFrames]bool
	for _, n := range strings.Split(names, ",") {
		k, ok := ParseFrame(strings.TrimSpace(n))
		if !ok {
			return fmt.Errorf("unknown frame %q", n)
		}
		f[k] = true
	}
	extraFrames = f
	return nil
}

// findExtraCues adds, after the quotations have taken their cues, the
// verbs and nouns with a clause for complement that the lexicon does not
// know or scores under minCue ("hinted that", "the warning that"): the
// cue model weighs them like any other reportable cue (its "unseen"
// feature says the lexicon has no counts), so reported speech is not
// limited to the lemmas one corpus happened to show. Only a clause (or an
// open clause) counts: a bare object is far less often speech. Added after
// the quotations so they change nothing there.
func (w *work) findExtraCues() {
	n0 := len(w.cues)
	w.extraSeen = resize(w.extraSeen, len(w.d.Tokens))
	had := w.extraSeen
	for i := range w.cues {
		had[w.cues[i].tok] = true
	}
	all := w.all
	w.all, w.secondPass = true, true
	w.findCues()
	w.all, w.secondPass = all, false
	out := w.cues[:n0]
	for _, c := range w.cues[n0:] {
		if had[c.tok] || c.source || !w.extraFrame(&c) {
			continue
		}
		c.score = w.lex.Score(c.key, c.frame)
		out = append(out, c)
	}
	w.cues = out
	w.findSourcePhrases()
	w.findCopularClauses()
	w.findNounThatClauses()
	w.findReportedly()
}

// extraFrame reports whether cue c's frame may be offered to the cue model
// by findExtraCues: a frame of extraFrames, a passive ("is widely seen as
// …", when it names no source) or "as" parataxis ("as Lee put it").
// findCues, on its second pass, stops at a cue whose frame is not, before
// looking for its subject and listener (the frame is settled by then;
// whether the cue names its source is not: see askedAside), and
// findExtraCues keeps the rest when they name no source.
func (w *work) extraFrame(c *cue) bool {
	return extraFrames[c.frame] || c.frame == FramePassive ||
		c.frame == FrameParataxis && w.hasMark(c.tok, "as")
}
