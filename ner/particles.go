package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline/internal/legalname"
	"dateline/text"
)

// nameParticles are the lower-case words inside a person's name ("Osama
// bin Laden", "Ursula von der Leyen", "Lula da Silva", "Charles de
// Gaulle").
// Words that are also English or Spanish words ("do", "ten", "y") are
// connectors only: "Blair do Bush" is no name.
var nameParticles = setOf("al", "el", "bin", "ibn", "bint", "ben", "abu", "van", "von", "der", "den", "ter",
	"zu", "de", "da", "di", "du", "del", "della", "dos", "das", "ul", "ud")

// nameConnectors are the other lower-case words a name may hold ("Bank of
// England", "Tour de France", "Marks and Spencer plc", "Gone with the
// Wind"): function words, which titles of works keep in lower case.
var nameConnectors = setOf("of", "the", "and", "or", "nor", "for", "on", "in", "at", "to", "with", "from", "by", "a", "an",
	"as", "into", "upon", "over", "under", "without", "about", "after", "before", "than", "not", "no",
	"des", "les", "et", "e", "y", "la", "le", "do", "ten")

// A firm's legal abbreviation in lower case is in its name too ("Marks
// and Spencer plc").
func init() {
	for _, s := range legalname.Suffixes {
		if s.Abbrev {
			nameConnectors[s.Word] = true
		}
	}
}

// hyphenParticles open an Arabic name's last part ("al-Assad",
// "el-Sisi", "ad-Din").
var hyphenParticles = []string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ul-", "ud-", "bin-", "ibn-", "abu-"}

// particleWord says whether w is a name particle: one of nameParticles or
// a hyphenated one before a capital ("al-Assad").
func particleWord(w string) bool {
	if nameParticles[w] {
		return true
	}
	if strings.IndexByte(w, '-') < 0 {
		return false // every hyphenParticle has one: most words pass no prefix test
	}
	for _, p := range hyphenParticles {
		if rest, ok := strings.CutPrefix(w, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// lowerWord says whether w is a word written in lower case only
// ("met", not "eBay", "al-Assad", "1990" or the "n't" of "Don't").
func lowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return true
}

// hasCapital says whether a token of [first, end) holds a capital ("al-
// Mansour" does): a piece of a cut span with none is no name ("murder
// trial").
func hasCapital(word func(int) string, first, end int) bool {
	for i := first; i < end; i++ {
		if strings.IndexFunc(word(i), unicode.IsUpper) >= 0 {
			return true
		}
	}
	return false
}

// mendParticleNames repairs two ways the tagger, trained on 1996 news,
// misreads names with particles. A lower-case word inside a span that is
// neither a particle nor a connector ends the name ("al-Assad met Russian"
// is "al-Assad", then "Russian": names do not run over a verb). And a name
// followed at once by particles and another name is one person's name when
// either is tagged a person's ("Bashar" and "al-Assad", "Ursula" "von"
// "der" "Leyen"). The spans are in text order.
func mendParticleNames(d *text.Document, spans []Span) []Span {
	word := func(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }
	var cut []Span
	for _, sp := range spans {
		start, split := sp.First, false
		for i := sp.First + 1; i < sp.End-1; i++ {
			if w := word(i); lowerWord(w) && !particleWord(w) && !nameConnectors[w] {
				if i > start && hasCapital(word, start, i) {
					cut = append(cut, Span{First: start, End: i, Type: sp.Type})
				}
				start, split = i+1, true
			}
		}
		if !split || hasCapital(word, start, sp.End) {
			cut = append(cut, Span{First: start, End: sp.End, Type: sp.Type})
		}
	}
	out := spans[:0]
	for k := 0; k < len(cut); k++ {
		a := cut[k]
		for k+1 < len(cut) {
			b := cut[k+1]
			j, hyphen := a.End, false
			for j < b.First && particleWord(word(j)) && lowerWord(word(j)) {
				j++
			}
			if j != b.First {
				break
			}
			hyphen = particleWord(word(b.First)) && strings.Contains(word(b.First), "-")
			if j == a.End && !hyphen && !nameParticles[word(b.First)] && !nameParticles[word(a.End-1)] {
				break // no particle between or opening b
			}
			if a.Type != "PER" && b.Type != "PER" {
				break
			}
			a = Span{First: a.First, End: b.End, Type: "PER"}
			k++
		}
		out = append(out, a)
	}
	return out
}
