package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// codeSpec is one bracketed code of a PETRARCH actor entry, with its date
// restriction (yyyymmdd, 0 = open).
type codeSpec struct {
	code     string
	from, to int
}

func (c codeSpec) dated() bool { return c.from != 0 || c.to != 0 }

// actorGroup is one PETRARCH actor: its phrases (the primary first, then the
// "+" synonyms) and its codes. comment holds the comments seen on its lines
// ("# CountryInfo.txt" marks a person).
type actorGroup struct {
	names   []string
	codes   []codeSpec
	comment string
	line    int
}

// parseActors reads a PETRARCH/TABARI .actors file:
//
//	PHRASE_ [CODE]                  a phrase with its code on one line
//	PHRASE_                         a phrase whose codes follow
//	+SYNONYM_                       another phrase for the same actor
//	    [CODE yymmdd-yymmdd]        a code for a date range (also >date, <date)
//	    [CODE]                      the default code outside the ranges
//
// Phrases without codes carry over to the next code lines (the dictionaries
// list a spelling, then the entry it belongs to); phrases never given a
// code are dropped. Codes whose dates do not parse are dropped, not kept
// undated, so a typo cannot turn a dated code into a default.
func parseActors(r io.Reader, file string) ([]actorGroup, []string, error) {
	var out []actorGroup
	var warnings []string
	var cur *actorGroup
	closeCur := func() {
		if cur != nil && len(cur.codes) > 0 && len(cur.names) > 0 {
			out = append(out, *cur)
		}
		cur = nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		comment := ""
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line, comment = line[:i], line[i+1:]
		}
		body := strings.TrimSpace(line)
		if body == "" {
			if cur != nil && comment != "" {
				cur.comment += " " + comment
			}
			continue
		}
		if strings.HasPrefix(body, "<") { // <Country> blocks are not used by Phoenix files
			continue
		}
		name, codes, hasCode := body, "", false
		if i := strings.IndexByte(body, '['); i >= 0 {
			name, codes, hasCode = strings.TrimSpace(body[:i]), body[i:], true
		}
		synonym := strings.HasPrefix(name, "+")
		name = strings.TrimSpace(strings.TrimPrefix(name, "+"))
		switch {
		case name == "": // a code line: the codes belong to the current actor
		case synonym && cur != nil:
			cur.names = append(cur.names, name)
		default:
			if cur == nil || len(cur.codes) > 0 {
				closeCur()
				cur = &actorGroup{line: n}
			}
			cur.names = append(cur.names, name)
		}
		if cur == nil {
			warnings = append(warnings, fmt.Sprintf("%s:%d: code line with no actor", file, n))
			continue
		}
		cur.comment += " " + comment
		if !hasCode {
			continue
		}
		for _, c := range bracketed(codes) {
			cs, err := parseCodeSpec(c)
			if err != nil {
				warnings = append(warnings, fmt.Sprintf("%s:%d: %v", file, n, err))
				continue
			}
			if cs.code != "" {
				cur.codes = append(cur.codes, cs)
			}
		}
		if name != "" && !synonym && len(cur.codes) == 0 {
			// "[---]": an explicit null code; the phrase codes to nothing.
			cur = nil
		}
	}
	closeCur()
	return out, warnings, sc.Err()
}

// bracketed returns the contents of each [...] in s.
func bracketed(s string) []string {
	var out []string
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return append(out, s[i+1:])
		}
		out = append(out, s[i+1:i+j])
		s = s[i+j+1:]
	}
}

// parseCodeSpec reads "CODE", "CODE yymmdd-yymmdd", "CODE >date",
// "CODE <date"; "---" is PETRARCH's null code and yields an empty code.
func parseCodeSpec(s string) (codeSpec, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return codeSpec{}, fmt.Errorf("empty code %q", s)
	}
	c := codeSpec{code: strings.TrimPrefix(f[0], "~")}
	if c.code == "---" {
		c.code = ""
	}
	if len(f) == 1 {
		return c, nil
	}
	d := strings.Join(f[1:], "")
	var err error
	switch {
	case strings.HasPrefix(d, ">"):
		c.from, err = petrarchDate(d[1:])
	case strings.HasPrefix(d, "<"):
		c.to, err = petrarchDate(d[1:])
	default:
		a, b, ok := strings.Cut(d, "-")
		if c.from, err = petrarchDate(a); err == nil && ok {
			c.to, err = petrarchDate(b)
		} // a lone date ("[MNEGOV 20121204]") is read as a start

	}
	if err != nil {
		return c, fmt.Errorf("code %q: %w", s, err)
	}
	return c, nil
}

// petrarchDate reads yymmdd (years below 30 are 20yy, as PETRARCH reads
// them) or yyyymmdd into yyyymmdd.
func petrarchDate(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("date %q is not a number", s)
	}
	switch len(s) {
	case 6:
		if n/10000 < 30 {
			n += 20000000
		} else {
			n += 19000000
		}
	case 8:
	default:
		return 0, fmt.Errorf("date %q is neither yymmdd nor yyyymmdd", s)
	}
	if m, d := n/100%100, n%100; m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, fmt.Errorf("date %q has no such day", s)
	}
	return n, nil
}

// agentEntry is one phrase of Phoenix.agents.txt after expansion.
type agentEntry struct {
	phrase string // underscores as spaces, upper case as in the file
	code   string // without the "~"
	plural bool
	// canonical is the singular phrase it is a form of.
	canonical string
}

// parseAgents reads a PETRARCH agents file:
//
//	!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     a substitution set
//	POLICE {} [~COP]                              {} = no plural
//	CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
//	SPOKES!PERSON! [~MED]                         expands the set in place
//
// Regular plurals are made here, as PETRARCH makes them at load time.
func parseAgents(r io.Reader, file string) ([]agentEntry, []string, error) {
	sets := map[string][]string{}
	var out []agentEntry
	var warnings []string
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "!") && strings.Contains(line, "=") {
			name, members, _ := strings.Cut(line, "=")
			for _, m := range strings.Split(members, ",") {
				if m = strings.TrimSpace(m); m != "" {
					sets[strings.TrimSpace(name)] = append(sets[strings.TrimSpace(name)], m)
				}
			}
			continue
		}
		i := strings.IndexByte(line, '[')
		if i < 0 {
			warnings = append(warnings, fmt.Sprintf("%s:%d: no code in %q", file, n, line))
			continue
		}
		codes := bracketed(line[i:])
		if len(codes) == 0 {
			continue
		}
		code := strings.TrimPrefix(strings.TrimSpace(codes[0]), "~")
		head := strings.TrimSpace(line[:i])
		var plurals []string
		explicit := false
		if j := strings.IndexByte(head, '{'); j >= 0 {
			k := strings.IndexByte(head, '}')
			if k < j {
				k = len(head)
			}
			explicit = true
			plurals = strings.Fields(head[j+1 : k])
			head = strings.TrimSpace(head[:j])
		}
		for _, form := range expandSets(head, sets) {
			out = append(out, agentEntry{phrase: form.text, code: code, plural: form.plural, canonical: form.singular})
			if form.plural {
				continue
			}
			if !explicit {
				out = append(out, agentEntry{phrase: pluralPhrase(form.text), code: code, plural: true, canonical: form.text})
			}
		}
		for _, p := range plurals {
			out = append(out, agentEntry{phrase: underscores(p), code: code, plural: true, canonical: underscores(head)})
		}
	}
	return out, warnings, sc.Err()
}

type setForm struct {
	text, singular string
	plural         bool
}

// expandSets replaces each !SET! in a phrase by each of its members. A set
// name between two letters ("AD!MINIST!RATIVE") is a search-and-replace
// scar in the file, so the set's name is put back as plain letters.
func expandSets(phrase string, sets map[string][]string) []setForm {
	forms := []setForm{{text: phrase, singular: phrase}}
	for {
		s := forms[0].text
		i := strings.IndexByte(s, '!')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i+1:], '!')
		if j < 0 {
			break
		}
		name := s[i : i+j+2]
		members, ok := sets[name]
		inWord := i > 0 && isLetter(s[i-1]) && i+j+2 < len(s) && isLetter(s[i+j+2])
		var next []setForm
		for _, f := range forms {
			if !ok || inWord {
				lit := strings.Trim(name, "!")
				next = append(next, setForm{strings.Replace(f.text, name, lit, 1), strings.Replace(f.singular, name, lit, 1), f.plural})
				continue
			}
			for _, m := range members {
				pl := isPluralMember(m, members)
				sing := m
				if pl {
					sing = singularMember(m, members)
				}
				next = append(next, setForm{
					text:     strings.Replace(f.text, name, m, 1),
					singular: strings.Replace(f.singular, name, sing, 1),
					plural:   f.plural || pl,
				})
			}
		}
		forms = next
	}
	for i := range forms {
		forms[i].text, forms[i].singular = underscores(forms[i].text), underscores(forms[i].singular)
	}
	return forms
}

func isLetter(c byte) bool { return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' }

// isPluralMember: a member is plural if it is the plural of another member
// (MEN of MAN, MINISTERS of MINISTER).
func isPluralMember(m string, members []string) bool { return singularMember(m, members) != m }

func singularMember(m string, members []string) string {
	for _, o := range members {
		if o != m && pluralWord(o) == m {
			return o
		}
	}
	return m
}

func underscores(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "_", " ")), " ")
}

// prepositions end the head of a noun phrase: the plural of
// "SECRETARY OF STATE" is "SECRETARIES OF STATE".
var prepositions = map[string]bool{"OF": true, "FOR": true, "TO": true, "AT": true, "IN": true,
	"ON": true, "WITHOUT": true, "FROM": true, "WITH": true, "DE": true, "AND": true}

// pluralPhrase pluralises the head word of a phrase.
func pluralPhrase(p string) string {
	w := strings.Fields(p)
	h := len(w) - 1
	for i := 1; i < len(w); i++ {
		if prepositions[strings.ToUpper(w[i])] {
			h = i - 1
			break
		}
	}
	w[h] = pluralWord(w[h])
	return strings.Join(w, " ")
}

// notMan are words in -man whose plural is -mans.
var notMan = map[string]bool{"HUMAN": true, "GERMAN": true, "SHAMAN": true, "OTTOMAN": true,
	"TALISMAN": true, "ROMAN": true, "CAYMAN": true, "OMAN": true}

// pluralWord makes the regular plural of an upper- or lower-case word.
func pluralWord(w string) string {
	u := strings.ToUpper(w)
	lower := w != u
	suf := func(s string) string {
		if lower {
			return strings.ToLower(s)
		}
		return s
	}
	switch {
	case strings.HasSuffix(u, "MAN") && !notMan[u]:
		return w[:len(w)-2] + suf("EN")
	case strings.HasSuffix(u, "Y") && len(u) > 1 && !strings.ContainsRune("AEIOU", rune(u[len(u)-2])):
		return w[:len(w)-1] + suf("IES")
	case strings.HasSuffix(u, "S") || strings.HasSuffix(u, "X") || strings.HasSuffix(u, "Z") ||
		strings.HasSuffix(u, "CH") || strings.HasSuffix(u, "SH"):
		return w + suf("ES")
	}
	return w + suf("S")
}
