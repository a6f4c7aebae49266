package event

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"dateline/text"
)

// cutCyclesByCounting is how sent.reset cut cycles before it remembered
// which tokens' ways up end: a walk of n+1 steps from every token.
func cutCyclesByCounting(head []int) {
	n := len(head)
	for i := 0; i < n; i++ {
		steps, j := 0, i
		for j >= 0 && steps <= n {
			j = head[j]
			steps++
		}
		if steps > n {
			head[i] = -1
		}
	}
}

func TestResetCutsCyclesAtTheTokensTheStepCountCut(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 9))
	var s sent
	for round := range 2000 {
		n := 1 + r.IntN(12)
		words := make([]string, n)
		toks := make([]text.Token, n)
		for i := range n {
			words[i] = "w"
		}
		doc := text.NewDocument(text.Article{Text: strings.Join(words, " ")})
		for i := range n {
			// Heads anywhere, the token itself and outside the sentence
			// included, so that most rounds hold a cycle or two.
			toks[i] = text.Token{Span: text.Span{Start: 2 * i, End: 2*i + 1}, UPOS: "X", Rel: "dep", Head: r.IntN(n+2) - 1}
		}
		doc.Tokens = toks
		want := make([]int, n)
		for i, tk := range toks {
			want[i] = tk.Head
			if tk.Head < 0 || tk.Head >= n || tk.Head == i {
				want[i] = -1
			}
		}
		cutCyclesByCounting(want)
		s.reset(doc, text.Sentence{FirstToken: 0, EndToken: n})
		if !slices.Equal(s.head, want) {
			t.Fatalf("round %d, heads %v: got %v, want %v", round, headsOf(toks), s.head, want)
		}
	}
}

func headsOf(toks []text.Token) []int {
	out := make([]int, len(toks))
	for i, t := range toks {
		out[i] = t.Head
	}
	return out
}

// TestRelationNames: relations are read in lower case with their v2
// names, whatever case a parse wrote them in, and their base is the name
// without its subtype.
func TestRelationNames(t *testing.T) {
	doc := text.NewDocument(text.Article{Text: "a b c d"})
	doc.Tokens = []text.Token{
		{Span: text.Span{Start: 0, End: 1}, UPOS: "X", Rel: "NSUBJPASS", Head: 3},
		{Span: text.Span{Start: 2, End: 3}, UPOS: "X", Rel: "Dobj", Head: 3},
		{Span: text.Span{Start: 4, End: 5}, UPOS: "X", Rel: "nmod:poss", Head: 3},
		{Span: text.Span{Start: 6, End: 7}, UPOS: "X", Rel: "root", Head: -1},
	}
	var s sent
	s.reset(doc, text.Sentence{FirstToken: 0, EndToken: 4})
	if want := []string{"nsubj:pass", "obj", "nmod:poss", "root"}; !slices.Equal(s.rel, want) {
		t.Errorf("relations %v, want %v", s.rel, want)
	}
	if want := []string{"nsubj", "obj", "nmod", "root"}; !slices.Equal(s.base, want) {
		t.Errorf("bases %v, want %v", s.base, want)
	}
}
