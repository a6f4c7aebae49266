package event

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"dateline/text"
)

// windowsBySorting are preWindow and postWindow as they were before they
// marked tokens: the walks gathered, then sorted (and made unique).
func windowsBySorting(c *coder, v, subj int, dropAgent bool) (pre, post []int) {
	s := c.s
	for _, t := range s.subtree(nil, v, conjOrParataxis) {
		if t < v {
			pre = append(pre, t)
		}
	}
	if subj >= 0 && !s.inSubtree(subj, v) {
		for _, t := range s.subtree(nil, subj, unitSkip) {
			if t < v {
				pre = append(pre, t)
			}
		}
	}
	for a, steps := s.head[v], 0; a >= 0 && steps < 6; a, steps = s.head[a], steps+1 {
		if a < v {
			pre = append(pre, a)
		}
		for _, k := range s.kids[a] {
			if k < v && (relBase(s.rel[k]) == "aux" || relBase(s.rel[k]) == "advmod" || s.rel[k] == "mark" || s.rel[k] == "cop") {
				pre = append(pre, k)
			}
		}
	}
	slices.Sort(pre)
	pre = slices.Compact(pre)
	post = append(post, v)
	for _, k := range s.kids[v] {
		if r := s.rel[k]; r == "conj" || r == "parataxis" || r == "punct" || relBase(r) == "advcl" || (dropAgent && r == "obl:agent") {
			continue
		}
		if s.child(k, "nsubj") >= 0 {
			continue // a reported clause (built-in mode)
		}
		post = s.subtree(post, k, nil)
	}
	slices.Sort(post)
	return pre, post[slices.Index(post, v)+1:]
}

func TestWindowsInTextOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 8))
	rels := []string{"nsubj", "obj", "conj", "parataxis", "punct", "advcl", "advcl:relcl", "obl:agent", "aux", "advmod",
		"mark", "cop", "appos", "acl:relcl", "compound", "det", "case", "nmod"}
	c := &coder{s: &sent{}, lx: &Lexicon{}}
	for round := range 3000 {
		n := 1 + r.IntN(16)
		words := make([]string, n)
		toks := make([]text.Token, n)
		for i := range n {
			words[i] = "w"
		}
		doc := text.NewDocument(text.Article{Text: strings.Join(words, " ")})
		for i := range n {
			toks[i] = text.Token{Span: text.Span{Start: 2 * i, End: 2*i + 1}, UPOS: "X", Rel: rels[r.IntN(len(rels))], Head: r.IntN(n+1) - 1}
		}
		doc.Tokens = toks
		c.s.reset(doc, text.Sentence{FirstToken: 0, EndToken: n})
		v, subj, drop := r.IntN(n), r.IntN(n+1)-1, r.IntN(2) == 0
		wantPre, wantPost := windowsBySorting(c, v, subj, drop)
		pre := c.preWindow(nil, v, subj)
		post := c.postWindow(nil, v, drop)
		if !slices.Equal(pre, wantPre) || !slices.Equal(post, wantPost) {
			t.Fatalf("round %d, heads %v, v %d, subject %d: windows %v %v, want %v %v", round, headsOf(toks), v, subj, pre, post, wantPre, wantPost)
		}
	}
}
