package quote

import "dateline/text"

// A later quoted fragment of the same report (`added that the harbour
// fund was “nearly empty” and that repairs, such as “the old pier”, would
// have to wait`): the cue that found the first fragment reports the whole
// clause, and a second fragment the parse hangs under that cue, with no
// cue of its own, is worded by the same speaker. It takes the earlier quote's cue (so its speaker and
// listener). A fragment outside the cue's subtree (another clause of the
// writer's, a scare quote in a different phrase) or under another speech
// verb first is left alone.

// laterFragments gives each partial quote with no cue the cue of the
// nearest cued quote before it in its sentence when the fragment lies in
// that cue's subtree. It runs after join, so a fragment given a cue here
// does not pull a following quotation into itself.
func (w *work) laterFragments(cands []cand) []cand {
	for i := range cands {
		q := &cands[i]
		if q.kind != text.QuotePartial || q.cue >= 0 {
			continue
		}
		first := tokenAt(w.d.Tokens, q.span.Start)
		var prev *cand
		for j := range cands {
			p := &cands[j]
			if p.cue < 0 || p.kind == text.QuoteDirect || p.span.End > q.span.Start ||
				w.sentOf[p.first] != w.sentOf[first] {
				continue
			}
			if prev == nil || p.span.Start > prev.span.Start {
				prev = p
			}
		}
		if prev == nil || !w.underCue(first, w.cues[prev.cue].tok) {
			continue
		}
		q.cue, q.cont = prev.cue, false
	}
	return cands
}

// underCue reports whether token t hangs under the cue token v in the
// parse with no other speech verb between them, through the cue's
// content rather than a statement of the writer's conjoined to it.
func (w *work) underCue(t, v int) bool {
	x := w.cueChildAbove(t, v, nil)
	if x < 0 {
		return false
	}
	switch w.d.Tokens[x].Rel {
	case "parataxis":
		return false
	case "conj":
		return w.conjoinedContent(x)
	}
	return true
}

// conjoinedContent reports whether clause x, conjoined to a cue, is still
// the cue's: a second complement (`added that … and that …`, which parsers
// often hang on the verb) or an act of the same subject with no subject
// of its own. A conjoined clause with a subject and no `that` is the
// writer's next statement (`said …, and the council then …`).
func (w *work) conjoinedContent(x int) bool {
	subj := false
	for _, k := range w.children(x) {
		tk := w.d.Tokens[k]
		switch {
		case tk.Rel == "mark" && lower(w.word(int(k))) == "that":
			return true
		case tk.Rel == "nsubj" || tk.Rel == "nsubj:pass":
			subj = true
		}
	}
	return !subj
}
