package main

import (
	"fmt"
	"slices"
)

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

// oracleKeep is the oracle's decision: every candidate whose content
// matches an attribution, the lexicon bar's end first when a cue has two.
func oracleKeep(docs []doc) func(i, j int) bool {
	return func(i, j int) bool {
		c := docs[i].Cands[j]
		return c.Gold >= 0 && (c.Bar || !slices.ContainsFunc(docs[i].Cands, func(o cand) bool { return o.Group == c.Group && o.Bar && o.Gold >= 0 }))
	}
}

// gap counts where the held-out decisions and the oracle's part: the
// attributions only the oracle matches, by why the model misses them, and
// the model's reports that match none, by whether an attribution has its
// cue on the word (the content is cut wrong) or not (not a cue there).
type gap struct {
	both, modelOnly                    int
	wrongEnd, nested, nearMiss, reject int
	wrongContent, notCue               int
}

func (g gap) String() string {
	return fmt.Sprintf("both %d, model only %d; oracle only %d: wrong end %d, under a reported cue or its content %d, rejected within 0.1 of the threshold %d, further %d; reports matching none %d: cue annotated %d, not %d",
		g.both, g.modelOnly, g.wrongEnd+g.nested+g.nearMiss+g.reject, g.wrongEnd, g.nested, g.nearMiss, g.reject,
		g.wrongContent+g.notCue, g.wrongContent, g.notCue)
}

// oracleGap compares the decisions of threshold t over the held-out
// probabilities oof (top: the likeliest end of each cue) with the
// oracle's (as the oracle line of runModel, ties to the lexicon score).
func oracleGap(docs []doc, oof [][]float64, top [][]bool, t float64) gap {
	var g gap
	oracle := oracleKeep(docs)
	for i, d := range docs {
		prob := func(j int) float64 { return oof[i][j] }
		cueP := map[int]float64{} // the likeliest end's probability, per cue
		for j, c := range d.Cands {
			cueP[c.Group] = max(cueP[c.Group], oof[i][j])
		}
		model, byOracle := map[int]bool{}, map[int]bool{}
		reportedIn(d, func(j int) bool { return top[i][j] && oof[i][j] >= t }, prob, func(j int, match bool) {
			switch c := d.Cands[j]; {
			case match:
				model[c.Gold] = true
			case c.Gold >= 0: // an attribution matched already
			case c.CueHit:
				g.wrongContent++
			default:
				g.notCue++
			}
		})
		reportedIn(d, func(j int) bool { return oracle(i, j) }, func(j int) float64 { return d.Cands[j].Score }, func(j int, match bool) {
			if match {
				byOracle[d.Cands[j].Gold] = true
			}
		})
		for a := range model {
			if !byOracle[a] {
				g.modelOnly++
			}
		}
		for a := range byOracle {
			if model[a] {
				g.both++
				continue
			}
			// The likeliest reason over the candidates matching a.
			end, nested, best := false, false, 0.0
			for j, c := range d.Cands {
				if c.Gold != a {
					continue
				}
				best = max(best, cueP[c.Group])
				if cueP[c.Group] >= t {
					nested = nested || top[i][j]
					end = end || !top[i][j]
				}
			}
			switch {
			case nested:
				g.nested++
			case end:
				g.wrongEnd++
			case best >= t-0.1:
				g.nearMiss++
			default:
				g.reject++
			}
		}
	}
	return g
}

// cueContents counts, over the held-out decisions of threshold t (top:
// the likeliest end of each cue), the cues reported on a word that an
// attribution has as its cue: how many, how many of their contents match
// an attribution, and how many would with the best of the cue's ends.
// Read against how often two annotators who mark the same cue agree on
// its content (boundaryAgreement): the part of the gap the ends offered
// could close, and the part no choice among them can.
func cueContents(docs []doc, oof [][]float64, top [][]bool, t float64) (n, match, best int) {
	for i, d := range docs {
		for j, c := range d.Cands {
			if !top[i][j] || oof[i][j] < t || !c.CueHit {
				continue
			}
			n++
			if c.Gold >= 0 {
				match++
			}
			if slices.ContainsFunc(d.Cands, func(o cand) bool { return o.Group == c.Group && o.Gold >= 0 }) {
				best++
			}
		}
	}
	return n, match, best
}
