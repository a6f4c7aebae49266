package server

import (
	"encoding/json"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"
)

type specDoc struct {
	OpenAPI string                                    `json:"openapi"`
	Paths   map[string]map[string]specOperation       `json:"paths"`
	Comps   struct{ Parameters map[string]specParam } `json:"components"`
}

type specOperation struct {
	Parameters []specParam    `json:"parameters"`
	Responses  map[string]any `json:"responses"`
}

type specParam struct {
	Ref  string `json:"$ref"`
	Name string `json:"name"`
	In   string `json:"in"`
}

// TestOpenAPIMatchesRoutes checks the document against the server both
// ways: every documented operation is served by its own route (asked of
// the live mux, not just the table), every route is documented, and each
// takes exactly the query parameters documented.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	w := do(t, s, "GET", "/api/openapi.json", nil)
	if w.Code != 200 {
		t.Fatalf("GET /api/openapi.json = %d", w.Code)
	}
	var doc specDoc
	if err := json.Unmarshal(w.Body.Bytes(), &doc); err != nil {
		t.Fatalf("the served document is not JSON: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi = %q, want 3.x", doc.OpenAPI)
	}
	documented := map[string][]string{} // "GET /api/x" -> query params
	for path, ops := range doc.Paths {
		for method, op := range ops {
			key := strings.ToUpper(method) + " " + path
			params := []string{}
			for _, p := range op.Parameters {
				if p.Ref != "" {
					p = doc.Comps.Parameters[strings.TrimPrefix(p.Ref, "#/components/parameters/")]
				}
				if p.In == "query" {
					params = append(params, p.Name)
				}
			}
			slices.Sort(params)
			documented[key] = params
			if _, ok := op.Responses["200"]; !ok && method == "get" {
				t.Errorf("%s documents no 200 answer", key)
			}
		}
	}
	wildcard := regexp.MustCompile(`\{[a-z_]+\}`)
	served := map[string]bool{}
	for _, rt := range s.routes() {
		key := rt.method + " " + rt.path
		served[key] = true
		want, ok := documented[key]
		if !ok {
			t.Errorf("route %s is not in openapi.json", key)
			continue
		}
		got := slices.Clone(rt.params)
		slices.Sort(got)
		if got == nil {
			got = []string{}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s takes %v, openapi.json documents %v", key, got, want)
		}
	}
	for key := range documented {
		if !served[key] {
			t.Errorf("openapi.json documents %s, which no route serves", key)
			continue
		}
		method, path, _ := strings.Cut(key, " ")
		req := httptest.NewRequest(method, wildcard.ReplaceAllString(path, "x1"), nil)
		if _, pattern := s.mux.Handler(req); pattern != key {
			t.Errorf("the mux routes %s %s to %q, want %q", method, req.URL.Path, pattern, key)
		}
	}
	if len(documented) < 13 {
		t.Errorf("openapi.json documents %d operations, want the 13 of the API", len(documented))
	}
}
