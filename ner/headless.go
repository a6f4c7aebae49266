package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline/text"
)

// mendHeadlessBodies takes back the capitalised words before a name that is
// only an institution's head ("The Home Office said" tagged "Office") or a
// street word that is nobody's surname ("Kings Avenue" tagged "Avenue"): the
// tagger leaves out a capitalised word after "The" at the start of a
// sentence as often as not, and the head alone names no one. The words
// joined must be capitalised, lie in the same sentence and in no other
// name, and be no determiner or word opening the sentence.
func mendHeadlessBodies(d *text.Document, spans []Span) []Span {
	word := func(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }
	taken := func(i int) bool {
		for _, sp := range spans {
			if i >= sp.First && i < sp.End {
				return true
			}
		}
		return false
	}
	for k := range spans {
		sp := &spans[k]
		if sp.End-sp.First != 1 || !capitalised(word(sp.First)) {
			continue
		}
		typ := "ORG"
		var buf [24]byte
		switch w := lowerBytes(buf[:0], word(sp.First)); { // looked up, never kept: no new string
		case institutionHeads[string(w)]:
		case streetWords[string(w)]:
			// "Police closed Kings Avenue" tagged "Avenue", a person:
			// a street's whole name is the place (Refine makes a LOC
			// ending in a street word FAC).
			typ = "LOC"
		default:
			continue
		}
		first := sentenceStart(d, sp.First)
		i := sp.First - 1
		for i >= first && capitalised(word(i)) && !taken(i) && !determiners[strings.ToLower(word(i))] &&
			!(i == first && openers[strings.ToLower(word(i))]) {
			i--
		}
		if i+1 < sp.First {
			sp.First, sp.Type = i+1, typ
		}
	}
	return spans
}

// determiners stand before a name without being part of it ("the Home
// Office"; a title such as "The Office" keeps its article from the tagger).
var determiners = setOf("the", "a", "an", "this", "that", "its", "his", "her", "their")

// openers are the capitalised function words that open a sentence.
var openers = setOf("but", "and", "or", "so", "yet", "then", "if", "when", "while", "as", "after", "before",
	"since", "although", "though", "because", "now", "meanwhile", "however", "also", "in", "on", "at", "for")

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// sentenceStart returns the first token of the sentence holding token i.
func sentenceStart(d *text.Document, i int) int {
	for _, s := range d.Sentences {
		if i >= s.FirstToken && i < s.EndToken {
			return s.FirstToken
		}
	}
	return i
}
