package syntax

import pc "dateline/internal/perceptron"

// While a word is on the stack, the words below it do not change, nor do
// their dependents: the parser attaches only the top of the stack (to the
// word below it or to the buffer's front) and gives dependents only to
// those two. So the features of stackTemplates, over the top word itself
// and the two words below it with their dependents, are the same at
// every decision with that word on top, and it comes back to the top
// whenever the words pushed after it are reduced (about half the
// decisions). The scratch keeps their integer sums per word for the
// sentence being parsed, and a decision with a word on top that was there
// before looks up only the others: the scores are the same integers.

// The buffer front's features are looked up once while the stack is
// reduced against it (bufferTemplates), and so are those over its left
// dependents (kidsTemplates) until it gets another: a right arc between
// two stack words leaves them as they were.

// kidsTemplates are the parser's templates over the buffer front and its
// left dependents alone.
var kidsTemplates = []uint8{fB0lw, fB0lp, fB0ll, fB0l2w, fB0l2p, fB0l2l, fB0pB0lpB0l2p, fB0psl, fB0wsl, fB0pvl, fB0wvl}

// stackTemplates are the parser's templates over the stack's top word
// alone, the two words below it and their dependents, and the
// punctuation between the top two: not over the top word's dependents
// (it gets them while on top) nor over the buffer.
var stackTemplates = []uint8{
	fS0w, fS0p, fS0wp, fS0c, fS0k, fS0sufS0p,
	fS1w, fS1p, fS1wp, fS1c, fS1k, fS1pvr, fS1psr, fS1rw, fS1rp, fS1rl, fS1lp,
	fS2w, fS2p,
	fS1pS0p, fS1wS0w, fS1pS0wp, fS1wpS0p, fS1pS1rpS0p, fS1pS0pd, fS1wS0wd, fS1uS0u, fS1cS0c, fS1gS0g,
	fS1pS0pPunc, fS2pS1pS0p, fS2uS1uS0u,
}

// topTemplates are the parser's templates over the stack's top word with
// its dependents (and the word below it): the top gets right dependents
// only from the words pushed on it, so when one of those left by a left
// arc (to the buffer front) and no other had been attached to it since it
// was last on top, these are as they were then.
var topTemplates = []uint8{
	fS0wvl, fS0pvl, fS0lw, fS0lp, fS0ll, fS0rl, fS0l2w, fS0l2p, fS0l2l, fS0pS0lpS0l2p, fS0wsl, fS0psl,
	fS0pS0llS0rl, fS1wS0lwS0w, fS0wvr, fS0pvr, fS0rw, fS0rp, fS0r2w, fS0r2p, fS0r2l, fS0pS0rpS0r2p,
	fS0wsr, fS0psr, fS1pS0pS0sl, fS1pS0lwS0p,
}

// stackSums holds the sums of each word's stackTemplates features, once
// have says so, for a sentence.
type stackSums struct {
	sums []pc.Sums
	have []bool
	// top holds the sums of each word's topTemplates features, for
	// topRight[i] right dependents (-1: none kept).
	top      []pc.Sums
	topRight []int32
}

// reset empties the sums for a sentence of n words.
func (c *stackSums) reset(n int) {
	if cap(c.have) < n {
		c.have, c.sums = make([]bool, n), make([]pc.Sums, n)
		c.top, c.topRight = make([]pc.Sums, n), make([]int32, n)
	}
	c.have, c.sums = c.have[:n], c.sums[:n]
	c.top, c.topRight = c.top[:n], c.topRight[:n]
	clear(c.have)
	for i := range c.topRight {
		c.topRight[i] = -1
	}
}

// frontSums are the sums of the buffer front's features, for front at,
// and of those over its left dependents, for front kidsAt with kidsN of
// them.
type frontSums struct {
	buf, kids     pc.Sums
	at            int32
	kidsAt, kidsN int32
}

// splitState returns the templates of state that are stackTemplates, those
// that are kidsTemplates, and the others.
func splitState(state []uint8) (stack, top, kids, rest []uint8) {
	var group [nParseTemplates]uint8
	for g, ts := range [][]uint8{stackTemplates, topTemplates, kidsTemplates} {
		for _, t := range ts {
			group[t] = uint8(g + 1)
		}
	}
	for _, t := range state {
		switch group[t] {
		case 1:
			stack = append(stack, t)
		case 2:
			top = append(top, t)
		case 3:
			kids = append(kids, t)
		default:
			rest = append(rest, t)
		}
	}
	return stack, top, kids, rest
}

// scoreParse returns the parser's integer sums for the configuration st
// over all its templates but the weak ones, looking up only the groups of
// features whose sums f and sc do not hold, and keeping those.
func (m *Model) scoreParse(sc *scratch, st *state, f *frontSums) pc.Sums {
	c := &sc.conf
	c.set(&sc.x, st)
	var ends [5]int
	var out [5]pc.Sums
	feats := sc.feats[:0]
	newFront := st.b != f.at
	if newFront {
		bufferFeatures(&sc.pv, &sc.x, st.b)
		feats = gather(feats, sc.pv[:], m.parseBuf)
	}
	ends[0] = len(feats)
	newKids := st.b != f.kidsAt || st.nl[st.b] != f.kidsN
	if newKids {
		feats = c.appendFeatures(feats, m.parseKids)
	}
	ends[1] = len(feats)
	s0 := st.stackAt(0)
	ks := &sc.stack
	kept := s0 >= 0 && ks.have[s0]
	if !kept {
		feats = c.appendFeatures(feats, m.parseStack)
	}
	ends[2] = len(feats)
	topKept := s0 >= 0 && ks.topRight[s0] == st.nr[s0]
	if !topKept {
		feats = c.appendFeatures(feats, m.parseTop)
	}
	ends[3] = len(feats)
	feats = c.appendFeatures(feats, m.parseRest)
	ends[4] = len(feats)
	sc.feats = feats
	m.parser.SumsOf(&sc.lookup, feats, ends[:], out[:])
	if newFront {
		f.buf, f.at = out[0], st.b
	}
	if newKids {
		f.kids, f.kidsAt, f.kidsN = out[1], st.b, st.nl[st.b]
	}
	switch {
	case kept:
		out[2] = ks.sums[s0]
	case s0 >= 0:
		ks.sums[s0], ks.have[s0] = out[2], true
	}
	switch {
	case topKept:
		out[3] = ks.top[s0]
	case s0 >= 0:
		ks.top[s0], ks.topRight[s0] = out[3], st.nr[s0]
	}
	total := f.buf
	for k := range total {
		total[k] += f.kids[k] + out[2][k] + out[3][k] + out[4][k]
	}
	return total
}
