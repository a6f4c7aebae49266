package gazetteer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"dateline/text"
)

func TestSentenceMatches(t *testing.T) {
	g := gaz(t)
	d := text.NewDocument(text.Article{Text: "The mayor of Paris flew to Kyiv on Monday. Officials in Brazil said nothing."})
	if err := text.NewSegmenter().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 2 {
		t.Fatalf("segmenter made %d sentences, want 2", len(d.Sentences))
	}
	got := g.SentenceMatches(d)
	t.Run("each sentence as Match finds it in its tokens", func(t *testing.T) {
		for si, s := range d.Sentences {
			var words []string
			for _, tok := range d.Tokens[s.FirstToken:s.EndToken] {
				words = append(words, d.Text[tok.Start:tok.End])
			}
			want := g.Match(words)
			if len(want) == 0 {
				t.Fatalf("sentence %d %q: Match finds nothing; the test needs a place in each", si, strings.Join(words, " "))
			}
			if !slices.Equal(got[si], want) {
				t.Errorf("sentence %d: SentenceMatches = %v, want %v", si, got[si], want)
			}
		}
	})
	t.Run("a second call returns the first's result", func(t *testing.T) {
		again := g.SentenceMatches(d)
		if &again[0] != &got[0] {
			t.Error("SentenceMatches computed the matches again")
		}
	})
	t.Run("a sentence out of the token range has none", func(t *testing.T) {
		bad := text.NewDocument(text.Article{Text: d.Text})
		bad.Tokens = d.Tokens
		bad.Sentences = []text.Sentence{d.Sentences[0], {FirstToken: 5, EndToken: len(d.Tokens) + 3}}
		ms := g.SentenceMatches(bad)
		if len(ms) != 2 || len(ms[0]) == 0 || ms[1] != nil {
			t.Errorf("SentenceMatches = %v, want matches for the first sentence and nil for the second", ms)
		}
	})
}
