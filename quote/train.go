package quote

import "dateline/text"

// ReportedCandidate is a cue the stage could report as reported speech,
// with the features the cue model reads: what a trainer labels against an
// annotated corpus (cmd/gen-cues -model).
type ReportedCandidate struct {
	Tok      int       // the cue's token
	Cue      int       // which cue: two candidates of one cue are two ends of its content, one at most is reported
	Content  text.Span // the content it would report
	Score    float64   // the lexicon score
	Bar      bool      // the lexicon bar alone would report it
	Features []string
	// Speaker holds the spans that name who the stage would make the
	// speaker: the subject and the mentions of its entity; empty when
	// none.
	Speaker []text.Span
	// lo, hi, holeLo, holeHi are the content's token region (see cue).
	lo, hi, holeLo, holeHi int
}

// Holds reports whether token t is inside the candidate's content: a cue
// there is nested in this one and not reported when this one is.
func (r *ReportedCandidate) Holds(t int) bool {
	return t >= r.lo && t < r.hi && !(t >= r.holeLo && t < r.holeHi)
}

// ReportedCandidates runs the stage on a segmented, parsed document (with
// entities, as the stage sees it) up to the decision on reported speech.
// It returns every reportable cue, and the spans of the quotations the
// stage found before (direct and partial quotes) with the tokens of the
// cues they used, whose contents hold no reported speech. extra adds the
// cues the lexicon does not know (see findExtraCues).
func ReportedCandidates(d *text.Document, lex *Lexicon, extra bool) (cands []ReportedCandidate, quoted []text.Span, usedNests []ReportedCandidate) {
	w := &work{minReported: minReportedCue}
	w.reset(d, lex)
	if len(d.Tokens) == 0 {
		return nil, nil, nil
	}
	w.findCues()
	for _, c := range w.attributeStretches(nil) {
		quoted = append(quoted, c.span)
	}
	if extra {
		w.findExtraCues()
	}
	for ci := range w.cues {
		c := &w.cues[ci]
		if w.usedCue[c.tok] && c.hi > c.lo {
			usedNests = append(usedNests, ReportedCandidate{Tok: c.tok, lo: c.lo, hi: c.hi, holeLo: c.holeLo, holeHi: c.holeHi})
		}
		if !w.reportable(c) {
			continue
		}
		// One candidate per end the content may have (see cueends.go).
		w.eachEnd(c, func() {
			r := w.reportedCandidate(c, ci)
			if e, _, _ := c.endOf(); e != endExt {
				r.Bar = false // the bar knows the default end only
			}
			cands = append(cands, r)
		})
	}
	return cands, quoted, usedNests
}

func (w *work) reportedCandidate(c *cue, ci int) ReportedCandidate {
	d := w.d
	var sp []text.Span
	if c.subj >= 0 {
		sp = append(sp, d.Tokens[c.subj].Span)
		if e := w.entityOf(c.subj); e >= 0 {
			for _, m := range d.Mentions {
				if m.Entity == e {
					sp = append(sp, m.Span)
				}
			}
		}
	}
	return ReportedCandidate{
		Cue:      ci,
		Speaker:  sp,
		Tok:      c.tok,
		Content:  text.Span{Start: d.Tokens[c.lo].Start, End: d.Tokens[c.hi-1].End},
		Score:    c.score,
		Bar:      c.score >= minReportedCue+w.holderBias(c),
		Features: w.features(c),
		lo:       c.lo, hi: c.hi, holeLo: c.holeLo, holeHi: c.holeHi,
	}
}

// features lists the model's features of cue c.
func (w *work) features(c *cue) []string {
	var s featSink
	w.cueFeatures(c, &s)
	return s.out
}
