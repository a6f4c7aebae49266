//go:build experiment

package syntax

// The label table measured before it is chosen: tables are made from the
// labeller's own labels of half of EWT train (the even sentences; gold
// tokens, the pipeline's tags) at several thresholds, and tried on the
// other half: the arcs they cover (labeller calls skipped), the covered
// arcs whose table label is not the labeller's, and the heads and labels
// of the finished parses that then change (labels are parser features),
// with the gold heads and labels right before and after. Run:
//
//	go test -tags experiment -run TestSureLabelGrid ./syntax -v -timeout 30m

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"dateline/internal/conllu"
	"dateline/internal/cputime"
)

// goldTrain reads EWT train: each sentence's words, gold heads (-1 for
// the root) and relations.
func goldTrain(tb testing.TB) (words [][]string, heads [][]int, rels [][]string) {
	tb.Helper()
	p := filepath.Join("..", "..", "shared", "bench", "data", "syntax", "en_ewt-ud-train.conllu")
	f, err := os.Open(p)
	if err != nil {
		tb.Fatalf("EWT train (from ../shared): %v", err)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f, p)
	if err != nil {
		tb.Fatal(err)
	}
	for _, s := range sents {
		h, err := s.Heads()
		if err != nil {
			tb.Fatal(err)
		}
		var ws, rs []string
		for _, j := range s.Words() {
			ws, rs = append(ws, s.Lines[j].Form), append(rs, s.Lines[j].Deprel)
		}
		words, heads, rels = append(words, ws), append(heads, h), append(rels, rs)
	}
	return words, heads, rels
}

// probeSure parses the sentences with the labeller alone and counts the
// arcs, those t covers, and the covered ones whose table label differs.
func (m *Model) probeSure(sents [][]string, t *sureLabels) (arcs, covered, differ int) {
	m.eachArc(sents, func(sc *scratch, _ []string, d, h int32) {
		arcs++
		if l := t.get(sc.ws[d+2].lower, sc.tags[d], sc.tags[h], sc.st.shape(d, h)); l >= 0 {
			covered++
			if l != sc.st.rel[d] {
				differ++
			}
		}
	})
	return
}

func TestSureLabelGrid(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	m.sure = nil
	words, heads, rels := goldTrain(t)
	var a, b [][]string
	var bi []int
	for i := range words {
		if i%2 == 0 {
			a = append(a, words[i])
		} else {
			b, bi = append(b, words[i]), append(bi, i)
		}
	}
	c := m.CountLabels(a)
	t.Logf("half A: %d sentences, %d arcs labelled; half B: %d sentences", len(a), c.Arcs, len(b))
	parseAll := func() (hs [][]int, rs [][]string) {
		for _, w := range b {
			s := Sentence{Words: w}
			m.Parse(&s)
			hs, rs = append(hs, append([]int(nil), s.Head...)), append(rs, append([]string(nil), s.Rel...))
		}
		return
	}
	score := func(hs [][]int, rs [][]string) (uas, las int) {
		for k, i := range bi {
			for j := range hs[k] {
				if hs[k][j] == heads[i][j] {
					uas++
					if rs[k][j] == rels[i][j] {
						las++
					}
				}
			}
		}
		return
	}
	h0, r0 := parseAll()
	u0, l0 := score(h0, r0)
	t.Logf("half B, labeller alone: %d heads right, %d labelled right", u0, l0)
	t.Logf("known minArcs minWord purity  keys  coverA%%  arcsB  covB%%  differB  headsChg labelsChg  dUAS dLAS")
	for _, minArcs := range []int{200, 400, 800} {
		for _, minWord := range []int{100, 200, 1 << 30} {
			for _, purity := range []float64{0.998, 0.999} {
				for _, known := range []int{0, 3, 10} {
					o := LabelTableOptions{MinArcs: minArcs, MinWordArcs: minWord, Purity: purity, Known: known}
					var buf bytes.Buffer
					keys, covA, err := c.WriteTable(&buf, o, "exp", nil)
					if err != nil {
						t.Fatal(err)
					}
					tab, _, err := m.parseSureLabels(buf.String())
					if err != nil {
						t.Fatal(err)
					}
					arcs, cov, differ := m.probeSure(b, tab)
					m.sure = tab
					h1, r1 := parseAll()
					m.sure = nil
					hc, lc := 0, 0
					for k := range h1 {
						for j := range h1[k] {
							if h1[k][j] != h0[k][j] {
								hc++
							} else if r1[k][j] != r0[k][j] {
								lc++
							}
						}
					}
					u1, l1 := score(h1, r1)
					t.Logf("%5v %7d %7d %6.3f %5d %7.1f %6d %6.1f %8d %9d %9d %5d %4d", known, minArcs, minWord, purity, keys,
						100*float64(covA)/float64(c.Arcs), arcs, 100*float64(cov)/float64(arcs), differ, hc, lc, u1-u0, l1-l0)
				}
			}
		}
	}
}

// TestSureLabelMisses lists the covered arcs of half B whose labeller
// label differs from the table's (SURE_MIN, SURE_WORD, SURE_PURITY).
func TestSureLabelMisses(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	m.sure = nil
	words, _, _ := goldTrain(t)
	var a, b [][]string
	for i := range words {
		if i%2 == 0 {
			a = append(a, words[i])
		} else {
			b = append(b, words[i])
		}
	}
	c := m.CountLabels(a)
	var buf bytes.Buffer
	c.WriteTable(&buf, LabelTableOptions{MinArcs: 400, MinWordArcs: 100, Purity: 0.999}, "exp", nil)
	tab, _, _ := m.parseSureLabels(buf.String())
	for _, words := range b {
		s := Sentence{Words: words}
		sc := m.tagInto(&s)
		n := len(words)
		sc.words, sc.lemma = s.Words, s.Lemma
		m.parse(sc, n)
		for d := range n {
			h := sc.st.head[d]
			if int(h) >= n {
				continue
			}
			if l := tab.get(sc.ws[d+2].lower, sc.tags[d], sc.tags[h], sc.st.shape(int32(d), h)); l >= 0 && l != sc.st.rel[d] {
				leaf := sc.st.lc1[d] < 0 && sc.st.rc1[d] < 0
				inA := c.keys[labelKey{word: strings.ToLower(words[d]), dt: sc.tags[d], ht: sc.tags[h], a: sc.st.shape(int32(d), h)}]
				t.Logf("word in A under the key: %v", inA)
				t.Logf("%s/%s -> %s/%s before=%v dist=%d leaf=%v  table %s labeller %s   %q <- %q", m.tags[sc.tags[d]].UPOS, m.tags[sc.tags[d]].XPOS,
					m.tags[sc.tags[h]].UPOS, m.tags[sc.tags[h]].XPOS, int32(d) < h, dist(int32(d), h), leaf, m.rels[l], m.rels[sc.st.rel[d]], words[h], words[d])
			}
		}
		m.pool.Put(sc)
	}
}

// TestSureLabelDev counts, on EWT dev, the arcs the embedded table
// covers and those whose table label is not the labeller's.
func TestSureLabelDev(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tab := m.sure
	if tab == nil {
		t.Fatal("no embedded table")
	}
	m.sure = nil
	defer func() { m.sure = tab }()
	arcs, cov, differ := m.probeSure(devSentences(t), tab)
	t.Logf("EWT dev: %d arcs labelled, %d (%.1f%%) covered by the table, %d of them labelled otherwise by the labeller", arcs, cov, 100*float64(cov)/float64(arcs), differ)
}

// TestSureLabelWord prints the labeller's labels of the word SURE_WORD
// per key along its parses of EWT train.
func TestSureLabelWord(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words, _, _ := goldTrain(t)
	c := m.CountLabels(words)
	for k, v := range c.keys {
		if k.word == os.Getenv("SURE_WORD") {
			named := map[string]int{}
			for l, n := range v {
				named[m.rels[l]] = n
			}
			t.Logf("%s -> %s %s: %v", m.tags[k.dt].XPOS, m.tags[k.ht].XPOS, k.a, named)
		}
	}
}

// bbcSentences cuts the texts of SURE_BBC (the throughput bench's
// input.jsonl: {"id", "title", "text"} a line) into rough sentences of
// rough tokens: enough to count what the table covers on news text.
func bbcSentences(tb testing.TB) [][]string {
	p := os.Getenv("SURE_BBC")
	if p == "" {
		tb.Skip("SURE_BBC not set")
	}
	data, err := os.ReadFile(p)
	if err != nil {
		tb.Fatal(err)
	}
	tok := regexp.MustCompile(`[A-Za-z0-9]+(?:[-.'’][A-Za-z0-9]+)*|n't|\S`)
	cut := regexp.MustCompile(`[.!?]["”]?\s+`)
	var out [][]string
	for line := range strings.Lines(string(data)) {
		var d struct{ Text string }
		if json.Unmarshal([]byte(line), &d) != nil {
			continue
		}
		for _, s := range cut.Split(d.Text, -1) {
			if w := tok.FindAllString(s+" .", -1); len(w) > 1 && len(w) < 120 {
				out = append(out, w)
			}
		}
	}
	return out
}

// TestSureLabelSpeed parses EWT dev (or, with SURE_BBC, BBC text) in
// alternating passes with the table and without, 10 rounds, and prints
// the CPU seconds of each and their ratio; with SURE_BBC it also counts
// the arcs the table covers there.
func TestSureLabelSpeed(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tab := m.sure
	defer func() { m.sure = tab }()
	var sents [][]string
	if os.Getenv("SURE_BBC") != "" {
		sents = bbcSentences(t)
		m.sure = nil
		arcs, cov, differ := m.probeSure(sents, tab)
		t.Logf("BBC: %d sentences, %d arcs labelled, %d (%.1f%%) covered by the table, %d of them labelled otherwise by the labeller", len(sents), arcs, cov, 100*float64(cov)/float64(arcs), differ)
	} else {
		sents = devSentences(t)
	}
	var s Sentence
	pass := func(on bool) float64 {
		m.sure = nil
		if on {
			m.sure = tab
		}
		c0 := cputime.Now()
		for _, w := range sents {
			s.Words = w
			m.Parse(&s)
		}
		return (cputime.Now() - c0).Seconds()
	}
	pass(true)
	pass(false)
	var ratios []float64
	for i := range 10 {
		var on, off float64
		if i%2 == 0 {
			on, off = pass(true), pass(false)
		} else {
			off, on = pass(false), pass(true)
		}
		ratios = append(ratios, off/on)
		t.Logf("round %d: table %.3f s, labeller alone %.3f s, ratio %.3f", i, on, off, off/on)
	}
	slices.Sort(ratios)
	t.Logf("median ratio %.3f", (ratios[4]+ratios[5])/2)
}
