package source

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// byline is what a "By …" line or a date line says about the article.
type byline struct {
	Author    string // names joined by "; "
	Published time.Time
}

// bylinePrefix opens a byline in English and the commonest other news
// languages.
var bylinePrefix = regexp.MustCompile(`(?i)^(?:(?:written|words|story|text|reported|reporting|posted|photos?) by|by|von|par|por|di|door|author|authors)\s*:?\s+`)

// bylineSep separates a byline's parts: "By A | Updated …", "By A — CNN".
var bylineSep = regexp.MustCompile(`\s*[|•·]\s*|\s+[–—-]\s+`)

// nameSep separates names and a trailing clause inside one part.
var nameSep = regexp.MustCompile(`\s*,\s*|\s*;\s*|\s+(?:and|&|und|et|y)\s+`)

// parseByline reads a whole line as a byline ("By Jane Doe | Updated 3:45
// PM, Aug 18, 2025", "By A and B, Reuters") or a date line ("Published:
// 18 August 2025"). Every part must be a person's name, a role or outlet,
// or a date; anything else (a sentence that starts with "By the end …")
// makes it not a byline.
func parseByline(line string) (byline, bool) {
	if utf8.RuneCountInString(line) > 200 || moreFields(line, 30) {
		return byline{}, false
	}
	var b byline
	loc := bylinePrefix.FindStringIndex(line)
	if loc == nil {
		// A date line: every part a date. It has digits and is short,
		// which rules out most lines before tokenising them.
		if !hasDigit(line) || moreFields(line, 14) {
			return byline{}, false
		}
		for _, part := range bylineSep.Split(line, -1) {
			d, ok := parseDateClause(part)
			if !ok {
				return byline{}, false
			}
			if b.Published.IsZero() {
				b.Published = d
			}
		}
		return b, !b.Published.IsZero()
	}
	parts := bylineSep.Split(line[loc[1]:], -1)
	var names []string
	var tail []string
	for i, part := range parts {
		if i > 0 {
			tail = append(tail, part)
			continue
		}
		// The first part holds the names, maybe followed by ", Outlet" or
		// ", Aug 18, 2025".
		pieces := nameSep.Split(part, -1)
		j := 0
		for j < len(pieces) && isPersonName(pieces[j]) {
			names = append(names, strings.TrimSpace(pieces[j]))
			j++
		}
		if j < len(pieces) {
			tail = append(tail, strings.Join(pieces[j:], ", "))
		}
	}
	if len(names) == 0 {
		return byline{}, false
	}
	for _, t := range tail {
		if d, ok := parseDateClause(t); ok {
			if b.Published.IsZero() {
				b.Published = d
			}
			continue
		}
		if !isRoleOrOutlet(t) {
			return byline{}, false
		}
	}
	b.Author = strings.Join(names, "; ")
	return b, true
}

// nameParticles are the lower-case words inside personal names.
var nameParticles = setOf("de", "da", "das", "do", "dos", "van", "von", "der", "den", "del", "della", "di", "du", "la", "le", "al", "el", "bin", "ibn", "ter", "ten", "y", "zu", "st.")

// roleWords mark a phrase as a job or an organisation, not a person.
var roleWords = setOf("writer", "reporter", "correspondent", "editor", "staff", "contributor", "columnist",
	"press", "news", "times", "post", "journal", "bureau", "agency", "network", "media", "desk", "team",
	"service", "wire", "newsroom", "online", "daily", "herald", "tribune", "gazette", "magazine",
	"producer", "analyst", "chief", "senior", "associate", "political", "affairs", "international",
	"updated", "published", "posted", "minutes", "min", "read")

// isPersonName: two to five words, each capitalised, an initial, or a name
// particle; no digits; no job or outlet words.
func isPersonName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	for i, w := range words {
		lw := strings.ToLower(w)
		if roleWords[lw] || hasDigit(w) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
		case i > 0 && i < len(words)-1 && nameParticles[lw]:
		default:
			return false
		}
		if strings.ContainsFunc(w, func(r rune) bool {
			return !unicode.IsLetter(r) && !strings.ContainsRune(".-'’", r)
		}) {
			return false
		}
	}
	return true
}

// isRoleOrOutlet: a short title-case phrase such as "CNN", "Staff Writer",
// "The Associated Press" or "in Kyiv".
func isRoleOrOutlet(s string) bool {
	words := strings.Fields(strings.Trim(s, " ,;:"))
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for i, w := range words {
		if hasDigit(w) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		if !unicode.IsUpper(r) && !(smallWords[lw] && (i > 0 || lw == "in" || lw == "for" || lw == "at")) {
			return false
		}
	}
	return true
}

var smallWords = setOf("of", "the", "for", "and", "in", "at", "on", "&")

// dateLabel opens a date line.
var dateLabel = regexp.MustCompile(`(?i)^(?:(?:last |first )?(?:updated|published|posted|modified|created)(?: on| at)?|dated?)\s*:?\s*`)

var dateToken = regexp.MustCompile(`(?i)\d{4}-\d{1,2}-\d{1,2}(?:t[\d:.+z-]*)?|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?|\d+(?:st|nd|rd|th)?|[ap]\.m\.?|\pL+\.?|\S`)

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// dateFiller are the words a date line may hold besides the date itself.
var dateFiller = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "at", "on", "of", "the",
	"am", "pm", "a.m", "p.m", "utc", "gmt", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst",
	"mdt", "pst", "pdt", "ist", "jst", "aest", "aedt", "et", "pt", "ct", "mt", "hkt", "sgt", "msk",
	"eet", "eest", "wet", "west", "z", ",", "/", "-", "(", ")", "updated", "published", "and")

// parseDateClause reads a clause that is only a date, maybe with a label,
// weekday, time and zone: "Updated 3:45 PM, Aug 18, 2025", "18 August
// 2025", "2025-08-18T10:00Z", "08/18/2025". It returns the calendar date
// (midnight UTC); the time of day is dropped because its zone is often
// unknown.
func parseDateClause(s string) (time.Time, bool) {
	s = strings.TrimSpace(dateLabel.ReplaceAllString(strings.TrimSpace(s), ""))
	if s == "" {
		return time.Time{}, false
	}
	var y, d int
	var m time.Month
	for _, tok := range dateToken.FindAllString(s, -1) {
		lt := strings.TrimSuffix(strings.ToLower(tok), ".")
		switch {
		case len(lt) >= 8 && lt[4] == '-' && isDigits(lt[:4]):
			yy, mm, dd, ok := splitISO(lt)
			if !ok || y != 0 {
				return time.Time{}, false
			}
			y, m, d = yy, mm, dd
		case strings.ContainsAny(lt, "/.") && isDigits(strings.NewReplacer("/", "", ".", "").Replace(lt)):
			yy, mm, dd, ok := splitNumeric(lt)
			if !ok || y != 0 {
				return time.Time{}, false
			}
			y, m, d = yy, mm, dd
		case strings.Contains(lt, ":") || strings.HasPrefix(lt, "gmt") || strings.HasPrefix(lt, "utc"):
			// a time of day or an offset
		case months[lt] != 0:
			if m != 0 {
				return time.Time{}, false
			}
			m = months[lt]
		case dateFiller[lt]:
		case isDigits(strings.TrimRight(lt, "stndrh")):
			n, _ := strconv.Atoi(strings.TrimRight(lt, "stndrh"))
			switch {
			case len(lt) == 4 && n >= 1900 && n <= 2100 && y == 0:
				y = n
			case n >= 1 && n <= 31 && d == 0:
				d = n
			default:
				return time.Time{}, false
			}
		default:
			return time.Time{}, false
		}
	}
	if y == 0 || m == 0 || d == 0 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 February
		return time.Time{}, false
	}
	return t, true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func splitISO(s string) (int, time.Month, int, bool) {
	if i := strings.IndexByte(s, 't'); i > 0 {
		s = s[:i]
	}
	f := strings.Split(s, "-")
	if len(f) != 3 {
		return 0, 0, 0, false
	}
	y, _ := strconv.Atoi(f[0])
	m, _ := strconv.Atoi(f[1])
	d, _ := strconv.Atoi(f[2])
	return y, time.Month(m), d, m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// splitNumeric reads 08/18/2025 as month/day (the US order slashes
// usually mean, unless the first number cannot be a month) and 18.08.2025
// as day.month (the order dots mean).
func splitNumeric(s string) (int, time.Month, int, bool) {
	sep := "/"
	if strings.Contains(s, ".") {
		sep = "."
	}
	f := strings.Split(s, sep)
	if len(f) != 3 {
		return 0, 0, 0, false
	}
	a, _ := strconv.Atoi(f[0])
	b, _ := strconv.Atoi(f[1])
	y, _ := strconv.Atoi(f[2])
	m, d := a, b
	if sep == "." || a > 12 {
		m, d = b, a
	}
	return y, time.Month(m), d, m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// creditPart is one part of a wire service's credit line: "Reporting by
// A and B in Lima", "Additional reporting by C", "Editing by D".
var creditPart = regexp.MustCompile(`(?i)^(?:additional\s+)?(reporting|writing|editing|compiled|research|graphics|fact[- ]checking)\s+by\s+(.+)$`)

// creditPlace is the place a reporter filed from, after the names.
var creditPlace = regexp.MustCompile(`\s+in\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*$`)

var creditAnd = regexp.MustCompile(`\s+(?:and|&)\s+`)

// creditLine reads a whole line as a wire credit line, maybe in
// parentheses: every ";"-separated part says who reported, wrote or
// edited, and every name is a person's. It returns the names of those
// who reported or wrote, "; "-separated.
func creditLine(line string) (string, bool) {
	t := strings.TrimSpace(line)
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		t = strings.TrimSpace(t[1 : len(t)-1])
	}
	if t == "" || utf8.RuneCountInString(t) > 300 {
		return "", false
	}
	var authors []string
	for _, part := range strings.Split(t, ";") {
		m := creditPart.FindStringSubmatch(strings.TrimSpace(part))
		if m == nil {
			return "", false
		}
		role := strings.ToLower(m[1])
		for _, piece := range strings.Split(m[2], ",") {
			piece = creditPlace.ReplaceAllString(strings.TrimSpace(piece), "")
			for _, name := range creditAnd.Split(piece, -1) {
				name = creditPlace.ReplaceAllString(strings.TrimSpace(name), "")
				if !isPersonName(name) {
					return "", false
				}
				if role == "reporting" || role == "writing" {
					authors = append(authors, name)
				}
			}
		}
	}
	return strings.Join(authors, "; "), true
}

// moreFields reports whether s has more than n fields (strings.Fields),
// counting them without making the slice: asked of each line near an
// article's top and bottom.
func moreFields(s string, n int) bool {
	for range strings.FieldsSeq(s) {
		if n--; n < 0 {
			return true
		}
	}
	return false
}
