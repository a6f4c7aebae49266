package quote

import (
	"strings"

	"dateline/text"
)

// Partial quotes: the fragments of one reported content made one quote,
// and the scare quotes that are none.

// scareModifier reports whether the stretch is a word or two describing
// the noun right after its closing mark (the “gun control” debate, its
// “provisional” role): a scare quote, the writer's way of keeping a
// distance from a label, not words anyone is reported to have said.
func (w *work) scareModifier(s *stretch) bool {
	if s.words > 2 {
		return false
	}
	after := s.end
	for after < len(w.d.Tokens) && w.inQuote[after] >= 0 {
		after++ // the closing mark
	}
	if after >= len(w.d.Tokens) || w.d.Tokens[after].UPOS != "NOUN" {
		return false
	}
	for t := s.first; t < s.end; t++ {
		if h := w.head(t); h >= s.first && h < s.end {
			continue
		} else if h != after {
			return false
		}
		switch w.d.Tokens[t].Rel {
		case "amod", "compound":
		default:
			return false
		}
	}
	return true
}

// sameCueFragment adds stretch k to the partial quote just made, as one
// more of its parts, when that quote has cue ci too and ends in k's
// sentence with no verb between (`found that the air force is “the best
// in the world” and its navy is “the best in the region”`: one cue, one
// quote of its fragments). It returns out and whether it did.
func (w *work) sameCueFragment(out []cand, k, ci int) ([]cand, bool) {
	if len(out) == 0 {
		return out, false
	}
	p := &out[len(out)-1]
	s := &w.stretches[k]
	if p.kind != text.QuotePartial || p.cue != ci || p.span.End > s.Start ||
		int(w.sentOf[tokenAt(w.d.Tokens, p.span.End)-1]) != s.sent0 {
		return out, false
	}
	for t := tokenAt(w.d.Tokens, p.span.End); t < s.first; t++ {
		if w.inQuote[t] < 0 && w.d.Tokens[t].UPOS == "VERB" {
			return out, false // a verb of its own between: `and called for “…”`
		}
	}
	if p.parts == nil {
		p.parts = []text.Span{p.span}
	}
	p.parts = append(p.parts, s.Span)
	p.span.End = s.End
	s.quote = len(out) - 1
	return out, true
}

// fromRegion makes the quote of a cue whose content holds quotation
// marks: direct when the quoted words are (nearly) all of the content,
// partial otherwise, its text the quoted fragments.
func (w *work) fromRegion(out []cand, k, ci int) []cand {
	c := &w.cues[ci]
	words, quoted := 0, 0
	firstS, lastS := k, k
	for t := c.lo; t < c.hi; t++ {
		if !c.inRegion(t) || !isWordToken(w.d.Text, w.d.Tokens[t]) {
			continue
		}
		words++
		if q := w.quoted(t); q >= 0 {
			quoted++
			firstS, lastS = min(firstS, int(q)), max(lastS, int(q))
		}
	}
	share := float64(quoted) / float64(max(words, 1))
	if share >= 0.8 {
		// Each stretch of a direct quote is its own quote.
		for j := k; j <= lastS; j++ {
			s := &w.stretches[j]
			if s.quote >= 0 {
				continue
			}
			s.quote = len(out)
			out = append(out, cand{span: s.Span, kind: text.QuoteDirect, cue: ci, first: s.first,
				conf: 0.5 + 0.45*c.score})
		}
		return out
	}
	for lastS+1 < len(w.stretches) && w.coordinated(lastS, lastS+1) {
		lastS++ // “disgusting” and “a con”: one partial quote
	}
	for firstS < lastS && w.quotedSubject(firstS, lastS) {
		firstS++ // “exceptions” she listed are “the power …,” the Gazette reported
	}
	span := text.Span{Start: w.stretches[firstS].Start, End: w.stretches[lastS].End}
	first := w.stretches[firstS].first
	// The text is the fragment however short (`accused him of “fanatic
	// recklessness”`), not the reported content around it: on PolNeAR
	// taking the whole content for a fragment of one or two words lost
	// direct end-to-end F1 (dev 0.876 against 0.870, train 0.788 against
	// 0.777).
	var parts []text.Span
	if lastS > firstS {
		// Several fragments: the quote's words are theirs, not the
		// writer's between them (called it “a mess” and said it was
		// “a waste”).
		for j := firstS; j <= lastS; j++ {
			parts = append(parts, w.stretches[j].Span)
		}
	}
	for j := firstS; j <= lastS; j++ {
		w.stretches[j].quote = len(out)
	}
	w.usedCue[c.tok] = true
	return append(out, cand{span: span, parts: parts, kind: text.QuotePartial, cue: ci, first: first, conf: 0.4 + 0.5*c.score})
}

// quotedSubject reports whether stretch j is a word or two quoted as the
// subject of a word quoted in a later stretch up to last (“exceptions”
// she listed are “the power to …”): the writer's label for what the
// source said, not words of the quotation.
func (w *work) quotedSubject(j, last int) bool {
	s := &w.stretches[j]
	if s.words > 2 {
		return false
	}
	for t := s.first; t < s.end; t++ {
		h := w.head(t)
		if h >= s.first && h < s.end {
			continue
		}
		if r := w.d.Tokens[t].Rel; r != "nsubj" && r != "nsubj:pass" {
			return false
		}
		for k := j + 1; k <= last; k++ {
			if o := &w.stretches[k]; h >= o.first && h < o.end {
				return true
			}
		}
		return false
	}
	return false
}

// coordinated reports whether stretch j follows stretch i in the same
// sentence joined by a coordinator and at most two more words (“a con”
// and “a fraud”, “go vote” and then “go home”), by a list's comma or a
// relative pronoun with only function words between (“a liar” who is “a
// fraud,” a “bully”), by at most two function words or a dash (the
// words “no deal” were a “mistake”; the “rule” -- “…”), or by at most four
// words with no verb, name or pronoun among them, no clause nor anyone
// else between (who is “playing the crowd” in hopes that “…”), so that a
// partial quote holding i holds j too. j must not be a quote already.
func (w *work) coordinated(i, j int) bool {
	a, b := &w.stretches[i], &w.stretches[j]
	if b.quote >= 0 || b.title || a.sent1 != b.sent0 {
		return false
	}
	words, coord, other, clause := 0, false, false, false
	linked := a.end > a.first && w.word(a.end-1) == "," // “a liar,” a “bully”
	for t := a.end; t < b.first; t++ {
		if w.inQuote[t] >= 0 {
			continue
		}
		if !isWordToken(w.d.Text, w.d.Tokens[t]) {
			if w.word(t) == "," {
				linked = true
			}
			continue
		}
		words++
		switch w.d.Tokens[t].UPOS {
		case "VERB", "AUX", "PROPN", "PRON":
			clause = true // a clause or someone else between
		}
		switch strings.ToLower(w.word(t)) {
		case "and", "or", "but", "nor":
			coord = true
		case "who", "which", "that":
			linked = true
		case "a", "an", "the", "is", "are", "was", "were", "be", "as":
		default:
			other = true
		}
	}
	return words <= 3 && (coord || linked && !other) || words <= 2 && !other || words <= 4 && !clause
}
