package store

import (
	"testing"

	"dateline"
)

func TestFlattenJoinsOnlyNamedEntitiesAcrossArticles(t *testing.T) {
	analysis := func(kind string) dateline.Analysis {
		return dateline.Analysis{Entities: []dateline.EntityJSON{
			{ID: "E1", Name: "Ana Ruiz", Type: "PERSON", Mentions: []dateline.MentionJSON{{Start: 0, End: 8, Text: "Ana Ruiz", Kind: "name"}}},
			{ID: "E2", Name: "officials", Type: "GROUP", Mentions: []dateline.MentionJSON{{Start: 20, End: 29, Text: "officials", Kind: kind}}},
		}}
	}
	a, b := Flatten("a1", analysis("nominal")), Flatten("a2", analysis("nominal"))
	if a.Entities[0].GlobalID != b.Entities[0].GlobalID {
		t.Errorf("a named person in two articles got two ids: %s, %s", a.Entities[0].GlobalID, b.Entities[0].GlobalID)
	}
	if a.Entities[1].GlobalID == b.Entities[1].GlobalID {
		t.Errorf("\"officials\" in two articles became one entity %s", a.Entities[1].GlobalID)
	}
	if a.Mentions[1].GlobalID != a.Entities[1].GlobalID {
		t.Errorf("a mention's id %s differs from its entity's %s", a.Mentions[1].GlobalID, a.Entities[1].GlobalID)
	}
	if again := Flatten("a1", analysis("nominal")); again.Entities[1].GlobalID != a.Entities[1].GlobalID {
		t.Errorf("the same article flattened twice gave two ids: re-ingesting would duplicate it")
	}
	if old := Flatten("a3", analysis("")); old.Entities[1].GlobalID != EntityID("GROUP", "officials") {
		t.Errorf("mentions without a kind (older analyses) should count as names")
	}
}

func TestFlattenEventActorCountry(t *testing.T) {
	tests := []struct {
		name, code, want string
	}{
		{"a country's code starts the actor code", "UKRGOV", "UKR"},
		{"no known country is no country", "---GOV", ""},
		{"an international body has no country", "IGOEUREEC", ""},
		{"a company's code has no country first", "MNCUSA", ""},
		{"a bare role is no country", "GOV", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := dateline.Analysis{Events: []dateline.EventJSON{{ID: "V1", Code: "040",
				Actor1: &dateline.ActorJSON{Code: tt.code, Name: "someone"}, Actor2: &dateline.ActorJSON{Code: "FRA", Name: "France"}}}}
			if got := Flatten("a1", a).Events[0].Actor1.Country; got != tt.want {
				t.Errorf("country of actor %q = %q, want %q", tt.code, got, tt.want)
			}
		})
	}
}
