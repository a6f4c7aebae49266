package storetest

import (
	"testing"

	"dateline"
	"dateline/store"
)

// testPunctuatedWords: a word is a run of letters and digits wherever it
// stands, so the words of a web address, an e-mail address, a decimal or
// an abbreviation with dots are found one by one, as plain words are.
func testPunctuatedWords(t *testing.T, s store.Store) {
	x := "Winter crossings are listed at harbour-ferries.example/winter_timetable and the desk answers " +
		"at bookings@islandpost.example; a crossing takes 2.5 hours, said a U.N. observer."
	qs, qe := span(t, x, "Winter crossings are listed at harbour-ferries.example/winter_timetable")
	ms, me := span(t, x, "harbour-ferries.example")
	a := dateline.Analysis{ID: "fixture/punctuated", Title: ptr("Timetables at harbour-ferries.example"), Language: "en", Text: x,
		Entities: []dateline.EntityJSON{{ID: "E1", Name: "harbour-ferries.example", Type: "ORG", Roles: []string{},
			Mentions: []dateline.MentionJSON{{Start: ms, End: me, Text: x[ms:me], Kind: "name"}}}},
		Quotes: []dateline.QuoteJSON{{ID: "Q1", Kind: "indirect", Text: x[qs:qe], Start: qs, End: qe, Confidence: 0.5}},
	}
	id := put(t, s, record(a, "punctuated.txt", true)).ID
	for _, q := range []string{"timetable", "winter_timetable", "ferries", "harbour", "example", "islandpost",
		"bookings", "2.5", "5 hours", "U.N.", "observer"} {
		t.Run("article "+q, func(t *testing.T) {
			p, err := s.Articles(ctx(t), store.ArticleQuery{Q: q})
			if err != nil {
				t.Fatalf("Articles(%q): %v", q, err)
			}
			sameIDs(t, "articles", ids(p.Items, articleID), []string{id})
		})
	}
	for _, q := range []string{"timetable", "ferries", "example"} {
		t.Run("quote "+q, func(t *testing.T) {
			p, err := s.Quotes(ctx(t), store.QuoteQuery{Q: q})
			if err != nil {
				t.Fatalf("Quotes(%q): %v", q, err)
			}
			sameIDs(t, "quotes", ids(p.Items, quoteKey), []string{id[:6] + "/Q1"})
		})
		t.Run("entity "+q, func(t *testing.T) {
			p, err := s.Entities(ctx(t), store.EntityQuery{Q: q})
			if err != nil {
				t.Fatalf("Entities(%q): %v", q, err)
			}
			want := []string{"harbour-ferries.example"}
			if q == "timetable" {
				want = []string{}
			}
			sameIDs(t, "entities", ids(p.Items, entityName), want)
		})
	}
}
