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

// inCapitals answers as comparing the word with its upper case.
func TestInCapitalsIsToUpper(t *testing.T) {
	for _, w := range []string{"", "NATO", "Nato", "nato", "U.S.", "1990", "BBC's", "ÉCOLE", "École", "ÉCOLe", "aÉ",
		"Aé", "STRAßE", "ǅ", "\xff", "A\xff", "a\xff", "İ", "-", "MP3"} {
		if got, want := inCapitals(w), strings.ToUpper(w) == w; got != want {
			t.Errorf("inCapitals(%q) = %v, want %v", w, got, want)
		}
	}
}
