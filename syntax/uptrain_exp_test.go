//go:build experiment

package syntax

import (
	"context"
	"dateline/internal/bbccorpus"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"dateline/text"
)

// newsSentences reads the words of the sentences of the BBC corpus and the
// Wikinews sample, segmented as the pipeline does.
func newsSentences(t *testing.T) [][]string {
	var texts []string
	bbccorpus.Each(t, "..", func(_, _ string, b []byte) { texts = append(texts, string(b)) })
	wn := filepath.Join("..", "..", "shared", "samples", "wikinews", "world_affairs.jsonl")
	if b, err := os.ReadFile(wn); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			var a struct{ Text string }
			if json.Unmarshal([]byte(line), &a) == nil && a.Text != "" {
				texts = append(texts, a.Text)
			}
		}
	}
	var out [][]string
	sg := text.NewSegmenter()
	for _, tx := range texts {
		d := text.NewDocument(text.Article{Text: tx})
		if err := sg.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, se := range d.Sentences {
			n := se.EndToken - se.FirstToken
			if n < 4 || n > 60 {
				continue
			}
			words := make([]string, 0, n)
			for _, tk := range d.Tokens[se.FirstToken:se.EndToken] {
				words = append(words, d.Text[tk.Start:tk.End])
			}
			out = append(out, words)
		}
	}
	return out
}

// teach tags words with m and parses them with m (left to right) and mr
// (right to left); it returns the tags, the combined tree (heads, -1 for
// the root; relations by m's labeller) and whether the two parsers agreed
// on every head.
func teach(m, mr *Model, sc, sr *scratch, words []string, T, wR float64) (tags, heads, rels []int32, agree bool) {
	n := len(words)
	m.prepare(sc, words)
	sc.words = words
	m.tag(sc, n)
	lem := make([]string, n)
	for i, tg := range sc.tags {
		lem[i] = m.lemmas.lemma(words[i], tg)
	}
	sc.lemma = lem
	a := parseScored(m, sc, n, T)
	b := parseRTL(m, mr, sr, words, sc.tags, lem, true)
	w := make([][]float64, n)
	agree = true
	for d := range w {
		w[d] = make([]float64, n+1)
		w[d][a.head[d]] += a.prob(d, T) + 1e-6
		w[d][b.head[d]] += wR * b.prob(d, T)
		agree = agree && b.head[d] == a.head[d]
	}
	heads = eisner(w, n)
	rels = relabel(m, sc, n, heads)
	for d := range heads {
		if heads[d] == int32(n) {
			heads[d] = -1
		}
	}
	return append([]int32(nil), sc.tags...), heads, rels, agree
}

// The uptraining experiment: go test -tags experiment ./syntax -run
// TestUptrainExperiment -v parses VOTE_NEWS sentences of the BBC corpus
// and the Wikinews sample (../shared, read at run time) with the
// combination of the committed and the right-to-left parser, adds their
// trees to EWT train (only the sentences both parsers agree on with
// VOTE_AGREE=1: tri-training) and retrains the parser; it prints the dev
// scores and keeps the model in expDir. Nothing of the text is kept.
func TestUptrainExperiment(t *testing.T) {
	dir := expDir(t)
	o, v, train, dev, load := expSetup(t, dir)
	start := time.Now()
	base := "model/syntax.model.zst"
	m, mr := load(base), load(rtlPath(dir, 3))
	tags, err := jackknife(train, v, &Model{}, o, start)
	if err != nil {
		t.Fatal(err)
	}
	news := newsSentences(t)
	limit := len(news)
	if k, err := strconv.Atoi(os.Getenv("VOTE_NEWS")); err == nil && k < limit {
		limit = k
	}
	onlyAgree := os.Getenv("VOTE_AGREE") != ""
	sc, sr := m.getScratch(), mr.getScratch()
	var words, agreed int
	all, allTags := append([]*tsent(nil), train...), append([][]int32(nil), tags...)
	stride := max(1, len(news)/max(limit, 1))
	for i := 0; i < len(news) && i/stride < limit; i += stride {
		ws := news[i]
		tg, h, r, ag := teach(m, mr, sc, sr, ws, 5, 1)
		if ag {
			agreed++
		}
		if onlyAgree && !ag {
			continue
		}
		words += len(ws)
		all = append(all, &tsent{words: ws, tags: tg, heads: h, rels: r})
		allTags = append(allTags, tg)
	}
	t.Logf("news: %d sentences read, %d parsed, %d agreed; %d sentences (%d words) added (%s)", len(news), limit, agreed, len(all)-len(train), words, time.Since(start))
	mu := load(base)
	if err := trainParser(mu, all, allTags, nil, o, start); err != nil {
		t.Fatal(err)
	}
	t.Logf("uptrained: %s (%s)", Evaluate(mu, dev), time.Since(start))
	f, err := os.Create(filepath.Join(dir, fmt.Sprintf("up.%d.%d.%v.model.gz", o.ParseModels, limit, onlyAgree)))
	if err != nil {
		t.Fatal(err)
	}
	if err := mu.Write(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
}
