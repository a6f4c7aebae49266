package server

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"testing"
)

const testToken = "s3cret-token-for-tests"

const postedText = `{"id": "p1", "title": "Harbour reopens", "published": "2025-06-20",
	"text": "The harbour reopened on Friday after repairs that cost $3 million, the port authority said."}`

func TestPostArticle(t *testing.T) {
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	fetched := ""
	s, _ := newTestServer(t, Config{Token: testToken, Logger: logger, MaxBodyBytes: 4096,
		Fetch: func(_ context.Context, u string) (string, error) {
			fetched = u
			if strings.Contains(u, "down") {
				return "", errors.New("connection refused")
			}
			return `<html><head><title>Bridge opens</title></head><body><article><h1>Bridge opens</h1>` +
				`<p>The new bridge over the river opened to traffic on Saturday, ten months late, the city said.</p>` +
				`<p>Engineers said the crossing would carry twenty thousand cars a day.</p></article></body></html>`, nil
		}})
	bearer := "Bearer " + testToken
	for _, tc := range []struct {
		name, body, auth, ctype string
		status                  int
		mention                 string
	}{
		{"no token", postedText, "", "application/json", 401, "bearer token"},
		{"wrong token", postedText, "Bearer nope", "application/json", 401, "bearer token"},
		{"token without Bearer", postedText, testToken, "application/json", 401, "bearer token"},
		{"right token stores the article", postedText, bearer, "application/json", 201, `"created":true`},
		{"the same article again changes nothing", postedText, bearer, "application/json", 200, `"created":false`},
		{"scheme in any case", postedText, "bearer " + testToken, "application/json", 200, `"created":false`},
		{"not JSON", "hello", bearer, "text/plain", 415, "application/json"},
		{"bad JSON", "{", bearer, "application/json", 400, "not one JSON article"},
		{"unknown field", `{"txt": "a"}`, bearer, "application/json", 400, "unknown field"},
		// The second article was dropped without a word and the first stored.
		{"two articles in one body", `{"text": "The ferry sails at noon."} {"text": "The ferry is late."}`, bearer, "application/json", 400, "more than one JSON value"},
		{"an article and then junk", `{"text": "The ferry sails at noon."} ]`, bearer, "application/json", 400, "more than one JSON value"},
		{"an article and then spaces", "{\"title\": \"Harbour note\", \"text\": \"The harbour master said the ferry sails at noon.\"}\n\t ", bearer, "application/json", 201, `"created":true`},
		{"text and html", `{"text": "a", "html": "<p>a</p>"}`, bearer, "application/json", 400, "not both"},
		{"nothing to store", `{"title": "t"}`, bearer, "application/json", 400, "give the article"},
		{"a javascript URL is not fetched", `{"url": "javascript:alert(1)"}`, bearer, "application/json", 400, "http or https"},
		{"a URL is fetched and extracted", `{"url": "https://news.example/bridge"}`, bearer, "application/json", 201, `"created":true`},
		{"a URL that cannot be fetched", `{"url": "https://down.example/x"}`, bearer, "application/json", 502, "connection refused"},
		{"body over the limit", `{"text": "` + strings.Repeat("a", 5000) + `"}`, bearer, "application/json", 413, "over 4096 bytes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := do(t, s, "POST", "/api/articles", strings.NewReader(tc.body), "Authorization", tc.auth, "Content-Type", tc.ctype)
			if w.Code != tc.status || !strings.Contains(w.Body.String(), tc.mention) {
				t.Errorf("POST = %d %s; want %d mentioning %q", w.Code, w.Body, tc.status, tc.mention)
			}
			if w.Code == 401 && w.Header().Get("WWW-Authenticate") == "" {
				t.Errorf("401 without WWW-Authenticate")
			}
			if w.Code == 201 && !strings.HasPrefix(w.Header().Get("Location"), "/api/articles/") {
				t.Errorf("201 Location = %q", w.Header().Get("Location"))
			}
		})
	}
	if fetched != "https://down.example/x" {
		t.Errorf("last URL fetched = %q", fetched)
	}
	t.Run("the stored article is searchable", func(t *testing.T) {
		w := do(t, s, "GET", "/api/articles?q=harbour+reopened", nil)
		if !strings.Contains(w.Body.String(), "Harbour reopens") {
			t.Errorf("search after POST = %s", w.Body)
		}
		w = do(t, s, "GET", "/api/articles?q=bridge+traffic", nil)
		if !strings.Contains(w.Body.String(), "news.example/bridge") {
			t.Errorf("search for the fetched page = %s", w.Body)
		}
	})
	t.Run("the token is never logged", func(t *testing.T) {
		if logs.Len() == 0 {
			t.Fatal("nothing was logged: the check below would prove nothing")
		}
		if strings.Contains(logs.String(), testToken) {
			t.Errorf("the log holds the token:\n%s", logs.String())
		}
	})
}

func TestReadOnly(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	for _, auth := range []string{"", "Bearer ", "Bearer anything"} {
		w := do(t, s, "POST", "/api/articles", strings.NewReader(postedText), "Authorization", auth, "Content-Type", "application/json")
		if w.Code != http.StatusForbidden || !strings.Contains(w.Body.String(), "read-only") {
			t.Errorf("POST with %q to a read-only server = %d %s, want 403", auth, w.Code, w.Body)
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	for _, target := range []string{"/", "/ui/js/app.js", "/api/stats", "/api/nope"} {
		w := do(t, s, "GET", target, nil)
		csp := w.Header().Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("GET %s: CSP %q, want script-src 'self' and nothing unsafe", target, csp)
		}
		if w.Header().Get("X-Content-Type-Options") != "nosniff" || w.Header().Get("X-Frame-Options") != "DENY" {
			t.Errorf("GET %s: headers %v", target, w.Header())
		}
	}
}

func TestUIScriptsUseNoMarkupSinks(t *testing.T) {
	// Every string from the API must reach the page as text: these are the
	// ways a script turns a string into markup or code.
	s, _ := newTestServer(t, Config{})
	n := 0
	for name, f := range s.ui.files {
		if !strings.HasSuffix(name, ".js") {
			continue
		}
		n++
		for _, sink := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
			"new Function", "setTimeout('", "createContextualFragment", "srcdoc"} {
			if strings.Contains(string(f.body), sink) {
				t.Errorf("%s uses %s", name, sink)
			}
		}
	}
	if n < 5 {
		t.Errorf("checked %d scripts, want the UI's modules", n)
	}
}

func TestNoInlineScriptInUI(t *testing.T) {
	// The CSP would block inline script anyway; this keeps the page honest
	// so it does not depend on a script the browser refuses.
	s, _ := newTestServer(t, Config{})
	for name, f := range s.ui.files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		body := strings.ToLower(string(f.body))
		for _, bad := range []string{"<script>", " onload=", " onclick=", " style=", "javascript:", "http://", "https://"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s contains %q: inline code or a remote resource", name, bad)
			}
		}
	}
}
