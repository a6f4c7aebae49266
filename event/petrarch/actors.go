package petrarch

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Actor is one entry of an actor dictionary: the phrases that name it
// (the primary phrase first, then the '+' synonyms) and its codes, some
// of which hold only between dates.
type Actor struct {
	Phrases [][]Word
	Codes   []DatedCode
	Line    int
}

// DatedCode is an actor code valid from From to To inclusive (yyyymmdd;
// 0 means open). A code with both ends open is the entry's default.
type DatedCode struct {
	Code     string
	From, To int
}

// CodesOn returns the codes that apply on date (yyyymmdd, 0 when
// unknown): the first dated code whose range holds the date, else the
// first undated one. A code written "ELR/GAL" is two actors and comes back
// as two codes. Nil when no code applies.
func (a *Actor) CodesOn(date int) []string {
	pick := ""
	found := false
	if date > 0 {
		for _, c := range a.Codes {
			if (c.From != 0 || c.To != 0) && (c.From == 0 || date >= c.From) && (c.To == 0 || date <= c.To) {
				pick, found = c.Code, true
				break
			}
		}
	}
	if !found {
		for _, c := range a.Codes {
			if c.From == 0 && c.To == 0 {
				pick, found = c.Code, true
				break
			}
		}
	}
	if !found && date == 0 && len(a.Codes) > 0 {
		pick, found = a.Codes[0].Code, true
	}
	if !found {
		return nil
	}
	return strings.Split(pick, "/")
}

// ReadActors reads a PETRARCH actor dictionary. An entry is a phrase line
// ("UNITED_STATES [USA]"), optionally followed by '+' synonym lines and by
// indented code lines ("\t[HOBGOV 19950601 - 19990815]"); a code may carry
// a date restriction: "< date", "> date" or "date - date", dates as
// yymmdd or yyyymmdd. Entries without any code are dropped.
func ReadActors(r io.Reader, name string) ([]Actor, error) {
	lines, err := readLines(r, name)
	if err != nil {
		return nil, err
	}
	var out []Actor
	var cur *Actor
	flush := func() {
		if cur != nil && len(cur.Codes) > 0 && len(cur.Phrases) > 0 {
			out = append(out, *cur)
		}
		cur = nil
	}
	for _, l := range lines {
		t := l.text
		switch {
		case strings.HasPrefix(t, "["):
			if cur == nil {
				continue // a code with no entry: nothing to attach it to
			}
			cur.Codes = append(cur.Codes, parseCodes(t)...)
		case strings.HasPrefix(t, "+"):
			if cur == nil {
				continue
			}
			head, groups := splitBrackets(t[1:])
			if w := phraseWords(head); len(w) > 0 {
				cur.Phrases = append(cur.Phrases, w)
			}
			for _, g := range groups {
				cur.Codes = append(cur.Codes, parseCode(g)...)
			}
		default:
			flush()
			head, groups := splitBrackets(t)
			w := phraseWords(head)
			if len(w) == 0 {
				continue
			}
			cur = &Actor{Phrases: [][]Word{w}, Line: l.n}
			for _, g := range groups {
				cur.Codes = append(cur.Codes, parseCode(g)...)
			}
		}
	}
	flush()
	if len(out) == 0 {
		return nil, fmt.Errorf("actor dictionary %q: no entries with codes", name)
	}
	return out, nil
}

func parseCodes(s string) []DatedCode {
	_, groups := splitBrackets(s)
	var out []DatedCode
	for _, g := range groups {
		out = append(out, parseCode(g)...)
	}
	return out
}

// parseCode reads the inside of one [...] group: "USA", "HOB < 950601",
// "RUSGOV >080508", "IGOUNO 970101-061231". A group with an unreadable
// date is dropped rather than applied at the wrong time.
func parseCode(g string) []DatedCode {
	g = strings.TrimSpace(g)
	if g == "" {
		return nil
	}
	code := g
	rest := ""
	if i := strings.IndexAny(g, " \t<>"); i >= 0 {
		code, rest = g[:i], strings.TrimSpace(g[i:])
	}
	code = strings.ToUpper(strings.TrimSpace(code))
	if code == "" {
		return nil
	}
	dc := DatedCode{Code: code}
	if rest != "" {
		var ok bool
		switch {
		case strings.HasPrefix(rest, "<"):
			dc.To, ok = parseDate(rest[1:])
			dc.To-- // strictly before
		case strings.HasPrefix(rest, ">"):
			dc.From, ok = parseDate(rest[1:])
			dc.From++ // strictly after
		default:
			a, b, cut := strings.Cut(rest, "-")
			if !cut {
				return nil
			}
			var ok2 bool
			dc.From, ok = parseDate(a)
			dc.To, ok2 = parseDate(b)
			ok = ok && ok2
		}
		if !ok {
			return nil
		}
	}
	return []DatedCode{dc}
}

// parseDate reads yymmdd (years 41-99 are 19xx, 00-40 are 20xx) or
// yyyymmdd into yyyymmdd.
func parseDate(s string) (int, bool) {
	s = strings.TrimSpace(s)
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, false
	}
	switch len(s) {
	case 6:
		yy := n / 10000
		if yy <= 40 {
			return 20000000 + n, true
		}
		return 19000000 + n, true
	case 8:
		return n, true
	}
	return 0, false
}

// Agent is one entry of an agent dictionary: role nouns such as
// "PRESIDENT [~GOV]". A "~XXX" code is appended to the actor's code
// (UKR+GOV → UKRGOV); an "XXX~" code comes before it (NGO~ → NGOARN).
type Agent struct {
	Phrases [][]Word
	Code    string
	Prefix  bool
	Line    int
}

// ReadAgents reads a PETRARCH agent dictionary. Lines are
// "PHRASE {PLURALS} [~CODE]"; "{}" means the phrase has no plural, a
// non-empty {...} lists irregular plurals, otherwise the regular plural of
// the last word is added. Macros "!NAME! = A, B" expand "!NAME!" in later
// phrases to each alternative.
func ReadAgents(r io.Reader, name string) ([]Agent, error) {
	lines, err := readLines(r, name)
	if err != nil {
		return nil, err
	}
	macros := map[string][]string{}
	var out []Agent
	for _, l := range lines {
		t := l.text
		if strings.HasPrefix(t, "!") {
			if k, v, ok := strings.Cut(t, "="); ok {
				var alts []string
				for _, a := range strings.Split(v, ",") {
					if a = strings.TrimSpace(a); a != "" {
						alts = append(alts, strings.ToUpper(a))
					}
				}
				macros[strings.ToUpper(strings.TrimSpace(k))] = alts
				continue
			}
		}
		head, groups := splitBrackets(t)
		if len(groups) == 0 {
			continue
		}
		code := strings.ToUpper(strings.Join(strings.Fields(groups[0]), ""))
		prefix := false
		switch {
		case strings.HasPrefix(code, "~"):
			code = code[1:]
		case strings.HasSuffix(code, "~"):
			code, prefix = code[:len(code)-1], true
		}
		if code == "" {
			continue
		}
		base, plurals, hasBraces := head, "", false
		if i := strings.IndexByte(head, '{'); i >= 0 {
			hasBraces = true
			base = head[:i]
			p := head[i+1:]
			if j := strings.IndexByte(p, '}'); j >= 0 {
				p = p[:j]
			}
			plurals = p
		}
		a := Agent{Code: code, Prefix: prefix, Line: l.n}
		for _, form := range expandMacros(strings.TrimSpace(base), macros) {
			w := phraseWords(form)
			if len(w) == 0 {
				continue
			}
			a.Phrases = append(a.Phrases, w)
			if !hasBraces {
				a.Phrases = append(a.Phrases, pluralPhrase(w))
			}
		}
		for _, p := range strings.Fields(plurals) {
			if w := phraseWords(p); len(w) > 0 {
				a.Phrases = append(a.Phrases, w)
			}
		}
		if len(a.Phrases) > 0 {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("agent dictionary %q: no entries with codes", name)
	}
	return out, nil
}

// expandMacros replaces the first !MACRO! in s by each of its
// alternatives, recursively.
func expandMacros(s string, macros map[string][]string) []string {
	u := strings.ToUpper(s)
	i := strings.IndexByte(u, '!')
	if i < 0 {
		return []string{s}
	}
	j := strings.IndexByte(u[i+1:], '!')
	if j < 0 {
		return []string{s}
	}
	key := u[i : i+j+2]
	alts, ok := macros[key]
	if !ok {
		return []string{u[:i] + u[i+j+2:]}
	}
	var out []string
	for _, a := range alts {
		out = append(out, expandMacros(u[:i]+a+u[i+j+2:], macros)...)
	}
	return out
}

// pluralPhrase forms the regular plural of a phrase's last word the way
// PETRARCH does: -Y after a consonant → -IES; -S, -SH, -CH, -X, -Z → +ES;
// else +S.
func pluralPhrase(w []Word) []Word {
	out := append([]Word(nil), w...)
	last := &out[len(out)-1]
	last.Text = Plural(last.Text)
	return out
}

// Plural is the regular English plural of an upper-case noun.
func Plural(s string) string {
	n := len(s)
	switch {
	case n > 1 && s[n-1] == 'Y' && !strings.ContainsRune("AEIOU", rune(s[n-2])):
		return s[:n-1] + "IES"
	case strings.HasSuffix(s, "S"), strings.HasSuffix(s, "SH"), strings.HasSuffix(s, "CH"),
		strings.HasSuffix(s, "X"), strings.HasSuffix(s, "Z"):
		return s + "ES"
	}
	return s + "S"
}

// Discard is a phrase whose presence drops the sentence, or with Story
// set the whole story (sports results, weather reports).
type Discard struct {
	Phrase []Word
	Story  bool
}

// ReadDiscards reads a PETRARCH discard list: one phrase a line, '+' for
// a story-level discard.
func ReadDiscards(r io.Reader, name string) ([]Discard, error) {
	lines, err := readLines(r, name)
	if err != nil {
		return nil, err
	}
	var out []Discard
	for _, l := range lines {
		t := l.text
		story := strings.HasPrefix(t, "+")
		if story {
			t = t[1:]
		}
		head, _ := splitBrackets(t)
		if w := phraseWords(head); len(w) > 0 {
			out = append(out, Discard{Phrase: w, Story: story})
		}
	}
	return out, nil
}
