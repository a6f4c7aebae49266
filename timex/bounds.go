package timex

import (
	"strconv"
	"strings"
	"time"

	"dateline/text"
)

// Bounds returns the first and last calendar day a time expression covers,
// for a stage that needs a date range (a commitment's due date, "which
// events fall in this week"). A range uses its start_value and end_value
// ("within the next week to ten days" → 2025-08-25 … 2025-08-28); otherwise
// the value's own extent is used (2025-W34 → Monday 18 … Sunday 24 August;
// 2025-Q3 → 1 July … 30 September). ok is false for values that name no
// calendar span: durations, sets, PRESENT_REF, underspecified values.
func Bounds(t text.Time) (first, last time.Time, ok bool) {
	if t.StartValue != "" && t.EndValue != "" {
		a, _, ok1 := ValueBounds(t.StartValue)
		_, b, ok2 := ValueBounds(t.EndValue)
		return a, b, ok1 && ok2
	}
	if t.Type == "DURATION" || t.Type == "SET" {
		return time.Time{}, time.Time{}, false
	}
	return ValueBounds(t.Value)
}

// ValueBounds returns the first and last day of a TIMEX3 date value:
// 2025, 2025-08, 2025-08-18, 2025-W34, 2025-W34-WE, 2025-Q3, 2025-H1,
// 2025-SU, 199 (a decade), 20 (a century), and times (2025-08-18T15:30 is
// that day).
func ValueBounds(v string) (first, last time.Time, ok bool) {
	if i := strings.IndexByte(v, 'T'); i > 0 {
		v = v[:i]
	}
	date := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	num := func(s string) (int, bool) {
		n, err := strconv.Atoi(s)
		return n, err == nil && n >= 0
	}
	switch {
	case len(v) == 2: // century
		if c, ok := num(v); ok {
			return date(c*100, 1, 1), date(c*100+99, 12, 31), true
		}
	case len(v) == 3: // decade
		if d, ok := num(v); ok {
			return date(d*10, 1, 1), date(d*10+9, 12, 31), true
		}
	}
	if len(v) < 4 {
		return time.Time{}, time.Time{}, false
	}
	y, yok := num(v[:4])
	if !yok {
		return time.Time{}, time.Time{}, false
	}
	rest := v[4:]
	switch {
	case rest == "":
		return date(y, 1, 1), date(y, 12, 31), true
	case len(rest) == 3 && rest[0] == '-' && rest[1] >= '0' && rest[1] <= '9':
		if m, ok := num(rest[1:]); ok && m >= 1 && m <= 12 {
			a := date(y, m, 1)
			return a, a.AddDate(0, 1, -1), true
		}
	case len(rest) == 6 && rest[0] == '-' && rest[3] == '-':
		m, ok1 := num(rest[1:3])
		d, ok2 := num(rest[4:6])
		if ok1 && ok2 && validDay(y, m, d) {
			a := date(y, m, d)
			return a, a, true
		}
	case strings.HasPrefix(rest, "-W") && len(rest) >= 4:
		w, ok := num(rest[2:4])
		if !ok || w < 1 || w > 53 {
			break
		}
		a := isoWeekStart(y, w)
		switch rest[4:] {
		case "":
			return a, a.AddDate(0, 0, 6), true
		case "-WE":
			return a.AddDate(0, 0, 5), a.AddDate(0, 0, 6), true
		}
	case len(rest) == 3 && rest[1] == 'Q':
		if q, ok := num(rest[2:]); ok && q >= 1 && q <= 4 {
			a := date(y, 3*q-2, 1)
			return a, a.AddDate(0, 3, -1), true
		}
	case len(rest) == 3 && rest[1] == 'H':
		if h, ok := num(rest[2:]); ok && h >= 1 && h <= 2 {
			a := date(y, 6*h-5, 1)
			return a, a.AddDate(0, 6, -1), true
		}
	case len(rest) == 3 && rest[0] == '-':
		if m, ok := seasonStart[rest[1:]]; ok {
			a := date(y, m, 1)
			return a, a.AddDate(0, 3, -1), true
		}
	}
	return time.Time{}, time.Time{}, false
}
