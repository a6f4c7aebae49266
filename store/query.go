package store

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Page is one page of a listing. Next is the cursor of the following page,
// empty on the last one. Listings are ordered newest first (by date, then
// by the order they were stored), so a cursor stays valid while an ingest
// adds articles.
type Page[T any] struct {
	Items []T    `json:"items"`
	Next  string `json:"next,omitempty"`
}

// Listing limits: a query's Limit is clamped to [1, MaxLimit]; 0 means
// DefaultLimit.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

// ErrBadQuery is wrapped by errors about a query's parameters (a cursor that
// does not decode, a date that is not YYYY-MM-DD); the API answers 400.
var ErrBadQuery = errors.New("bad query")

// ArticleQuery selects articles. Every field is optional; set fields are
// ANDed. Q is full-text over title and text (all words must match).
type ArticleQuery struct {
	Q        string
	From, To string // published date range, inclusive, YYYY-MM-DD
	Source   string // substring of a source's input or URL
	Language string
	Entity   string // entity id: articles that mention it
	Cursor   string
	Limit    int
}

// QuoteQuery selects quotes. Speaker is an entity id or a name (matched
// case-insensitively against entity names; a single word also matches the
// names that hold it, a surname); Q is full-text over the quote.
type QuoteQuery struct {
	Speaker  string
	Q        string
	Kind     string
	From, To string // article published date, inclusive
	Cursor   string
	Limit    int
}

// EntityQuery selects entities; Q is full-text over names.
type EntityQuery struct {
	Q       string
	Type    string
	Country string
	Cursor  string
	Limit   int
}

// EventQuery selects events. Actor matches either side by entity id or
// CAMEO actor code; Root is the two-digit root code; QuadClass 0 means any.
type EventQuery struct {
	Actor     string
	Code      string
	Root      string
	QuadClass int
	Country   string // ISO 3166-1 alpha-3 of either actor
	From, To  string // event date, inclusive
	Cursor    string
	Limit     int
}

// CommitmentQuery selects commitments whose due interval starts in
// [DueFrom, DueTo] (TIMEX3 values compared as text, so "2025-09" is in
// "2025-09-01".."2025-09-30" only when written that way).
type CommitmentQuery struct {
	DueFrom, DueTo string
	Cursor         string
	Limit          int
}

// ErrorQuery lists error records, newest first.
type ErrorQuery struct {
	Input  string // substring of the input
	Stage  string // a stage name, or StageRead for the inputs that could not be read
	Cursor string
	Limit  int
}

// StageRead selects, as ErrorQuery.Stage, the errors of inputs that could
// not be read (stored with no stage); 'dateline errors' shows them so.
const StageRead = "read"

// ClampLimit applies DefaultLimit and MaxLimit.
func ClampLimit(n int) int {
	switch {
	case n <= 0:
		return DefaultLimit
	case n > MaxLimit:
		return MaxLimit
	}
	return n
}

// Cursor is the keyset position after the last item of a page: the sort key
// and a tie-breaking sequence number. Backends encode it opaquely.
type Cursor struct {
	Key string `json:"k"`
	Seq int64  `json:"s"`
}

// EncodeCursor makes an opaque cursor string.
func EncodeCursor(c Cursor) string {
	b, _ := json.Marshal(c) // two plain fields: cannot fail
	return base64.RawURLEncoding.EncodeToString(b)
}

// DecodeCursor parses a cursor made by EncodeCursor; "" is the first page.
func DecodeCursor(s string) (Cursor, bool, error) {
	if s == "" {
		return Cursor{}, false, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	var c Cursor
	if err == nil {
		err = json.Unmarshal(b, &c)
	}
	if err != nil {
		return Cursor{}, false, fmt.Errorf("cursor %q: not a cursor this server made: %w", s, ErrBadQuery)
	}
	return c, true, nil
}

// CheckDate accepts "" or a date prefix YYYY, YYYY-MM or YYYY-MM-DD that
// is on the calendar: "2025-13-01" or "2025-02-30" would compare as text
// and silently select nothing, so they are refused like any bad date.
func CheckDate(field, s string) error {
	if s == "" {
		return nil
	}
	ok := false
	for _, layout := range [...]string{"2006", "2006-01", "2006-01-02"} {
		if len(s) == len(layout) {
			_, err := time.Parse(layout, s)
			ok = err == nil
		}
	}
	if !ok {
		return fmt.Errorf("%s %q: want a date like 2025-08-18: %w", field, s, ErrBadQuery)
	}
	return nil
}

// EndOfDay makes an inclusive upper date bound compare right against
// longer values: "2025-08" includes "2025-08-31".
func EndOfDay(to string) string {
	if to == "" {
		return ""
	}
	return to + "\uffff"
}

// Terms splits a free-text query into its words: letters and digits only,
// so nothing the user types can change a full-text query's syntax.
// Backends build their full-text expression from these words (all must
// match).
func Terms(q string) []string {
	return strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// SearchTerms are the terms of a full-text search: the words of q, as
// Terms reads them, except that
//   - a word written with a * right after it ("negotiat*") ends in "*": it
//     matches every word it begins;
//   - a part of q between double quotes, straight ("...") or curly (“...”),
//     is a phrase: its words, joined by one space ("climate change"), must
//     appear in that order next to each other. A quote left open reads to
//     the end of q; a phrase of one word is that word; inside a phrase a *
//     is punctuation, like every other character that is not a letter or a
//     digit.
//
// A term holds letters and digits only, a space between the words of a
// phrase, and a final "*" for a prefix: nothing the user types becomes
// full-text query syntax.
func SearchTerms(q string) []string {
	var out []string
	for i := 0; i < len(q); {
		r, n := utf8.DecodeRuneInString(q[i:])
		switch {
		case isSearchQuote(r):
			end := strings.IndexFunc(q[i+n:], isSearchQuote)
			if end < 0 {
				end = len(q) - i - n
			}
			if words := Terms(q[i+n : i+n+end]); len(words) > 0 {
				out = append(out, strings.Join(words, " "))
			}
			i += n + end
			if i < len(q) {
				_, n := utf8.DecodeRuneInString(q[i:])
				i += n // the closing quote
			}
		case isWordRune(r):
			j := i + strings.IndexFunc(q[i:], func(r rune) bool { return !isWordRune(r) })
			if j < i {
				j = len(q)
			}
			t := q[i:j]
			if strings.HasPrefix(q[j:], "*") {
				t += "*"
			}
			out = append(out, t)
			i = j
		default:
			i += n
		}
	}
	return out
}

// isWordRune reports the runes of a search word: letters and digits.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isSearchQuote reports the quotation marks that open or close a phrase in
// a search: the straight double quote and the curly ones, either way round
// (a phrase opened by one closes at the next of any, since keyboards and
// word processors pair them loosely).
func isSearchQuote(r rune) bool { return r == '"' || r == '\u201c' || r == '\u201d' }

// stemSuffixes are the endings the Porter stemmer (both backends' full
// text) removes or rewrites: its steps 2 to 4 and the inflections of step
// 1. Both backends index stems, and a stem can be shorter than a prefix of
// its word: "negotiations" is kept as "negoti", which "negotiat*" does not
// begin, and "economic" as "econom", which "economi*" does not.
var stemSuffixes = []string{
	"s", "es", "ed", "ing", "e", "y", "ly", // inflections (step 1) and the adverb
	"ational", "tional", "enci", "anci", "izer", "abli", "alli", "entli", "eli", "ousli", "ization",
	"ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", // step 2
	"icate", "ative", "alize", "iciti", "ical", "ful", "ness", // step 3
	"al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
	"ism", "ate", "iti", "ous", "ive", "ize", // step 4
	"ies", "ity", "ise", "ist", "ics", "ions", "ments", "ers", "ally", // their common plurals and spellings
}

// MinStemmedPrefix is the shortest prefix PrefixForms completes: shorter
// ones ("el*") would add words ("els", "ely") unrelated to the words they
// begin, and already match many stems.
const MinStemmedPrefix = 4

// PrefixForms are the words a backend searches, besides the prefix itself
// as a prefix, for a search term "prefix*": the prefix itself and the
// prefix completed into each ending of stemSuffixes that it may have begun
// ("negotiat" + "e" of "ate", + "ion" of "ation"; "economi" + "c" of "ic";
// "governm" + "ent" of "ment"), each to be stemmed by the backend's
// full-text stemmer. An article then matches when a word beginning with the
// prefix is stored as a stem the prefix does not begin. Like every stemmed
// match it may also find the other words of that stem ("governm*" finds
// "governing", stemmed "govern" as "government" is). Prefixes shorter than
// MinStemmedPrefix letters, or with a digit, have none: the prefix alone
// is searched.
func PrefixForms(prefix string) []string {
	if utf8.RuneCountInString(prefix) < MinStemmedPrefix || strings.IndexFunc(prefix, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return nil
	}
	p := strings.ToLower(prefix)
	out := []string{p}
	for _, suf := range stemSuffixes {
		for k := range len(suf) {
			if strings.HasSuffix(p, suf[:k]) && !slices.Contains(out, p+suf[k:]) {
				out = append(out, p+suf[k:])
			}
		}
	}
	return out
}
