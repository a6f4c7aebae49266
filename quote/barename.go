package quote

import (
	"unicode"
	"unicode/utf8"

	"dateline/syntax"
)

// bareName reports whether token t, which has no mention of its own, reads
// as a name the tagger missed: a capitalised proper noun that is no title
// and no source noun ("Okafor" in "Okafor, a baker from Tarnby, said", or
// "Lord" heading "Lord Okafor" with both words missed). What hangs on such a head describes the one it names: a
// place, a body or a paper in its apposition or its modifiers is someone
// else. A sentence's first word that is a common noun ("Growth in Tarnby
// slowed", tagged a proper noun for its capital) is no name, unless a name
// runs on from it ("Lord Okafor", "Mr Okafor").
func (w *work) bareName(t int) bool {
	if t < 0 || w.mention[t] >= 0 || w.d.Tokens[t].UPOS != "PROPN" {
		return false
	}
	word := w.word(t)
	if r, _ := utf8.DecodeRuneInString(word); !unicode.IsUpper(r) {
		return false
	}
	if t == w.d.Sentences[w.sentOf[t]].FirstToken && syntax.NounSense(word) >= 0 && !w.hasChildRel(t, "flat") {
		return false
	}
	// A day or a month ("a report Tuesday from …") is no one's name.
	return !w.isTitleTok(t) && !w.isSourceNounTok(t) && !w.isTimeTok(t)
}

// nameRunEntity returns the entity of the rest of a bare name t that the
// tagger found: a word the parse joins to it as a part of one name
// ("JF Sullivan" with only "Sullivan" found, whatever type the tagger gave
// it), or a person's name compounded right before it. -1 when none: the
// speaker is then the name itself (entity.AddSource) or unknown, never an
// entity that describes the name.
func (w *work) nameRunEntity(t int) int {
	for _, dir := range [...]int{-1, 1} {
		for u := t + dir; u >= 0 && u < len(w.mention) && w.head(u) == t; u += dir {
			rel := w.d.Tokens[u].Rel
			flat := rel == "flat" || rel == "flat:name"
			if !flat && (rel != "compound" || w.d.Tokens[u].UPOS != "PROPN") {
				break
			}
			if m := w.mention[u]; m >= 0 {
				if e := w.d.Mentions[m].Entity; e >= 0 && (flat || w.d.Entities[e].Type == "PERSON") {
					return e
				}
				break
			}
		}
	}
	// "Fahrenheit 9/11 director Michael Moore said" parsed with the film
	// the head and the person in apposition, though no comma sets her
	// apart: a name set right after is the one that speaks.
	if k := w.closeAppos(t); k >= 0 {
		if m := w.mention[k]; m >= 0 {
			if e := w.d.Mentions[m].Entity; e >= 0 && w.d.Entities[e].Type == "PERSON" {
				return e
			}
		}
	}
	return -1
}

// closeAppos returns the apposition of t that follows it with no
// punctuation between, or -1: no description set off by commas but a
// misread run of words.
func (w *work) closeAppos(t int) int {
	for _, k := range w.children(t) {
		if w.d.Tokens[k].Rel == "appos" {
			if lo, _ := w.subtree(int(k)); w.setAfter(t, lo) {
				return int(k)
			}
		}
	}
	return -1
}

// describes reports whether token u lies in what a bare-name subject's
// apposition or modifiers say of it ("a baker from Tarnby"): no speaker
// for the name is found there.
func (w *work) describes(u, name int) bool {
	for step := 0; u >= 0 && u != name && step < 12; step++ {
		if w.head(u) == name {
			switch w.d.Tokens[u].Rel {
			case "flat", "flat:name", "compound", "conj", "list":
				return false
			}
			return u != w.closeAppos(name) // not a name set right after it
		}
		u = w.head(u)
	}
	return false
}
