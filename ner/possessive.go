package ner

import (
	"strings"

	"dateline/gazetteer"
	"dateline/text"
)

// mendPossessiveNames gives back the "'s" that ends a firm's, shop's or
// ground's name ("McDonald's", "Standard & Poor's", "Sotheby's", "St
// Mary's"). The tokenizer splits the clitic off, as EWT does, and the
// tagger leaves it out of the name, so the firm was "McDonald", often a
// person. A name followed by "'s" keeps the clitic when the article
// somewhere uses that name with nothing for the "'s" to own: a verb right
// after it ("McDonald's has", "Moody's said": neither a possessive nor "is"
// can stand there), or a punctuation mark after it when the word before is
// no comparison, copula or determiner ("at Sotheby's, …", "like Macy's,
// Bloomingdale's and …"; but "better than Sony's.", "is Bach's", "the
// Treasury's and": elliptical possessives). Once one use says so, every
// "'s" after that name in the article is part of it (a possessive of
// "McDonald's" is written the same). Places, nationalities and names
// opened by an honorific are left alone ("Britain's is", "Mr Blair's
// was"). A name ending in "'s" is no person's: PER becomes ORG.
func mendPossessiveNames(g *gazetteer.Gazetteer, d *text.Document, spans []Span) []Span {
	word := func(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }
	key := func(sp Span) string { return strings.ToLower(d.Text[d.Tokens[sp.First].Start:d.Tokens[sp.End-1].End]) }
	for k := range spans {
		// The tagger's own "'s" at a name's end is a possessive far more
		// often than the name's ("Clive Owen's nomination", "the BBC's
		// reporter", "Mr Bush's"): it stays only where the gazetteer
		// knows a firm of that name ("Moody's Corp"), on a saint's name
		// (a church, school or ground: "St Mary's") or where the
		// article's evidence below puts it back.
		if sp := &spans[k]; sp.End-sp.First >= 2 && beforeClitic(d, sp.End-1) && !saintsName(d, *sp) &&
			(sp.Type == "PER" || !firmPossessive(g, d.Text[d.Tokens[sp.First].Start:d.Tokens[sp.End-1].End])) {
			sp.End--
		}
	}
	owned := map[string]bool{}
	for _, sp := range spans {
		if !beforeClitic(d, sp.End) || owned[key(sp)] || !ownerCandidate(g, d, sp) {
			continue
		}
		if nameEvidence(d, word, sp) {
			owned[key(sp)] = true
		}
	}
	if len(owned) == 0 {
		return spans
	}
	for k := range spans {
		sp := &spans[k]
		if beforeClitic(d, sp.End) && owned[key(*sp)] && (k+1 == len(spans) || spans[k+1].First > sp.End) {
			sp.End++
			if sp.Type == "PER" {
				sp.Type = "ORG"
			}
		}
	}
	return spans
}

// beforeClitic says whether token i is a possessive or contracted "'s"
// in the same sentence as the token before it.
func beforeClitic(d *text.Document, i int) bool {
	if i <= 0 || i >= len(d.Tokens) || d.Tokens[i].Start != d.Tokens[i-1].End && !spacedClitic(d, i) {
		return false
	}
	w := d.Text[d.Tokens[i].Start:d.Tokens[i].End]
	return w == "'s" || w == "’s"
}

// spacedClitic: a clitic written apart from its word, as tokenised text
// such as CoNLL's is ("Moody 's").
func spacedClitic(d *text.Document, i int) bool {
	return d.Tokens[i].Start == d.Tokens[i-1].End+1 && d.Text[d.Tokens[i-1].End] == ' '
}

// ownerCandidate: a name that could end in "'s": capitalised, not a
// place or nationality the gazetteer knows, not opened by an honorific
// nor after one.
func ownerCandidate(g *gazetteer.Gazetteer, d *text.Document, sp Span) bool {
	phrase := d.Text[d.Tokens[sp.First].Start:d.Tokens[sp.End-1].End]
	if !capitalised(phrase) || placeKnown(g, phrase) {
		return false
	}
	if _, ok := g.Demonym(phrase); ok {
		return false
	}
	honorific := func(i int) bool {
		return ownerHonorifics[strings.TrimSuffix(strings.ToLower(d.Text[d.Tokens[i].Start:d.Tokens[i].End]), ".")]
	}
	return !(sp.End-sp.First > 1 && honorific(sp.First)) && !(sp.First > 0 && honorific(sp.First-1))
}

// nameEvidence says whether the "'s" after sp has nothing to own: a verb
// follows, or a punctuation mark with no comparison before the name.
func nameEvidence(d *text.Document, word func(int) string, sp Span) bool {
	next := sp.End + 1
	if next >= len(d.Tokens) || d.Tokens[next].Start > d.Tokens[sp.End].End+1 {
		return false
	}
	w := strings.ToLower(word(next))
	if verbsAfterName[w] {
		return true
	}
	if !closingMarks[w] {
		return false
	}
	if sp.First == sentenceStart(d, sp.First) {
		return true
	}
	before := strings.ToLower(word(sp.First - 1))
	if before == "to" && sp.First >= 2 && strings.EqualFold(word(sp.First-2), "according") {
		return true // an attribution, not "similar to Sony's"
	}
	return !ellipsisCues[before]
}

// verbsAfterName follow a name but never a possessive, nor a contracted
// "is" or "has" ("X's has", "X's are"); "had", "would" and "reported" are
// left out ("Blair's had enough", "Mr Tellier's would", "X's reported
// views").
var verbsAfterName = setOf("has", "have", "is", "are", "was", "were", "will", "said", "says", "announced")

// closingMarks end a name's phrase; "(" opens its acronym ("Standard &
// Poor's (S&P)").
var closingMarks = setOf(",", ".", ";", ":", ")", "(", "!", "?")

// ellipsisCues before a name make its "'s" an elliptical possessive
// ("than Verizon's.", "is Bach's", "not Sony's,", "the Treasury's").
var ellipsisCues = setOf("than", "as", "not", "is", "was", "are", "were", "be", "been", "being", "of", "to",
	"with", "or", "nor", "but", "unlike", "and", "even", "only", "just", "both", "either", "whose",
	"the", "a", "an", "'s", "’s")

var ownerHonorifics = setOf("mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "prof", "professor",
	"president", "king", "queen", "prince", "princess")

// firmPossessive reports whether the gazetteer knows a firm named name
// (which ends in "'s") and a word saying it is a firm: "Moody's Corp",
// "Macy's Inc", "Sotheby's Holdings".
func firmPossessive(g *gazetteer.Gazetteer, name string) bool {
	for _, w := range firmWords {
		for _, e := range g.Lookup(name + " " + w) {
			if e.Kind == gazetteer.KindOrg {
				return true
			}
		}
	}
	return false
}

var firmWords = []string{"Corp", "Corporation", "Inc", "Holdings", "Co", "Company", "Companies", "Group",
	"Investors Service", "Restaurants", "Stores", "Laboratories", "plc", "Ltd"}

// saintsName: the span is "St", "St." or "Saint", a name and its "'s"
// ("St Mary's", "St John's"): a church, a school, a hospital or a ground.
func saintsName(d *text.Document, sp Span) bool {
	w := d.Text[d.Tokens[sp.First].Start:d.Tokens[sp.First].End]
	return sp.End-sp.First == 3 && (w == "St" || w == "St." || w == "Saint")
}
