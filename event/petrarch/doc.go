// Package petrarch reads the dictionaries of the PETRARCH event coders
// (PETRARCH-2's verb, actor, agent and discard files and its
// PETR_config.ini) into plain Go values that a dependency-based coder can
// index. It does no coding itself.
//
// The formats follow PETRARCH-2's PETRreader (MIT, Open Event Data
// Alliance); the rules are restated beside each reader below because the
// files are loose: '#' comments, <!-- --> blocks, synonyms on '+' lines,
// codes on their own lines, and date restrictions inside the brackets.
package petrarch

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// line is one meaningful line of a dictionary: comments removed, trimmed,
// with its 1-based number in the file for error messages.
type line struct {
	n      int
	text   string
	indent bool // the raw line began with white space (code lines in actor files)
}

// readLines strips <!-- --> blocks and '#' comments ('#' inside [...] is
// kept: "[###]" is a code) and drops blank lines.
func readLines(r io.Reader, name string) ([]line, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	var out []line
	inXML := false
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		if n == 1 {
			raw = strings.TrimPrefix(raw, "\ufeff")
		}
		s := raw
		// XML-style comments may span lines.
		var b strings.Builder
		for len(s) > 0 {
			if inXML {
				i := strings.Index(s, "-->")
				if i < 0 {
					s = ""
					break
				}
				s = s[i+3:]
				inXML = false
				continue
			}
			i := strings.Index(s, "<!")
			if i < 0 {
				b.WriteString(s)
				break
			}
			b.WriteString(s[:i])
			s = s[i+2:]
			inXML = true
		}
		s = stripHash(b.String())
		t := strings.TrimSpace(s)
		if t == "" {
			continue
		}
		out = append(out, line{n: n, text: t, indent: raw != "" && (raw[0] == ' ' || raw[0] == '\t')})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %q: %w", name, err)
	}
	return out, nil
}

// stripHash removes a '#' comment that is not inside brackets.
func stripHash(s string) string {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#':
			if depth == 0 {
				return s[:i]
			}
		}
	}
	return s
}

// splitBrackets returns the text before the first '[' and the contents of
// every [...] group on the line.
func splitBrackets(s string) (head string, groups []string) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return strings.TrimSpace(s), nil
	}
	head = strings.TrimSpace(s[:i])
	rest := s[i:]
	for {
		a := strings.IndexByte(rest, '[')
		if a < 0 {
			break
		}
		b := strings.IndexByte(rest[a:], ']')
		if b < 0 {
			groups = append(groups, strings.TrimSpace(rest[a+1:]))
			break
		}
		groups = append(groups, strings.TrimSpace(rest[a+1:a+b]))
		rest = rest[a+b+1:]
	}
	return head, groups
}

// Word is one word of a dictionary phrase. Stopped words (written with a
// trailing '_' in the files) match only themselves and their regular
// inflections; unstopped words are stems in the TABARI tradition
// ("MINISTR" matches MINISTER and MINISTRY).
type Word struct {
	Text    string
	Stopped bool
}

// phraseWords splits a dictionary phrase ("NEW_ZEALAND_", "HAMAS WING")
// into upper-case words. A word is stopped when a '_' follows it.
func phraseWords(s string) []Word {
	s = strings.ToUpper(strings.TrimSpace(s))
	var out []Word
	i := 0
	for i < len(s) {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '_') {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '_' {
			j++
		}
		if j > i {
			out = append(out, Word{Text: s[i:j], Stopped: j < len(s) && s[j] == '_'})
		}
		i = j
	}
	return out
}
