//go:build experiment

package syntax

// How the parser's and labeller's weight lookups split, per decision and
// per template: how many find no row, and how much the rows found move the
// chosen action's margin over the runner-up. Run:
//
//	go test -tags experiment -run TestLookupStats ./syntax -v -timeout 30m
//
// LOOKUP_FREQ=1 also counts every feature's lookups over the bundled
// examples and the BBC corpus (unlabelled text, segmented and parsed) and
// prints how much of the lookups the most frequent rows take, as a cache
// would see them. TestZeroTemplates scores EWT dev with the weakest
// templates left out at inference.

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"testing"

	"dateline/internal/bbccorpus"
	pc "dateline/internal/perceptron"
	"dateline/text"
)

// tmplStat accumulates one template's lookups.
type tmplStat struct {
	lookups, hits int     // lookups made (a reused buffer feature counts once)
	uses          int     // decisions the feature took part in
	absSum        float64 // sum of |contribution to the chosen margin|
	decisive      int     // decisions the feature's contribution exceeded the margin
}

// probe is the parse loop of Model.parse with an observer of every scored
// decision: the templates and features looked up now (fresh) and all that
// were summed (with reused buffer features), the scores and the choice.
type probe struct {
	parse func(fresh, all []uint8, feats []uint64, nfresh int, scores []float32, ok []bool, a int)
	label func(ts []uint8, feats []uint64, scores []float32, allowed []bool, l int)
	// drop, when set, leaves the features of the templates it marks out
	// of a decision's scoring (it sees the state and the words).
	drop func(st *state, ws []word, ts []uint8, out []bool)
}

func (m *Model) probeParse(words []string, p probe) (heads []int32, rels []int32) {
	n := len(words)
	if n == 0 {
		return nil, nil
	}
	sc := m.getScratch()
	defer m.pool.Put(sc)
	m.prepare(sc, words)
	sc.words = words
	m.tag(sc, n)
	lemmas := make([]string, n)
	for i, t := range sc.tags {
		lemmas[i] = m.lemmaCached(sc, words[i], &sc.ws[i+2], t)
	}
	sc.words, sc.lemma = words, lemmas
	m.setSent(&sc.x, sc.ws, sc.tags)
	m.setClasses(&sc.x, sc.ws, sc.tags, sc.words, sc.lemma)
	st := &sc.st
	st.reset(n)
	var ok [nActions]bool
	all := append(append([]uint8(nil), m.parseBuf...), m.parseState...)
	bufAt := int32(-1)
	var bufFeats []uint64
	for !st.terminal() {
		st.legal(&ok)
		a := only(&ok)
		if a < 0 {
			m.stateFeatures(&sc.pv, &sc.x, st)
			fresh := m.parseState
			if st.b != bufAt {
				bufferFeatures(&sc.pv, &sc.x, st.b)
				bufFeats = gather(bufFeats[:0], sc.pv[:], m.parseBuf)
				fresh = all
				bufAt = st.b
			}
			sc.feats = append(append(sc.feats[:0], bufFeats...), gather(nil, sc.pv[:], m.parseState)...)
			if p.drop != nil {
				out := make([]bool, len(all))
				p.drop(st, sc.ws, all, out)
				var kept []uint64
				for i, f := range sc.feats {
					if !out[i] {
						kept = append(kept, f)
					}
				}
				sc.feats = append(sc.feats[:0], kept...)
			}
			m.parser.Score(sc.feats, sc.scores)
			a = pc.Argmax(sc.scores[:nActions], ok[:])
			nfresh := len(m.parseState)
			if len(fresh) == len(all) {
				nfresh = len(all)
			}
			p.parse(fresh, all, sc.feats, nfresh, sc.scores[:nActions], ok[:], a)
		}
		l := int32(-1)
		if a != shift {
			d, h := st.arc(a)
			if h == st.n {
				l = m.rootRel
			} else {
				sc.feats = m.labelFeatures(sc.feats[:0], &sc.lv, &sc.x, sc.ws[2:n+2], st, h, d)
				l = int32(m.labeler.Predict(sc.feats, sc.scores, m.labAllowed))
				if p.label != nil {
					p.label(m.labelIDs, sc.feats, sc.scores[:m.labeler.Classes()], m.labAllowed, int(l))
				}
			}
		}
		st.apply(a, l)
	}
	sc.words, sc.lemma = nil, nil
	m.fixPunct(sc, words)
	return slices.Clone(st.head[:n]), slices.Clone(st.rel[:n])
}

// runnerUp is the best allowed class other than c (-1 if none).
func runnerUp(scores []float32, allowed []bool, c int) int {
	r := -1
	for k, s := range scores {
		if k == c || (allowed != nil && !allowed[k]) {
			continue
		}
		if r < 0 || s > scores[r] {
			r = k
		}
	}
	return r
}

// templateNames reads the template constants' names from the source.
func templateNames(t *testing.T, file, first string) map[uint8]string {
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	i := regexp.MustCompile(`\t` + first + ` = iota \+ 1`).FindStringIndex(src)
	if i == nil {
		t.Fatalf("%s: no %s", file, first)
	}
	names := map[uint8]string{}
	k := uint8(1)
	for _, m := range regexp.MustCompile(`(?m)^\t([A-Za-z0-9]+)\s*(?:=.*)?$|^\)`).FindAllStringSubmatch(src[i[0]:], -1) {
		if m[0] == ")" {
			break
		}
		names[k] = m[1]
		k++
	}
	return names
}

type lookupStats struct {
	decisions, lookups, hits int
	byT                      map[uint8]*tmplStat
	row                      []float32
}

func newLookupStats(classes int) *lookupStats {
	return &lookupStats{byT: map[uint8]*tmplStat{}, row: make([]float32, max(classes, 8))}
}

func (s *lookupStats) stat(t uint8) *tmplStat {
	if s.byT[t] == nil {
		s.byT[t] = &tmplStat{}
	}
	return s.byT[t]
}

// observe records one decision: feats[i] of template ts[i]; the first
// nfresh were looked up now.
func (s *lookupStats) observe(pm *pc.Model, ts []uint8, feats []uint64, nfresh int, scores []float32, allowed []bool, c int) {
	s.decisions++
	r := runnerUp(scores, allowed, c)
	margin := float64(0)
	if r >= 0 {
		margin = float64(scores[c] - scores[r])
	}
	fresh := len(feats) - nfresh // reused buffer features come first and are not looked up
	for i, f := range feats {
		st := s.stat(ts[i])
		pm.Score([]uint64{f}, s.row)
		hit := false
		for _, w := range s.row[:pm.Classes()] {
			hit = hit || w != 0
		}
		if i >= fresh {
			s.lookups++
			st.lookups++
			if hit {
				s.hits++
				st.hits++
			}
		}
		st.uses++
		if r >= 0 {
			d := float64(s.row[c] - s.row[r])
			st.absSum += math.Abs(d)
			if d > margin {
				st.decisive++
			}
		}
	}
}

func (s *lookupStats) print(name string, names map[uint8]string) {
	fmt.Printf("\n%s: %d decisions, %.1f lookups each, %.1f%% find no row\n", name, s.decisions,
		float64(s.lookups)/float64(s.decisions), 100*float64(s.lookups-s.hits)/float64(s.lookups))
	var ts []uint8
	for t := range s.byT {
		ts = append(ts, t)
	}
	sort.Slice(ts, func(i, j int) bool {
		return s.byT[ts[i]].absSum/float64(s.byT[ts[i]].uses) < s.byT[ts[j]].absSum/float64(s.byT[ts[j]].uses)
	})
	fmt.Printf("%-16s %8s %8s %10s %9s\n", "template", "lookups%", "hit%", "mean|d|", "decisive%")
	for _, t := range ts {
		st := s.byT[t]
		fmt.Printf("%-16s %8.2f %8.1f %10.3f %9.3f\n", names[t], 100*float64(st.lookups)/float64(s.lookups),
			100*float64(st.hits)/float64(max(st.lookups, 1)), st.absSum/float64(st.uses), 100*float64(st.decisive)/float64(st.uses))
	}
}

func TestLookupStats(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	pnames := templateNames(t, "features.go", "fS0wp")
	lnames := templateNames(t, "features_label.go", "lBias")
	ps, ls := newLookupStats(nActions), newLookupStats(m.labeler.Classes())
	pr := probe{
		parse: func(fresh, all []uint8, feats []uint64, nfresh int, scores []float32, ok []bool, a int) {
			ps.observe(m.parser, all, feats, nfresh, scores, ok, a)
		},
		label: func(lts []uint8, feats []uint64, scores []float32, allowed []bool, l int) {
			ls.observe(m.labeler, lts, feats, len(feats), scores, allowed, l)
		},
	}
	var s Sentence
	for _, words := range devSentences(t) {
		heads, _ := m.probeParse(words, pr)
		s.Words = words
		m.Parse(&s)
		for i, h := range heads {
			if int(h) < len(heads) && int(h) != s.Head[i] {
				t.Fatalf("the probe's parse differs from Parse's: %q", words)
			}
		}
	}
	ps.print("parser (EWT dev)", pnames)
	ls.print("labeller (EWT dev)", lnames)
	if os.Getenv("LOOKUP_FREQ") != "" {
		lookupFreq(t, m)
	}
}

// unlabelled returns the sentences of the bundled examples and the BBC
// corpus, segmented as the pipeline does.
func unlabelled(t *testing.T) [][]string {
	var texts []string
	b, err := os.ReadFile(filepath.Join("..", "examples", "summit", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	texts = append(texts, string(b))
	bbccorpus.Each(t, "..", func(_, _ string, body []byte) { texts = append(texts, string(body)) })
	var out [][]string
	sg := text.NewSegmenter()
	for _, s := range texts {
		d := text.NewDocument(text.Article{Text: s})
		if err := sg.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, se := range d.Sentences {
			var ws []string
			for _, tk := range d.Tokens[se.FirstToken:se.EndToken] {
				ws = append(ws, d.Text[tk.Start:tk.End])
			}
			out = append(out, ws)
		}
	}
	return out
}

// lookupFreq counts the parser's lookups per feature on unlabelled text,
// then reports, for tables of the N most looked-up rows (N by powers of
// two), the share of the lookups of EWT dev they would serve.
func lookupFreq(t *testing.T, m *Model) {
	count := map[uint64]int{}
	total, absent := 0, 0
	row := make([]float32, 8)
	pr := probe{parse: func(fresh, all []uint8, feats []uint64, nfresh int, scores []float32, ok []bool, a int) {
		for _, f := range feats[len(feats)-nfresh:] {
			count[f]++
		}
	}}
	sents := unlabelled(t)
	ntok := 0
	for _, w := range sents {
		ntok += len(w)
		m.probeParse(w, pr)
	}
	type kc struct {
		k uint64
		c int
	}
	var present []kc
	for k, c := range count {
		total += c
		m.parser.Score([]uint64{k}, row)
		if slices.ContainsFunc(row[:nActions], func(w float32) bool { return w != 0 }) {
			present = append(present, kc{k, c})
		} else {
			absent += c
		}
	}
	sort.Slice(present, func(i, j int) bool { return present[i].c > present[j].c })
	fmt.Printf("\nunlabelled: %d sentences, %d tokens, %d parser lookups, %d distinct features (%d with a row of the %d), %.1f%% of lookups absent\n",
		len(sents), ntok, total, len(count), len(present), m.parser.Features(), 100*float64(absent)/float64(total))
	// The same counts' ranking applied to EWT dev.
	hot := map[uint64]int{}
	for i, p := range present {
		hot[p.k] = i
	}
	var ranks []int
	devTotal, devAbsent := 0, 0
	pr = probe{parse: func(fresh, all []uint8, feats []uint64, nfresh int, scores []float32, ok []bool, a int) {
		for _, f := range feats[len(feats)-nfresh:] {
			devTotal++
			if r, ok := hot[f]; ok {
				ranks = append(ranks, r)
				continue
			}
			m.parser.Score([]uint64{f}, row)
			if !slices.ContainsFunc(row[:nActions], func(w float32) bool { return w != 0 }) {
				devAbsent++
			}
		}
	}}
	for _, words := range devSentences(t) {
		m.probeParse(words, pr)
	}
	sort.Ints(ranks)
	fmt.Printf("EWT dev: %d lookups, %.1f%% absent\n%10s %10s %12s %12s\n", devTotal, 100*float64(devAbsent)/float64(devTotal), "top N", "KB@13B", "unlab. %", "dev %")
	for n := 1 << 10; n <= len(present)*2; n *= 2 {
		c := 0
		for _, p := range present[:min(n, len(present))] {
			c += p.c
		}
		d := sort.SearchInts(ranks, n)
		fmt.Printf("%10d %10d %12.1f %12.1f\n", n, n*13/1024, 100*float64(c)/float64(total), 100*float64(d)/float64(devTotal))
	}
}
