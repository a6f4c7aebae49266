//go:build experiment

package syntax

// The staged parser (staged.go) against the full model on whole parses:
// the heads and labels that change, and the heads right by the gold, on
// EWT train sentences the grid did not see and on EWT dev; and its speed,
// in alternating passes of one process. Run:
//
//	STAGED_CONFIGS=20:80,25:130 go test -count=1 -tags experiment -run TestStagedParses ./syntax -v
//	STAGED_CONFIGS=25:130 go test -count=1 -tags experiment -run TestStagedSpeed ./syntax -v

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"dateline/internal/conllu"
)

// rankedParseWeak is TestStagedGrid's ranking of the eligible parser
// templates on 4,000 EWT train sentences, weakest first (its first 25
// are weakParseTemplates).
var (
	rankedParseWeak = []uint8{fS0wpB0wp, fS0wB0lwB0w, fS0wB0wd, fS0wB0wp, fS0wpB0w, fS0wB0w, fS1wB0lwB0w,
		fS1wS0pB0p, fS0pB0wp, fS0cB0w, fS0wpB0p, fS0wB0pPunc, fS0uB0w, fS0wB0c, fS0pB0sufB0p, fS0sufS0pB0p,
		fS0pB0p, fS1cS0cB0c, fS0firstS0pB0p, fS0pB0lwB0p, fS0pB0pd, fS0pB0pB0sl, fS0pS0rpB0p, fS0pB0pPunc,
		fS1wB0p, fS0wd, fS0pB0pB0lp, fB0wd, fS0pS0p1pB0p, fS0pS0lpB0p}
)

// setStaged stages m's parser on its k weakest templates from a lead of
// T (k = 0: not staged).
func setStaged(m *Model, k int, T float32) {
	m.groupTemplates()
	rest := append(m.parseRest, m.parseWeak...)
	m.parseRest, m.parseWeak = splitWeak(rest, rankedParseWeak[:k])
	if k == 0 {
		m.parseWeak = nil
	}
	m.parseExit = T
}

// goldSentences reads every step-th sentence of a CoNLL-U file from
// start: words and gold heads (0-based, -1 for the root).
func goldSentences(tb testing.TB, p string, start, step int) (ws [][]string, hs [][]int, rs [][]string) {
	f, err := os.Open(p)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f, p)
	if err != nil {
		tb.Fatal(err)
	}
	for i := start; i < len(sents); i += step {
		var words []string
		var heads []int
		var rels []string
		for _, j := range sents[i].Words() {
			words = append(words, sents[i].Lines[j].Form)
			rels = append(rels, strings.Split(sents[i].Lines[j].Deprel, ":")[0])
			h, _ := strconv.Atoi(sents[i].Lines[j].Head)
			heads = append(heads, h-1)
		}
		ws, hs, rs = append(ws, words), append(hs, heads), append(rs, rels)
	}
	return ws, hs, rs
}

// TestStagedParses parses EWT train sentences (not those of
// TestStagedGrid: every third from the second) and EWT dev with staged
// decisions of the parser (STAGED_CONFIGS: "k:T,...", the k weakest
// templates and the lead T) and without, and counts
// the heads and labels that differ and the heads right (gold).
func TestStagedParses(t *testing.T) {
	m := loadFresh(t)
	data := filepath.Join("..", "..", "shared", "bench", "data", "syntax")
	trw, trh, trr := goldSentences(t, filepath.Join(data, "en_ewt-ud-train.conllu"), 1, 3)
	dvw, dvh, dvr := goldSentences(t, filepath.Join(data, "en_ewt-ud-dev.conllu"), 0, 1)
	configs := os.Getenv("STAGED_CONFIGS")
	if configs == "" {
		configs = "25:130"
	}
	for _, cfg := range strings.Split(configs, ",") {
		var k int
		var T float32
		if _, err := fmt.Sscanf(strings.ReplaceAll(cfg, ":", " "), "%d %f", &k, &T); err != nil {
			t.Fatal(err)
		}
		for _, set := range []struct {
			name  string
			sents [][]string
			gold  [][]int
			rels  [][]string
		}{{"train", trw, trh, trr}, {"dev", dvw, dvh, dvr}} {
			var a, b Sentence
			heads, rels, sents, rightA, rightB, lasA, lasB := 0, 0, 0, 0, 0, 0, 0
			las := func(s *Sentence, si, i int) int {
				if s.Head[i] == set.gold[si][i] && strings.Split(s.Rel[i], ":")[0] == set.rels[si][i] {
					return 1
				}
				return 0
			}
			for si, w := range set.sents {
				a.Words, b.Words = w, w
				setStaged(m, k, T)
				m.Parse(&a)
				setStaged(m, 0, 0)
				m.Parse(&b)
				differ := false
				for i := range w {
					if a.Head[i] != b.Head[i] {
						heads++
						differ = true
					}
					if a.Head[i] != b.Head[i] || a.Rel[i] != b.Rel[i] {
						rels++
						differ = true
					}
					if a.Head[i] == set.gold[si][i] {
						rightA++
					}
					if b.Head[i] == set.gold[si][i] {
						rightB++
					}
					lasA += las(&a, si, i)
					lasB += las(&b, si, i)
				}
				if differ {
					sents++
				}
			}
			fmt.Printf("%-22s %-5s: heads differ %3d, head or label %3d, sentences %3d; heads right %+d, labelled %+d\n",
				cfg, set.name, heads, rels, sents, rightA-rightB, lasA-lasB)
		}
	}
}

// TestStagedSpeed parses EWT dev in alternating passes with staged
// decisions (STAGED_CONFIGS, the first) and without, in one process over
// the same tables, and prints the CPU seconds of each pass.
func TestStagedSpeed(t *testing.T) {
	m := loadFresh(t)
	var k int
	var T float32
	cfg := os.Getenv("STAGED_CONFIGS")
	if cfg == "" {
		cfg = "25:130"
	}
	if _, err := fmt.Sscanf(strings.ReplaceAll(cfg, ":", " "), "%d %f", &k, &T); err != nil {
		t.Fatal(err)
	}
	sents := devSentences(t)
	var s Sentence
	pass := func(on bool) float64 {
		if on {
			setStaged(m, k, T)
		} else {
			setStaged(m, 0, 0)
		}
		c0 := cpuSeconds()
		for _, w := range sents {
			s.Words = w
			m.Parse(&s)
		}
		return cpuSeconds() - c0
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
		fmt.Printf("%s round %d: staged %.3f s, full %.3f s, speedup %.3f\n", cfg, i, on, off, off/on)
	}
	sort.Float64s(ratios)
	fmt.Printf("%s: median speedup %.3f\n", cfg, (ratios[4]+ratios[5])/2)
}
