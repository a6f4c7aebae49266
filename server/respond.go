package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"dateline/store"
)

// route is one API endpoint. params are the query parameters it accepts;
// any other is a 400, so a typo ("speakr") is not silently ignored.
type route struct {
	method string
	path   string
	params []string
	// get answers a GET with a value to encode as JSON.
	get func(r *http.Request, p params) (any, error)
	// raw handles other methods itself.
	raw http.HandlerFunc
}

// httpError is an error with the status it should be answered with.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func errorf(status int, format string, a ...any) error {
	return &httpError{status: status, msg: fmt.Sprintf(format, a...)}
}

// endpoint wraps a route: a deadline on the request's context, unknown
// parameters refused, the answer encoded with an ETag.
func (s *Server) endpoint(rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		timeout := s.cfg.RequestTimeout
		if rt.raw != nil {
			timeout += FetchTimeout // a POST may fetch its page first
		}
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		r = r.WithContext(ctx)
		p, err := parseParams(r, rt.params)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if rt.raw != nil {
			rt.raw(w, r)
			return
		}
		v, err := rt.get(r, p)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		writeJSON(w, r, http.StatusOK, v)
	})
}

// fail answers an error with the status its kind calls for.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := http.StatusInternalServerError, "internal error; the server log has the details"
	var he *httpError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &he):
		status, msg = he.status, he.msg
	case errors.As(err, &mbe):
		status, msg = http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over %d bytes", mbe.Limit)
	case errors.Is(err, store.ErrNotFound):
		status, msg = http.StatusNotFound, err.Error()
	case errors.Is(err, store.ErrBadQuery):
		status, msg = http.StatusBadRequest, err.Error()
	case errors.Is(err, context.DeadlineExceeded):
		status, msg = http.StatusServiceUnavailable, fmt.Sprintf("the request took longer than %v; narrow the query", s.cfg.RequestTimeout)
	case errors.Is(err, context.Canceled):
		// The client went away: nobody reads the answer.
		status, msg = 499, "request cancelled"
	}
	if status >= 500 && status != http.StatusServiceUnavailable {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	writeError(w, r, status, msg)
}

// errorBody is the shape of every error the API returns.
type errorBody struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

func writeError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	writeJSON(w, r, status, errorBody{Error: msg, Status: status})
}

// writeJSON encodes v with a strong ETag of its bytes. A GET whose
// If-None-Match names that ETag gets 304 and no body: clients revalidate
// cheaply (Cache-Control: no-cache) and always see fresh data.
func writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true) // "<" as \u003c: a JSON body sniffed as HTML still runs nothing
	if err := enc.Encode(v); err != nil {
		status = http.StatusInternalServerError
		buf.Reset()
		fmt.Fprintf(&buf, `{"error":"cannot encode the answer","status":500}`+"\n")
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	if status == http.StatusOK && (r.Method == http.MethodGet || r.Method == http.MethodHead) {
		sum := sha256.Sum256(buf.Bytes())
		etag := `"` + base64.RawURLEncoding.EncodeToString(sum[:18]) + `"`
		h.Set("ETag", etag)
		h.Set("Cache-Control", "no-cache")
		if matchETag(r.Header.Get("If-None-Match"), etag) {
			h.Del("Content-Type")
			w.WriteHeader(http.StatusNotModified)
			return
		}
	} else {
		h.Set("Cache-Control", "no-store")
	}
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(buf.Bytes())
	}
}

// matchETag applies If-None-Match's weak comparison: a list of tags, any
// of which may be W/-prefixed, or "*".
func matchETag(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}
