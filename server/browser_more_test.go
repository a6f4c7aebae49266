package server

import (
	"fmt"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

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

// The map's table of places showed its first 50 rows and a place's events
// their first 50, neither saying so: with 55 countries that meet Norway
// (there and at home), rows were missing and Norway's list of 110 events
// stopped at 50.
func TestBrowserMapAllPlaces(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	countries := strings.Fields("ALB ARG AUS AUT BEL BGR BRA CAN CHE CHL CHN COL CZE DEU DNK EGY ESP EST FIN FRA GBR GRC HRV HUN IDN " +
		"IND IRL IRN ISL ISR ITA JPN KEN KOR LTU LVA MAR MEX NGA NLD NZL PAK PER PHL POL PRT ROU SRB SVK SVN SWE THA TUR USA ZAF")
	var sb strings.Builder
	var events []dateline.EventJSON
	add := func(c1, c2 string) {
		clause := fmt.Sprintf("Envoy %d met another envoy.", len(events))
		start := sb.Len()
		sb.WriteString(clause + " ")
		events = append(events, dateline.EventJSON{ID: fmt.Sprintf("V%d", len(events)+1), Code: "040", QuadClass: 1, Goldstein: 1,
			Actor1: &dateline.ActorJSON{Code: c1 + "GOV", Name: c1 + "GOV"}, Actor2: &dateline.ActorJSON{Code: c2 + "GOV", Name: c2 + "GOV"},
			Date: "2024-04-02", Start: start, End: start + len(clause), Text: clause})
	}
	// An event is placed in actor 1's country: 55 places of one event and
	// Norway's of 55, the first row.
	for _, c := range countries {
		add(c, "NOR")
		add("NOR", c)
	}
	a := dateline.Analysis{ID: "fx/envoys", Title: ptr("Envoys"), Published: ptr("2024-04-02"), Language: "en", Text: sb.String(),
		Sentences: []dateline.SentenceJSON{{Start: 0, End: sb.Len()}}, Events: events}
	if _, err := s.cfg.Store.Put(t.Context(), store.Record{Analysis: a, Analysed: true, Source: store.Source{Input: "envoys.jsonl", ItemID: a.ID}}); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	b := newBrowser(t, ts.URL)
	b.open(t, "#/map?from=2024-04-02&to=2024-04-02", "map")
	if n := eval[int](t, b, `document.querySelectorAll('table.places tbody tr').length`); n != len(countries)+1 {
		t.Errorf("the table of places has %d rows, want the %d places", n, len(countries)+1)
	}
	rows := func() int {
		return eval[int](t, b, `document.querySelectorAll('.place-events table.events tbody tr').length`)
	}
	b.eval(t, `document.querySelector('table.places button').click(); true`)
	if _, err := chromedp.Run(b.ctx, chromedp.Poll[chromedp.Void](`!!document.querySelector('.place-events button.more')`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("Norway, involved in %d events, shows %d and no More button", len(events), rows())
	}
	b.eval(t, `document.querySelector('.place-events button.more').click(); true`)
	if _, err := chromedp.Run(b.ctx, chromedp.Poll[chromedp.Void](`document.querySelectorAll('.place-events table.events tbody tr').length === 100`,
		chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Errorf("after More Norway's events are %d rows, want 100", rows())
	}
	b.shot(t, "map-all-places")
	b.check(t)
}

// An article without a title (a text file whose first line is no
// headline) was headed "(untitled)", on its page and in the search list;
// its first line heads it now, cut at a word and set apart from a real
// title.
func TestBrowserUntitledArticle(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	text := "The harbour board said on Thursday that the night ferry to the northern islands would stop running at the end of the month, after forty years of service.\nPassengers will be offered places on the morning boat."
	f := newFx(t, "fx/ferry", "", "2026-11-19", text)
	res, err := s.cfg.Store.Put(t.Context(), store.Record{Analysis: f.a, Analysed: true, Source: store.Source{Input: "ferry.txt"}})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	b := newBrowser(t, ts.URL)
	b.open(t, "#/article/"+res.ID, "article")
	got := eval[string](t, b, `document.querySelector('.article-title.untitled').textContent`)
	if want := "The harbour board said on Thursday that the night ferry to the northern islands would stop running…"; got != want {
		t.Errorf("heading %q, want %q", got, want)
	}
	b.shot(t, "untitled-article")
	// The search list heads it the same way, from the store's lead.
	b.open(t, "#/search", "search")
	row := eval[string](t, b, `document.querySelector('.article-row .title.untitled').textContent`)
	if want := "The harbour board said on Thursday that the night ferry to the northern islands would stop running…"; row != want {
		t.Errorf("search row %q, want %q", row, want)
	}
	b.check(t)
}
