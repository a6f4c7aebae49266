package entity

import (
	"strings"

	"dateline/text"
)

// quantityWords head subjects that count people rather than name them
// ("most of whom said", "some believe", "no one expected"); the value
// says whether one person is meant.
var quantityWords = map[string]bool{
	"some": false, "many": false, "most": false, "all": false, "several": false, "few": false,
	"both": false, "none": false, "others": false, "half": false,
	// "those surveyed said", "each recalled", "another said": pronouns
	// standing for people named or counted elsewhere.
	"those": false, "each": false, "another": true,
	"someone": true, "somebody": true, "anyone": true, "anybody": true, "everyone": true,
	"everybody": true, "one": true, "nobody": true,
}

// addQuantity gives an entity to a quantity subject headed by token h, a
// pronoun, determiner, adjective or number (AddSource takes nouns): the
// phrase with what counts it ("Nearly", "No") and what it counts ("of
// whom", "of 10 voters"). A GROUP, or a PERSON for "someone", "no one";
// never merged with another, since "some" in one paragraph is not "some"
// in the next. It returns the new entity's index, or -1.
func addQuantity(d *text.Document, h int) int {
	t := d.Tokens[h]
	if !isQuantity(t.UPOS, d.Text[t.Start:t.End]) {
		return -1
	}
	one := quantityWords[strings.ToLower(d.Text[t.Start:t.End])]
	lo, hi := h, h
	for i := h - 1; i >= 0 && i >= h-3 && d.Tokens[i].Head == h; i-- {
		switch d.Tokens[i].Rel {
		case "det", "advmod", "nummod", "amod":
			lo = i
			continue
		}
		break
	}
	for k := h + 1; k < len(d.Tokens) && k <= h+8; k++ {
		if d.Tokens[k].Head == h && d.Tokens[k].Rel == "nmod" {
			hi = max(hi, subtreeEnd(d, k))
		}
	}
	if k := h + 1; hi == h && k < len(d.Tokens) && d.Tokens[k].Head == h && (d.Tokens[k].Rel == "acl" || d.Tokens[k].Rel == "amod") &&
		d.Tokens[k].XPOS == "VBN" {
		hi = k // "those surveyed", "those polled"
	}
	if hi == h && h+2 < len(d.Tokens) && strings.EqualFold(d.Text[d.Tokens[h+1].Start:d.Tokens[h+1].End], "of") {
		// "most of whom said" parsed with "whom" a second subject and
		// "of" hung on it: what is counted follows "of" whatever the
		// parse hangs it on.
		if k := d.Tokens[h+1].Head; k > h+1 && k <= h+6 && isCounted(d.Tokens[k].UPOS) && descendsAll(d, h+1, k) {
			hi = subtreeEnd(d, k)
		}
	}
	if t.UPOS == "SYM" && lo > 0 && d.Tokens[lo-1].UPOS == "ADP" && !absolute(d, lo-1, h) {
		return -1 // "found by 43%": a margin, not people
	}
	if hi == h && lo == h && (t.UPOS == "NUM" || t.UPOS == "SYM") && !one {
		return -1 // a bare number is a figure, not people ("one says" is a person)
	}
	sp := text.Span{Start: d.Tokens[lo].Start, End: d.Tokens[hi].End}
	typ := "GROUP"
	if one {
		typ = "PERSON"
	}
	return addMentionOf(d, text.Mention{Span: sp, Kind: text.MentionNominal, Type: typ},
		newEntity(d, text.Entity{Name: d.Text[sp.Start:sp.End], Type: typ}))
}

// isQuantity reports whether a word of that part of speech may head a
// quantity subject: a number, or a quantity word as a pronoun,
// determiner or adjective.
func isQuantity(upos, word string) bool {
	switch upos {
	case "NUM":
		return true
	case "SYM":
		return word == "%" // "47% say", with its number
	case "PRON", "DET", "ADJ":
		_, ok := quantityWords[strings.ToLower(word)]
		return ok
	case "CCONJ":
		// "both oppose the plan", with "both" read as the first half
		// of "both … and".
		return strings.EqualFold(word, "both")
	}
	return false
}

// isCounted reports whether a word of that part of speech may be what a
// quantity counts ("of whom", "of the farmers", "of 10").
func isCounted(upos string) bool {
	switch upos {
	case "NOUN", "PROPN", "PRON", "NUM":
		return true
	}
	return false
}

// descendsAll reports whether every token in [lo, k] hangs from k.
func descendsAll(d *text.Document, lo, k int) bool {
	for i := lo; i <= k; i++ {
		if !descends(d, i, k) {
			return false
		}
	}
	return true
}

// subtreeEnd returns the last token of the contiguous run after k that
// hangs from k.
func subtreeEnd(d *text.Document, k int) int {
	end := k
	for i := k + 1; i < len(d.Tokens) && i <= k+12; i++ {
		if !descends(d, i, k) {
			break
		}
		end = i
	}
	return end
}

// descends reports whether token i hangs from token k.
func descends(d *text.Document, i, k int) bool {
	for step := 0; step < 8 && i >= 0 && i < len(d.Tokens); step++ {
		if i == k {
			return true
		}
		i = d.Tokens[i].Head
	}
	return false
}

// absolute reports whether the preposition at p is the "with" of an
// absolute construction whose subject ends at h: a participle follows
// ("with 38% backing him"), so the share is people, not a margin.
func absolute(d *text.Document, p, h int) bool {
	t := d.Tokens[p]
	return strings.EqualFold(d.Text[t.Start:t.End], "with") && h+1 < len(d.Tokens) && d.Tokens[h+1].XPOS == "VBG"
}
