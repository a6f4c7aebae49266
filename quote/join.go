package quote

import (
	"strings"

	"dateline/text"
)

// joinable reports whether quotes a and b may be the parts of one
// quotation split by a's attribution: a is direct, or a fragment whose
// cue follows it (`The plan is “dead,” Lee said. “…”`), and b is direct,
// or an uncued quotation that opens its sentence and runs on into the
// writer's words (`“… a tax increase” for the rich.`).
func (w *work) joinable(a, b cand) bool {
	switch a.kind {
	case text.QuoteDirect:
	case text.QuotePartial:
		if w.d.Tokens[w.cues[a.cue].tok].Start < a.span.End {
			return false
		}
	default:
		return false
	}
	switch b.kind {
	case text.QuoteDirect:
		return true
	case text.QuotePartial:
		// The rest of a sentence the attribution interrupts (“I like
		// the mayor,” Okafor said, but “on this bridge she is wrong.”).
		if b.cue >= 0 {
			return b.cue == a.cue && w.resumesAfterComma(b)
		}
		k := w.inQuote[b.first]
		return k >= 0 && w.opensSentence(&w.stretches[k])
	}
	return false
}

// joinTarget returns the index of the quote in out that b is the rest of
// (see joins), -1 for none: the last one, or the one before a remark in
// the attribution about a thing rather than a report of speech (`“…,” he
// said, referring to the treaty. “…”`, `“…,” said Lee, who introduced
// Ruiz to the board. “…”`). Reported speech in the attribution (`“…,” he
// said, noting that … . “…”`) ends the quotation.
func (w *work) joinTarget(out []cand, b cand) int {
	i := len(out) - 1
	for i > 0 && w.sideRemark(out[i]) {
		i--
	}
	if i < len(out)-1 {
		// Past a remark, only a new sentence goes on with the quotation:
		// “…,” he said, citing two cases, including “…” is the remark's.
		if k := w.inQuote[b.first]; k < 0 || !w.opensSentence(&w.stretches[k]) {
			return -1
		}
	}
	if i >= 0 && w.joins(out[i], b) {
		return i
	}
	return -1
}

// sideRemark reports whether c is reported speech whose content is a
// noun phrase (an object or what it is about), not a clause.
func (w *work) sideRemark(c cand) bool {
	if c.kind != text.QuoteIndirect || c.cue < 0 {
		return false
	}
	f := w.cues[c.cue].frame
	return f == FrameObj || f == FrameAbout
}

// plainAttribution reports whether the writer's words between quotes a
// and b are a's attribution sentence only, so that the quotation goes on
// across it, as news writing has it (`“…,” she said. “…”`; `“…,” said Ana
// Ruiz, a lawyer in Dayton, who lent him a van. “…”`; `“…,” he said of
// the vote, waving a map. “…”`). A sentence of the writer's between them
// (`“…,” Lee said. The crowd cheered. “…”`) ends the quotation, and so
// does reported speech inside the attribution (`“…,” Lee said, noting
// that …. “…”`: that clause is a quote of its own, so b does not follow
// a, see join). A quotation from a written statement (`“…,” Lee said in a
// statement. “…”`) is taken as excerpts, each its own quote: that is the
// summit fixture's reading; PolNeAR's annotators join these too (9 of 10
// on its train split).
func (w *work) plainAttribution(a, b cand) bool {
	cu := &w.cues[a.cue]
	if cu.source || w.writtenStatement(cu.tok) {
		return false
	}
	last := tokenAt(w.d.Tokens, a.span.End) - 1
	s0, s1 := w.sentOf[cu.tok], w.sentOf[max(last, 0)]
	for t := last + 1; t < b.first; t++ {
		if w.inQuote[t] >= 0 {
			continue
		}
		if s := w.sentOf[t]; s != s0 && s != s1 {
			return false
		}
	}
	return true
}

// writtenStatement reports whether verb t says its words came in a
// written statement: an oblique "in a statement", "in a press release".
func (w *work) writtenStatement(t int) bool {
	for _, k := range w.children(t) {
		tk := &w.d.Tokens[k]
		if tk.Rel != "obl" || !w.hasChildRel(int(k), "case") {
			continue
		}
		switch strings.ToLower(tk.Lemma) {
		case "statement", "release", "communique", "communiqué":
			return true
		}
	}
	return false
}

// resumesAfterComma reports whether quote b's opening mark follows a
// comma, or a comma and a conjunction (`he said, but “…”`).
func (w *work) resumesAfterComma(b cand) bool {
	t := b.first - 1
	for t >= 0 && w.inQuote[t] >= 0 && w.inQuote[t] == w.inQuote[b.first] {
		t-- // the opening mark
	}
	if t >= 2 && w.d.Tokens[t].UPOS == "ADV" && w.d.Tokens[t-1].UPOS == "CCONJ" {
		t-- // `, and still “…”`
	}
	if t >= 1 && w.d.Tokens[t].UPOS == "CCONJ" {
		t--
	}
	return t >= 0 && w.word(t) == ","
}

// nextParagraph reports whether uncued quote b opens the paragraph after
// the one quote a and its attribution end (`“…,” Lee said.` closing a
// paragraph, the next one opening `“…”`), or that a ends with nothing
// after it (`Lee said: “…”` or a quote already joined): the news way of
// going on with one speaker's words. PolNeAR's annotators join 21 of 24
// such pairs on 250 train articles when the cue comes after the first
// quotation, 7 of 9 when nothing does.
func (w *work) nextParagraph(a, b cand) bool {
	if b.cue >= 0 || b.kind != text.QuoteDirect {
		return false
	}
	pa := paragraphAt(w.d.Paragraphs, a.span.End)
	pb := paragraphAt(w.d.Paragraphs, b.span.Start)
	if pb != pa+1 {
		return false
	}
	cs := w.d.Tokens[w.cues[a.cue].tok].Start
	rest := w.words(tokenAt(w.d.Tokens, a.span.End), tokenAt(w.d.Tokens, w.d.Paragraphs[pa].End))
	if (cs < a.span.End || cs >= w.d.Paragraphs[pa].End) && rest > 0 {
		// Neither the cue nor nothing at all after a in its paragraph.
		return false
	}
	k := w.inQuote[b.first]
	if k < 0 || tokenAt(w.d.Tokens, w.stretches[k].Open.Start) != tokenAt(w.d.Tokens, w.d.Paragraphs[pb].Start) {
		return false // b must open its paragraph
	}
	return w.words(tokenAt(w.d.Tokens, a.span.End), tokenAt(w.d.Tokens, w.d.Paragraphs[pa].End)) <= maxAttribution
}
