package syntax

import pc "dateline/internal/perceptron"

// The labeller looks up about 37 features for each arc, and a few of them
// (headTemplates: the bias, the head's word, tag, word class and the tag
// after it, the head's word with the arc's direction) depend on nothing
// but the head and the direction. A head with several dependents on one
// side looks them up again for each: the scratch keeps their integer sums
// per (head, direction) for the sentence being parsed, and the next arc
// from there looks up only the others. The sums are integers, so every
// label is the one the full lookup gives.

// headTemplates marks the labeller templates over the head and the arc's
// direction alone.
var headTemplates = func() (t [nLabelTemplates]bool) {
	for _, id := range []uint8{lBias, lHw, lHp, lHpHp1p, lHwDir, lHc, lHk} {
		t[id] = true
	}
	return t
}()

// headSums holds, for each (head, direction) of a sentence, the sums of
// its headTemplates features, classes int32s each, once have says so.
type headSums struct {
	sums    []int32
	have    []bool
	classes int
}

// reset empties the sums for a sentence of n words and a labeller of
// classes classes.
func (c *headSums) reset(n, classes int) {
	c.classes = classes
	if cap(c.have) < 2*n {
		c.have = make([]bool, 2*n)
		c.sums = make([]int32, 2*n*classes)
	}
	c.have = c.have[:2*n]
	c.sums = c.sums[:2*n*classes]
	clear(c.have)
}

// label returns the relation of the arc h -> d made now.
func (m *Model) label(sc *scratch, n int, h, d int32) int32 {
	if m.sure != nil {
		if l := m.sure.get(sc.ws[d+2].lower, sc.tags[d], sc.tags[h], sc.st.shape(d, h)); l >= 0 {
			return l
		}
	}
	labelFeatures(&sc.lv, &sc.x, sc.ws[2:n+2], &sc.st, h, d)
	sc.feats = gather(sc.feats[:0], sc.lv[:], m.labelByHead)
	slot := 2 * int(h)
	if d < h {
		slot++
	}
	c := &sc.heads
	part := c.sums[slot*c.classes : (slot+1)*c.classes]
	// The label is the best of the integer sums, as the tagger's tags
	// are: their order is the scores' (perceptron.ScoreOf), and turning
	// them into scores took a multiplication a class for every arc.
	if cap(sc.sums) < c.classes {
		sc.sums = make([]int32, c.classes)
	}
	sums := sc.sums[:c.classes]
	if c.have[slot] {
		m.labeler.SumFrom(&sc.lookup, part, sc.feats[m.labelHead:], sums)
	} else {
		m.labeler.SumSplit(&sc.lookup, sc.feats, m.labelHead, part, sums)
		c.have[slot] = true
	}
	return int32(pc.BestSum(sums, m.labAllowed))
}
