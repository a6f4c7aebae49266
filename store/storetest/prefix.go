package storetest

import (
	"testing"

	"dateline"
	"dateline/store"
)

// testStemmedPrefix: "negotiat*" finds the words it begins even where the
// index keeps them as stems it does not begin ("negotiations" as
// "negoti", "governments" as "govern"). The converse is not tested: a
// stemmed index also finds words of the same stem that the prefix does not
// begin ("governo*" finds "governments", since "governous" would be
// stemmed "govern").
func testStemmedPrefix(t *testing.T, s store.Store) {
	x := "Talks between the dockers and the yard owners stalled in May. Negotiations resumed " +
		"once the governments of both islands had stepped in."
	qs, qe := span(t, x, "Negotiations resumed once the governments of both islands had stepped in.")
	a := dateline.Analysis{ID: "fixture/prefix", Title: ptr("Dock talks resume"), Language: "en", Text: x,
		Quotes: []dateline.QuoteJSON{{ID: "Q1", Kind: "indirect", Text: x[qs:qe], Start: qs, End: qe, Confidence: 0.5}}}
	id := put(t, s, record(a, "prefix.txt", true)).ID
	for _, tc := range []struct {
		q     string
		found bool
	}{
		{"negotiat*", true},
		{"Negotiation*", true},
		{"negotiate*", true},
		{"governm*", true},
		{"governments*", true},
		{"negotiat* islan*", true},
		{"stall*", true},
		{"dock*", true},
		{"navigat*", false},
		{"negotiat* volcan*", false},
		{"governmen*", true},
		{"navy*", false},
	} {
		want := []string{}
		if tc.found {
			want = []string{id}
		}
		t.Run("article "+tc.q, func(t *testing.T) {
			p, err := s.Articles(ctx(t), store.ArticleQuery{Q: tc.q})
			if err != nil {
				t.Fatalf("Articles(%q): %v", tc.q, err)
			}
			sameIDs(t, "articles", ids(p.Items, articleID), want)
		})
		t.Run("quote "+tc.q, func(t *testing.T) {
			if tc.q == "stall*" || tc.q == "dock*" {
				want = []string{} // not in the quote
			} else if tc.found {
				want = []string{id[:6] + "/Q1"}
			}
			p, err := s.Quotes(ctx(t), store.QuoteQuery{Q: tc.q})
			if err != nil {
				t.Fatalf("Quotes(%q): %v", tc.q, err)
			}
			sameIDs(t, "quotes", ids(p.Items, quoteKey), want)
		})
	}
}
