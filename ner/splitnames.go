package ner

import "dateline/text"

// mendSplitNames joins two names side by side into one when the article
// tags the two as one name elsewhere: the tagger read "MEP Robert
// Kilroy-Silk" as "Robert" (a person) and "Kilroy-Silk" (a place), then
// tagged "Robert Kilroy-Silk" whole two paragraphs on. Joining any two
// adjacent people's names cost CoNLL dev PER 0.941 -> 0.938 (lists of
// players with no comma between); the whole name seen elsewhere is the
// article's own word that they are one. The joined name takes the type of
// the whole one, which one of its parts must have. The spans are in text
// order.
func mendSplitNames(d *text.Document, spans []Span) []Span {
	// A name's text, without the lower-case words the tagger ran it over
	// ("Kilroy-Silk has"; the entities stage drops them).
	text := func(first, end int) string {
		for end > first+1 && lowerWord(d.Text[d.Tokens[end-1].Start:d.Tokens[end-1].End]) {
			end--
		}
		return text.FieldsJoined(d.Text[d.Tokens[first].Start:d.Tokens[end-1].End])
	}
	whole := map[string]string{} // name -> the type of its first span
	for _, sp := range spans {
		if sp.End-sp.First < 2 {
			continue // a one-word name is no whole name of two parts
		}
		if k := text(sp.First, sp.End); whole[k] == "" {
			whole[k] = sp.Type
		}
	}
	if len(whole) == 0 {
		return spans
	}
	out := spans[:0]
	for k := 0; k < len(spans); k++ {
		a := spans[k]
		if k+1 < len(spans) && a.End == spans[k+1].First {
			// Only names side by side are looked up whole.
			b := spans[k+1]
			typ := whole[text(a.First, b.End)]
			if (a.Type == typ || b.Type == typ) && sentenceStart(d, a.First) == sentenceStart(d, b.First) {
				a = Span{First: a.First, End: b.End, Type: typ}
				k++
			}
		}
		out = append(out, a)
	}
	return out
}
