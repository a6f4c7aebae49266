package event

import (
	"context"
	"strings"
	"testing"

	"dateline/text"
)

// FuzzProcess feeds the coder parses a parser could never produce
// (cycles, heads out of range, odd relations): it must not panic and
// every event span must lie in the text.
func FuzzProcess(f *testing.F) {
	f.Add("Japan will meet China", []byte{2, 2, 0, 2}, []byte{0, 1, 2, 3})
	f.Add("France and Germany criticized Iran", []byte{3, 2, 0, 0, 3}, []byte{0, 4, 5, 2, 3})
	f.Add("a b c", []byte{1, 2, 0}, []byte{9, 9, 9})
	rels := []string{"nsubj", "aux", "root", "obj", "cc", "conj", "nsubj:pass", "obl", "case", "xcomp", "acl", "nmod:poss", "advmod", "compound", "mark", "ccomp"}
	upos := []string{"PROPN", "AUX", "VERB", "NOUN", "CCONJ", "PRON", "ADP", "ADJ"}
	st, err := NewStage(DefaultConfig())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, heads, relIdx []byte) {
		words := strings.Fields(s)
		if len(words) == 0 || len(words) > 60 {
			return
		}
		d := text.NewDocument(text.Article{Text: strings.Join(words, " ")})
		pos := 0
		for i, w := range words {
			h, r := -1, "dep"
			if i < len(heads) {
				h = int(heads[i]) - 1
			}
			if i < len(relIdx) {
				r = rels[int(relIdx[i])%len(rels)]
			}
			d.Tokens = append(d.Tokens, text.Token{Span: text.Span{Start: pos, End: pos + len(w)}, Lemma: strings.ToLower(w),
				UPOS: upos[(i+len(w))%len(upos)], Head: h, Rel: r})
			pos += len(w) + 1
		}
		d.Sentences = []text.Sentence{{Span: text.Span{Start: 0, End: len(d.Text)}, FirstToken: 0, EndToken: len(d.Tokens)}}
		if err := st.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, e := range d.Events {
			if e.Start < 0 || e.End > len(d.Text) || e.Start > e.End {
				t.Fatalf("event span %v outside text of %d bytes", e.Span, len(d.Text))
			}
		}
	})
}
