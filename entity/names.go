package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline/gazetteer"
	"dateline/gazetteer/fold"
	"dateline/text"
)

// coarse is the CoNLL class a type belongs to. Name mentions join only
// within one class, so that joining never changes how a name is scored
// as a name.
func coarse(typ string) string {
	switch typ {
	case "PERSON", "PER":
		return "PER"
	case "GPE", "LOC", "FAC":
		return "LOC"
	case "ORG":
		return "ORG"
	}
	return "MISC"
}

// honorifics give a gender and are not part of the name.
var honorifics = map[string]byte{
	"mr": 'm', "mister": 'm', "sir": 'm', "lord": 'm', "king": 'm', "prince": 'm',
	"mrs": 'f', "ms": 'f', "miss": 'f', "madam": 'f', "madame": 'f', "dame": 'f',
	"lady": 'f', "queen": 'f', "princess": 'f', "dr": 0, "prof": 0,
}

// nameWords folds the tokens of a name, dropping honorifics (returned as a
// gender), punctuation and a possessive, and for a person a title before
// the name ("Judge", "Gen", "Singer").
func (r *resolver) nameWords(first, end int, person bool) ([]string, byte, bool) {
	var out []string
	var gender byte
	hon := false
	for i := first; i < end; i++ {
		w := r.folded(i)
		if w == "" || w == "'s" || w == "'" || !startsAlnum(w) {
			continue
		}
		if g, ok := honorifics[w]; ok && len(out) == 0 && !(hon && r.lastWord(i, end)) {
			// A second honorific closing the name is the surname: "Mr
			// King", "Ms Prince".
			gender, hon = g, true
			continue
		}
		if person && len(out) == 0 && i+1 < end && leadTitle(w) && startsUpper(r.words[i+1]) {
			continue // "Judge Ana Ruiz", "Gen Ruiz": the title is no part of her name
		}
		out = append(out, w)
	}
	return out, gender, hon
}

// lastWord reports whether token i is the last word of the name on tokens
// [i, end), punctuation and a possessive aside.
func (r *resolver) lastWord(i, end int) bool {
	for j := i + 1; j < end; j++ {
		if w := r.folded(j); w != "" && w != "'s" && startsAlnum(w) {
			return false
		}
	}
	return true
}

// personTitles head a person's name as honorifics do, without a gender.
var personTitles = map[string]bool{"rep": true, "sen": true, "gov": true, "senator": true, "representative": true}

// titledName reports whether the name mention on tokens [first, end) is a
// title or honorific (hon: nameWords found one) and capitalised words
// only, with no possessive: "Rep. Ana Ruiz", not "Mr. Lee's campaign";
// or a job title and two or more such words ("Singer Ana Ruiz").
func (r *resolver) titledName(first, end int, hon bool) bool {
	head := strings.TrimSuffix(r.folded(first), ".")
	if !hon && !personTitles[head] && !(jobTitles[head] && end-first >= 3) {
		return false
	}
	if end-first < 2 {
		return false
	}
	for i := first + 1; i < end; i++ {
		w := r.words[i]
		if w == "." {
			continue
		}
		if c, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(c) {
			return false // "'s", "of", a lower-case word: more than a name
		}
	}
	return true
}

// personTail returns where a person's name starts at the end of the name
// mention on tokens [first, end) that a title in it heads: two or three
// capitalised words, the first a known given name, after a title word
// ("Ruritania Trade Secretary Ana Ruiz" → "Ana Ruiz"); -1 when there is none.
func (r *resolver) personTail(first, end int) int {
	names, err := givenNames()
	if err != nil || end-first < 3 {
		return -1
	}
	for p := max(end-3, first+1); p <= end-2; p++ {
		if _, ok := names[r.folded(p)]; !ok || tailTitle(r.folded(p)) {
			continue // "Attorney General Ana": "General" is the title's
		}
		capital := true
		for i := p; i < end; i++ {
			if c, _ := utf8.DecodeRuneInString(r.words[i]); !unicode.IsUpper(c) {
				capital = false
			}
		}
		if !capital {
			continue
		}
		for i := first; i < p; i++ {
			// An office may stand apart from the name ("Secretary of
			// State Ana Ruiz"); a rank, a party or a flock only right
			// before it ("Pastor Ana Ruiz of Dunmore Baptist Church" is
			// not a person "Baptist Church").
			if w := strings.TrimSuffix(r.folded(i), "."); swallowTitles[w] || i == p-1 && tailTitle(w) {
				return p
			}
		}
	}
	return -1
}

// tailTitle: w, folded, is a title after which a body's name mention may
// run on into a person's name: an office, a rank, a job, a party or a
// flock ("Trade Secretary", "Justice", "Democrat", "Pastor").
func tailTitle(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return swallowTitles[w] || leadTitle(w) || memberTitles[w]
}

// IsNameTitle reports whether word is a title that may stand before a
// person's name outside her name mention: personTail leaves it out of the
// span ("Reverend", "Justice", "Democrat", "Trade Secretary").
func IsNameTitle(word string) bool { return tailTitle(fold.Token(word)) }

// clash: two genders, both known, differ.
func clash(a, b byte) bool { return a != 0 && b != 0 && a != b }

func startsAlnum(w string) bool {
	for _, c := range w {
		return unicode.IsLetter(c) || unicode.IsDigit(c)
	}
	return false
}

// names turns every unresolved name mention into an entity or joins it to
// one seen before.
func (r *resolver) names() {
	r.mendSpans()
	hs := r.honorificSurnames()
	nw := r.settleTypes(hs)
	n := len(r.d.Mentions)
	var last []int // working entity -> last mention start (0 none yet), for recency
	for mi := 0; mi < n; mi++ {
		m := r.d.Mentions[mi]
		if m.Kind != text.MentionName || m.Entity >= 0 {
			continue
		}
		first, end, ok := r.tokenRange(m.Span)
		if !ok {
			continue
		}
		if coarse(m.Type) != "PER" {
			if p := r.personTail(first, end); p > first {
				// "Ruritania Trade Secretary Ana Ruiz", "Acme Chief Executive
				// Tom Weller" tagged as one body: the name at its end is
				// the person's, and the mention is hers.
				m.Span.Start, m.Type = r.d.Tokens[p].Start, "PERSON"
				r.d.Mentions[mi].Span, r.d.Mentions[mi].Type = m.Span, m.Type
				first = p
				if mi < len(nw) {
					nw[mi].read = false
				}
			}
		}
		for i := first; i < end; i++ {
			r.named[i] = mi
		}
		var w nameRead
		if mi < len(nw) {
			w = nw[mi]
		}
		if per := coarse(m.Type) == "PER"; !w.read || per && leadTitle(r.folded(first)) {
			w.words, w.gender, w.hon = r.nameWords(first, end, per)
		}
		words, gender, hon := w.words, w.gender, w.hon
		if len(words) == 0 {
			continue
		}
		if coarse(m.Type) != "PER" && r.titledName(first, end, hon) && (hon || m.Type != "EVENT") {
			// "Mr. Brown", "Rep. Ana Ruiz" tagged as a place or body: the
			// title says a person.
			m.Type = "PERSON"
			r.d.Mentions[mi].Type = m.Type
		}
		if coarse(m.Type) != "PER" && first > 0 && IsHonorific(r.words[first-1]) && r.titledName(first-1, end, true) {
			// "Ms Okafor" with only "Okafor" tagged, as a body: the
			// honorific before it says a person.
			m.Type = "PERSON"
			r.d.Mentions[mi].Type = m.Type
		}
		if first > 0 && gender == 0 && coarse(m.Type) == "PER" {
			gender = honorifics[r.folded(first-1)] // "Mr. Starmer" tagged "Starmer"
		}
		phrase := r.d.Slice(m.Span)
		mcode := r.nationCode(words, m.Type)
		best, bestAt := -1, -1
		given := byte(0) // the gender of a given name in the mention
		if coarse(m.Type) == "PER" {
			given = genderOf(words)
		}
		var cands, byGiven []int
		for ei, e := range r.ents {
			switch {
			case e.group || coarse(e.typ) != coarse(m.Type):
			case r.sameName(e, m.Type, phrase, words, mcode):
				cands = append(cands, ei)
			case coarse(m.Type) == "PER" && givenOnly(e.words, words),
				m.Type == "ORG" && e.typ == "ORG" && (shortBody(e.words, words) || lastWordBody(e.words, words) && !runTogether(e.name) && !runTogether(phrase)):
				byGiven = append(byGiven, ei)
			}
		}
		if len(cands) == 0 && len(byGiven) == 1 {
			// Only when no one has the word as a surname and one person
			// alone has it as a given name.
			cands = byGiven
		}
		// A family: the article calls someone "Mr Lee" and someone "Mrs
		// Lee", or names two Lees the mention could be. A given name's
		// gender then says which is which ("Mrs Lee" is not "John Lee");
		// else it decides nothing, as the name list calls many unisex
		// names one gender ("Jan", "Nicky", "Ariel").
		family := hs[words[len(words)-1]] == 3 || len(cands) > 1
		for _, ei := range cands {
			e := r.ents[ei]
			for len(last) <= ei {
				last = append(last, 0)
			}
			if last[ei] < bestAt || clash(gender, e.sure) || (family && (clash(gender, e.gender) || clash(given, e.sure))) {
				continue // "Mrs Lee" is not the "Mr Lee" met before
			}
			best, bestAt = ei, last[ei]
		}
		if best < 0 {
			r.ents = append(r.ents, &ent{typ: m.Type})
			best = len(r.ents) - 1
			r.describe(r.ents[best], phrase, words)
		} else if e := r.ents[best]; len(words) > len(e.words) || (len(words) == len(e.words) && len(phrase) > len(e.name)) {
			if coarse(m.Type) == "PER" || len(words) > len(e.words) {
				r.describe(e, phrase, words)
			}
		}
		e := r.ents[best]
		if gender != 0 {
			e.gender, e.sure = gender, gender // an honorific says it outright
		} else if e.gender == 0 && coarse(m.Type) == "PER" {
			e.gender = genderOf(words)
		}
		r.link(mi, best)
		for len(last) <= best {
			last = append(last, 0)
		}
		last[best] = m.Start
	}
}

// splitFirstField splits a text.FieldsJoined string at its first space: the
// first word and the rest ("" when there is one word).
func splitFirstField(s string) (string, string) {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

// describe makes phrase the entity's name and looks it up in the gazetteer.
func (r *resolver) describe(e *ent, phrase string, words []string) {
	e.name, e.words, e.nameLen = text.FieldsJoined(phrase), words, len(words)
	if e.typ == "PERSON" && pluralAcronym(e.name) {
		// "MPs", "MEPs", "GPs": no one person's name but many people,
		// whom "they" goes on to name.
		e.typ, e.group, e.plural = "GROUP", true, true
	}
	if e.typ == "PERSON" && len(words) > 0 {
		// Honorifics are not part of the name.
		first, rest := splitFirstField(e.name)
		if _, ok := honorifics[fold.Token(first)]; ok {
			e.name = rest
		}
	}
	key := strings.Join(words, " ")
	if c := r.nationCodeOf(key, e.typ); c != "" {
		e.nation = c
	}
	switch e.typ {
	case "PERSON":
		if p, ok := r.g.Person(key); ok && (len(words) > 1 || e.person == nil) {
			e.person = p
		}
	case "GPE", "LOC", "FAC", "ORG", "NORP":
		es := r.lookup(key)
		if e.typ == "GPE" && len(es) > 0 && es[0].Kind == gazetteer.KindMetonym {
			// A place that stands for an institution ("Westminster",
			// "Brussels") acts as that institution; its country is the
			// metonym's, else the place's.
			e.code, e.country = es[0].Code, es[0].Country
			for _, en := range es[1:] {
				if e.country == "" && en.Country != "" && en.Kind != gazetteer.KindOrg {
					e.country = en.Country
				}
			}
			break
		}
		for _, en := range es {
			if c := entryCode(en, e.typ); c != "" {
				e.code, e.country = c, en.Country
				e.plural = en.Kind == gazetteer.KindDemonym && en.Flags.Has(gazetteer.FlagPlural)
				if e.typ == "FAC" && en.Kind == gazetteer.KindPlace {
					e.code = "" // a building is in a country, it does not act for it
				}
				break
			}
		}
		if e.typ == "ORG" && e.code == "" && len(words) > 1 {
			// The actor dictionaries file many bodies among people
			// ("Syrian Observatory for Human Rights" SYROPPHRI, "Morgan
			// Stanley" MNCUSA): a body's full name found there is coded
			// so.
			if p, ok := r.g.Person(key); ok {
				e.code, e.country = p.Latest(), p.Country
			}
		}
		if e.typ == "ORG" && e.code == "" {
			e.code = r.bodyCode(words)
		}
	}
}

// entryCode is the actor code a gazetteer reading gives an entity of type
// typ, or "" when the reading does not fit the type.
func entryCode(en gazetteer.Entry, typ string) string {
	switch en.Kind {
	case gazetteer.KindCountry, gazetteer.KindCity, gazetteer.KindPlace:
		if typ == "GPE" || typ == "LOC" || typ == "FAC" && en.Kind == gazetteer.KindPlace {
			return en.Code
		}
	case gazetteer.KindRegion:
		if typ == "LOC" || typ == "GPE" {
			return en.Code
		}
	case gazetteer.KindOrg:
		if typ == "ORG" || typ == "FAC" {
			return en.Code
		}
	case gazetteer.KindMetonym:
		if typ == "FAC" || typ == "ORG" || typ == "LOC" {
			return en.Code
		}
	case gazetteer.KindDemonym:
		if typ == "NORP" {
			return en.Code
		}
	}
	return ""
}

// nationCode is the code of a country, organisation, metonym or demonym
// the name is (cities and places are left out: two towns may share one
// country and still be two).
func (r *resolver) nationCode(words []string, typ string) string {
	return r.nationCodeOf(strings.Join(words, " "), typ)
}

// nationCodeOf is nationCode of the words joined by spaces.
func (r *resolver) nationCodeOf(key, typ string) string {
	for _, en := range r.lookup(key) {
		if en.Kind == gazetteer.KindCity || en.Kind == gazetteer.KindPlace {
			continue
		}
		if c := entryCode(en, typ); c != "" {
			return c
		}
	}
	return ""
}

// sameName decides whether a name mention refers to entity e; mcode is the
// mention's nationCode.
func (r *resolver) sameName(e *ent, typ, phrase string, words []string, mcode string) bool {
	if equalWords(e.words, words) || spacedAlike(e.words, words) {
		return true
	}
	switch coarse(typ) {
	case "PER":
		return samePerson(e.words, words)
	case "ORG":
		if isAcronymOf(phrase, e.words) || isAcronymOf(e.name, words) {
			return true
		}
	}
	// Two names the gazetteer codes alike: "US", "U.S.", "United States".
	return mcode != "" && mcode == e.nation
}
