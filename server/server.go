// Package server is Dateline's HTTP face: a read-only JSON API over a
// store.Store (plus POST /api/articles when a token is set) and the web UI,
// whose assets are embedded in the binary. Routes use net/http method
// patterns; the table in routes is the one source of truth that the mux,
// the unknown-parameter check and the OpenAPI test all read.
//
// Article text, titles and URLs are untrusted: the API returns them as JSON
// strings and the UI renders them as text nodes, under a Content-Security-
// Policy that allows no inline script.
package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"dateline"
	"dateline/store"
)

// Config configures a Server. The zero value of every field but Store works.
type Config struct {
	// Store answers the queries; the server does not close it.
	Store store.Store
	// Token, when set, enables POST /api/articles for requests that carry
	// "Authorization: Bearer TOKEN". Empty: the server is read-only. The
	// token is compared in constant time and never logged.
	Token string
	// Pipeline analyses POSTed articles; nil means dateline.DefaultPipeline.
	Pipeline *dateline.Pipeline
	// Logger receives a line per request at Debug level and per server
	// error at Error level; nil discards them.
	Logger *slog.Logger
	// RequestTimeout bounds the work of one request (a query, an
	// analysis); 0 means DefaultRequestTimeout.
	RequestTimeout time.Duration
	// MaxBodyBytes bounds a POST body; 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// Fetch fetches a page for a POST that names only a URL; nil means a
	// plain HTTP client with FetchTimeout and the source size limit.
	Fetch func(ctx context.Context, url string) (page string, err error)
}

// Defaults for the zero Config.
const (
	DefaultRequestTimeout = 10 * time.Second
	DefaultMaxBodyBytes   = 8 << 20 // a long article as HTML is well under 1 MiB
	FetchTimeout          = 20 * time.Second
)

// Validate names the field at fault.
func (c Config) Validate() error {
	switch {
	case c.Store == nil:
		return fmt.Errorf("server: Config.Store is nil: open a store first")
	case c.RequestTimeout < 0:
		return fmt.Errorf("server: Config.RequestTimeout %v: want 0 (default) or more", c.RequestTimeout)
	case c.MaxBodyBytes < 0:
		return fmt.Errorf("server: Config.MaxBodyBytes %d: want 0 (default) or more", c.MaxBodyBytes)
	}
	return nil
}

// Server serves the API and the UI. Build one with New.
type Server struct {
	cfg       Config
	log       *slog.Logger
	tokenHash [32]byte // sha256 of the token: compared in constant time whatever its length
	mux       *http.ServeMux
	paths     *http.ServeMux // every API path with any method: tells 405 from 404
	handler   http.Handler
	ui        *assets
}

// New builds a server over cfg.Store.
func New(cfg Config) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.RequestTimeout == 0 {
		cfg.RequestTimeout = DefaultRequestTimeout
	}
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.Fetch == nil {
		cfg.Fetch = fetchPage
	}
	s := &Server{cfg: cfg, log: cfg.Logger, mux: http.NewServeMux(), paths: http.NewServeMux()}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if cfg.Token != "" {
		s.tokenHash = sha256.Sum256([]byte(cfg.Token))
	}
	ui, err := loadAssets()
	if err != nil {
		return nil, err
	}
	s.ui = ui
	seen := map[string]bool{}
	for _, rt := range s.routes() {
		s.mux.Handle(rt.method+" "+rt.path, s.endpoint(rt))
		if !seen[rt.path] {
			seen[rt.path] = true
			s.paths.Handle(rt.path, http.NotFoundHandler())
		}
	}
	s.mux.HandleFunc("/api/", s.noRoute)
	s.mux.Handle("GET /{$}", s.ui.index())
	s.mux.Handle("GET /ui/", s.ui)
	s.handler = s.withHeaders(s.withLog(s.mux))
	return s, nil
}

// ServeHTTP makes Server an http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// noRoute answers an /api/ path no route has: 405 when the path exists
// with another method, else 404, both as JSON.
func (s *Server) noRoute(w http.ResponseWriter, r *http.Request) {
	if _, pattern := s.paths.Handler(r); pattern != "" {
		var allow []string
		for _, rt := range s.routes() {
			if rt.path == pattern {
				allow = append(allow, rt.method)
			}
		}
		w.Header().Set("Allow", strings.Join(allow, ", "))
		writeError(w, r, http.StatusMethodNotAllowed, fmt.Sprintf("%s %s: method not allowed; allowed: %s", r.Method, r.URL.Path, strings.Join(allow, ", ")))
		return
	}
	writeError(w, r, http.StatusNotFound, fmt.Sprintf("%s: no such API path; see /api/openapi.json", r.URL.Path))
}

// authorized checks the bearer token in constant time. Both sides are
// hashed first so the comparison takes the same time whatever the lengths.
func (s *Server) authorized(r *http.Request) bool {
	if s.cfg.Token == "" {
		return false
	}
	const prefix = "Bearer "
	h := r.Header.Get("Authorization")
	if len(h) < len(prefix) || !strings.EqualFold(h[:len(prefix)], prefix) {
		return false
	}
	got := sha256.Sum256([]byte(h[len(prefix):]))
	return subtle.ConstantTimeCompare(got[:], s.tokenHash[:]) == 1
}

// csp allows scripts, styles, images and requests from this origin only:
// no inline script or style attribute in markup, no plugins, no framing.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
	"font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// withHeaders sets the security headers every response carries.
func (s *Server) withHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}

// statusWriter remembers the status and size of a response for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

// withLog logs each request: method, path and query, status, size, time.
// Headers are never logged, so neither is the token.
func (s *Server) withLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		level := slog.LevelDebug
		if sw.status >= 500 {
			level = slog.LevelError
		}
		s.log.Log(r.Context(), level, "request", "method", r.Method, "path", r.URL.Path, "query", r.URL.RawQuery,
			"status", sw.status, "bytes", sw.bytes, "duration", time.Since(start))
	})
}
