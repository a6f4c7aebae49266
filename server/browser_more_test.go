package server

import (
	"fmt"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"dateline"
	"dateline/store"
)

// What a page leaves out or files elsewhere (session 26).

// A commitment due within a whole year ("by 2027") was filed under January
// of that year on the commitments page, beside the ones really due in
// January (seen on the BBC articles, session 26).
func TestBrowserCommitmentYears(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	text := "The port authority said it would finish the new quay by 2027. It will open the ferry office on 10 January 2027."
	f := newFx(t, "fx/quay", "Quay to be finished", "2026-11-20", text).
		entity("E1", "Port Authority", "ORG", "", "", "port authority").
		commit("E1", "finish the new quay", "2027-01-01", "2027-12-31", "it would finish the new quay by 2027", "").
		commit("E1", "open the ferry office", "2027-01-10", "2027-01-10", "It will open the ferry office on 10 January 2027", "")
	if _, err := s.cfg.Store.Put(t.Context(), store.Record{Analysis: f.a, Analysed: true, Source: store.Source{Input: "quay.jsonl", ItemID: f.a.ID}}); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	b := newBrowser(t, ts.URL)
	b.open(t, "#/commitments?due_from=2027", "commitments")
	heads := eval[[]string](t, b, `[...document.querySelectorAll('.due-month')].map(e => e.textContent)`)
	if want := []string{"2027", "January 2027"}; !slices.Equal(heads, want) {
		t.Errorf("headings = %q, want %q", heads, want)
	}
	b.shot(t, "commitments-years")
	b.check(t)
}

// The network page draws the 150 busiest edges; with more it said only
// "150 edges as a table", as if that were the whole network.
func TestBrowserNetworkCap(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	var sb strings.Builder
	var events []dateline.EventJSON
	for i := range 160 {
		clause := fmt.Sprintf("Group %d met group %d.", i, i+1000)
		start := sb.Len()
		sb.WriteString(clause + " ")
		c1, c2 := fmt.Sprintf("X%02dGOV", i), fmt.Sprintf("Y%02dGOV", i)
		events = append(events, dateline.EventJSON{ID: fmt.Sprintf("V%d", i+1), Code: "040", QuadClass: 1, Goldstein: 1,
			Actor1: &dateline.ActorJSON{Code: c1, Name: c1}, Actor2: &dateline.ActorJSON{Code: c2, Name: c2},
			Date: "2024-03-01", Start: start, End: start + len(clause), Text: clause})
	}
	a := dateline.Analysis{ID: "fx/many-pairs", Title: ptr("Many pairs"), Published: ptr("2024-03-01"), Language: "en", Text: sb.String(),
		Sentences: []dateline.SentenceJSON{{Start: 0, End: sb.Len()}}, Events: events}
	if _, err := s.cfg.Store.Put(t.Context(), store.Record{Analysis: a, Analysed: true, Source: store.Source{Input: "pairs.jsonl", ItemID: a.ID}}); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	b := newBrowser(t, ts.URL)
	b.open(t, "#/network?from=2024-03-01&to=2024-03-01", "network")
	if note := eval[string](t, b, `(document.querySelector('.capped') || {}).textContent || ''`); !strings.Contains(note, "150 busiest") {
		t.Errorf("160 edges, 150 drawn: the page says %q, want that only the busiest are drawn", note)
	}
	b.open(t, "#/network?from=2025-06", "network")
	if eval[bool](t, b, `!!document.querySelector('.capped')`) {
		t.Errorf("the fixture's few edges are all drawn, but the page says some are left out")
	}
	b.check(t)
}
