package server

import (
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"dateline/store"
)

// The UI as a phone shows it (400 px wide) and as a keyboard or screen
// reader meets it: found by walking the UI over
// the examples and 503 BBC articles (session 26).

func TestBrowserNarrow(t *testing.T) {
	s, ids := newTestServer(t, Config{})
	ts := httptest.NewServer(s)
	defer ts.Close()
	b := newBrowser(t, ts.URL)
	if _, err := chromedp.Run(b.ctx, chromedp.EmulateViewport(400, 900)); err != nil {
		t.Fatal(err)
	}
	sybiha := store.EntityID("PERSON", "Andrii Sybiha")

	// A table of events, places or edges is wider than a phone: it scrolls
	// in its own box; before, the whole page scrolled sideways and the
	// table's last columns (the evidence links) were off the screen.
	t.Run("no page is wider than the window", func(t *testing.T) {
		for _, p := range []struct{ hash, page string }{
			{"#/search", "search"}, {"#/quotes", "quotes"}, {"#/entity/" + sybiha, "entity"},
			{"#/article/" + ids["fx/corridor"], "article"}, {"#/network", "network"}, {"#/map", "map"},
			{"#/commitments", "commitments"},
		} {
			b.open(t, p.hash, p.page)
			b.eval(t, `document.querySelectorAll('details').forEach(d => d.open = true); true`)
			got := eval[[]int](t, b, `[document.documentElement.scrollWidth, innerWidth]`)
			if got[0] > got[1] {
				wide := eval[string](t, b, `[...document.querySelectorAll('main *')].filter(e => !e.closest('svg') &&
					e.getBoundingClientRect().right > innerWidth + 1).slice(0, 3).map(e => e.tagName + '.' + e.className).join(' ')`)
				t.Errorf("%s is %d px wide in a window of %d (too wide: %s)", p.hash, got[0], got[1], wide)
			}
		}
		b.shot(t, "narrow-entity-last")
		b.check(t)
	})

	// On one column the facets came first: a phone showed the language and
	// month lists, a screen and more, before the first article.
	t.Run("search results come before the facets", func(t *testing.T) {
		b.open(t, "#/search", "search")
		got := eval[[]float64](t, b, `[document.querySelector('.article-row').getBoundingClientRect().top,
			document.querySelector('.facets').getBoundingClientRect().top]`)
		if got[0] > got[1] {
			t.Errorf("the first article is at y=%.0f, below the facets at y=%.0f", got[0], got[1])
		}
		b.shot(t, "narrow-search")
		b.check(t)
	})

	// The header wraps to three lines on a phone; kept on screen while
	// scrolling it hid a sixth of the window.
	t.Run("the wrapped header scrolls away", func(t *testing.T) {
		b.open(t, "#/article/"+ids["fx/corridor"], "article")
		bottom := eval[float64](t, b, `(() => { document.querySelector('main').style.minHeight = '3000px';
			scrollTo(0, 1000); return document.querySelector('header.top').getBoundingClientRect().bottom; })()`)
		if bottom > 0 {
			t.Errorf("scrolled 1000 px down, the header still covers the top %.0f px", bottom)
		}
		b.check(t)
	})
}

// A keyboard or screen-reader user meets the network's nodes and the map's
// buttons by name, not by hovering: most nodes had no label (only the 30
// busiest are labelled on the drawing) and every place's button was called
// "events".
func TestBrowserNames(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	ts := httptest.NewServer(s)
	defer ts.Close()
	b := newBrowser(t, ts.URL)
	b.open(t, "#/network", "network")
	names := eval[[]string](t, b, `[...document.querySelectorAll('svg.network g.node')].map(g => g.getAttribute('aria-label') || '')`)
	if len(names) == 0 || slices.Contains(names, "") {
		t.Errorf("network node names = %q, want one for every node", names)
	}
	if !slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(n, "Andrii Sybiha, ") }) {
		t.Errorf("network node names = %q, want Andrii Sybiha's among them", names)
	}
	b.open(t, "#/map", "map")
	buttons := eval[[]string](t, b, `[...document.querySelectorAll('table.places button')].map(e => e.getAttribute('aria-label') || e.textContent)`)
	seen := map[string]bool{}
	for _, n := range buttons {
		if seen[n] {
			t.Errorf("two of the map's buttons are named %q", n)
		}
		seen[n] = true
	}
	b.check(t)
}
