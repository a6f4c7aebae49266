package source

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// golden is what a page's extraction is compared on.
type golden struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Author    string   `json:"author"`
	Published string   `json:"published"`
	URL       string   `json:"url"`
	Flags     []string `json:"flags,omitempty"`
	Text      string   `json:"text"`
}

// TestHTMLGolden extracts the pages under testdata/html (written for these
// tests) and compares them with their .golden.json; -update rewrites them.
// Each page also states what must and must not be in the text, so an
// -update cannot bless a regression silently.
func TestHTMLGolden(t *testing.T) {
	checks := map[string]struct{ must, mustNot []string }{
		"news": {
			must:    []string{"The second ferry terminal at Northport harbour opened", "“We finally have room to breathe,”", "nine million more than planned"},
			mustNot: []string{"Select Language", "We use cookies", "Storm closes schools", "Sign up for our newsletter", "Advertisement", "Facebook"},
		},
		"blog": {
			must:    []string{"runner beans on plot twelve", "By the end of May the second row", "dig a trench in autumn"},
			mustNot: []string{"Did you try soaking", "Categories", "Powered by"},
		},
		"latin1": {
			must:    []string{"Der Stadtrat hat am Dienstagabend mit großer Mehrheit", "„Endlich müssen wir nicht mehr zweimal umsteigen“"},
			mustNot: []string{"Impressum", "Startseite"},
		},
	}
	pages, err := filepath.Glob("testdata/html/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages under testdata/html: %v", err)
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			src, err := Open(page, Options{})
			if err != nil {
				t.Fatal(err)
			}
			arts, errs := collect(t, src)
			if len(errs) != 0 || len(arts) != 1 {
				t.Fatalf("got %d articles, errors %v; want one", len(arts), errs)
			}
			a := arts[0]
			got := golden{ID: a.ID, Title: a.Title, Author: a.Author, URL: a.URL, Flags: a.Flags, Text: a.Text}
			if !a.Published.IsZero() {
				got.Published = a.Published.Format("2006-01-02")
			}
			for _, s := range checks[name].must {
				if !strings.Contains(a.Text, s) {
					t.Errorf("text lacks %q", s)
				}
			}
			for _, s := range checks[name].mustNot {
				if strings.Contains(a.Text, s) {
					t.Errorf("text keeps boilerplate %q", s)
				}
			}
			gpath := strings.TrimSuffix(page, ".html") + ".golden.json"
			if *update {
				b, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(gpath, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			b, err := os.ReadFile(gpath)
			if err != nil {
				t.Fatalf("%v (run go test ./source -run HTMLGolden -update to create it)", err)
			}
			var want golden
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatalf("%s: %v", gpath, err)
			}
			if got.ID != want.ID || got.Title != want.Title || got.Author != want.Author || got.Published != want.Published ||
				got.URL != want.URL || strings.Join(got.Flags, ",") != strings.Join(want.Flags, ",") {
				t.Errorf("metadata:\ngot  %+v\nwant %+v", metaOnly(got), metaOnly(want))
			}
			if got.Text != want.Text {
				t.Errorf("text:\ngot  %q\nwant %q", got.Text, want.Text)
			}
		})
	}
}

func metaOnly(g golden) golden { g.Text = ""; return g }

func TestRefineTitle(t *testing.T) {
	tests := []struct {
		name, title, site, host, body, want string
	}{
		{"heading inside the title", "Tram line opens | Metro Daily", "", "", "<h1>Tram line opens</h1>", "Tram line opens"},
		{"section before the heading", "Local | Tram line opens", "", "", "<h1>Tram line opens</h1>", "Tram line opens"},
		{"site name by metadata", "Tram line opens - Metro Daily", "Metro Daily", "", "<h1>Menu</h1>", "Tram line opens"},
		{"domain-shaped part", "Tram line opens » metrodaily.example", "", "", "", "Tram line opens"},
		{"host label part", "Tram line opens – Metrodaily", "", "www.metrodaily.com", "", "Tram line opens"},
		{"no title: first heading", "", "", "", "<h2>Side</h2><h1>Tram line opens</h1>", "Tram line opens"},
		{"heading only part of a word run", "Rain or shine | Metro", "", "", "<h1>Rain</h1>", "Rain or shine | Metro"},
		{"kicker before the heading", "Transport: Tram line opens", "", "", "<h1>Tram line opens</h1>", "Tram line opens"},
		{"plain title", "Tram line opens", "", "", "<h1>Menu</h1>", "Tram line opens"},
		{"reworded headline", "Ferry: terminal opens late", "", "", "<h1>Harbour</h1><h1>The second ferry terminal opens three months late</h1>", "The second ferry terminal opens three months late"},
		{"typographic quotes of the heading", `"We stay" - Metro Daily`, "Metro Daily", "", "<h1>„We stay“</h1>", "„We stay“"},
		{"heading naming the site skipped", "Council backs school budget", "Metro Daily", "", "<h1>Metro Daily</h1><h1>Council approves the school budget</h1>", "Council approves the school budget"},
		{"kicker span inside the heading", "Tram line opens - Metro", "", "", "<h1><span>Transport</span> <span>Tram line opens</span></h1>", "Tram line opens"},
		{"heading goes on after the title", "Tram line opens", "", "", "<h1>Tram line opens in the north</h1>", "Tram line opens in the north"},
		{"kicker before the title in the heading", "Tram line opens", "", "", "<h1>Transport Tram line opens</h1>", "Tram line opens"},
		{"date after the title in the heading", "Tram line opens", "", "", "<h1>Tram line opens 3 May 2026</h1>", "Tram line opens"},
		{"section heading sharing one word", "Tram news today | Metro", "", "", "<h2>More news</h2>", "Tram news today | Metro"},
		{"inline markup adds no space", "Tram line T4: opens | Metro", "", "", "<h1>Tram line <abbr>T4</abbr>: opens</h1>", "Tram line T4: opens"},
		{"headline by microdata", "Ferry terminal late", "", "", "<h1>Menu</h1><div itemprop=headline>The ferry terminal opens late</div>", "The ferry terminal opens late"},
		{"microdata of a teaser list ignored", "Ferry terminal late", "", "", "<h3 itemprop=headline>The ferry terminal opens late</h3><h3 itemprop=headline>Ferry fares rise</h3>", "Ferry terminal late"},
		{"metadata headline picks the heading", "Metro Daily", "", "", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry terminal opens late"}</script><h1>Late opening for the ferry terminal</h1>`, "Late opening for the ferry terminal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parseTestHTML(t, "<html><body>"+tt.body+"</body></html>")
			if got := refineTitle(tt.title, tt.site, tt.host, doc); got != tt.want {
				t.Errorf("refineTitle(%q) = %q, want %q", tt.title, got, tt.want)
			}
		})
	}
}

func parseTestHTML(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// Minified pages have no white space between their blocks; their words
// must not run together across a block's edge ("risePrices").
func TestMinifiedBlocksStaySeparate(t *testing.T) {
	for _, tc := range []struct{ name, page string }{
		{"short article", `<html><head><title>Ferry fares</title></head><body><article><h1>Ferry fares rise</h1>` +
			`<p>Fares on the island ferry rose by two pounds on Monday, the operator said, citing the price of fuel.</p>` +
			`<p>Islanders said the rise would hurt.</p></article></body></html>`},
		{"no article element", `<html><body><div><h2>Ferry fares rise</h2><div>Fares on the island ferry rose on Monday.</div>` +
			`<ul><li>Adults pay more</li><li>Children ride free</li></ul></div></body></html>`},
		{"title then body", `<html><head><title>Harbour news</title></head><body><nav><a href="/f">Ferries</a> <a href="/w">Weather</a></nav>` +
			`<p>Fares on the island ferry rose on Monday.</p></body></html>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ExtractHTML("page.html", tc.page, "", Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, glued := range []string{"riseFares", "Monday.Islanders", "fuel.Islanders", "moreChildren", "Monday.Adults", "newsFerries", "WeatherFares"} {
				if strings.Contains(a.Text, glued) {
					t.Errorf("text %q glues %q", a.Text, glued)
				}
			}
			if !strings.Contains(a.Text, "Fares on the island ferry rose") {
				t.Errorf("text %q lost the body", a.Text)
			}
		})
	}
}

// A page of little text sends the extractor to its last resort, which
// used to add the whole page after the paragraphs it had kept: every
// sentence came out twice.
func TestShortPageTextOnce(t *testing.T) {
	for _, tc := range []struct {
		name, page string
		want       []string
	}{
		{"one paragraph", `<html><body><p>The ferry sails at noon, the skipper said.</p></body></html>`,
			[]string{"The ferry sails at noon, the skipper said."}},
		{"two paragraphs", `<html><body><p>The ferry sails at noon.</p><p>Tickets cost four pounds, the skipper said.</p></body></html>`,
			[]string{"The ferry sails at noon.", "Tickets cost four pounds, the skipper said."}},
		{"title and paragraph", `<html><head><title>Ferry times</title></head><body><p>The ferry sails at noon.</p></body></html>`,
			[]string{"The ferry sails at noon."}},
		{"text outside paragraphs", `<html><body><div>Harbour closed on Sunday.</div><p>The ferry sails at noon.</p></body></html>`,
			[]string{"Harbour closed on Sunday.", "The ferry sails at noon."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ExtractHTML("page.html", tc.page, "", Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tc.want {
				if n := strings.Count(a.Text, s); n != 1 {
					t.Errorf("text %q holds %q %d times, want once", a.Text, s, n)
				}
			}
		})
	}
}
