package storetest

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"dateline"
	"dateline/store"
)

// exploreTests are the Explorer's cases, run by Run beside the others.
var exploreTests = []struct {
	name string
	fn   func(*testing.T, store.Store)
}{
	{"entity timeline counts mentions quotes and events per day", testEntityTimeline},
	{"co-occurring entities share articles", testCoEntities},
	{"actor network edges count events per quad class", testActorNetwork},
	{"event places group by location and countries", testEventPlaces},
	{"a Goldstein mean is given to six decimals", testGoldsteinMean},
	{"entities that tie are listed by id", testTiesByID},
	{"article facets count languages months and entities", testArticleFacets},
	{"quotes by a name that two entities share", testSharedSpeakerName},
	{"explorer parameters are values not SQL", testExplorerHostile},
}

func testEntityTimeline(t *testing.T, s store.Store) {
	putAll(t, s)
	brandt := store.EntityID("PERSON", "Elena Brandt")
	for _, tc := range []struct {
		name     string
		from, to string
		want     []store.DayCount
	}{
		{"every day", "", "", []store.DayCount{
			{Day: "2025-03-04", Mentions: 2, Quotes: 2},
			{Day: "2025-04-10", Mentions: 2, Quotes: 1, Events: 1},
		}},
		{"from a month", "2025-04", "", []store.DayCount{{Day: "2025-04-10", Mentions: 2, Quotes: 1, Events: 1}}},
		{"to a day, inclusive", "", "2025-03-04", []store.DayCount{{Day: "2025-03-04", Mentions: 2, Quotes: 2}}},
		{"a range with nothing", "2024-01-01", "2024-12-31", []store.DayCount{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.EntityTimeline(ctx(t), brandt, tc.from, tc.to)
			if err != nil {
				t.Fatalf("EntityTimeline: %v", err)
			}
			if g, w := asJSON(t, got), asJSON(t, tc.want); g != w {
				t.Errorf("timeline = %s, want %s", g, w)
			}
		})
	}
	if _, err := s.EntityTimeline(ctx(t), "e0000", "", ""); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("EntityTimeline(unknown) error = %v, want ErrNotFound", err)
	}
	if _, err := s.EntityTimeline(ctx(t), brandt, "March", ""); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("EntityTimeline(from March) error = %v, want ErrBadQuery", err)
	}
}

func testCoEntities(t *testing.T, s store.Store) {
	putAll(t, s)
	brandt := store.EntityID("PERSON", "Elena Brandt")
	got, err := s.CoEntities(ctx(t), brandt, 0)
	if err != nil {
		t.Fatalf("CoEntities: %v", err)
	}
	var names []string
	for _, c := range got {
		names = append(names, fmt.Sprintf("%s:%d", c.Name, c.Shared))
	}
	slices.Sort(names)
	sameIDs(t, "entities seen with Brandt", names, []string{"Harbour Council:1", "Northern Rail Company:1", "Transport Union:1"})
	council := store.EntityID("ORG", "Harbour Council")
	got, err = s.CoEntities(ctx(t), council, 1)
	if err != nil {
		t.Fatalf("CoEntities(council, 1): %v", err)
	}
	if len(got) != 1 || got[0].Counts.Articles == 0 {
		t.Errorf("CoEntities(council, limit 1) = %+v, want one entity with its counts", got)
	}
	if _, err := s.CoEntities(ctx(t), "e0000", 0); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("CoEntities(unknown) error = %v, want ErrNotFound", err)
	}
}

func edgeKey(e store.Edge) string {
	return fmt.Sprintf("%s(%s)->%s(%s) %d %v", e.Source.Name, e.Source.Country, e.Target.Name, e.Target.Country,
		e.Events, e.ByQuadClass)
}

func testActorNetwork(t *testing.T, s store.Store) {
	putAll(t, s)
	ferryEdge := "Harbour Council(NOR)->Transport Union(NOR) 1 [1 0 0 0]"
	bridgeEdge := "Elena Brandt(NOR)->Northern Rail Company(GBR) 1 [0 0 1 0]"
	for _, tc := range []struct {
		name string
		q    store.NetworkQuery
		want []string
	}{
		{"every event", store.NetworkQuery{}, []string{bridgeEdge, ferryEdge}},
		{"from a date", store.NetworkQuery{From: "2025-04-01"}, []string{bridgeEdge}},
		{"to a month", store.NetworkQuery{To: "2025-03"}, []string{ferryEdge}},
		{"by actor code", store.NetworkQuery{Actor: "NORLAB"}, []string{ferryEdge}},
		{"by entity id", store.NetworkQuery{Actor: store.EntityID("ORG", "Northern Rail Company")}, []string{bridgeEdge}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.ActorNetwork(ctx(t), tc.q)
			if err != nil {
				t.Fatalf("ActorNetwork(%+v): %v", tc.q, err)
			}
			keys := ids(got, edgeKey)
			slices.Sort(keys)
			sameIDs(t, "edges", keys, tc.want)
		})
	}
	got, err := s.ActorNetwork(ctx(t), store.NetworkQuery{From: "2025-04-01"})
	if err != nil || len(got) != 1 {
		t.Fatalf("ActorNetwork(from April) = %v, %v", got, err)
	}
	e := got[0]
	if e.Source.ID != store.EntityID("PERSON", "Elena Brandt") || e.Goldstein != -2 || e.First != "2025-04-10" || e.Last != "2025-04-10" {
		t.Errorf("edge = %+v, want Brandt's entity id, Goldstein -2, dated 2025-04-10", e)
	}
	if _, err := s.ActorNetwork(ctx(t), store.NetworkQuery{From: "04/01/2025"}); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("ActorNetwork(bad date) error = %v, want ErrBadQuery", err)
	}
	t.Run("a code standing for differently named actors is named by its code", func(t *testing.T) {
		x := "The regime warned the ministers. Officials praised the ministers."
		ev := func(id, n1, clause string) dateline.EventJSON {
			st, en := span(t, x, clause)
			return dateline.EventJSON{ID: id, Code: "111", QuadClass: 3, Goldstein: -2,
				Actor1: &dateline.ActorJSON{Code: "---GOV", Name: n1}, Actor2: &dateline.ActorJSON{Code: "---LEG", Name: "ministers"},
				Date: "2025-05-02", Start: st, End: en, Text: clause}
		}
		a := dateline.Analysis{ID: "fixture/unnamed", Published: ptr("2025-05-02"), Language: "en", Text: x,
			Events: []dateline.EventJSON{ev("V1", "regime", "The regime warned the ministers."), ev("V2", "Officials", "Officials praised the ministers.")}}
		put(t, s, record(a, "unnamed.txt", true))
		got, err := s.ActorNetwork(ctx(t), store.NetworkQuery{Actor: "---GOV"})
		if err != nil || len(got) != 1 {
			t.Fatalf("ActorNetwork(---GOV) = %+v, %v; want one edge", got, err)
		}
		if src, dst := got[0].Source.Name, got[0].Target.Name; src != "---GOV" || dst != "ministers" {
			t.Errorf("edge named %q -> %q, want \"---GOV\" (two names) -> \"ministers\" (one)", src, dst)
		}
	})
	t.Run("an actor acting on itself is no edge", func(t *testing.T) {
		x := "Marta Lind praised Marta Lind. The council thanked the mayor. Marta Lind visited the port."
		lind := dateline.EntityJSON{ID: "E1", Name: "Marta Lind", Type: "PERSON", Roles: []string{}, Actor: ptr("NORGOV")}
		ev := func(id, clause string, a1, a2 *dateline.ActorJSON) dateline.EventJSON {
			st, en := span(t, x, clause)
			return dateline.EventJSON{ID: id, Code: "051", QuadClass: 1, Goldstein: 3.4, Actor1: a1, Actor2: a2,
				Date: "2025-07-15", Start: st, End: en, Text: clause}
		}
		person := &dateline.ActorJSON{Entity: ptr("E1"), Code: "NORGOV", Name: "Marta Lind"}
		a := dateline.Analysis{ID: "fixture/self", Published: ptr("2025-07-15"), Language: "en", Text: x,
			Entities: []dateline.EntityJSON{lind},
			Events: []dateline.EventJSON{
				ev("V1", "Marta Lind praised Marta Lind.", person, person),
				ev("V2", "The council thanked the mayor.", &dateline.ActorJSON{Code: "---GOV", Name: "council"}, &dateline.ActorJSON{Code: "---GOV", Name: "mayor"}),
				ev("V3", "Marta Lind visited the port.", person, &dateline.ActorJSON{Code: "---BUS", Name: "port"}),
			}}
		put(t, s, record(a, "self.txt", true))
		got, err := s.ActorNetwork(ctx(t), store.NetworkQuery{From: "2025-07-15", To: "2025-07-15"})
		if err != nil {
			t.Fatal(err)
		}
		keys := ids(got, func(e store.Edge) string { return e.Source.Name + "->" + e.Target.Name })
		sameIDs(t, "edges", keys, []string{"Marta Lind->port"})
	})
}

func placeKey(p store.PlaceCount) string {
	return fmt.Sprintf("%q %s %s %d %v", p.Location, p.Country1, p.Country2, p.Events, p.ByQuadClass)
}

func testEventPlaces(t *testing.T, s store.Store) {
	putAll(t, s)
	ferryPlace := `"" NOR NOR 1 [1 0 0 0]`
	bridgePlace := `"" NOR GBR 1 [0 0 1 0]`
	for _, tc := range []struct {
		name string
		q    store.EventQuery
		want []string
	}{
		{"every event", store.EventQuery{}, []string{bridgePlace, ferryPlace}},
		{"by quad class", store.EventQuery{QuadClass: 3}, []string{bridgePlace}},
		{"by country", store.EventQuery{Country: "GBR"}, []string{bridgePlace}},
		{"cursor and limit are ignored", store.EventQuery{Limit: 1}, []string{bridgePlace, ferryPlace}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.EventPlaces(ctx(t), tc.q)
			if err != nil {
				t.Fatalf("EventPlaces(%+v): %v", tc.q, err)
			}
			keys := ids(got, placeKey)
			slices.Sort(keys)
			sameIDs(t, "places", keys, tc.want)
		})
	}
}

func facetKeys(fs []store.FacetCount) []string {
	return ids(fs, func(f store.FacetCount) string {
		if f.Name != "" {
			return fmt.Sprintf("%s:%d", f.Name, f.Count)
		}
		return fmt.Sprintf("%s:%d", f.Value, f.Count)
	})
}

func testArticleFacets(t *testing.T, s store.Store) {
	putAll(t, s)
	f, err := s.ArticleFacets(ctx(t), store.ArticleQuery{Cursor: "ignored", Limit: 1})
	if err != nil {
		t.Fatalf("ArticleFacets(all): %v", err)
	}
	if f.Total != 3 {
		t.Errorf("total = %d, want 3", f.Total)
	}
	sameIDs(t, "languages", facetKeys(f.Languages), []string{"en:2", "de:1"})
	sameIDs(t, "months", facetKeys(f.Months), []string{"2025-04:1", "2025-03:2"})
	if len(f.Entities) != 4 || facetKeys(f.Entities)[0] != "Elena Brandt:2" || f.Entities[0].Type != "PERSON" ||
		f.Entities[0].Value != store.EntityID("PERSON", "Elena Brandt") {
		t.Errorf("entities = %+v, want Elena Brandt (2 articles) first of 4", f.Entities)
	}

	f, err = s.ArticleFacets(ctx(t), store.ArticleQuery{Q: "cracks"})
	if err != nil {
		t.Fatalf("ArticleFacets(cracks): %v", err)
	}
	sameIDs(t, "languages of cracks", facetKeys(f.Languages), []string{"en:1"})
	entities := facetKeys(f.Entities)
	slices.Sort(entities)
	sameIDs(t, "entities of cracks", entities, []string{"Elena Brandt:1", "Northern Rail Company:1"})

	f, err = s.ArticleFacets(ctx(t), store.ArticleQuery{Q: `"*`})
	if err != nil || f.Total != 0 || len(f.Languages) != 0 || f.Languages == nil {
		t.Errorf("ArticleFacets(no words) = %+v, %v; want zero counts and empty lists", f, err)
	}
	if _, err := s.ArticleFacets(ctx(t), store.ArticleQuery{From: "yesterday"}); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("ArticleFacets(bad date) error = %v, want ErrBadQuery", err)
	}
}

func testSharedSpeakerName(t *testing.T, s store.Store) {
	ferryID, bridgeID, _ := putAll(t, s)
	// A second "Elena Brandt", a company, with a quote of its own.
	x := "Elena Brandt announced a new ferry. \"Tickets go on sale today,\" Elena Brandt said."
	qs, qe := span(t, x, "Tickets go on sale today,")
	ms, me := span(t, x, "Elena Brandt")
	a := dateline.Analysis{ID: "fixture/company", Title: ptr("Ferry firm"), Published: ptr("2025-05-01"), Language: "en", Text: x,
		Entities: []dateline.EntityJSON{{ID: "E1", Name: "Elena Brandt", Type: "ORG", Roles: []string{},
			Mentions: []dateline.MentionJSON{{Start: ms, End: me, Text: "Elena Brandt", Kind: "name"}}}},
		Quotes: []dateline.QuoteJSON{{ID: "Q1", Kind: "direct", Text: x[qs:qe], Start: qs, End: qe, Speaker: ptr("E1"),
			SpeakerName: ptr("Elena Brandt"), Confidence: 0.9}}}
	companyID := put(t, s, record(a, "feeds/biz.xml", true)).ID
	f, b, c := ferryID[:6], bridgeID[:6], companyID[:6]
	for _, tc := range []struct {
		name, speaker string
		want          []string
	}{
		{"the name finds both, newest first", "elena brandt", []string{c + "/Q1", b + "/Q1", f + "/Q2", f + "/Q1"}},
		{"an id finds one", store.EntityID("ORG", "Elena Brandt"), []string{c + "/Q1"}},
		{"an unknown name finds none", "Elena Brand", []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := s.Quotes(ctx(t), store.QuoteQuery{Speaker: tc.speaker})
			if err != nil {
				t.Fatal(err)
			}
			sameIDs(t, "quotes", ids(p.Items, quoteKey), tc.want)
		})
	}
	// Pages over the shared name follow the same order.
	p1, err := s.Quotes(ctx(t), store.QuoteQuery{Speaker: "Elena Brandt", Limit: 3})
	if err != nil || p1.Next == "" {
		t.Fatalf("first page = %+v, %v; want 3 quotes and a cursor", p1, err)
	}
	p2, err := s.Quotes(ctx(t), store.QuoteQuery{Speaker: "Elena Brandt", Limit: 3, Cursor: p1.Next})
	if err != nil {
		t.Fatal(err)
	}
	sameIDs(t, "second page", ids(p2.Items, quoteKey), []string{f + "/Q1"})
}

func testExplorerHostile(t *testing.T, s store.Store) {
	putAll(t, s)
	for _, evil := range []string{`x' OR '1'='1`, `"); DROP TABLE quotes; --`, `%`, `_`, "\x00", `e' UNION SELECT 1 --`} {
		if got, err := s.ActorNetwork(ctx(t), store.NetworkQuery{Actor: evil}); err != nil || len(got) != 0 {
			t.Errorf("ActorNetwork(actor %q) = %d edges, %v; want none", evil, len(got), err)
		}
		if got, err := s.EventPlaces(ctx(t), store.EventQuery{Actor: evil, Country: evil}); err != nil || len(got) != 0 {
			t.Errorf("EventPlaces(%q) = %v, %v; want none", evil, got, err)
		}
		if f, err := s.ArticleFacets(ctx(t), store.ArticleQuery{Q: evil, Entity: evil, Source: evil}); err != nil || f.Total != 0 {
			t.Errorf("ArticleFacets(%q) = %+v, %v; want none", evil, f, err)
		}
		if _, err := s.EntityTimeline(ctx(t), evil, "", ""); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("EntityTimeline(%q) error = %v, want ErrNotFound", evil, err)
		}
		if _, err := s.CoEntities(ctx(t), evil, 0); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("CoEntities(%q) error = %v, want ErrNotFound", evil, err)
		}
		if p, err := s.Quotes(ctx(t), store.QuoteQuery{Speaker: evil}); err != nil || len(p.Items) != 0 {
			t.Errorf("Quotes(speaker %q) = %d, %v; want none", evil, len(p.Items), err)
		}
	}
	st, err := s.Stats(ctx(t))
	if err != nil || st.Quotes != 3 || st.Articles != 3 {
		t.Errorf("stats after hostile queries = %+v, %v; want the 3 articles and 3 quotes intact", st, err)
	}
}
