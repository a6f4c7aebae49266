package storetest

import (
	"testing"

	"dateline"
	"dateline/store"
)

// testGoldsteinMean: the mean Goldstein score of a network edge and of a
// place is given to six decimals, so two stores that add the scores in a
// different order give the same figure.
func testGoldsteinMean(t *testing.T, s store.Store) {
	x := "The port board met the dock union. The port board praised the dock union. The port board thanked the dock union."
	var evs []dateline.EventJSON
	for i, sc := range []float64{1, 1, 1.1} {
		clause := [...]string{"The port board met the dock union.", "The port board praised the dock union.",
			"The port board thanked the dock union."}[i]
		st, en := span(t, x, clause)
		evs = append(evs, dateline.EventJSON{ID: [...]string{"V1", "V2", "V3"}[i], Code: "051", QuadClass: 1, Goldstein: sc,
			Actor1: &dateline.ActorJSON{Code: "FINBUS", Name: "port board"},
			Actor2: &dateline.ActorJSON{Code: "FINLAB", Name: "dock union"},
			Date:   "2025-09-09", Location: ptr("Turku"), Start: st, End: en, Text: clause})
	}
	a := dateline.Analysis{ID: "fixture/mean", Published: ptr("2025-09-09"), Language: "en", Text: x, Events: evs}
	put(t, s, record(a, "mean.txt", true))
	const want = 1.033333 // (1 + 1 + 1.1) / 3
	edges, err := s.ActorNetwork(ctx(t), store.NetworkQuery{From: "2025-09-09", To: "2025-09-09"})
	if err != nil || len(edges) != 1 {
		t.Fatalf("ActorNetwork = %+v, %v; want one edge", edges, err)
	}
	if got := edges[0].Goldstein; got != want {
		t.Errorf("edge Goldstein mean = %v, want %v", got, want)
	}
	places, err := s.EventPlaces(ctx(t), store.EventQuery{From: "2025-09-09", To: "2025-09-09"})
	if err != nil || len(places) != 1 {
		t.Fatalf("EventPlaces = %+v, %v; want one place", places, err)
	}
	if got := places[0].Goldstein; got != want {
		t.Errorf("place Goldstein mean = %v, want %v", got, want)
	}
}
