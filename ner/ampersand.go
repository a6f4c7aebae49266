package ner

import (
	"strings"

	"dateline/text"
)

// mendAmpersandNames mends names the tagger cut at an ampersand: a name
// never ends or starts with "&" ("Standard &" before "Poor's", where
// "Poor" read as an adjective; "& Spencer" after "Marks"). A span ending in
// "&" takes the capitalised words after it, one starting with "&" those
// before it (up to three, in its sentence, not a determiner nor a word
// opening the sentence such as "But"), joining a name met there; the
// whole is a firm's name ("Marks & Spencer", "Procter & Gamble"), ORG. The
// spans are in text order.
func mendAmpersandNames(d *text.Document, spans []Span) []Span {
	word := func(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }
	for k := 0; k < len(spans); k++ {
		sp := &spans[k]
		lo, hi := sentenceStart(d, sp.First), sentenceEnd(d, sp.First)
		if word(sp.End-1) == "&" {
			end := sp.End
			for end < hi && end-sp.End < 3 && capitalised(word(end)) {
				end++
			}
			if end == sp.End {
				continue
			}
			for k+1 < len(spans) && spans[k+1].First < end {
				end = max(end, spans[k+1].End)
				spans = append(spans[:k+1], spans[k+2:]...)
			}
			sp.End, sp.Type = end, "ORG"
		}
		if word(sp.First) == "&" {
			first := sp.First
			for first > lo && sp.First-first < 3 && capitalised(word(first-1)) && (k == 0 || spans[k-1].End < first) &&
				!determiners[strings.ToLower(word(first-1))] && !(first-1 == lo && openers[strings.ToLower(word(first-1))]) {
				first--
			}
			if k > 0 && spans[k-1].End == first {
				first = spans[k-1].First
				spans = append(spans[:k-1], spans[k:]...)
				k--
				sp = &spans[k]
			}
			if first < sp.First {
				sp.First, sp.Type = first, "ORG"
			}
		}
	}
	return spans
}

// sentenceEnd returns the end token of the sentence holding token i.
func sentenceEnd(d *text.Document, i int) int {
	for _, s := range d.Sentences {
		if i >= s.FirstToken && i < s.EndToken {
			return s.EndToken
		}
	}
	return len(d.Tokens)
}
