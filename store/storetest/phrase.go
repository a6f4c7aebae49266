package storetest

import (
	"slices"
	"testing"

	"dateline"
	"dateline/store"
)

// testPhrase: words in double quotes must stand in that order next to
// each other (after the backend's stemming), in article text, quote text
// and entity names; the same words unquoted need only all be there. One
// article has the words together, the other has them apart or in another
// order.
func testPhrase(t *testing.T, s store.Store) {
	together := "The harbour board of Tollnes voted on Monday for a dock levy on every cargo ship. " +
		"The Port Vellan Authority collects it from May."
	apart := "Dock workers at Saltby rejected the levy the board put on fuel, and the Vellan Port Authority " +
		"asked for talks with the dock owners."
	tq := "a dock levy on every cargo ship"
	aq := "Dock workers at Saltby rejected the levy"
	mk := func(id, x, q, org string, published string) dateline.Analysis {
		qs, qe := span(t, x, q)
		return dateline.Analysis{ID: id, Title: ptr("Harbour news"), Published: ptr(published), Language: "en", Text: x,
			Entities: []dateline.EntityJSON{{ID: "E1", Name: org, Type: "ORG", Roles: []string{},
				Mentions: []dateline.MentionJSON{mention(t, x, org, "name")}}},
			Quotes: []dateline.QuoteJSON{{ID: "Q1", Kind: "indirect", Text: q, Start: qs, End: qe, Confidence: 0.5}}}
	}
	togetherID := put(t, s, record(mk("fixture/together", together, tq, "Port Vellan Authority", "2025-04-02"), "together.txt", true)).ID
	apartID := put(t, s, record(mk("fixture/apart", apart, aq, "Vellan Port Authority", "2025-04-01"), "apart.txt", true)).ID
	both, one, none := []string{apartID, togetherID}, []string{togetherID}, []string{}
	slices.Sort(both)
	for _, tc := range []struct {
		q    string
		want []string // the articles, and the articles of the quotes found
	}{
		{"dock levy", both},
		{`"dock levy"`, one},
		{"“dock levy”", one},
		{`"dock levies"`, one}, // stemmed as the index was
		{`"levy dock"`, none},  // the order counts
		{`"dock levy`, one},    // an unclosed quote reads to the end
		{`"dock levy" cargo`, one},
		{`"dock levy" Saltby`, none},
		{`"dock levy" carg*`, one},
		{`"dock" levy`, both}, // a phrase of one word is a word
		{`"levy on every cargo"`, one},
		{`"levy on cargo"`, none},
	} {
		t.Run("article "+tc.q, func(t *testing.T) {
			p, err := s.Articles(ctx(t), store.ArticleQuery{Q: tc.q})
			if err != nil {
				t.Fatalf("Articles(%q): %v", tc.q, err)
			}
			got := ids(p.Items, articleID)
			slices.Sort(got)
			sameIDs(t, "articles", got, tc.want)
		})
		t.Run("quote "+tc.q, func(t *testing.T) {
			p, err := s.Quotes(ctx(t), store.QuoteQuery{Q: tc.q})
			if err != nil {
				t.Fatalf("Quotes(%q): %v", tc.q, err)
			}
			got := ids(p.Items, func(q store.Quote) string { return q.ArticleID })
			slices.Sort(got)
			sameIDs(t, "quotes", got, tc.want) // each quote holds its article's words
		})
	}
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"Port Vellan", []string{"Port Vellan Authority", "Vellan Port Authority"}},
		{`"Port Vellan"`, []string{"Port Vellan Authority"}},
		{`"Vellan Port" authority`, []string{"Vellan Port Authority"}},
		{`"Authority Vellan"`, []string{}},
	} {
		t.Run("entity "+tc.q, func(t *testing.T) {
			p, err := s.Entities(ctx(t), store.EntityQuery{Q: tc.q})
			if err != nil {
				t.Fatalf("Entities(%q): %v", tc.q, err)
			}
			got := ids(p.Items, entityName)
			slices.Sort(got)
			sameIDs(t, "entities", got, tc.want)
		})
	}
}
