package storetest

import (
	"testing"

	"dateline"
	"dateline/store"
)

// testTiesByID: entities that tie in a facet or a co-entity list are listed
// by id, not in the order they were stored, which differs between two
// ingests of the same articles (workers store them in no fixed order).
func testTiesByID(t *testing.T, s store.Store) {
	names := []string{"Ilse Marrow", "Tomas Greve"}
	if store.EntityID("PERSON", names[0]) < store.EntityID("PERSON", names[1]) {
		names[0], names[1] = names[1], names[0] // the larger id is stored first
	}
	x := names[0] + " met " + names[1] + " at the Quay Office."
	ent := func(id, name, typ string) dateline.EntityJSON {
		return dateline.EntityJSON{ID: id, Name: name, Type: typ, Roles: []string{}, Mentions: []dateline.MentionJSON{mention(t, x, name, "name")}}
	}
	a := dateline.Analysis{ID: "fixture/ties", Published: ptr("2025-10-01"), Language: "en", Text: x,
		Entities: []dateline.EntityJSON{ent("E1", names[0], "PERSON"), ent("E2", names[1], "PERSON"), ent("E3", "Quay Office", "ORG")}}
	put(t, s, record(a, "ties.txt", true))
	want := []string{names[1], names[0]}
	f, err := s.ArticleFacets(ctx(t), store.ArticleQuery{Q: "quay"})
	if err != nil {
		t.Fatal(err)
	}
	var people []string
	for _, c := range f.Entities {
		if c.Type == "PERSON" {
			people = append(people, c.Name)
		}
	}
	sameIDs(t, "facet people", people, want)
	co, err := s.CoEntities(ctx(t), store.EntityID("ORG", "Quay Office"), 10)
	if err != nil {
		t.Fatal(err)
	}
	sameIDs(t, "co-entities", ids(co, func(c store.CoEntity) string { return c.Name }), want)
}
