package quote

// yieldToInner drops from keep each cue whose content holds a likelier
// kept cue: in "Lee has gone on a tour to talk with bakers about the tax"
// the attribution is the talk, and the verb of motion around it, kept by
// a thinner margin, is none. An outer cue surer than the cues inside it
// keeps them nested as before ("Lee said she hopes to win" is Lee's
// saying). On PolNeAR dev content F1 stayed 0.722 (end-to-end 0.664 →
// 0.663); on 250 train articles 0.723 → 0.724 (0.642 → 0.644).
func (w *work) yieldToInner(keep []int) []int {
	out := make([]int, 0, len(keep))
	for _, oi := range keep {
		o := &w.cues[oi]
		drop := false
		for _, ci := range keep {
			if c := &w.cues[ci]; ci != oi && o.inRegion(c.tok) && c.prob > o.prob {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, oi)
		}
	}
	return out
}
