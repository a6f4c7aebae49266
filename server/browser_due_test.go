package server

import (
	"net/http/httptest"
	"slices"
	"testing"

	"dateline/store"
)

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
