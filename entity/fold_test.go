package entity

import (
	"strings"
	"testing"

	"dateline/gazetteer/fold"
	"dateline/text"
)

// TestFoldedIsFoldToken: the token view's lower-case text stands for the
// folded form only where the two agree.
func TestFoldedIsFoldToken(t *testing.T) {
	txt := "Mr. Orvel TANNISH of Brèche-Haute said U.S. officials’ O'Dowd co. `quoted` İlkin Ÿves"
	var toks []text.Token
	for _, w := range strings.Fields(txt) {
		start := strings.Index(txt, w)
		toks = append(toks, text.Token{Span: text.Span{Start: start, End: start + len(w)}})
	}
	d := text.NewDocument(text.Article{Text: txt})
	d.Tokens = toks
	r := &resolver{d: d}
	tv := tokenViewOf(d)
	r.words, r.lower = tv.words, tv.lower
	for i, w := range r.words {
		if got, want := r.folded(i), fold.Token(w); got != want {
			t.Errorf("folded(%q) = %q, fold.Token gives %q", w, got, want)
		}
	}
}
