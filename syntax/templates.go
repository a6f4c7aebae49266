package syntax

import (
	"fmt"

	pc "dateline/internal/perceptron"
)

// The parser's and labeller's templates, by group, in the order of the
// positions a model file's lists of dropped templates (--parse-drop,
// --label-drop) number: the parser's are the full parser's extra
// templates (with allTemplates), those over word classes (with senses and
// allTemplates), those over word clusters (with parseClusters), then the
// fast parser's; the labeller's are its base templates, those over word
// clusters, then those over word classes. Each feature is computed into
// a vector indexed by template and only the model's are gathered from it,
// so a template a model was trained without costs no lookup.
var (
	fastTemplates = []uint8{fS0w, fS0p, fB0p, fB1wp, fB1w, fB1p, fB2p, fS1p, fS0wpB0w, fS0wB0wp, fS0wpB0p,
		fS0wB0w, fB0pB1p, fS1pS0p, fS1wS0w, fS1pS0wp, fB0pB1pB2p, fS1pS0pB0p, fS0pS0lpB0p, fS0pB0pB0lp,
		fS1pS1rpS0p, fS0pd, fB0wd, fB0pd, fS0wB0wd, fS1pS0pd, fS1wS0wd, fS0wvl, fS0pvl, fB0pvl, fS0lw,
		fS0lp, fS0ll, fS0rl, fB0lw, fB0lp, fB0ll, fS0l2w, fS0l2p, fS0l2l, fB0l2l, fS0pS0lpS0l2p,
		fB0pB0lpB0l2p, fS0wsl, fS0psl, fB0psl, fS0pS0llS0rl, fS0pB0pPunc, fB0m1pB0p, fS0wB0pPunc,
		fS0pB0pB0sl, fS0wB0lwB0w, fS1wB0lwB0w, fS0pB0lwB0p, fS1pB0lwB0p, fS1wS0lwS0w, fS1wS0pB0p,
		fS1wB0p, fS0uB0u, fS0uB0uB1u, fS1uS0uB0u, fS0wB0u, fS2uS1uS0u, fB0sufB0p, fS0sufS0pB0p}
	extraTemplates = []uint8{fS0wp, fB0wp, fB0w, fB2wp, fB2w, fS1wp, fS1w, fS2p, fS2w, fS0wpB0wp,
		fS0pB0wp, fS0pB0p, fS1wpS0p, fS0pB0pB1p, fS0pS0rpB0p, fS2pS1pS0p, fS0wd, fS0pB0pd, fS0wvr,
		fS0pvr, fB0wvl, fS1pvr, fS0rw, fS0rp, fS1rw, fS1rp, fS1rl, fS1lp, fS0r2w, fS0r2p, fS0r2l,
		fB0l2w, fB0l2p, fS0pS0rpS0r2p, fS0wsr, fS0psr, fB0wsl, fS1psr, fS1pS0pB0pB1p, fS1pS0pPunc,
		fS0pS0p1pB0p, fS1pS0pS0sl, fS1pS0lwS0p, fS1uS0u, fS0uB0w, fS0sufS0p, fS0pB0sufB0p,
		fS0firstS0pB0p}
	senseTemplates   = []uint8{fS0c, fB0c, fS1c, fS0cB0c, fS1cS0c, fS0wB0c, fS0cB0w, fS1cS0cB0c}
	clusterTemplates = []uint8{fS0k, fB0k, fS1k, fB1k, fS0kB0p, fS0pB0k, fS0gB0g, fS1gS0g, fS1gS0gB0g, fS0gB0gB1g}

	labelBaseTemplates = []uint8{lBias, lDw, lDp, lHw, lHp, lDwHp, lDpHw, lDpHp, lDpHpDir, lDpHpDist,
		lDwHw, lDlcw, lDlcl, lDlcwDp, lDlc2l, lDrcl, lDrcwDp, lDrc2l, lDsetsDp, lHsetsHp, lHlclDp,
		lHrclDp, lDpDm1p, lDpDp1p, lHpHp1p, lDwDir, lHwDir, lDlcpDpHp, lDpHpHsl, lDsuf}
	labelClusterTemplates = []uint8{lDk, lHk, lDkHpDir, lDpHkDir, lDgHgDir}
	labelSenseTemplates   = []uint8{lDc, lHc, lDcHcDir, lDcHpDir, lDpHcDir, lDcHw, lDlcwHwDir}
)

// bufferTemplates are the parser's templates over the buffer front's
// position alone (its word and tag, the words after it and the tag before
// it), set by bufferFeatures: while the front stays, as the stack is
// reduced against it, their weights are looked up once.
var bufferTemplates = []uint8{fB0p, fB1wp, fB1w, fB1p, fB2p, fB0pB1p, fB0pB1pB2p, fB0m1pB0p, fB0sufB0p,
	fB0wp, fB0w, fB2wp, fB2w, fB0c, fB0k, fB1k}

const (
	nParseTemplates = fS0gB0gB1g + 1
	nLabelTemplates = lDgHgDir + 1
)

// parseVec and labelVec hold one feature per template number.
type (
	parseVec [nParseTemplates]uint64
	labelVec [nLabelTemplates]uint64
)

// bufferFeatures sets the features of the bufferTemplates for the buffer
// front b0 (the root is position len(x.w)-1).
func bufferFeatures(v *parseVec, x *sent, b0 int32) {
	n := int32(len(x.w)) - 1
	b1, b2 := next(b0, n+1), int32(-1)
	if b1 >= 0 {
		b2 = next(b1, n+1)
	}
	b0w, b0p := x.word(b0), x.tag(b0)
	b1w, b1p := x.word(b1), x.tag(b1)
	b2w, b2p := x.word(b2), x.tag(b2)
	h1, h2, h3 := pc.Hash1, pc.Hash2, hash3
	v[fB0p] = h1(fB0p, b0p)
	v[fB1wp] = h2(fB1wp, b1w, b1p)
	v[fB1w] = h1(fB1w, b1w)
	v[fB1p] = h1(fB1p, b1p)
	v[fB2p] = h1(fB2p, b2p)
	v[fB0pB1p] = h2(fB0pB1p, b0p, b1p)
	v[fB0pB1pB2p] = h3(fB0pB1pB2p, b0p, b1p, b2p)
	v[fB0m1pB0p] = h2(fB0m1pB0p, x.tag(b0-1), b0p)
	v[fB0sufB0p] = h2(fB0sufB0p, x.suffix(b0), b0p)
	v[fB0wp] = h2(fB0wp, b0w, b0p)
	v[fB0w] = h1(fB0w, b0w)
	v[fB2wp] = h2(fB2wp, b2w, b2p)
	v[fB2w] = h1(fB2w, b2w)
	v[fB0c] = h1(fB0c, x.class(b0))
	v[fB0k] = h1(fB0k, x.cluster(b0))
	v[fB1k] = h1(fB1k, x.cluster(b1))
}

// stateFeatures sets the features of the templates of m's groups that
// depend on more than the buffer front, those m was trained without
// included.
func (m *Model) stateFeatures(v *parseVec, x *sent, s *state) {
	var c conf
	c.set(x, s)
	var buf [nParseTemplates]uint64
	for i, f := range c.appendFeatures(buf[:0], m.parseAllState) {
		v[m.parseAllState[i]] = f
	}
}

// parseOrder is the template at each position of m's parser features.
func (m *Model) parseOrder() []uint8 {
	var o []uint8
	if m.allTemplates {
		o = append(o, extraTemplates...)
		if m.senses {
			o = append(o, senseTemplates...)
		}
	}
	if m.parseClusters {
		o = append(o, clusterTemplates...)
	}
	return append(o, fastTemplates...)
}

// labelOrder is the template at each position of m's labeller features.
func (m *Model) labelOrder() []uint8 {
	o := append([]uint8(nil), labelBaseTemplates...)
	if m.parseClusters {
		o = append(o, labelClusterTemplates...)
	}
	if m.senses {
		o = append(o, labelSenseTemplates...)
	}
	return o
}

// setTemplates derives the templates m's parser and labeller use from its
// groups and its lists of dropped positions; it fails on a position past
// the end of the list.
func (m *Model) setTemplates() error {
	var buffer [nParseTemplates]bool
	for _, t := range bufferTemplates {
		buffer[t] = true
	}
	m.parseBuf, m.parseState, m.parseAllState = m.parseBuf[:0], m.parseState[:0], m.parseAllState[:0]
	order := m.parseOrder()
	for i, t := range order {
		if !buffer[t] {
			m.parseAllState = append(m.parseAllState, t)
		}
		switch {
		case i < len(m.parseDrop) && m.parseDrop[i]:
		case buffer[t]:
			m.parseBuf = append(m.parseBuf, t)
		default:
			m.parseState = append(m.parseState, t)
		}
	}
	for i := len(order); i < len(m.parseDrop); i++ {
		if m.parseDrop[i] {
			return fmt.Errorf("dropped parser template %d: the model has %d: %w", i, len(order), ErrModelFormat)
		}
	}
	m.labelIDs = m.labelIDs[:0]
	order = m.labelOrder()
	for i, t := range order {
		if i >= len(m.labelDrop) || !m.labelDrop[i] {
			m.labelIDs = append(m.labelIDs, t)
		}
	}
	for i := len(order); i < len(m.labelDrop); i++ {
		if m.labelDrop[i] {
			return fmt.Errorf("dropped labeller template %d: the model has %d: %w", i, len(order), ErrModelFormat)
		}
	}
	m.groupTemplates()
	return nil
}

// headFirst returns ids with the templates of headTemplates moved to the
// front, the order within each part kept, and how many those are.
func headFirst(ids []uint8) ([]uint8, int) {
	var head, rest []uint8
	for _, t := range ids {
		if headTemplates[t] {
			head = append(head, t)
		} else {
			rest = append(rest, t)
		}
	}
	return append(head, rest...), len(head)
}

// gather appends the features of templates ts from v.
func gather(feats []uint64, v []uint64, ts []uint8) []uint64 {
	for _, t := range ts {
		feats = append(feats, v[t])
	}
	return feats
}

// parseFeatures appends the features of m's parser templates for the
// configuration s.
func (m *Model) parseFeatures(feats []uint64, v *parseVec, x *sent, s *state) []uint64 {
	bufferFeatures(v, x, s.b)
	m.stateFeatures(v, x, s)
	return gather(gather(feats, v[:], m.parseBuf), v[:], m.parseState)
}

// labelFeatures appends the features of m's labeller templates for the
// arc h -> d made now.
func (m *Model) labelFeatures(feats []uint64, v *labelVec, x *sent, ws []word, s *state, h, d int32) []uint64 {
	labelFeatures(v, x, ws, s, h, d)
	return gather(feats, v[:], m.labelIDs)
}
