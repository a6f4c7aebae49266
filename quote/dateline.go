package quote

// clipDateline starts a content that takes in the dateline of a wire
// story after it ("NAIROBI, March 3 (Reuters) - Kenya and Tanzania signed
// …, officials said"): where, when and by whom the story was filed is no
// one's words. Any paragraph may open with one: a news digest files each
// item from its own city ("… \n LEEDS - The council voted …").
func (w *work) clipDateline(c *cue) {
	if c.lo >= c.hi {
		return
	}
	start := w.d.Tokens[c.lo].Start
	pi := paragraphAt(w.d.Paragraphs, start)
	if pi < 0 {
		return
	}
	p := w.d.Paragraphs[pi]
	end := p.Start + w.datelineLen(pi)
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
