package entity

// How two names are compared when mentions are joined: word-list shapes
// (a given name alone, a short body name, an acronym) and spelling
// similarity; names.go decides with them which mentions are one entity.

import (
	"slices"
	"strings"

	"dateline/internal/legalname"
)

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// spacedAlike: one name is the other written without its spaces ("time
// warner", "timewarner"): a firm's name is spelled both ways, often in
// one article. Compared letter by letter, with no new string.
func spacedAlike(a, b []string) bool {
	if len(a) == len(b) || (len(a) != 1 && len(b) != 1) {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	one, at := a[0], 0
	for _, w := range b {
		if !strings.HasPrefix(one[at:], w) {
			return false
		}
		at += len(w)
	}
	return at == len(one)
}

// givenOnly: one name is the other's first word alone ("Abiy", "Abiy
// Ahmed"): news calls some people by their given name (Ethiopians,
// Icelanders, a candidate running on a first name, a child).
func givenOnly(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) == 1 && len(b) >= 2 && a[0] == b[0]
}

// shortBody: one name is the other's first word alone and the rest only
// says what kind of body it is ("Harbour", "Harbour Bank"; "Tarn", "Tarn
// Energy plc"; "Castlegate", "Castlegate City"), as news shortens a firm or
// a club after naming it in full.
func shortBody(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 || len(b) <= len(a) || !slices.Equal(a, b[:len(a)]) {
		return false
	}
	// A short name of several words drops only a legal suffix ("Redmoor
	// Home Builders" after "Redmoor Home Builders Inc"), not a body's kind
	// ("Kestrel Rail" and "Kestrel Rail Bank" may be two firms).
	kind := bodyKind
	if len(a) > 1 {
		kind = func(w string) bool { return legalSuffixes[w] }
	}
	for _, w := range b[len(a):] {
		if !kind(strings.ToLower(strings.TrimSuffix(w, "."))) {
			return false
		}
	}
	return true
}

// legalSuffixes close a firm's legal name ("Inc", "Plc", "AG", "GmbH",
// "Holdings"), in lower case (legalname.Suffixes); each is also one of
// firmKinds ("Vollmer AG", "Penmar SA") and of orgSuffixes.
var legalSuffixes = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range legalname.Suffixes {
		m[s.Word] = true
	}
	return m
}()

// lastWordBody: one name is the other's last word alone, a word that
// does not just say the kind of body ("Rovers" and "Ashford Rovers",
// "Shell" and "Royal Dutch Shell", but not "Bank" and "Harbour Bank").
func lastWordBody(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) != 1 || len(b) < 2 || a[0] != b[len(b)-1] || firmKinds[strings.ToLower(a[0])] {
		return false
	}
	// "Rosneft and Gazprom", "University of Lille": two names run
	// together, or the last word names something else.
	for _, w := range b[:len(b)-1] {
		if w == "and" || w == "of" {
			return false
		}
	}
	return true
}

// runTogether: a span with the punctuation of two names run into one
// ("Ryanair/Boeing", "Institute (OSI"); "&" too, so "Spencer" never joins
// "Marks & Spencer" by its last word.
// pluralAcronym reports whether name is the plural of an acronym: two or
// more capitals and a lower-case "s" ("MPs", "MSPs").
func pluralAcronym(name string) bool {
	n := len(name)
	if n < 3 || name[n-1] != 's' {
		return false
	}
	for i := 0; i < n-1; i++ {
		if name[i] < 'A' || name[i] > 'Z' {
			return false
		}
	}
	return true
}

func runTogether(name string) bool { return strings.ContainsAny(name, "/()&") }

// firmKinds and clubKinds are the words after a firm's or a club's own
// name that say what it is. Not "capital": "Barclays Capital" is the
// investment arm of Barclays, not Barclays (BBC, 2 of 2 such joins wrong).
var (
	firmKinds = map[string]bool{"air": true, "airways": true,
		"airlines": true, "motors": true, "bank": true, "records": true, "pictures": true, "studios": true,
		"industries": true, "systems": true, "technologies": true, "networks": true, "telecom": true,
		"energy": true, "securities": true, "insurance": true, "international": true, "fc": true,
		"labs": true, "laboratories": true, "universal": true}
	// A club is called by these alone too ("Rovers won"): lastWordBody
	// takes them.
	clubKinds = map[string]bool{"city": true, "town": true, "county": true, "athletic": true,
		"rovers": true, "wanderers": true, "albion": true}
)

func bodyKind(w string) bool { return firmKinds[w] || clubKinds[w] }

// samePerson: one name is the other's surname or a tail of it ("Trump",
// "Donald Trump"; "Vance", "JD Vance"), or both have the same first names
// and similar surnames (transliterations); the surnames may differ in
// spelling by the similarity rule.
func samePerson(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if !similarName(a[len(a)-1], b[len(b)-1]) {
		return false
	}
	a, b = noInitials(a), noInitials(b)
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	// Every word of the shorter name but the surname must match the longer
	// name's word at the same distance from its end, or be an initial of it.
	for k := 2; k <= len(short); k++ {
		x, y := short[len(short)-k], long[len(long)-k]
		if x != y && !(len(x) == 1 && strings.HasPrefix(y, x)) {
			return false
		}
	}
	return true
}

// similarName is the transliteration rule: equal, or of the same consonant
// skeleton (y, w and h count as vowels, doubled letters as one) with the
// same first letter and a Jaro-Winkler similarity of at least 0.85.
// Zelensky, Zelenskyy and Zelenskiy agree; Putin and Paton do not.
func similarName(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 4 || len(b) < 4 || a[0] != b[0] {
		return false
	}
	return skeleton(a) == skeleton(b) && jaroWinkler(a, b) >= 0.85
}

func skeleton(s string) string {
	var b strings.Builder
	var last rune
	for i, c := range s {
		if i > 0 && strings.ContainsRune("aeiouyhw'-", c) {
			continue
		}
		if c == last {
			continue
		}
		b.WriteRune(c)
		last = c
	}
	return b.String()
}

// jaroWinkler is the Jaro-Winkler similarity of two ASCII-folded words.
func jaroWinkler(a, b string) float64 {
	if a == b {
		return 1
	}
	la, lb := len(a), len(b)
	win := max(la, lb)/2 - 1
	if win < 0 {
		win = 0
	}
	ma, mb := make([]bool, la), make([]bool, lb)
	m := 0
	for i := 0; i < la; i++ {
		for j := max(0, i-win); j < min(lb, i+win+1); j++ {
			if !mb[j] && a[i] == b[j] {
				ma[i], mb[j] = true, true
				m++
				break
			}
		}
	}
	if m == 0 {
		return 0
	}
	t, k := 0, 0
	for i := 0; i < la; i++ {
		if !ma[i] {
			continue
		}
		for !mb[k] {
			k++
		}
		if a[i] != b[k] {
			t++
		}
		k++
	}
	fm := float64(m)
	j := (fm/float64(la) + fm/float64(lb) + (fm-float64(t)/2)/fm) / 3
	p := 0
	for p < min(4, la, lb) && a[p] == b[p] {
		p++
	}
	return j + float64(p)*0.1*(1-j)
}

// isAcronymOf: acr is written in capitals and spells the initials of the
// words of name, skipping function words ("NATO", "North Atlantic Treaty
// Organization").
func isAcronymOf(acr string, name []string) bool {
	acr = strings.ReplaceAll(acr, ".", "")
	if len(acr) < 2 || len(name) < 2 || !inCapitals(acr) {
		return false
	}
	var init []byte
	for _, w := range name {
		switch w {
		case "of", "the", "and", "for", "de", "&":
			continue
		}
		init = append(init, w[0])
	}
	return strings.EqualFold(string(init), acr)
}

func init() {
	for w := range legalSuffixes {
		firmKinds[w] = true
		orgSuffixes[w] = true
	}
}
