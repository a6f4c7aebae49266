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

// stackSums holds the sums of each word's stackTemplates features, once
// have says so, for a sentence.
type stackSums struct {
	sums []pc.Sums
	have []bool
}

// reset empties the sums for a sentence of n words.
func (c *stackSums) reset(n int) {
	if cap(c.have) < n {
		c.have, c.sums = make([]bool, n), make([]pc.Sums, n)
	}
	c.have, c.sums = c.have[:n], c.sums[:n]
	clear(c.have)
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
func splitState(state []uint8) (stack, kids, rest []uint8) {
	var group [nParseTemplates]uint8
	for _, t := range stackTemplates {
		group[t] = 1
	}
	for _, t := range kidsTemplates {
		group[t] = 2
	}
	for _, t := range state {
		switch group[t] {
		case 1:
			stack = append(stack, t)
		case 2:
			kids = append(kids, t)
		default:
			rest = append(rest, t)
		}
	}
	return stack, kids, rest
}

// scoreParse sets sc.scores to the parser's scores for the configuration
// st, looking up only the groups of features whose sums f and sc do not
// hold, and keeping those.
func (m *Model) scoreParse(sc *scratch, st *state, f *frontSums) {
	m.stateFeatures(&sc.pv, &sc.x, st)
	var ends [4]int
	var out [4]pc.Sums
	feats := sc.feats[:0]
	newFront := st.b != f.at
	if newFront {
		bufferFeatures(&sc.pv, &sc.x, st.b)
		feats = gather(feats, sc.pv[:], m.parseBuf)
	}
	ends[0] = len(feats)
	newKids := st.b != f.kidsAt || st.nl[st.b] != f.kidsN
	if newKids {
		feats = gather(feats, sc.pv[:], m.parseKids)
	}
	ends[1] = len(feats)
	s0 := st.stackAt(0)
	kept := s0 >= 0 && sc.stack.have[s0]
	if !kept {
		feats = gather(feats, sc.pv[:], m.parseStack)
	}
	ends[2] = len(feats)
	feats = gather(feats, sc.pv[:], m.parseRest)
	ends[3] = len(feats)
	sc.feats = feats
	m.parser.SumsOf(feats, ends[:], out[:])
	if newFront {
		f.buf, f.at = out[0], st.b
	}
	if newKids {
		f.kids, f.kidsAt, f.kidsN = out[1], st.b, st.nl[st.b]
	}
	switch {
	case kept:
		out[2] = sc.stack.sums[s0]
	case s0 >= 0:
		sc.stack.sums[s0], sc.stack.have[s0] = out[2], true
	}
	total := f.buf
	for c := range total {
		total[c] += f.kids[c] + out[2][c] + out[3][c]
	}
	m.parser.SetScores(&total, sc.scores)
}
