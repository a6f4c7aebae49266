package event

import (
	"sort"

	"dateline/text"
)

// This file fills an event's date and location from the clause.

// clauseDate is the date of the clause at v: a DATE time expression
// inside the clause (not inside a clause below it), else one close to
// the evidence in the sentence, else the publication date. Values of day,
// month or year precision are kept as the time stage wrote them
// ("2025-08-17", "2025-02", "2025").
func (c *coder) clauseDate(v int, sp text.Span) string {
	s := c.s
	lo, hi := s.span(0).Start, s.span(len(s.forms)-1).End
	near := ""
	for _, t := range c.s.doc.Times {
		if t.Start < lo || t.End > hi || t.Type != "DATE" || !calendarDate(t.Value) {
			continue
		}
		if tok := c.tokenAt(t.Start); tok >= 0 && c.clauseOf(tok) == v {
			return t.Value
		}
		if near == "" && t.Start < sp.End+40 && t.End > sp.Start-40 {
			near = t.Value
		}
	}
	if near != "" {
		return near
	}
	if c.date > 0 {
		return c.s.doc.Published.Format("2006-01-02")
	}
	return ""
}

// calendarDate says whether a TIMEX3 value is a year, month or day:
// "2025", "2025-02", "2025-02-14" (not "2025-W07", "PRESENT_REF", "XXXX-02").
func calendarDate(v string) bool {
	switch len(v) {
	case 4, 7, 10:
	default:
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// tokenAt is the local token starting at byte offset off, -1 when none.
func (c *coder) tokenAt(off int) int {
	s := c.s
	toks := s.doc.Tokens[s.off : s.off+len(s.forms)]
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > off })
	if i < len(toks) && toks[i].Start <= off {
		return i
	}
	return -1
}

// location is the place a clause happens at: an "in", "at" or "near"
// phrase naming a proper noun, on the verb itself or, since parsers often
// attach it lower ("talks with X at the White House" with the phrase under
// X), on one of the verb's arguments. A phrase that codes to one of the
// event's actors is not its place.
func (c *coder) location(v int, a, b actor) string {
	s := c.s
	if loc := c.placeOf(v, a, b); loc != "" {
		return loc
	}
	for _, k := range s.kids[v] {
		switch s.base[k] {
		case "obj", "obl", "nmod", "iobj":
			if loc := c.placeOf(k, a, b); loc != "" {
				return loc
			}
		}
	}
	return ""
}

func (c *coder) placeOf(h int, a, b actor) string {
	s := c.s
	for _, k := range s.kids[h] {
		r := s.base[k]
		if r != "obl" && r != "nmod" {
			continue
		}
		switch s.caseOf(k) {
		case "IN", "AT", "NEAR":
		default:
			continue
		}
		if s.upos[k] != "PROPN" || c.isTimeWord(k) {
			continue // "in March" says when, not where
		}
		if acts := c.codeNP(k, nil); len(acts) > 0 && (acts[0].code == a.code || acts[0].code == b.code) {
			continue
		}
		first, last := k, k
		for _, m := range s.kids[k] {
			if r := s.base[m]; r == "compound" || r == "flat" || ((r == "amod" || r == "nmod") && s.upos[m] == "PROPN") || (r == "amod" && m == first-1) {
				if m < first {
					first = m
				}
				if m > last {
					last = m
				}
			}
		}
		return c.text(first, last)
	}
	return ""
}

// isTimeWord says whether token k is part of a time expression the time
// stage found ("in March", "on Tuesday", "in August 2024"), or, when that
// stage did not run, a month or weekday name. A proper noun of time is
// no place. "May" is left to the time stage: it is also a surname.
func (c *coder) isTimeWord(k int) bool {
	s := c.s
	sp := s.span(k)
	if len(s.doc.Times) > 0 {
		for _, t := range s.doc.Times {
			if sp.Start >= t.Start && sp.End <= t.End {
				return true
			}
		}
		return false
	}
	return calendarNames[s.lemmas[k]]
}

// calendarNames are the month and weekday names, upper case as lemmas are.
var calendarNames = map[string]bool{
	"JANUARY": true, "FEBRUARY": true, "MARCH": true, "APRIL": true, "JUNE": true, "JULY": true,
	"AUGUST": true, "SEPTEMBER": true, "OCTOBER": true, "NOVEMBER": true, "DECEMBER": true,
	"MONDAY": true, "TUESDAY": true, "WEDNESDAY": true, "THURSDAY": true, "FRIDAY": true,
	"SATURDAY": true, "SUNDAY": true,
}
