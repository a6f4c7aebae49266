package entity

import (
	"embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dateline/internal/gzfile"
)

//go:embed data/names.tsv.gz
var dataFS embed.FS

var (
	namesOnce sync.Once
	names     map[string]byte
	namesErr  error
)

// givenNames returns the table of given names and their gender ('m' or
// 'f'), decoding it on first use; it is shared read-only.
func givenNames() (map[string]byte, error) {
	namesOnce.Do(func() { names, namesErr = loadNames() })
	return names, namesErr
}

func loadNames() (map[string]byte, error) {
	const path = "data/names.tsv.gz"
	b, err := dataFS.ReadFile(path)
	if err != nil {
		return nil, err
	}
	// The names are cut from the one string of the file: no allocation
	// a name, and the map's keys share the text.
	text, err := gzfile.Text(b)
	if err != nil {
		return nil, fmt.Errorf("%q: %w", path, err)
	}
	m := make(map[string]byte, 1<<16)
	line := 0
	for t := range strings.Lines(text) {
		line++
		t = strings.TrimSuffix(t, "\n")
		if len(t) == 0 || t[0] == '#' {
			continue
		}
		name, g, ok := strings.Cut(t, "\t")
		if !ok || len(g) != 1 || (g[0] != 'm' && g[0] != 'f') {
			return nil, fmt.Errorf("%q line %d: want name, tab, m or f; got %q", path, line, t)
		}
		m[name] = g[0]
	}
	return m, nil
}

// genderOf is the usual gender of a person's given name: the first word of
// a name of two words or more ("Angela Merkel"), else 0. An article is no
// given name, though the name list has "The" as one: a band or film the
// tagger typed a person ("The Night Owls") has no gender.
func genderOf(words []string) byte {
	if len(words) < 2 {
		return 0
	}
	switch words[0] {
	case "the", "a", "an":
		return 0
	}
	m, err := givenNames()
	if err != nil {
		return 0
	}
	return m[words[0]]
}

// honorificSurnames returns the surnames the document puts after an
// honorific with a gender ("Mr Lee", "Mrs Ana Lee"), each with 1 set when
// a man's honorific heads it and 2 when a woman's does: a surname with
// both (3) is a family's.
func (r *resolver) honorificSurnames() map[string]byte {
	var seen map[string]byte
	for i := 0; i+1 < len(r.words); i++ {
		if r.class[i]&clsHonorific == 0 {
			continue
		}
		g, ok := honorifics[strings.TrimSuffix(r.lower[i], ".")]
		if !ok || g == 0 {
			continue
		}
		j := i + 1
		if r.words[j] == "." && j+1 < len(r.words) {
			j++
		}
		if !startsUpper(r.words[j]) {
			continue
		}
		// The surname is the last capitalised word of the run.
		for j+1 < len(r.words) && startsUpper(r.words[j+1]) {
			j++
		}
		if seen == nil {
			seen = map[string]byte{}
		}
		if g == 'm' {
			seen[r.folded(j)] |= 1
		} else {
			seen[r.folded(j)] |= 2
		}
	}
	return seen
}

func startsUpper(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(c)
}

// inCapitals is strings.ToUpper(w) == w ("NATO", "U.S.", "1990"),
// without making the upper-case copy for an ASCII word: the test is asked
// of every word of some sentences, and most words have a small letter.
func inCapitals(w string) bool {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return strings.ToUpper(w) == w
		case 'a' <= c && c <= 'z':
			return false // ToUpper changes it, whatever follows
		}
	}
	return true
}
