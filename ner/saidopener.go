package ner

import (
	"strings"

	"dateline/gazetteer"
	"dateline/text"
)

// mendSaidOpeners drops "Said" from a name that opens an inverted
// attribution: "Said Coach Ana Ruiz: “…”" and "Said Mr Vik: “…”" were
// tagged one name with the verb in it, since a capitalised word opening a
// sentence before a name looks like a given name. The verb is read as such
// only at the sentence's start (after quotation marks or a dash), with a
// word of the name after it, and when the name is followed in the sentence
// by the colon or quotation mark that opens the words said, with no speech
// verb of its own between ("Said Musa said: …" keeps the given name).
//
// What is left of a person's name is a place when the gazetteer knows it
// as one and as no person ("Said Ruritania coach Ana Ruiz:": the country).
func mendSaidOpeners(g *gazetteer.Gazetteer, d *text.Document, spans []Span) []Span {
	word := func(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }
	out := spans[:0]
	for _, sp := range spans {
		if sp.End-sp.First >= 2 && word(sp.First) == "Said" && opensSentence(d, sp.First) && introducesSpeech(d, sp.End) {
			sp.First++
			rest := d.Text[d.Tokens[sp.First].Start:d.Tokens[sp.End-1].End]
			if _, person := g.Person(rest); sp.Type == "PER" && !person && placeKnown(g, rest) {
				sp.Type = "LOC"
			}
		}
		out = append(out, sp)
	}
	return out
}

// opensSentence reports whether only quotation marks and dashes come
// before token i in its sentence.
func opensSentence(d *text.Document, i int) bool {
	for j := sentenceStart(d, i); j < i; j++ {
		if !isQuoteOrDash(d.Text[d.Tokens[j].Start:d.Tokens[j].End]) {
			return false
		}
	}
	return true
}

// introducesSpeech reports whether a colon or a quotation mark follows
// token i in its sentence before any speech verb.
func introducesSpeech(d *text.Document, i int) bool {
	for j, end := i, sentenceEnd(d, i); j < end; j++ {
		w := d.Text[d.Tokens[j].Start:d.Tokens[j].End]
		switch {
		case w == ":" || w == "''" || w != "" && strings.Trim(w, "\"“”„«»`") == "":
			return true
		case speechVerbs[strings.ToLower(w)]:
			return false
		}
	}
	return false
}

// speechVerbs are the verbs of an attribution a given name "Said" may
// stand before ("Said Musa said: …").
var speechVerbs = setOf("said", "says", "told", "tells", "added", "adds", "asked", "asks", "declared", "wrote", "writes")
