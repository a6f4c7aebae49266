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
	if k := h + 1; hi == h && k < len(d.Tokens) && d.Tokens[k].XPOS == "VBN" &&
		(d.Tokens[k].Head == h && (d.Tokens[k].Rel == "acl" || d.Tokens[k].Rel == "amod") || d.Tokens[h].Rel == "nsubj:outer") {
		hi = k // "those surveyed", "those polled" (also with the participle read as the subject)
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
	if j := ratioStart(d, h); j >= 0 && lo == h {
		// "three in eight agree", "seven out of 12 agree" parsed with
		// the second number the subject (the tagger reads the verb as
		// a noun): the share counts from the first.
		lo = j
		if j > 0 && d.Tokens[j-1].Head == j && d.Tokens[j-1].Rel == "advmod" {
			lo = j - 1 // "Almost seven out of 12"
		}
	}
	if hi == h && lo == h && (t.UPOS == "SYM" || t.UPOS == "NUM" && (isYear(d.Text[t.Start:t.End]) || dateOrRange(d, h))) && !one {
		// A bare percent sign is a figure, and so is a year ("2015
		// showed"); a bare number that speaks is people ("two said",
		// "at least 3,000 signed": the count of those who did).
		return -1
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

// ratioStart returns the first number of a ratio whose second number is
// token h ("three in eight", "seven out of 12", "two of 9"), or -1.
func ratioStart(d *text.Document, h int) int {
	j := h - 1
	if j < 1 || d.Tokens[h].UPOS != "NUM" {
		return -1
	}
	w := strings.ToLower(d.Text[d.Tokens[j].Start:d.Tokens[j].End])
	if w != "in" && w != "of" {
		return -1
	}
	j--
	if w == "of" && j > 0 && strings.EqualFold(d.Text[d.Tokens[j].Start:d.Tokens[j].End], "out") {
		j--
	}
	if t := d.Tokens[j]; t.UPOS == "NUM" || isQuantity(t.UPOS, d.Text[t.Start:t.End]) {
		return j
	}
	return -1
}

// dateOrRange reports whether number h is a day after a month ("March
// 17") or the last of two numbers joined ("16 and 17", "16 to 17"): a
// figure the parse took for a subject, not people.
func dateOrRange(d *text.Document, h int) bool {
	if h == 0 {
		return false
	}
	prev := d.Text[d.Tokens[h-1].Start:d.Tokens[h-1].End]
	if months[strings.ToLower(prev)] {
		return true
	}
	switch strings.ToLower(prev) {
	case "and", "or", "to", "-", "–":
		return h > 1 && d.Tokens[h-2].UPOS == "NUM"
	}
	return false
}

var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// isYear reports whether a number is written as a year (four digits from
// 1000 to 2999).
func isYear(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
