package storetest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"dateline"
	"dateline/store"
)

// testUntitledLead: a list heads an article that has no title (a plain-text
// file) with its opening words, so the store gives its first 200
// characters — characters, not bytes, so that a cut never splits one — and
// nothing for an article that has a title.
func testUntitledLead(t *testing.T, s store.Store) {
	ferryID, _, _ := putAll(t, s)
	text := strings.Repeat("Für die Fähre über den Fjord gilt ab Montag ein neuer Fahrplan. ", 8)
	untitled := dateline.Analysis{ID: "fixture/plain", Published: ptr("2025-03-06"), Language: "de", Text: text}
	plainID := put(t, s, record(untitled, "plain.txt", false)).ID

	p, err := s.Articles(ctx(t), store.ArticleQuery{})
	if err != nil {
		t.Fatal(err)
	}
	leads := map[string]string{}
	for _, a := range p.Items {
		leads[a.ID] = a.Lead
	}
	want := string([]rune(text)[:200])
	if got := leads[plainID]; got != want {
		t.Errorf("untitled article's lead %q (valid UTF-8: %v), want its first 200 characters %q", got, utf8.ValidString(got), want)
	}
	if got := leads[ferryID]; got != "" {
		t.Errorf("titled article's lead %q, want none", got)
	}
	a, err := s.Article(ctx(t), plainID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Lead != want {
		t.Errorf("Article(%s).Lead %q, want %q", plainID, a.Lead, want)
	}
}
