package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline/gazetteer/fold"
	"dateline/text"
)

// IsHonorific reports whether word ("Mr", "Ms.", "Lord") is an honorific
// that heads a person's name: capitalised, as a title is ("miss England"
// is a verb).
func IsHonorific(word string) bool {
	if c, _ := utf8.DecodeRuneInString(word); !unicode.IsUpper(c) {
		return false
	}
	_, ok := honorifics[fold.Token(strings.TrimSuffix(word, "."))]
	return ok
}

// AddHonorificName gives the name on tokens [first, end), an honorific
// and capitalised words that the tagger left without a mention ("Mr
// Frost added", "Lord Okafor told"), to the person named before whose
// name ends with the same word (the one named last), or to a new person
// named by the words after the honorific; those words become a name
// mention of that person. It returns the entity index, or -1 when the tokens are
// not such a name or already lie in a mention.
func AddHonorificName(d *text.Document, first, end int) int {
	if first < 0 || end > len(d.Tokens) || end-first < 2 || !IsHonorific(d.Slice(d.Tokens[first].Span)) {
		return -1
	}
	// The mention is the name without the honorific, as the tagger's
	// are ("Mr" before it gives the gender: NameGender).
	sp := text.Span{Start: d.Tokens[first+1].Start, End: d.Tokens[end-1].End}
	var words []string
	for i := first + 1; i < end; i++ {
		w := d.Slice(d.Tokens[i].Span)
		if w == "." {
			continue
		}
		if c, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(c) {
			return -1
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return -1
	}
	for _, m := range d.Mentions {
		if m.Start < sp.End && d.Tokens[first].Start < m.End {
			return -1
		}
	}
	last := fold.Token(words[len(words)-1])
	best, bestAt := -1, -1
	for _, m := range d.Mentions {
		if m.Kind != text.MentionName || m.Start >= sp.Start || m.Start <= bestAt ||
			m.Entity < 0 || m.Entity >= len(d.Entities) || d.Entities[m.Entity].Type != "PERSON" {
			continue
		}
		name := strings.Fields(d.Entities[m.Entity].Name)
		if len(name) > 0 && fold.Token(name[len(name)-1]) == last {
			best, bestAt = m.Entity, m.Start
		}
	}
	if best < 0 {
		best = newEntity(d, text.Entity{Name: strings.Join(words, " "), Type: "PERSON"})
	}
	return addMentionOf(d, text.Mention{Span: sp, Kind: text.MentionName, Type: "PERSON"}, best)
}
