package server

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"dateline/store"
)

// maxParamLen bounds one query parameter: enough for any name, word list
// or cursor, short enough that no query is built from megabytes.
const maxParamLen = 1024

// params are a request's query parameters, checked against the route's
// list: each known, given at most once, valid UTF-8, not too long.
type params map[string]string

func parseParams(r *http.Request, known []string) (params, error) {
	q, err := parseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, err
	}
	p := params{}
	for name, vals := range q {
		if !slices.Contains(known, name) {
			if len(known) == 0 {
				return nil, errorf(http.StatusBadRequest, "unknown parameter %q: %s takes none", name, r.URL.Path)
			}
			return nil, errorf(http.StatusBadRequest, "unknown parameter %q; %s takes %s", name, r.URL.Path, strings.Join(known, ", "))
		}
		if len(vals) > 1 {
			return nil, errorf(http.StatusBadRequest, "parameter %q given %d times; give it once", name, len(vals))
		}
		v := strings.TrimSpace(vals[0])
		if len(v) > maxParamLen || !utf8.ValidString(v) {
			return nil, errorf(http.StatusBadRequest, "parameter %q: want valid UTF-8 of at most %d bytes", name, maxParamLen)
		}
		p[name] = v
	}
	return p, nil
}

// parseQuery is url.ParseQuery with its error as a 400.
func parseQuery(raw string) (map[string][]string, error) {
	q, err := url.ParseQuery(raw)
	if err != nil {
		return nil, errorf(http.StatusBadRequest, "query string does not parse: %v", err)
	}
	return q, nil
}

// limit reads "limit": 1..store.MaxLimit, store.DefaultLimit when absent.
func (p params) limit() (int, error) {
	return p.intIn("limit", 1, store.MaxLimit, store.DefaultLimit)
}

// intIn reads an integer parameter in [lo, hi], def when absent.
func (p params) intIn(name string, lo, hi, def int) (int, error) {
	s, ok := p[name]
	if !ok || s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, errorf(http.StatusBadRequest, "parameter %s=%q: want a whole number from %d to %d", name, s, lo, hi)
	}
	return n, nil
}

// date reads a date parameter: YYYY, YYYY-MM or YYYY-MM-DD.
func (p params) date(name string) (string, error) {
	s := p[name]
	if err := store.CheckDate(name, s); err != nil {
		return "", errorf(http.StatusBadRequest, "parameter %s=%q: want a date like 2025-08-18 (or 2025-08, 2025)", name, s)
	}
	return s, nil
}

// cameo reads a CAMEO event code parameter of n1 to n2 digits whose
// root is 01–20. Codes are compared as text, so "36" or "3" for 036 or 03
// would silently match nothing: they are refused with the form wanted.
func (p params) cameo(name string, n1, n2 int, what, example string) (string, error) {
	s := p[name]
	if s == "" {
		return "", nil
	}
	ok := len(s) >= n1 && len(s) <= n2
	for i := 0; ok && i < len(s); i++ {
		ok = s[i] >= '0' && s[i] <= '9'
	}
	if ok {
		root, _ := strconv.Atoi(s[:2])
		ok = root >= 1 && root <= 20
	}
	if !ok {
		return "", errorf(http.StatusBadRequest, "parameter %s=%q: want a CAMEO %s like %s (leading zeros kept, root 01 to 20)", name, s, what, example)
	}
	return s, nil
}

// dates reads a from/to pair. A range that ends before it starts is
// refused: it would select nothing, and an empty page does not tell the
// user that the dates were swapped. The bounds are prefixes (a to of
// "2025-06" runs to the month's end), compared as the store compares them.
func (p params) dates(from, to string) (string, string, error) {
	f, err := p.date(from)
	if err != nil {
		return "", "", err
	}
	t, err := p.date(to)
	if err != nil {
		return "", "", err
	}
	if f != "" && t != "" && f > store.EndOfDay(t) {
		return "", "", errorf(http.StatusBadRequest, "parameter %s=%q is after %s=%q: the range selects nothing", from, f, to, t)
	}
	return f, t, nil
}
