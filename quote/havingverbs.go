package quote

import (
	"unicode"
	"unicode/utf8"

	"dateline/syntax"
)

// notSaying reports whether cue c, a verb with an object, names what its
// subject has, holds or is called rather than what it says or thinks, so
// that it makes no reported speech whatever the cue model gives it:
//
//   - a verb of having, containing or enjoying (havingVerbs): "Orange
//     enjoyed strong growth", "the package includes a rise in the grant";
//     PolNeAR's annotators mark a few of them ("enjoys the show" as a
//     taste), but on news of business, sport and the arts nearly every
//     one is a possession, a result or a part of a whole;
//   - "boast" with a subject that is no one who could speak ("the red
//     carpet boasted dancers": had them; "Lee boasted of …" stays);
//   - a naming verb whose object is followed by a proper name, the name
//     given ("one recruit calls himself Nomad", "locals call the bridge
//     Big Bertha"): a name, not a description someone gave ("called
//     himself a libertarian" stays).
func (w *work) notSaying(c *cue) bool {
	l := w.lemma(c.tok)
	if namingVerbs[l] && c.frame <= FrameObj { // a clause, an open clause or an object
		return w.namesProper(c)
	}
	if c.frame != FrameObj || w.d.Tokens[c.tok].UPOS != "VERB" {
		return false
	}
	switch {
	case havingVerbs[l]:
		return true
	case l == "enjoy":
		// A person enjoys a show or a game (a taste, which PolNeAR
		// annotates); a firm, a country or a market enjoys growth.
		return !w.personSubject(c.subj)
	case l == "boast":
		return !w.canSpeak(c.subj)
	}
	return false
}

// havingVerbs have an object that is what the subject has or contains.
var havingVerbs = map[string]bool{"include": true, "contain": true, "feature": true,
	"comprise": true, "incorporate": true, "own": true, "possess": true}

// personSubject reports whether the subject at token s may be a person: a
// personal pronoun, a mention of a PERSON, or a noun of WordNet's person
// class. No subject tells nothing and counts as one.
func (w *work) personSubject(s int) bool {
	if s < 0 {
		return true
	}
	if w.d.Tokens[s].UPOS == "PRON" {
		switch w.lowWord(s) {
		case "it", "its", "which", "that", "this":
			return false
		}
		return true
	}
	if e := w.entityOf(s); e >= 0 {
		return w.d.Entities[e].Type == "PERSON"
	}
	return syntax.NounSense(w.d.Tokens[s].Lemma) == syntax.NounPerson
}

// canSpeak reports whether the subject at token s names someone who could
// speak: a person, group or body (by its entity or, with none, by the
// noun's WordNet class), or a pronoun. No subject at all tells nothing
// and counts as one.
func (w *work) canSpeak(s int) bool {
	if s < 0 || w.d.Tokens[s].UPOS == "PRON" {
		return true
	}
	if e := w.entityOf(s); e >= 0 {
		switch w.d.Entities[e].Type {
		case "PERSON", "ORG", "GROUP", "GPE", "NORP":
			return true
		}
	}
	switch syntax.NounSense(w.d.Tokens[s].Lemma) {
	case syntax.NounPerson, syntax.NounGroup:
		return true
	}
	return false
}

// namesProper reports whether naming cue c has an object followed by a
// capitalised word (taggers read "swift" as a proper noun) that is no time ("calls himself Nomad", "call the
// bridge Big Bertha", not "called Lee Monday to say …") and no "as" after
// it; the words of a name the object is (flat, compound) are the
// object's.
func (w *work) namesProper(c *cue) bool {
	objs := w.kidsOf(c.tok, "obj")
	if len(objs) == 0 {
		return false
	}
	o := objs[0]
	t := o + 1
	for t < c.hi && w.head(t) == o && t > o {
		switch w.d.Tokens[t].Rel {
		case "flat", "flat:name", "compound":
			t++
			continue
		}
		break
	}
	if t >= c.hi || t < c.lo || !w.capitalisedWord(t) || w.isTimeTok(t) {
		return false
	}
	// "calling Senate Leader Mitch McConnell a liar": the capitalised
	// words were the object's name, and a description follows them.
	u := t
	for u < c.hi && w.capitalisedWord(u) {
		u++
	}
	if u < c.hi {
		switch w.d.Tokens[u].UPOS {
		case "DET", "ADJ", "NOUN", "NUM", "PRON":
			return false
		}
	}
	// "named three papers Us Weekly and Star as the worst": the names
	// are the object's own, and what follows "as" is what was said of
	// them.
	for u := t + 1; u < c.hi; u++ {
		if w.lowWord(u) == "as" {
			return false
		}
	}
	return true
}

// capitalisedWord reports whether token t is a word that opens with a
// capital letter.
func (w *work) capitalisedWord(t int) bool {
	r, _ := utf8.DecodeRuneInString(w.d.Text[w.d.Tokens[t].Start:])
	return unicode.IsUpper(r)
}
