package main

// endOracle scores the held-out decisions with the end of each reported
// cue's content chosen by an oracle: a cue is reported when its likeliest
// end passes threshold t, as in the stage, but with the end whose content
// matches an attribution, when one does. Its distance to the model's own
// score is what a better choice among the ends could gain; its distance
// to the oracle line, what better decisions could.
func endOracle(docs []doc, oof [][]float64, top [][]bool, t float64) score {
	keep := func(i, j int) bool {
		c := docs[i].Cands[j]
		p, first, gold := -1.0, -1, false
		for k, o := range docs[i].Cands {
			if o.Group != c.Group {
				continue
			}
			p = max(p, oof[i][k])
			if o.Gold >= 0 && first < 0 {
				first, gold = k, true
			}
		}
		switch {
		case p < t:
			return false
		case gold:
			return j == first
		}
		return top[i][j]
	}
	return proxyF1(docs, keep, func(i, j int) float64 { return oof[i][j] })
}
