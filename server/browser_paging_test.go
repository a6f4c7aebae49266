package server

import (
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"dateline/store"
)

// More than a page of results, a page that fails to load, and filters
// carried from one search to the next (session 26).

func TestBrowserPaging(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	// 30 more articles: the search page shows 20 at a time.
	for i := range 30 {
		text := fmt.Sprintf("Harbour note %d. The ferry timetable changed again this week.", i)
		f := newFx(t, fmt.Sprintf("fx/harbour-%02d", i), fmt.Sprintf("Harbour note %d", i), fmt.Sprintf("2025-05-%02d", i+1), text)
		if _, err := s.cfg.Store.Put(t.Context(), store.Record{Analysis: f.a, Analysed: true, Source: store.Source{Input: "harbour.jsonl", ItemID: f.a.ID}}); err != nil {
			t.Fatal(err)
		}
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	b := newBrowser(t, ts.URL)
	rows := func() int { return eval[int](t, b, `document.querySelectorAll('.article-row').length`) }

	// When a further page failed to load, the button stayed disabled for
	// good and the error went only to the console.
	t.Run("a failed page says so and can be asked for again", func(t *testing.T) {
		b.open(t, "#/search?q=ferry", "search")
		if n := rows(); n != 20 {
			t.Fatalf("first page: %d rows, want 20", n)
		}
		b.eval(t, `window.__fetch = window.fetch; window.fetch = () => Promise.reject(new TypeError('Failed to fetch')); true`)
		b.eval(t, `document.querySelector('button.more').click(); true`)
		if _, err := chromedp.Run(b.ctx, chromedp.Poll[chromedp.Void](`!!document.querySelector('.results .error')`)); err != nil {
			t.Fatalf("no error shown after a page failed to load: %v", err)
		}
		msg := eval[string](t, b, `document.querySelector('.results .error').textContent`)
		if !strings.Contains(msg, "Failed to fetch") {
			t.Errorf("error shown = %q, want the failure", msg)
		}
		if eval[bool](t, b, `document.querySelector('button.more').disabled`) {
			t.Errorf("the More button stays disabled after a failure")
		}
		b.eval(t, `window.fetch = window.__fetch; document.querySelector('button.more').click(); true`)
		if _, err := chromedp.Run(b.ctx, chromedp.Poll[chromedp.Void](`document.querySelectorAll('.article-row').length === 30`)); err != nil {
			t.Fatalf("the second try did not load the rest: %d rows", rows())
		}
		if eval[bool](t, b, `!!document.querySelector('.results .error') || !!document.querySelector('button.more')`) {
			t.Errorf("after the last page: the error or the More button is still shown")
		}
		b.check(t)
	})

	// A facet link dropped the entity filter's name, so the chip showed
	// the entity's id instead.
	t.Run("an entity filter keeps its name through a facet", func(t *testing.T) {
		id := store.EntityID("PERSON", "Andrii Sybiha")
		b.open(t, "#/search?entity="+id+"&entity_name=Andrii%20Sybiha", "search")
		b.act(t, `[...document.querySelectorAll('.facets a')].find(a => a.textContent === 'en').click()`, "search")
		chip := eval[string](t, b, `[...document.querySelectorAll('.filter-chip')].map(c => c.textContent).find(c => c.startsWith('entity')) || ''`)
		if !strings.HasPrefix(chip, "entity Andrii Sybiha") {
			t.Errorf("filter chip after choosing a language = %q, want the entity's name", chip)
		}
		b.check(t)
	})
}

// "All their quotes" and "Their network" on an entity's page filled the
// speaker or actor box with the entity's id ("e98c4dd7dd1a5fd1e"): they now
// show the name and keep finding that one entity when the form is sent again.
func TestBrowserSpeakerName(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	ts := httptest.NewServer(s)
	defer ts.Close()
	b := newBrowser(t, ts.URL)
	id := store.EntityID("PERSON", "Andrii Sybiha")
	for _, c := range []struct{ link, page, box, change, param string }{
		{"All their quotes", "quotes", "speaker", `document.querySelector('select[name=kind]').value = 'direct'`, "speaker="},
		{"Their network", "network", "actor", `document.querySelector('input[name=from]').value = '2025-06-01'`, "actor="},
	} {
		b.open(t, "#/entity/"+id, "entity")
		b.act(t, `[...document.querySelectorAll('.entity-links a')].find(a => a.textContent.startsWith('`+c.link+`')).click()`, c.page)
		if got := eval[string](t, b, `document.querySelector('input[name=`+c.box+`]').value`); got != "Andrii Sybiha" {
			t.Errorf("%s: %s box = %q, want the name", c.link, c.box, got)
		}
		b.act(t, c.change+`; document.querySelector('form.searchbar button').click()`, c.page)
		if hash := eval[string](t, b, `location.hash`); !strings.Contains(hash, c.param+id) {
			t.Errorf("%s: sent again with the name unchanged, the page asks for %s, want the entity's id", c.link, hash)
		}
		if c.page == "quotes" {
			if n := eval[int](t, b, `document.querySelectorAll('.quote-card').length`); n != 2 {
				t.Errorf("direct quotes by the speaker: %d cards, want his 2", n)
			}
		}
	}
	b.check(t)
}
