//go:build experiment

package syntax

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The vote experiment: go test -tags experiment ./syntax -run
// TestVoteExperiment -v trains (once, kept in expDir) a right-to-left
// parser like the committed model's parser and scores on EWT dev each
// parser, their agreement and oracle, and arc-voting combinations over a
// grid of softmax temperatures (VOTE_T) and weights of the right-to-left
// parser (VOTE_WR).
func TestVoteExperiment(t *testing.T) {
	dir := expDir(t)
	o, v, train, dev, load := expSetup(t, dir)
	start := time.Now()
	base := "model/syntax.model.zst"
	if p := os.Getenv("VOTE_BASE"); p != "" {
		base = p
	}
	m := load(base)
	if fmt.Sprint(m.tags) != fmt.Sprint(v.tags) || fmt.Sprint(m.rels) != fmt.Sprint(v.rels) {
		t.Fatal("vocab differs from the model's")
	}
	rpath := rtlPath(dir, o.ParseModels)
	if _, err := os.Stat(rpath); err != nil {
		tags, err := jackknife(train, v, &Model{}, o, start)
		if err != nil {
			t.Fatal(err)
		}
		mr := load(base)
		rt := make([]*tsent, len(train))
		rtags := make([][]int32, len(train))
		for i, s := range train {
			k := len(s.words)
			if os.Getenv("VOTE_NOTRIM") == "" {
				k = trimRTL(mr, s.tags, s.heads)
			}
			rt[i], rtags[i] = reverseTrim(s, k), rev32(tags[i][:k])
		}
		if err := trainParser(mr, rt, rtags, nil, o, start); err != nil {
			t.Fatal(err)
		}
		f, err := os.Create(rpath)
		if err != nil {
			t.Fatal(err)
		}
		if err := mr.Write(f); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	mr := load(rpath)
	voteEval(t, m, mr, dev)
}

type tally struct{ uas, las, n int }

func (c *tally) add(g *tsent, m *Model, heads, rels []int32) {
	n := len(g.words)
	for i := 0; i < n; i++ {
		c.n++
		h := heads[i]
		if h >= int32(n) {
			h = -1
		}
		if h == g.heads[i] {
			c.uas++
			if universal(m.rels[rels[i]]) == universal(m.rels[g.rels[i]]) {
				c.las++
			}
		}
	}
}

func (c tally) String() string {
	return fmt.Sprintf("uas=%.4f las=%.4f", float64(c.uas)/float64(c.n), float64(c.las)/float64(c.n))
}

func floats(env, def string) []float64 {
	v := os.Getenv(env)
	if v == "" {
		v = def
	}
	var out []float64
	for _, f := range strings.Split(v, ",") {
		x, err := strconv.ParseFloat(f, 64)
		if err == nil {
			out = append(out, x)
		}
	}
	return out
}

type pair struct {
	g    *tsent
	a, b parsed
	tags []int32
	lem  []string
}

func voteEval(t *testing.T, m, mr *Model, dev []*tsent) {
	var l2r, r2l, oracle, agreeW tally
	var agreeSent int
	sc := m.getScratch()
	sr := mr.getScratch()
	var pairs []pair
	var margins []float64
	for _, g := range dev {
		n := len(g.words)
		m.prepare(sc, g.words)
		sc.words = g.words
		m.tag(sc, n)
		lem := make([]string, n)
		for i, tg := range sc.tags {
			lem[i] = m.lemmas.lemma(g.words[i], tg)
		}
		sc.lemma = lem
		a := parseScored(m, sc, n, 1)
		b := parseRTL(m, mr, sr, g.words, sc.tags, lem, os.Getenv("VOTE_NOTRIM") == "")
		for d := range a.margin {
			if a.margin[d] < 1e3 {
				margins = append(margins, a.margin[d])
			}
		}
		pairs = append(pairs, pair{g, a, b, append([]int32(nil), sc.tags...), lem})
	}
	slices.Sort(margins)
	t.Logf("l2r margins: quartiles %.1f %.1f %.1f", margins[len(margins)/4], margins[len(margins)/2], margins[3*len(margins)/4])
	fixer := func(p pair) func([]int32) []int32 {
		n := len(p.g.words)
		punct := make([]bool, n)
		for i, tg := range p.tags {
			punct[i] = m.isPunct(tg)
		}
		return func(h []int32) []int32 {
			h = append([]int32(nil), h...)
			if n <= maxFixPunct {
				fixPunct(p.g.words, punct, h)
			}
			return h
		}
	}
	for _, p := range pairs {
		g, n := p.g, len(p.g.words)
		fix := fixer(p)
		fa, fb := fix(p.a.head), fix(p.b.head)
		l2r.add(g, m, fa, p.a.rel)
		r2l.add(g, m, fb, p.b.rel)
		same := true
		for i := 0; i < n; i++ {
			gh := g.heads[i]
			if gh < 0 {
				gh = int32(n)
			}
			oracle.n++
			if fa[i] == gh || fb[i] == gh {
				oracle.uas++
			}
			agreeW.n++
			if fa[i] == fb[i] {
				agreeW.uas++
			} else {
				same = false
			}
		}
		if same {
			agreeSent++
		}
	}
	t.Logf("l2r %v", l2r)
	t.Logf("r2l %v", r2l)
	t.Logf("oracle uas=%.4f; words agreeing %.4f; sentences agreeing %d of %d", float64(oracle.uas)/float64(oracle.n), float64(agreeW.uas)/float64(agreeW.n), agreeSent, len(pairs))
	// UAS of each parser on the words where they disagree
	var dis, aOK, bOK int
	for _, p := range pairs {
		for i := range p.g.words {
			if p.a.head[i] != p.b.head[i] {
				dis++
				gh := p.g.heads[i]
				if gh < 0 {
					gh = int32(len(p.g.words))
				}
				if p.a.head[i] == gh {
					aOK++
				}
				if p.b.head[i] == gh {
					bOK++
				}
			}
		}
	}
	type rc struct{ n, a, b int }
	byRel := map[string]*rc{}
	for _, p := range pairs {
		n := len(p.g.words)
		for i := range p.g.words {
			r := universal(m.rels[p.g.rels[i]])
			c := byRel[r]
			if c == nil {
				c = &rc{}
				byRel[r] = c
			}
			gh := p.g.heads[i]
			if gh < 0 {
				gh = int32(n)
			}
			c.n++
			if p.a.head[i] == gh {
				c.a++
			}
			if p.b.head[i] == gh {
				c.b++
			}
		}
	}
	for r, c := range byRel {
		if c.n >= 300 {
			t.Logf("rel %-10s n=%5d l2r %.3f r2l %.3f lost %d", r, c.n, float64(c.a)/float64(c.n), float64(c.b)/float64(c.n), c.a-c.b)
		}
	}
	t.Logf("disagreements (before punct repair) %d: l2r right %d, r2l right %d", dis, aOK, bOK)
	rawAgree := 0
	for _, p := range pairs {
		if slices.Equal(p.a.head, p.b.head) {
			rawAgree++
		}
	}
	t.Logf("sentences agreeing before punct repair: %d", rawAgree)
	// Where they disagree, how often the more confident parser is right
	// (arc by arc, no tree): how well the scores tell the right arc.
	for _, T := range floats("VOTE_T", "1,5,10,20,50") {
		pick := 0
		for _, p := range pairs {
			for i := range p.g.words {
				if p.a.head[i] == p.b.head[i] {
					continue
				}
				gh := p.g.heads[i]
				if gh < 0 {
					gh = int32(len(p.g.words))
				}
				h := p.a.head[i]
				if p.b.prob(i, T) > p.a.prob(i, T) {
					h = p.b.head[i]
				}
				if h == gh {
					pick++
				}
			}
		}
		t.Logf("disagreements, T=%g: the more confident parser right %d", T, pick)
	}
	for _, T := range floats("VOTE_T", "1,5,10,20,50") {
		for _, wR := range floats("VOTE_WR", "0.7,0.85,1") {
			var comb tally
			for _, p := range pairs {
				n := len(p.g.words)
				w := make([][]float64, n)
				for d := range w {
					w[d] = make([]float64, n+1)
					w[d][p.a.head[d]] += p.a.prob(d, T) + 1e-6
					w[d][p.b.head[d]] += wR * p.b.prob(d, T)
				}
				h := eisner(w, n)
				m.prepare(sc, p.g.words)
				sc.tags, sc.words, sc.lemma = p.tags, p.g.words, p.lem
				rels := relabel(m, sc, n, h)
				comb.add(p.g, m, fixer(p)(h), rels)
			}
			t.Logf("comb T=%-4g wR=%-4g %v", T, wR, comb)
		}
	}
}

// TestVoteCost measures, in CPU time over EWT dev, tag + parse with the
// committed model alone (as Parse) and with the combination: Parse, the
// right-to-left parser (its production loop), Eisner and the labeller
// replayed. The arcs' probabilities are left out (a production version
// would keep the scores its loop computes anyway), so this is a lower
// bound of the combination's cost.
func TestVoteCost(t *testing.T) {
	dir := expDir(t)
	_, _, _, dev, load := expSetup(t, dir)
	m, mr := load("model/syntax.model.zst"), load(rtlPath(dir, 3))
	words := 0
	for _, g := range dev {
		words += len(g.words)
	}
	one := func() float64 {
		start := cpuSeconds()
		var s Sentence
		for _, g := range dev {
			s.Words = g.words
			m.Parse(&s)
		}
		return cpuSeconds() - start
	}
	both := func() float64 {
		start := cpuSeconds()
		var s Sentence
		sc, sr := m.getScratch(), mr.getScratch()
		for _, g := range dev {
			n := len(g.words)
			s.Words = g.words
			m.Parse(&s)
			m.prepare(sc, g.words)
			tags := make([]int32, n)
			for i := range tags {
				tags[i] = int32(slices.Index(m.tags, Tag{s.UPOS[i], s.XPOS[i]}))
			}
			k := trimRTL(m, tags, nil)
			rw := revStr(g.words[:k])
			mr.prepare(sr, rw)
			sr.tags, sr.words, sr.lemma = rev32(tags[:k]), rw, revStr(s.Lemma[:k])
			mr.parse(sr, k)
			w := make([][]float64, n)
			for d := range w {
				w[d] = make([]float64, n+1)
				h := int32(s.Head[d])
				if h < 0 {
					h = int32(n)
				}
				w[d][h]++
				if d < k {
					j := k - 1 - d
					hr := sr.st.head[j]
					if hr == int32(k) {
						hr = int32(n)
					} else {
						hr = int32(k-1) - hr
					}
					w[d][hr] += 0.9
				}
			}
			heads := eisner(w, n)
			sc.tags, sc.words, sc.lemma = tags, g.words, s.Lemma
			relabel(m, sc, n, heads)
		}
		return cpuSeconds() - start
	}
	for r := 0; r < 3; r++ {
		a, b := one(), both()
		t.Logf("round %d: one parser %.0f tokens/cpu-s, combination %.0f tokens/cpu-s", r+1, float64(words)/a, float64(words)/b)
	}
}

// TestVoteMany votes more than two parsers: the committed one and those
// of VOTE_MODELS, a comma-separated list of DIR:PATH with DIR l (left to
// right), r (right to left without the closing punctuation) or rn (right
// to left, whole sentence). Each arc weighs its parser's probability at
// temperature T (T=0: one vote each, ties to the committed parser).
// VOTE_GOLDTAGS=1 gives every parser the gold tags.
func TestVoteMany(t *testing.T) {
	dir := expDir(t)
	_, _, _, dev, load := expSetup(t, dir)
	m := load("model/syntax.model.zst")
	type voter struct {
		m   *Model
		dir string
		sc  *scratch
	}
	voters := []voter{{m, "l", m.getScratch()}}
	for _, spec := range strings.Split(os.Getenv("VOTE_MODELS"), ",") {
		d, p, ok := strings.Cut(spec, ":")
		if !ok {
			continue
		}
		vm := load(p)
		voters = append(voters, voter{vm, d, vm.getScratch()})
	}
	type sent struct {
		g    *tsent
		ps   []parsed
		tags []int32
		lem  []string
	}
	var all []sent
	sc := m.getScratch()
	for _, g := range dev {
		n := len(g.words)
		m.prepare(sc, g.words)
		sc.words = g.words
		m.tag(sc, n)
		tags := append([]int32(nil), sc.tags...)
		if os.Getenv("VOTE_GOLDTAGS") != "" {
			tags = g.tags
		}
		lem := make([]string, n)
		for i, tg := range tags {
			lem[i] = m.lemmas.lemma(g.words[i], tg)
		}
		var ps []parsed
		for _, v := range voters {
			if v.dir == "l" {
				v.m.prepare(v.sc, g.words)
				v.sc.tags, v.sc.words, v.sc.lemma = tags, g.words, lem
				ps = append(ps, parseScored(v.m, v.sc, n, 1))
			} else {
				ps = append(ps, parseRTL(m, v.m, v.sc, g.words, tags, lem, v.dir == "r"))
			}
		}
		all = append(all, sent{g, ps, tags, lem})
	}
	for k := range voters {
		var c tally
		for _, s := range all {
			c.add(s.g, m, s.ps[k].head, s.ps[k].rel)
		}
		t.Logf("voter %d (%s, before punct repair) %v", k, voters[k].dir, c)
	}
	for _, T := range floats("VOTE_T", "0,1,5,20") {
		var c tally
		for _, s := range all {
			n := len(s.g.words)
			w := make([][]float64, n)
			for d := range w {
				w[d] = make([]float64, n+1)
				for k, p := range s.ps {
					x := 1.0
					if T > 0 {
						x = p.prob(d, T)
					} else if math.IsInf(p.raw[d][p.act[d]], -1) {
						x = 0
					}
					if k == 0 {
						x += 1e-6
					}
					w[d][p.head[d]] += x
				}
			}
			h := eisner(w, n)
			m.prepare(sc, s.g.words)
			sc.tags, sc.words, sc.lemma = s.tags, s.g.words, s.lem
			rels := relabel(m, sc, n, h)
			punct := make([]bool, n)
			for i, tg := range s.tags {
				punct[i] = m.isPunct(tg)
			}
			if n <= maxFixPunct {
				fixPunct(s.g.words, punct, h)
			}
			c.add(s.g, m, h, rels)
		}
		t.Logf("vote of %d, T=%g: %v", len(voters), T, c)
	}
}
