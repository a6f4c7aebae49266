package main

import (
	"sort"
	"strings"
	"unicode"

	"dateline/gazetteer/fold"
)

// Kind letters of the names table (gazetteer/load.go reads them), in the
// order entries sharing a key are listed.
const kindOrder = "MOPCDRATL"

// nameRef is one (key → entry) row of the names table.
type nameRef struct {
	kind  byte // a letter of kindOrder
	id    int
	flags string
}

// index collects the names table: folded key → entries.
type index struct {
	keys map[string][]nameRef
	// surface keeps one raw form per key (for the abbreviation rule).
	surface map[string]string
}

func newIndex() *index {
	return &index{keys: map[string][]nameRef{}, surface: map[string]string{}}
}

// add indexes phrase for (kind, id). A leading "the" is dropped (text says
// "the Kremlin", "the EU"; the matcher finds the name after it); so is a
// parenthesised acronym, which is indexed on its own ("ETA"). Hyphenated
// words are indexed spaced too ("Vice-President" = "Vice President").
func (x *index) add(phrase string, kind byte, id int, flags string) {
	key, acronym, phrase := phraseKey(phrase)
	if acronym != "" {
		x.addKey(acronym, acronym, kind, id, mergeFlags(flags, "a"))
	}
	x.addKey(key, phrase, kind, id, flags)
	if strings.Contains(key, "-") {
		spaced := fold.Key(strings.ReplaceAll(key, "-", " "))
		x.addKey(spaced, phrase, kind, id, flags)
	}
}

func (x *index) addKey(key, surface string, kind byte, id int, flags string) {
	if key == "" || strings.ContainsAny(key, "\t\n") {
		return
	}
	for i, r := range x.keys[key] {
		if r.kind == kind && r.id == id {
			x.keys[key][i].flags = mergeFlags(r.flags, flags)
			return
		}
	}
	x.keys[key] = append(x.keys[key], nameRef{kind, id, flags})
	if _, ok := x.surface[key]; !ok {
		x.surface[key] = surface
	}
}

func mergeFlags(a, b string) string {
	for _, c := range b {
		if !strings.ContainsRune(a, c) {
			a += string(c)
		}
	}
	return a
}

// has reports whether key has an entry of one of the kinds.
func (x *index) has(key string, kinds string) bool {
	for _, r := range x.keys[key] {
		if strings.IndexByte(kinds, r.kind) >= 0 {
			return true
		}
	}
	return false
}

// drop removes the entries of the kinds from key.
func (x *index) drop(key string, kinds string) {
	rs := x.keys[key][:0]
	for _, r := range x.keys[key] {
		if strings.IndexByte(kinds, r.kind) < 0 {
			rs = append(rs, r)
		}
	}
	if len(rs) == 0 {
		delete(x.keys, key)
		return
	}
	x.keys[key] = rs
}

// phraseKey folds a dictionary phrase into its key: underscores are
// spaces, a leading "the" goes, and a parenthesised part goes too; when
// that part is the initials of the rest ("ANIMAL_LIBERATION_FRONT_(ALF)")
// it is returned as an acronym to index on its own ("SAMOA_(AMERICAN)" is
// just "Samoa"). It also returns the cleaned phrase.
func phraseKey(phrase string) (key, acronym, clean string) {
	phrase = strings.TrimSpace(strings.ReplaceAll(phrase, "_", " "))
	if i := strings.IndexByte(phrase, '('); i > 0 {
		if j := strings.IndexByte(phrase[i:], ')'); j > 0 {
			inner := fold.Key(phrase[i+1 : i+j])
			phrase = strings.TrimSpace(phrase[:i] + " " + phrase[i+j+1:])
			if inner != "" && initials(fold.Key(phrase)) == inner {
				acronym = inner
			}
		}
	}
	key = fold.Key(phrase)
	if t := fold.Fields(key); len(t) > 1 && t[0] == "the" {
		key = strings.Join(t[1:], " ")
	}
	return key, acronym, phrase
}

// sortedKeys returns the keys in byte order, as the loader requires.
func (x *index) sortedKeys() []string {
	ks := make([]string, 0, len(x.keys))
	for k := range x.keys {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// sortRefs orders one key's entries by kind, then by id (cities are
// numbered by falling population, so the biggest city comes first).
func sortRefs(rs []nameRef) {
	sort.Slice(rs, func(i, j int) bool {
		ki, kj := strings.IndexByte(kindOrder, rs[i].kind), strings.IndexByte(kindOrder, rs[j].kind)
		if ki != kj {
			return ki < kj
		}
		return rs[i].id < rs[j].id
	})
}

// initials is the acronym of a multiword key, skipping function words:
// "north atlantic treaty organization" → "nato".
func initials(key string) string {
	var b strings.Builder
	for _, t := range fold.Fields(key) {
		switch t {
		case "of", "the", "and", "for", "on", "in", "&", ",", "(", ")":
			continue
		}
		r := []rune(t)
		if unicode.IsLetter(r[0]) {
			b.WriteRune(r[0])
		}
	}
	return b.String()
}

// dotted reports whether a surface form is letters separated by periods
// ("U.S.", "U.N.", "U.S.S.R.").
func dotted(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 3 || !strings.Contains(s, ".") {
		return false
	}
	for i, part := range strings.Split(strings.TrimSuffix(s, "."), ".") {
		if len(part) != 1 || !isLetter(part[0]) {
			return false
		}
		_ = i
	}
	return true
}

// titleCase turns an upper-case dictionary phrase into a display name:
// "VLADIMIR_PUTIN_" → "Vladimir Putin", "MINISTER_OF_FOREIGN_AFFAIRS" →
// "Minister of Foreign Affairs", "BAN_KI-MOON" → "Ban Ki-Moon".
func titleCase(s string) string {
	words := strings.Fields(strings.ReplaceAll(s, "_", " "))
	for i, w := range words {
		lw := strings.ToLower(w)
		if i > 0 {
			switch lw {
			case "of", "the", "and", "for", "to", "in", "on", "at", "de", "la", "du", "des", "da", "y", "with", "without":
				words[i] = lw
				continue
			}
		}
		if len(lw) <= 3 && !strings.ContainsAny(lw, "aeiouy") && lw != "mr" && lw != "dr" && lw != "st" && isLetter(lw[0]) {
			words[i] = strings.ToUpper(lw) // "JD", "TJ"
			continue
		}
		rs := []rune(lw)
		for j := range rs {
			if j == 0 || rs[j-1] == '-' || rs[j-1] == '(' || (rs[j-1] == '\'' && j == 2) || (rs[j-1] == '.' && j >= 2) {
				rs[j] = unicode.ToUpper(rs[j])
			}
		}
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}
