package quote

import (
	"strings"
	"unicode"

	"dateline/text"
)

// transcript makes the turns of a quoted transcript, when stretch k is
// one: its first paragraph opens with a speaker label in capitals and a
// colon (“WALLACE: Why now?”, the news convention for interviews and
// debates, often with an opening mark at each paragraph). Each labelled
// paragraph starts a direct quote that the label speaks, running over the
// unlabelled paragraphs after it up to the next label; a paragraph that
// is all in brackets (“(CROSSTALK)”, “[Applause]”) is no one's words. It
// returns out with the turns added and true, or out and false when stretch
// k is no transcript.
func (w *work) transcript(out []cand, k int) ([]cand, bool) {
	s := &w.stretches[k]
	pi := paragraphAt(w.d.Paragraphs, s.Start)
	if pi < 0 || w.turnLabel(pi, s) < 0 {
		return out, false
	}
	first := len(out)
	var cur *cand
	for ; pi < len(w.d.Paragraphs) && w.d.Paragraphs[pi].Start < s.End; pi++ {
		lo, hi := w.paragraphTokens(pi, s)
		if lo >= hi {
			continue
		}
		if colon := w.turnLabel(pi, s); colon >= 0 {
			c := cue{tok: colon, last: colon, frame: FrameParataxis, subj: colon - 1, source: true, listener: -1,
				lo: colon + 1, hi: hi, holeLo: -1, holeHi: -1, score: labelScore}
			w.cues = append(w.cues, c)
			w.usedCue[colon] = true
			out = append(out, cand{kind: text.QuoteDirect, cue: len(w.cues) - 1, first: colon + 1, conf: 0.5 + 0.4*labelScore})
			cur = &out[len(out)-1]
			lo = colon + 1
		} else if w.bracketed(lo, hi) {
			cur = nil
			continue
		}
		if cur == nil || lo >= hi {
			continue
		}
		sp := text.Span{Start: w.d.Tokens[lo].Start, End: w.d.Tokens[hi-1].End}
		if cur.span.End == 0 {
			cur.span = sp
		} else {
			if cur.parts == nil {
				cur.parts = []text.Span{cur.span}
			}
			cur.parts = append(cur.parts, sp)
			cur.span.End = sp.End
		}
	}
	if len(out) == first {
		return out, false
	}
	s.quote = first
	return out, true
}

// paragraphTokens returns the tokens of paragraph pi inside stretch s,
// without quotation marks at either end.
func (w *work) paragraphTokens(pi int, s *stretch) (lo, hi int) {
	p := w.d.Paragraphs[pi]
	lo = tokenAt(w.d.Tokens, max(p.Start, s.Start))
	hi = tokenAt(w.d.Tokens, min(p.End, s.End))
	for lo < hi && w.isMarkToken(lo) {
		lo++
	}
	for hi > lo && w.isMarkToken(hi-1) {
		hi--
	}
	return lo, hi
}

func (w *work) isMarkToken(t int) bool {
	switch w.word(t) {
	case "\"", "“", "”", "''", "``", "«", "»":
		return true
	}
	return false
}

// turnLabel returns the colon of a speaker label at the start of
// paragraph pi inside stretch s (“PENCE:”, “MR. LEE:”): at most
// maxLabelWords words in capitals, then a colon. -1 when none.
func (w *work) turnLabel(pi int, s *stretch) int {
	lo, hi := w.paragraphTokens(pi, s)
	for t := lo; t < hi && t <= lo+maxLabelWords; t++ {
		word := w.word(t)
		if word == ":" {
			if t > lo {
				return t
			}
			return -1
		}
		if word != "." && !allCaps(word) {
			return -1
		}
	}
	return -1
}

// allCaps reports whether word has letters, two or more, all capitals.
func allCaps(word string) bool {
	n := 0
	for _, r := range strings.TrimSuffix(word, ".") {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// bracketed reports whether tokens [lo, hi) are all inside one pair of
// brackets, with at most a full stop after: a stage direction.
func (w *work) bracketed(lo, hi int) bool {
	for hi > lo && w.word(hi-1) == "." {
		hi--
	}
	if hi-lo < 2 {
		return false
	}
	a, b := w.word(lo), w.word(hi-1)
	return a == "(" && b == ")" || a == "[" && b == "]"
}
