package postgres

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"dateline"
	"dateline/store"
)

// PostgreSQL's text refuses two things Go strings may hold: the NUL byte
// and invalid UTF-8. An article that has them is stored, not rejected (one
// bad article must not become a poison job): each NUL becomes a space and
// each invalid byte a '?', one byte for one, so every span still points at
// the same place. The content hash, and so the article's id, is computed
// from the text as given.

// clean reports whether s can be stored as it is.
func clean(s string) bool {
	return strings.IndexByte(s, 0) < 0 && utf8.ValidString(s)
}

// cleanText makes s storable, keeping its length in bytes.
func cleanText(s string) string {
	if clean(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, '?')
		case r == 0:
			b = append(b, ' ')
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}

// unclean reports whether an encoded Analysis held NUL or invalid UTF-8:
// encoding/json writes them as the escapes \u0000 and \ufffd (a valid
// U+FFFD is written as itself). A literal backslash followed by those
// letters matches too, which only costs a needless scrub.
func unclean(js []byte) bool {
	return bytes.Contains(js, []byte(`\u0000`)) || bytes.Contains(js, []byte(`\ufffd`))
}

// scrubbed returns a copy of a whose strings are storable, and its JSON.
// It goes through the JSON (already valid UTF-8) so the caller's Analysis,
// which shares its pointers, is left as it was.
func scrubbed(a dateline.Analysis, js []byte) (dateline.Analysis, []byte, error) {
	var v any
	if err := json.Unmarshal(js, &v); err != nil {
		return a, nil, fmt.Errorf("clean analysis: %w", err)
	}
	js, err := json.Marshal(scrubValue(v))
	if err != nil {
		return a, nil, fmt.Errorf("clean analysis: %w", err)
	}
	var out dateline.Analysis
	if err := json.Unmarshal(js, &out); err != nil {
		return a, nil, fmt.Errorf("clean analysis: %w", err)
	}
	out.Text = cleanText(a.Text)
	return out, js, nil
}

func scrubValue(v any) any {
	switch x := v.(type) {
	case string:
		return strings.ReplaceAll(x, "\x00", " ")
	case []any:
		for i := range x {
			x[i] = scrubValue(x[i])
		}
	case map[string]any:
		for k, e := range x {
			x[k] = scrubValue(e)
		}
	}
	return v
}

func cleanSource(s store.Source) store.Source {
	return store.Source{Input: cleanText(s.Input), ItemID: cleanText(s.ItemID), URL: cleanText(s.URL)}
}

func cleanError(e store.ErrorRecord) store.ErrorRecord {
	e.Input, e.Stage, e.Message, e.ArticleID = cleanText(e.Input), cleanText(e.Stage), cleanText(e.Message), cleanText(e.ArticleID)
	return e
}
