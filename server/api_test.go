package server

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"dateline/store"
)

func newTestServer(t testing.TB, cfg Config) (*Server, map[string]string) {
	t.Helper()
	st, ids := fixtureStore(t)
	if cfg.Store == nil {
		cfg.Store = st
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s, ids
}

func do(t testing.TB, h http.Handler, method, target string, body io.Reader, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

func decode[T any](t testing.TB, w *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil {
		t.Fatalf("body %q is not the JSON expected: %v", w.Body.String(), err)
	}
	return v
}

func TestListings(t *testing.T) {
	s, ids := newTestServer(t, Config{})
	sybiha := store.EntityID("PERSON", "Andrii Sybiha")
	short := func(fixture string) string { return ids[fixture][:6] }
	for _, tc := range []struct {
		name, target string
		want         []string // article ids (short) + record id, newest first
	}{
		{"articles by full-text word", "/api/articles?q=grain", []string{short("fx/corridor")}},
		{"articles by month, newest first", "/api/articles?from=2025-06&to=2025-06-09",
			[]string{short("fx/kharkiv"), short("fx/corridor")}},
		{"articles by entity", "/api/articles?entity=" + store.EntityID("PERSON", "Hadja Lahbib"), []string{short("fx/aid")}},
		{"quotes by speaker name, any case", "/api/quotes?speaker=andrii+sybiha",
			[]string{short("fx/kharkiv") + "/Q2", short("fx/corridor") + "/Q1"}},
		{"quotes by speaker id", "/api/quotes?speaker=" + sybiha, []string{short("fx/kharkiv") + "/Q2", short("fx/corridor") + "/Q1"}},
		{"quotes by kind", "/api/quotes?kind=partial", []string{short("fx/kharkiv") + "/Q1"}},
		{"quotes by words", "/api/quotes?q=deliveries", []string{short("fx/aid") + "/Q1"}},
		{"articles by words apart or together", "/api/articles?q=Sybiha+said", []string{short("fx/kharkiv"), short("fx/corridor")}},
		{"articles by a phrase", "/api/articles?q=%22Sybiha+said%22", []string{short("fx/corridor")}},
		{"articles by a phrase in curly quotes", "/api/articles?q=" + url.QueryEscape("“Sybiha said”"), []string{short("fx/corridor")}},
		{"articles by a phrase and a prefix", "/api/articles?q=%22foreign+minister%22+Istanb*", []string{short("fx/corridor")}},
		{"quotes by words in any order", "/api/quotes?q=school+homes", []string{short("fx/kharkiv") + "/Q1"}},
		{"quotes by a phrase", "/api/quotes?q=%22homes+and+a+school%22", []string{short("fx/kharkiv") + "/Q1"}},
		{"quotes by a phrase in another order", "/api/quotes?q=%22school+homes%22", nil},
		{"entities by a phrase", "/api/entities?q=%22Hakan+Fidan%22", []string{store.EntityID("PERSON", "Hakan Fidan")[:6]}},
		{"entities by a phrase in another order", "/api/entities?q=%22Fidan+Hakan%22", nil},
		{"events by quad class", "/api/events?quad_class=4", []string{short("fx/kharkiv") + "/V1"}},
		{"events by actor code", "/api/events?actor=RUSGOV", []string{short("fx/kharkiv") + "/V2"}},
		{"events by root and date", "/api/events?root=03&to=2025-06-03", []string{short("fx/corridor") + "/V2"}},
		{"commitments due in August", "/api/commitments?due_from=2025-08", []string{short("fx/aid") + "/0"}},
		// Codes are written in one case (PERSON, UKR, en): a user who types
		// them in the other case means the same thing.
		{"entities by type in lower case", "/api/entities?type=person&country=tur", []string{store.EntityID("PERSON", "Hakan Fidan")[:6]}},
		{"events by country in lower case", "/api/events?country=rus&quad_class=3", []string{short("fx/kharkiv") + "/V2"}},
		{"articles by language in upper case", "/api/articles?lang=EN&q=grain", []string{short("fx/corridor")}},
		{"a range of one day", "/api/articles?from=2025-06-05&to=2025-06-05", []string{short("fx/kharkiv")}},
		{"a range from a day to the month it is in", "/api/articles?from=2025-06-10&to=2025-06", []string{short("fx/hostile"), short("fx/aid")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := do(t, s, "GET", tc.target, nil)
			if w.Code != http.StatusOK {
				t.Fatalf("GET %s = %d %s", tc.target, w.Code, w.Body)
			}
			page := decode[struct {
				Items []struct {
					ID        string `json:"id"`
					ArticleID string `json:"article_id"`
					Seq       *int   `json:"seq"`
				} `json:"items"`
			}](t, w)
			var got []string
			for _, it := range page.Items {
				switch {
				case it.ArticleID == "":
					got = append(got, it.ID[:6])
				case it.Seq != nil:
					got = append(got, fmt.Sprintf("%s/%d", it.ArticleID[:6], *it.Seq))
				default:
					got = append(got, it.ArticleID[:6]+"/"+it.ID)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("GET %s = %v, want %v", tc.target, got, tc.want)
			}
		})
	}
}

func TestPagination(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	seen := map[string]bool{}
	target := "/api/articles?limit=3"
	pages := 0
	for target != "" {
		w := do(t, s, "GET", target, nil)
		if w.Code != http.StatusOK {
			t.Fatalf("GET %s = %d %s", target, w.Code, w.Body)
		}
		page := decode[store.Page[store.Article]](t, w)
		for _, a := range page.Items {
			if seen[a.ID] {
				t.Errorf("article %s on two pages", a.ID)
			}
			seen[a.ID] = true
		}
		pages++
		target = ""
		if page.Next != "" {
			target = "/api/articles?limit=3&cursor=" + url.QueryEscape(page.Next)
		}
	}
	if pages != 2 || len(seen) != 4 {
		t.Errorf("followed %d pages over %d articles, want 2 pages over 4", pages, len(seen))
	}
}

func TestArticleAndEntity(t *testing.T) {
	s, ids := newTestServer(t, Config{})
	t.Run("article is the analysis plus what the store keeps", func(t *testing.T) {
		w := do(t, s, "GET", "/api/articles/"+ids["fx/kharkiv"], nil)
		if w.Code != http.StatusOK {
			t.Fatalf("status %d %s", w.Code, w.Body)
		}
		v := decode[articleView](t, w)
		if v.Text != kharkivText || len(v.Quotes) != 2 || len(v.Events) != 2 || v.Stored.Counts.Quotes != 2 ||
			len(v.Stored.Sources) != 1 || v.Stored.Sources[0].Input != "fixture.jsonl" {
			t.Errorf("article = %+v", v)
		}
	})
	t.Run("entity profile has timeline quotes events and company", func(t *testing.T) {
		w := do(t, s, "GET", "/api/entities/"+store.EntityID("PERSON", "Andrii Sybiha"), nil)
		if w.Code != http.StatusOK {
			t.Fatalf("status %d %s", w.Code, w.Body)
		}
		p := decode[entityProfile](t, w)
		days := ids2(p.Timeline, func(d store.DayCount) string {
			return fmt.Sprintf("%s m%d q%d e%d", d.Day, d.Mentions, d.Quotes, d.Events)
		})
		if want := []string{"2025-06-02 m2 q1 e2", "2025-06-05 m1 q1 e1"}; !slices.Equal(days, want) {
			t.Errorf("timeline = %v, want %v", days, want)
		}
		if len(p.Quotes.Items) != 2 || len(p.AsActor1) != 2 || len(p.AsActor2) != 1 {
			t.Errorf("quotes %d, as actor1 %d, as actor2 %d; want 2, 2, 1", len(p.Quotes.Items), len(p.AsActor1), len(p.AsActor2))
		}
		names := ids2(p.CoEntities, func(c store.CoEntity) string { return c.Name })
		if !slices.Contains(names, "Hakan Fidan") || !slices.Contains(names, "Russia") {
			t.Errorf("co-entities = %v, want Hakan Fidan and Russia among them", names)
		}
	})
	t.Run("entity timeline range", func(t *testing.T) {
		w := do(t, s, "GET", "/api/entities/"+store.EntityID("PERSON", "Andrii Sybiha")+"?from=2025-06-03", nil)
		p := decode[entityProfile](t, w)
		if len(p.Timeline) != 1 || len(p.Quotes.Items) != 1 {
			t.Errorf("from 2025-06-03: timeline %v, %d quotes; want one day, one quote", p.Timeline, len(p.Quotes.Items))
		}
	})
}

func ids2[T any](xs []T, f func(T) string) []string {
	out := []string{}
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func TestMapAndNetwork(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	t.Run("places have coordinates from the gazetteer", func(t *testing.T) {
		w := do(t, s, "GET", "/api/places", nil)
		if w.Code != http.StatusOK {
			t.Fatalf("status %d %s", w.Code, w.Body)
		}
		ans := decode[placesAnswer](t, w)
		got := map[string]place{}
		for _, p := range ans.Places {
			got[p.Name] = p
		}
		for _, want := range []struct {
			name, precision string
			lat, lon        float64
		}{
			{"Kharkiv", "city", 50, 36.2}, {"Ankara", "city", 39.9, 32.9}, {"Istanbul", "city", 41, 29},
			{"Ukraine", "country", 49, 32},
		} {
			p, ok := got[want.name]
			if !ok {
				t.Errorf("no place %q in %+v", want.name, ans.Places)
				continue
			}
			if p.Precision != want.precision || abs(p.Lat-want.lat) > 1.5 || abs(p.Lon-want.lon) > 1.5 {
				t.Errorf("%s = %+v, want %s near %.1f,%.1f", want.name, p, want.precision, want.lat, want.lon)
			}
		}
		if k := got["Kharkiv"]; k.ByQuadClass != [4]int{0, 0, 0, 1} {
			t.Errorf("Kharkiv by quad class = %v, want one material conflict", k.ByQuadClass)
		}
	})
	t.Run("network edges are coloured by their main quad class", func(t *testing.T) {
		w := do(t, s, "GET", "/api/network", nil)
		ans := decode[networkAnswer](t, w)
		names := map[string]string{}
		for _, n := range ans.Nodes {
			names[n.ID] = n.Name
		}
		var edges []string
		for _, e := range ans.Edges {
			edges = append(edges, fmt.Sprintf("%s->%s q%d", names[e.Source], names[e.Target], e.QuadClass))
		}
		slices.Sort(edges)
		want := []string{"Andrii Sybiha->Hakan Fidan q1", "Andrii Sybiha->Russia q3", "European Union->Ukraine q2",
			"Hakan Fidan->Andrii Sybiha q1", "Russian forces->UKR q4"}
		if !slices.Equal(edges, want) {
			t.Errorf("edges = %v, want %v", edges, want)
		}
		w = do(t, s, "GET", "/api/network?from=2025-06-06", nil)
		if ans := decode[networkAnswer](t, w); len(ans.Edges) != 1 || len(ans.Nodes) != 2 {
			t.Errorf("network from 2025-06-06 = %+v, want the aid edge alone", ans)
		}
	})
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestFacetsAndStats(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	w := do(t, s, "GET", "/api/facets?q=Sybiha", nil)
	f := decode[store.Facets](t, w)
	if f.Total != 2 || len(f.Entities) == 0 || f.Entities[0].Name != "Andrii Sybiha" || f.Entities[0].Count != 2 {
		t.Errorf("facets of Sybiha = %+v, want 2 articles, Sybiha first", f)
	}
	w = do(t, s, "GET", "/api/stats", nil)
	if st := decode[store.Stats](t, w); st.Articles != 4 || st.Quotes != 6 || st.Events != 5 || st.Commitments != 2 {
		t.Errorf("stats = %+v, want 4 articles, 6 quotes, 5 events, 2 commitments", st)
	}
}

func TestErrors(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	for _, tc := range []struct {
		name, method, target string
		status               int
		mention              string
	}{
		{"unknown article", "GET", "/api/articles/00000000", 404, `article \"00000000\": not found`},
		{"unknown entity", "GET", "/api/entities/e00", 404, "not found"},
		{"unknown parameter", "GET", "/api/quotes?speakr=x", 400, `unknown parameter \"speakr\"`},
		{"parameter given twice", "GET", "/api/quotes?kind=direct&kind=partial", 400, "given 2 times"},
		{"limit out of range", "GET", "/api/articles?limit=5000", 400, "limit"},
		{"limit not a number", "GET", "/api/events?limit=ten", 400, "limit"},
		{"date not a date", "GET", "/api/articles?from=June", 400, "from"},
		// A range that ends before it starts selects nothing: the user swapped
		// the dates, and an empty page would not say so.
		{"from after to", "GET", "/api/articles?from=2025-07&to=2025-06-30", 400, `from=\"2025-07\" is after to=\"2025-06-30\"`},
		{"due_from after due_to", "GET", "/api/commitments?due_from=2026&due_to=2025-12", 400, "after due_to"},
		{"from after to on an entity", "GET", "/api/entities/e00?from=2025-06-02&to=2025-06-01", 400, "after to"},
		{"cursor not ours", "GET", "/api/quotes?cursor=abc", 400, "cursor"},
		{"quad class out of range", "GET", "/api/events?quad_class=5", 400, "quad_class"},
		{"event code without its leading zero", "GET", "/api/events?code=36", 400, "like 036"},
		{"event code with a root past 20", "GET", "/api/events?code=211", 400, "root 01 to 20"},
		{"event code not digits", "GET", "/api/places?code=03x", 400, "code"},
		{"root of one digit", "GET", "/api/events?root=3", 400, "like 03"},
		{"unknown quote kind", "GET", "/api/quotes?kind=rumour", 400, "kind"},
		{"parameter on a route without any", "GET", "/api/stats?x=1", 400, "takes none"},
		{"over-long parameter", "GET", "/api/articles?q=" + strings.Repeat("a", 2000), 400, "at most"},
		{"bad query string", "GET", "/api/articles?q=%zz", 400, "does not parse"},
		{"unknown API path", "GET", "/api/nope", 404, "no such API path"},
		{"wrong method", "DELETE", "/api/quotes", 405, "method not allowed"},
		{"wrong method on a wildcard path", "PUT", "/api/articles/abc", 405, "allowed: GET"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := do(t, s, tc.method, tc.target, nil)
			if w.Code != tc.status {
				t.Errorf("%s %s = %d, want %d (%s)", tc.method, tc.target, w.Code, tc.status, w.Body)
			}
			if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type = %q, want JSON", ct)
			}
			e := decode[errorBody](t, w)
			if e.Status != tc.status || !strings.Contains(w.Body.String(), tc.mention) {
				t.Errorf("error body %s: want status %d and to mention %q", w.Body, tc.status, tc.mention)
			}
		})
	}
	t.Run("405 names the allowed methods", func(t *testing.T) {
		w := do(t, s, "PATCH", "/api/articles", nil)
		if got := w.Header().Get("Allow"); got != "GET, POST" {
			t.Errorf("Allow = %q, want %q", got, "GET, POST")
		}
	})
}

func TestETag(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	first := do(t, s, "GET", "/api/stats", nil)
	etag := first.Header().Get("ETag")
	if etag == "" || first.Header().Get("Cache-Control") != "no-cache" {
		t.Fatalf("ETag %q, Cache-Control %q: want a tag and no-cache", etag, first.Header().Get("Cache-Control"))
	}
	for _, tc := range []struct {
		name, inm string
		status    int
	}{
		{"the same tag", etag, 304},
		{"a weak form of it", "W/" + etag, 304},
		{"in a list", `"other", ` + etag, 304},
		{"any", "*", 304},
		{"another tag", `"other"`, 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := do(t, s, "GET", "/api/stats", nil, "If-None-Match", tc.inm)
			if w.Code != tc.status {
				t.Errorf("If-None-Match %s: status %d, want %d", tc.inm, w.Code, tc.status)
			}
			if w.Code == 304 && w.Body.Len() != 0 {
				t.Errorf("304 with a body: %q", w.Body)
			}
		})
	}
	t.Run("the tag changes with the data", func(t *testing.T) {
		a := fixtureAnalyses(t)[0]
		a.Text += "\n\nA later paragraph."
		if _, err := s.cfg.Store.Put(t.Context(), store.Record{Analysis: a, Analysed: true, Source: store.Source{Input: "x"}}); err != nil {
			t.Fatal(err)
		}
		w := do(t, s, "GET", "/api/stats", nil, "If-None-Match", etag)
		if w.Code != 200 || w.Header().Get("ETag") == etag {
			t.Errorf("after a new article: status %d, ETag %s; want 200 and a new tag", w.Code, w.Header().Get("ETag"))
		}
	})
	t.Run("UI assets revalidate too", func(t *testing.T) {
		w := do(t, s, "GET", "/", nil)
		tag := w.Header().Get("ETag")
		if w.Code != 200 || tag == "" {
			t.Fatalf("GET / = %d, ETag %q", w.Code, tag)
		}
		if w := do(t, s, "GET", "/", nil, "If-None-Match", tag); w.Code != 304 {
			t.Errorf("GET / with its ETag = %d, want 304", w.Code)
		}
	})
}
