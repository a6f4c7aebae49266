package ner

import (
	"strings"

	"dateline/internal/legalname"
	"dateline/text"
)

// firmSuffixes are the abbreviations that close a firm's legal name, in
// any case ("Acme Inc", "Acme inc.", "ACME CORP"), and their dotted forms
// ("S.A."); legalWords the capitalised words that do ("Acme Corporation",
// "Acme Holdings"); caseSuffixes the abbreviations read only written in
// capitals or capitalised: in lower case they are words or other
// abbreviations ("sa", "ag", "nv"). All from legalname.Suffixes.
var firmSuffixes, legalWords, caseSuffixes = legalSuffixSets()

// firmHeads end a firm's name of their own: "and" after one joins two
// firms ("Kestrel Bank and Penmar Group").
var firmHeads = setOf("bank", "bancorp", "group", "holdings", "airlines", "airways", "motors")

// suffixInitial holds the initials of the suffixes in lower case
// (indexed by w[0]|0x20): most words are passed by on it, cheaply.
var suffixInitial = func() (t [256]bool) {
	for _, s := range legalname.Suffixes {
		t[s.Word[0]] = true
	}
	return t
}()

func legalSuffixSets() (abbrevs, words, caseOnly map[string]bool) {
	abbrevs, words, caseOnly = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, s := range legalname.Suffixes {
		if !s.Abbrev {
			words[s.Capitalised()] = true
			continue
		}
		abbrevs[s.Word] = true
		if s.Dotted {
			abbrevs[s.DottedForm()] = true
		}
		if s.CapsOnly {
			caseOnly[s.Word] = true
		}
	}
	return abbrevs, words, caseOnly
}

// suffixShapes holds, by the first and last letters of a suffix's form
// (a final dot off, lower case, by their low five bits), a bit for each
// length that form has: "said" and "and" pass the initials' test but are
// no suffix's shape, so nearly every word is passed by without the map
// lookups of firmSuffixAt (which were 5% of the stage). A superset: two
// letters sharing their low bits ('n', '.') only let more through.
var suffixShapes = func() (t [32][32]uint16) {
	add := func(w string) {
		for _, f := range []string{w, strings.TrimSuffix(w, ".")} {
			t[f[0]&31][f[len(f)-1]&31] |= 1 << len(f)
		}
	}
	for w := range firmSuffixes {
		add(w)
	}
	for w := range legalWords {
		add(strings.ToLower(w))
	}
	return t
}()

// mayBeSuffix: ASCII word w has the shape of a suffix (suffixShapes).
// Other words are left to the maps.
func mayBeSuffix(w string) bool {
	f := strings.TrimSuffix(w, ".")
	if f == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return true
		}
	}
	return suffixShapes[f[0]&31][f[len(f)-1]&31]&(1<<len(f)) != 0
}

// firmSuffixAt says whether word w closes a firm's legal name.
func firmSuffixAt(w string) bool {
	if len(w) < 2 || len(w) > 12 {
		return false
	}
	if !suffixInitial[w[0]|0x20] || !mayBeSuffix(w) {
		return false
	}
	if legalWords[w] {
		return true
	}
	if len(w) > 7 {
		return false // no abbreviation is so long: no lower-case copy
	}
	lw := strings.ToLower(w)
	if !firmSuffixes[lw] && !firmSuffixes[strings.TrimSuffix(lw, ".")] {
		return false
	}
	if caseSuffixes[strings.TrimSuffix(lw, ".")] {
		return capitalised(w)
	}
	return true
}

// mendFirmSuffixes makes a capitalised run ending in a firm's legal
// suffix one ORG name ("Harbour Home Builders Inc", "Kestrel Rail
// Holdings", "Penmar Mining corp"): the tagger, trained on 1996 wire
// news, often cut such a run, typed a part a person ("Builders Inc" ORG
// after "Harbour Home" PERSON) or left the suffix out. The run goes back
// from the suffix over capitalised words, and over "&" and "and" between
// two of them, up to five words, within the sentence; it stops at a
// determiner ("The") or a function word opening the sentence ("But"), at
// a possessive or punctuation, at another suffix ("Acme Inc and Kestrel
// Corp" are two firms), at "and" after a person's name, and takes "of" only inside a span the
// tagger found ("Bank of Kestrel Corp"), so that "John Smith of Acme
// Corp" stays two names, at "and" after a firm's head ("Kestrel Bank and
// Penmar Group" are two), and stops at a describing compound
// ("Kestrel-based"). Suffixes in a row are one ("Acme Co Ltd"). A "Co"
// or a legal word before a capitalised word that is no suffix is none
// ("Co Durham", "World Group II"). A run holding a capitalised function
// word past the sentence's first is a work's title ("In Good Company"),
// left alone. The spans are in text order.
func mendFirmSuffixes(d *text.Document, spans []Span) []Span {
	word := func(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }
	spanAt := func(i int) int {
		for k, sp := range spans {
			if i >= sp.First && i < sp.End {
				return k
			}
		}
		return -1
	}
	for i := 1; i < len(d.Tokens); i++ {
		if !firmSuffixAt(word(i)) {
			continue
		}
		lo, hi := sentenceStart(d, i), sentenceEnd(d, i)
		if i == lo {
			continue
		}
		end := i + 1
		for end < hi && firmSuffixAt(word(end)) && !legalWords[word(end)] {
			end++
		}
		if last := word(end - 1); (legalWords[last] || strings.EqualFold(strings.TrimSuffix(last, "."), "co")) && end < hi && capitalised(word(end)) {
			i = end
			continue
		}
		first := i
		for first > lo && i-first < 5 {
			w := word(first - 1)
			switch {
			case w == "&" || w == "and":
				if first-2 < lo || !capitalised(word(first-2)) || first == i || firmSuffixAt(word(first-2)) ||
					firmHeads[strings.ToLower(word(first-2))] {
					break // a suffix or a firm's head before "and" closed another firm
				}
				if k := spanAt(first - 2); k >= 0 && spans[k].Type == "PER" {
					break // "Ann Lee and Acme Corp"
				}
				first--
				continue
			case w == "of":
				if k := spanAt(first - 1); k < 0 || spans[k].First >= first-1 {
					break
				}
				first--
				continue
			case capitalised(w) && !firmSuffixAt(w) && !describingHyphen(w) && !strings.ContainsAny(w, ",;:'’\"()<>[]") &&
				!determiners[strings.ToLower(w)] && !(first-1 == lo && openers[strings.ToLower(w)]):
				first--
				continue
			}
			break
		}
		if first == i {
			i = end - 1
			continue
		}
		// A span reaching further back than the run is kept whole.
		if k := spanAt(first); k >= 0 && spans[k].First < first {
			first = spans[k].First
		}
		if workTitle(word, lo, first, i) {
			i = end - 1
			continue
		}
		out := spans[:0:0]
		placed := false
		for _, sp := range spans {
			if sp.End <= first || sp.First >= end {
				if !placed && sp.First >= end {
					out = append(out, Span{First: first, End: end, Type: "ORG"})
					placed = true
				}
				out = append(out, sp)
				continue
			}
			if sp.End > end && !capitalised(word(end)) {
				// The tagger's span runs on over a lower-case word ("Acme
				// Corp of Kestrel"): its reading is kept.
				end = sp.End
				continue
			}
			if sp.End > end {
				// The tagger's span ran on past the suffix ("Inc
				// Samjens"): the rest is its own name.
				out = append(out, Span{First: first, End: end, Type: "ORG"}, Span{First: end, End: sp.End, Type: sp.Type})
				placed = true
			}
		}
		if !placed {
			out = append(out, Span{First: first, End: end, Type: "ORG"})
		}
		spans = out
		i = end - 1
	}
	return spans
}

// describingHyphen: a hyphened word whose last part is in lower case
// describes ("Kestrel-based", "Penmar-owned") and is no part of a name.
func describingHyphen(w string) bool {
	h := strings.LastIndexByte(w, '-')
	return h > 0 && h+1 < len(w) && lowerWord(w[h+1:])
}

// workTitle: a token of [first, end) after the sentence's first token lo
// is a capitalised function word ("In", "Of", "With"): the run is a
// work's title, not a firm's name.
func workTitle(word func(int) string, lo, first, end int) bool {
	for j := max(first, lo+1); j < end; j++ {
		if w := word(j); capitalised(w) && nameConnectors[strings.ToLower(w)] {
			return true
		}
	}
	return false
}
