package text

import (
	"strings"
	"unicode/utf8"
)

// DatelineLen returns the length in bytes of the dateline that opens
// paragraph p, with the dash or colon that ends it and the spaces after
// it; 0 when p opens with none. A dateline says where, when and by whom a
// wire story was filed, not what anyone did or said:
//
//	NAIROBI, March 3 (Reuters) - …     WASHINGTON (AP) — …
//	LEEDS, England, Jan. 5, 2026 (AFP) – …   Dec 29 (Reuters) - …
//	NEW YORK, March 3 /PRNewswire/ -- …   NEW DELHI: …
//
// A place of capitalised words, then after commas a region or a date,
// then an agency credit in parentheses or slashes, then the dash. Since a
// name with an aside has the same shape ("Ana Ruiz — a lawyer — said"),
// the line must show it is a dateline: a place in capitals, a date or a
// credit. A colon ends one only after a place in capitals with nothing
// else, which a transcript's speaker label ("LEE: …") also is; callers
// that cut what was said from the dateline lose nothing by the likeness.
func DatelineLen(p string) int {
	head, sepEnd, colon := datelineHead(p)
	if sepEnd <= 0 || strings.TrimSpace(p[sepEnd:]) == "" {
		return 0
	}
	head = strings.TrimSpace(head)
	credit := false
	if h, ok := cutCredit(head); ok {
		head, credit = h, true
	}
	if colon && credit {
		return 0
	}
	parts := strings.Split(head, ",")
	if len(parts) > 4 {
		return 0
	}
	place, dated, caps := false, false, false
	for i, part := range parts {
		part = strings.TrimSpace(part)
		switch {
		case part == "" && i == len(parts)-1 && credit:
			// "Dec 29, (Reuters)": a stray comma before the credit.
		case datePart(part) || i > 0 && dated && isYear(part):
			dated = true
		case !dated && placePart(part):
			if i == 0 {
				place, caps = true, allCaps(part)
			}
		default:
			return 0
		}
	}
	switch {
	case colon && !(place && caps && len(parts) == 1):
		return 0
	case !place && !(dated && credit):
		return 0 // a date alone is no dateline without its credit
	case !caps && !dated && !credit:
		return 0 // "Mehmet Oz — a surgeon …": a name with an aside
	}
	return sepEnd
}

// maxDatelineBytes bounds the words read before a dateline's dash.
const maxDatelineBytes = 90

// datelineHead finds the first dash or colon of p within the dateline's
// reach and returns the words before it and where the words after it
// start (0 when there is none); colon says the separator is a colon. A
// dash is an en, em or horizontal-bar dash, or hyphens set off by spaces
// (" - ", " -- "): a hyphen inside a word joins it ("WINSTON-SALEM").
func datelineHead(p string) (head string, next int, colon bool) {
	limit := min(len(p), maxDatelineBytes)
	for i := 0; i < limit; {
		r, n := utf8.DecodeRuneInString(p[i:])
		switch {
		case r == '\n' || r == '.' && i+n < len(p) && p[i+n] == ' ' && i+n+1 < len(p) && isLowerByte(p[i+n+1]):
			return "", 0, false // the line or the sentence ended first
		case r == '—' || r == '–' || r == '―':
			return p[:i], skipSpaces(p, i+n), false
		case r == '-' && i > 0 && p[i-1] == ' ':
			j := i + n
			for j < len(p) && p[j] == '-' {
				j++
			}
			if j < len(p) && p[j] == ' ' {
				return p[:i], skipSpaces(p, j), false
			}
		case r == ':':
			if i+n < len(p) && p[i+n] == ' ' {
				return p[:i], skipSpaces(p, i+n), true
			}
			return "", 0, false
		}
		i += n
	}
	return "", 0, false
}

func isLowerByte(c byte) bool { return 'a' <= c && c <= 'z' }

func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// cutCredit cuts an agency credit off the end of a dateline's words:
// "(Reuters)", "(AP)", "(dpa)", "/PRNewswire/". It must be one to four
// words of letters.
func cutCredit(head string) (string, bool) {
	var open byte
	switch {
	case strings.HasSuffix(head, ")"):
		open = '('
	case strings.HasSuffix(head, "/"):
		open = '/'
	default:
		return head, false
	}
	i := strings.LastIndexByte(head[:len(head)-1], open)
	if i < 0 {
		return head, false
	}
	inner := strings.Fields(head[i+1 : len(head)-1])
	if len(inner) == 0 || len(inner) > 4 {
		return head, false
	}
	for _, w := range inner {
		for _, r := range w {
			if !isLetter(r) && r != '.' && r != '&' && r != '-' {
				return head, false
			}
		}
	}
	return strings.TrimSpace(head[:i]), true
}

// placePart reports whether s names a place the way a dateline does: one
// to four words, each opening with a capital ("NEWPORT NEWS", "Va.",
// "N.Y.", "Leeds").
func placePart(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !isUpper(r) {
			return false
		}
		for _, r := range w {
			if !isLetter(r) && r != '.' && r != '-' && !isApostrophe(r) {
				return false
			}
		}
	}
	return true
}

// allCaps reports whether every letter of s is a capital and there are
// at least two ("WASHINGTON", "NEW YORK"; not "A").
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if isLetter(r) {
			if !isUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// IsDayAndMonth reports whether s is a month and a day in either order,
// with or without a year ("3 November", "Sept. 28"): a date, whatever a
// name tagger made of its capital.
func IsDayAndMonth(s string) bool { return len(strings.Fields(s)) >= 2 && datePart(s) }

// datePart reports whether s is the date of a dateline: a month and a day
// in either order ("March 3", "Sept. 28", "3 March"), with or without a
// year, or a day of the week.
func datePart(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 1 {
		_, ok := weekdays[strings.TrimSuffix(ws[0], ".")]
		return ok
	}
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	month := func(w string) bool { _, ok := months[strings.TrimSuffix(w, ".")]; return ok }
	day := func(w string) bool { return len(w) <= 2 && isDigits(w) }
	switch {
	case month(ws[0]) && day(ws[1]), day(ws[0]) && month(ws[1]):
		return len(ws) == 2 || isYear(ws[2])
	}
	return false
}

func isYear(s string) bool { return len(s) == 4 && isDigits(s) }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

var months = setOf(
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
)

var weekdays = setOf(
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
)
