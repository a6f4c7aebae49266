package quote

import "dateline/text"

// datelineParagraphs is how many paragraphs from the top of an article
// may open with a dateline: the body's first, after a headline, a
// standfirst and a byline.
const datelineParagraphs = 4

// clipDateline starts a content that takes in the dateline of a wire
// story after it ("NAIROBI, March 3 (Reuters) - Kenya and Tanzania signed
// …, officials said"): where, when and by whom the story was filed is no
// one's words.
func (w *work) clipDateline(c *cue) {
	if c.lo >= c.hi {
		return
	}
	start := w.d.Tokens[c.lo].Start
	pi := paragraphAt(w.d.Paragraphs, start)
	if pi >= min(len(w.d.Paragraphs), datelineParagraphs) {
		return
	}
	p := w.d.Paragraphs[pi]
	end := p.Start + text.DatelineLen(w.d.Text[p.Start:p.End])
	if end == p.Start || start >= end || w.d.Tokens[c.tok].Start < end {
		return
	}
	lo := c.lo
	for lo < c.hi && w.d.Tokens[lo].Start < end {
		lo++
	}
	if lo < c.hi {
		c.lo = lo
	}
}
