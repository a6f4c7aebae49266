package entity

import (
	"slices"
	"strings"
	"unicode"

	"dateline/gazetteer"
	"dateline/syntax"
	"dateline/text"
)

// mendSpans mends the spans of the name mentions the NER tagger ran
// past or before a name, before any joining:
//
//   - lower-case words at the end are the sentence's, not the name's ("Mr
//     Lee has", "Ana Ruiz also", "Acme Corp hit"): a name's last word is
//     capitalised ("diCaprio", "al-Amin" keep theirs, having a capital
//     inside);
//   - a lower-case verb inside a name ends it, and the capitalised words
//     after it are a name of their own (a headline, "Acme buys Zenco", or
//     "Tomas rescues Zenco", tagged as one body): the parse says verb;
//   - a person's: a country or nationality before a given name and a
//     surname is a modifier ("Ruritanian Ana Ruiz", "United States Ana
//     Ruiz"): the person is the name after it;
//   - any type's: the body of a title before a given name and a surname
//     ("Minister of the Interior Ana Ruiz" tagged "Interior Ana Ruiz")
//     is a name of its own, and the name after it a person's;
//   - a person's: a role phrase with no name in it ("Party leader",
//     "Labour MPs") is a description of someone, not a person's name,
//     and is no name mention;
//   - any type's: an office held by one person, alone or after its
//     country ("US Secretary of State", "French Foreign Minister"), with
//     no name after it, is a description of its holder, not a body;
//   - any type's: a day and a month ("3 November" in a dateline) are a
//     date, no name;
//   - any type's: a name that names a disease or a law after it
//     ("Alzheimer's disease", "Down's syndrome", "Moore's law") is part of
//     that thing's name, no one and nothing in the story;
//   - any type's: a rank word opening the sentence ("Interim chief
//     executive Tom Vik", "Former minister …") is capitalised by its
//     place, not a name;
//   - any type's: two capital letters before a one-word name are its
//     initials ("JF Sullivan", "MG Rover"): initialsBefore;
//   - any type's: an acronym that names a kind of thing ("PC", "DVDs",
//     "GPS") is a common noun, no name: thingAcronym.
func (r *resolver) mendSpans() {
	given, err := givenNames()
	if err != nil {
		return
	}
	split := false
	for mi := range r.d.Mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != text.MentionName || m.Entity >= 0 {
			continue
		}
		first, end, ok := r.tokenRange(m.Span)
		if !ok {
			continue
		}
		per := coarse(m.Type) == "PER"
		if r.officeOnly(first, end) {
			m.Kind = text.MentionNominal // a description: sources may read it
			r.unnamed = append(r.unnamed, mi)
			continue
		}
		if per && r.roleOnly(first, end, given) || r.capitalisedRank(first, end) || r.eponym(end) || r.dateOnly(first, end) ||
			end-first == 1 && r.thingAcronym(first) {
			m.Kind = text.MentionNominal // no name: linked by nothing, left out
			continue
		}
		if v := r.verbInside(first, end); v > 0 {
			// The words after the verb: a name of their own, trimmed
			// of lower-case words at their end as well.
			e := end
			for e-1 > v && lowerWord(r.words[e-1]) {
				e--
			}
			if startsUpper(r.words[v+1]) {
				r.d.Mentions = append(r.d.Mentions, text.Mention{Kind: text.MentionName, Type: m.Type, Entity: -1,
					Span: text.Span{Start: r.d.Tokens[v+1].Start, End: r.d.Tokens[e-1].End}})
				m = &r.d.Mentions[mi]
				split = true
			}
			end = v
		} else if v := r.titleVerbInside(first, end); v > 0 {
			// A headline in title case, "Ana Ruiz Says Tax Will Rise":
			// the name ends before the verb, and the capitalised words
			// between it and the next verb (or the name's end) are a
			// name of their own.
			for lo := v + 1; lo < end; {
				hi := end
				if w := r.titleVerbInside(lo, end); w > 0 {
					hi = w
				}
				from := lo
				for from < hi && notNameOpener(r.lower[from]) {
					from++ // "Says He …", "Vows To …", "Is Not …": no name opens so
				}
				if from < hi && startsUpper(r.words[from]) && !r.titleVerb(from) {
					r.d.Mentions = append(r.d.Mentions, text.Mention{Kind: text.MentionName, Type: m.Type, Entity: -1,
						Span: text.Span{Start: r.d.Tokens[from].Start, End: r.d.Tokens[hi-1].End}})
					m = &r.d.Mentions[mi]
					split = true
				}
				lo = hi + 1
			}
			end = v
			for end-1 > first && clauseAdverbs[r.lower[end-1]] {
				end-- // "Ana Ruiz Finally Endorses": the adverb is the verb's
			}
			if k := r.andBetweenPeople(first, end, given); k > 0 {
				// "Ana Ruiz And Tom Vik Clash": two people, the
				// verb's subjects, each a name.
				r.d.Mentions = append(r.d.Mentions, text.Mention{Kind: text.MentionName, Type: m.Type, Entity: -1,
					Span: text.Span{Start: r.d.Tokens[k+1].Start, End: r.d.Tokens[end-1].End}})
				m = &r.d.Mentions[mi]
				split = true
				end = k
			}
		}
		for end-1 > first && lowerWord(r.words[end-1]) && m.Type != "EVENT" && m.Type != "FAC" {
			end-- // "the Vietnam war", "the Opera house": an event's or building's head may be lower-case
		}
		if p := r.nationBefore(first, end, given, per); p > first {
			// "Kenyan Ana Ruiz" typed as one name: the nationality is a
			// name of its own, and the name after it a person's.
			typ := "GPE"
			if _, ok := r.g.Demonym(strings.Join(r.lower[first:p], " ")); ok {
				typ = "NORP"
			}
			r.d.Mentions = append(r.d.Mentions, text.Mention{Kind: text.MentionName, Type: typ, Entity: -1,
				Span: text.Span{Start: r.d.Tokens[first].Start, End: r.d.Tokens[p-1].End}})
			m = &r.d.Mentions[mi]
			split = true
			first, m.Type = p, "PERSON"
		}
		if per && r.signOff(first, end) {
			m.Type = "ORG" // the credit line that closes a wire story
		}
		if p := r.bodyOfTitleBefore(first, end, given); p > first {
			// "Minister of the Interior Ana Ruiz" tagged "Interior Ana
			// Ruiz", a body: the body is the title's, and the name
			// after it a person's.
			r.d.Mentions = append(r.d.Mentions, text.Mention{Kind: text.MentionName, Type: m.Type, Entity: -1,
				Span: text.Span{Start: r.d.Tokens[first].Start, End: r.d.Tokens[p-1].End}})
			m = &r.d.Mentions[mi]
			split = true
			first, m.Type = p, "PERSON"
		}
		if e := r.chamberOf(end); e > end {
			// "United States House" + "of Representatives": the chamber's
			// name runs on over "of", and it is a body, not a building;
			// a name the tagger found in the chamber's words is dropped.
			from, to := r.d.Tokens[end].Start, r.d.Tokens[e-1].End
			for oi := range r.d.Mentions {
				if o := &r.d.Mentions[oi]; oi != mi && o.Kind == text.MentionName && o.Start >= from && o.End <= to {
					o.Kind = text.MentionNominal
				}
			}
			m = &r.d.Mentions[mi]
			end, m.Type = e, "ORG"
		}
		if e := r.personAfterTitle(first, end, given); e > end {
			// "Labour MP" tagged a body and "Kate Hoey-Smith" after it
			// left untagged: the name after the title is a person.
			r.d.Mentions = append(r.d.Mentions, text.Mention{Kind: text.MentionName, Type: "PERSON", Entity: -1,
				Span: text.Span{Start: r.d.Tokens[end].Start, End: r.d.Tokens[e-1].End}})
			m = &r.d.Mentions[mi]
			split = true
		}
		if r.descriptorBefore(first, end, given) {
			// "Actress Emma Reeve", "Rival Ken Mora": a word that
			// describes the person, capitalised by the sentence's
			// start, which the tagger may have read as a body's.
			first, m.Type = first+1, "PERSON"
		}
		if k := r.companyKindBefore(first, end); k > first {
			// "Retailer Carvell", "Supermarket chain Dalby": the kind of
			// company, capitalised by the sentence's start, then its name.
			first = k // its type: the vote in settleTypes
		}
		if end-first == 1 && end < len(r.words) && r.initialsAlone(first, end) {
			// "PJ" tagged and "Hartigan" after it not: the letters open
			// the name.
			end++
		} else if end-first == 1 && first > 0 {
			if ok, own := r.initialsBefore(first); ok {
				// "JF Sullivan", the tagger's name the surname alone
				// (the letters alone another, or none).
				first--
				if own >= 0 {
					r.d.Mentions[own].Kind = text.MentionNominal // linked by nothing, left out
					m = &r.d.Mentions[mi]
				}
			}
		}
		m.Span = text.Span{Start: r.d.Tokens[first].Start, End: r.d.Tokens[end-1].End}
	}
	if split {
		slices.SortStableFunc(r.d.Mentions, func(a, b text.Mention) int { return a.Start - b.Start })
	}
}

// verbInside returns the first lower-case verb the parse finds between
// the capitalised words of the mention on tokens [first, end), or -1.
func (r *resolver) verbInside(first, end int) int {
	if !r.parsed {
		return -1
	}
	for i := first + 1; i < end-1; i++ {
		if t := r.d.Tokens[i]; (t.UPOS == "VERB" || t.UPOS == "AUX") && lowerWord(r.words[i]) && startsUpper(r.words[first]) {
			return i
		}
	}
	return -1
}

// lowerWord: w starts with a lower-case letter and has no capital in it.
func lowerWord(w string) bool {
	for i, c := range w {
		if i == 0 && !unicode.IsLower(c) {
			return false
		}
		if unicode.IsUpper(c) {
			return false
		}
	}
	return w != ""
}

// nationBefore returns where the person's name starts after a country or
// nationality that opens the mention on tokens [first, end), when a
// given name and at least one more capitalised word follow it; else -1.
// In a mention not typed a person, only a nationality ("Kenyan", "New
// Zealander") and two or three capitalised words will do: a country
// heads its institutions ("US Supreme Court", "Supreme" being a given
// name too), and a firm's suffix ends a body's name.
func (r *resolver) nationBefore(first, end int, given map[string]byte, per bool) int {
	for p := first + 1; p <= end-2 && p <= first+3; p++ {
		if _, ok := given[r.folded(p)]; !ok || !startsUpper(r.words[end-1]) || miscSuffixes[r.folded(end-1)] {
			continue // "American Music Awards": an award's name, "Music" no given name in it
		}
		if !per && (end-p > 3 || orgSuffixes[r.folded(end-1)] || !allUpper(r.words[p:end])) {
			continue
		}
		for _, en := range r.g.Lookup(strings.Join(r.lower[first:p], " ")) {
			if en.Kind == gazetteer.KindDemonym || per && en.Kind == gazetteer.KindCountry {
				return p
			}
		}
	}
	return -1
}

// bodyOfTitleBefore returns where a given name and a surname start in a
// mention on tokens [first, end) that opens right after a title and "of"
// or "of the" ("Minister of the Interior Ana Ruiz", "Director of Harbour
// Services Tom Vik"): the words before the name complete the title, and
// the name is a person's; -1 when the mention is not so.
func (r *resolver) bodyOfTitleBefore(first, end int, given map[string]byte) int {
	of := first - 1
	if of >= 0 && r.lower[of] == "the" {
		of--
	}
	if of < 1 || r.lower[of] != "of" || !startsUpper(r.words[of-1]) || r.sentOf[of-1] != r.sentOf[first] {
		return -1
	}
	for p := first + 1; p <= end-2 && end-p <= 3; p++ {
		if _, ok := given[r.folded(p)]; ok && allUpper(r.words[p:end]) && !orgSuffixes[r.folded(end-1)] {
			return p
		}
	}
	return -1
}

func allUpper(ws []string) bool {
	for _, w := range ws {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// roleWords end a role phrase besides the titles that run into a name
// (swallowTitles). The gazetteer's agent words are too many for this
// ("Dean", "Justice", "Police" are names too).
var roleWords = map[string]bool{"co-chairman": true, "mps": true, "peer": true, "deputy": true,
	"candidate": true, "backbencher": true, "spokesperson": true, "chairperson": true}

// roleOnly: the mention on tokens [first, end) is two or more words
// ending in a role word, with no honorific and no given name before it:
// "Party leader", "Labour MPs", "Tory co-chairman"; not "Mr Dean" or
// "Ana Ruiz MP".
func (r *resolver) roleOnly(first, end int, given map[string]byte) bool {
	last := strings.TrimSuffix(r.lower[end-1], ".")
	if end-first == 1 && rankPrefixes[last] {
		return true // "Deputy" cut from "Deputy Police Chief Tom Vik"
	}
	if end-first < 2 || (!roleWords[last] && !swallowTitles[last]) {
		return false
	}
	for i := first; i < end-1; i++ {
		if _, ok := given[r.folded(i)]; ok || IsHonorific(r.words[i]) {
			return false
		}
	}
	return true
}

// capitalisedRank: the mention on tokens [first, end) is one word opening
// its sentence that says which rank of a job it is, or that it was held,
// before a lower-case word ("Interim chief executive …"). Other words of
// when ("Next", "New") name bodies too often to be read that way.
func (r *resolver) capitalisedRank(first, end int) bool {
	lw := r.lower[first]
	return end-first == 1 && end < len(r.words) && lowerWord(r.words[end]) && r.opensSentenceCap(first) &&
		(rankPrefixes[lw] || titleModifiers[lw] || lw == "former")
}

// descriptorBefore: the person's mention on tokens [first, end) opens
// its sentence with a word that is no given name but a common noun
// WordNet knows ("Actress", "Rival", "Veteran", "Midfielder"), before a given
// name and at least one more capitalised word: the word describes the
// person and is capitalised by its place ("Actress Emma Reeve had to pull
// out"), so the name starts after it. A first name the gazetteer lacks
// is no common noun, and stays ("Achille Thomas"); a word that is also a
// given name stays too ("Rose"), but for a noun of people whose usual
// sense is a thing (people: "Star Emma Reeve", the star before two given
// names' worth of name), and so does a body's name the gazetteer knows
// or whose last word only bodies end in.
func (r *resolver) descriptorBefore(first, end int, given map[string]byte) bool {
	if end-first < 3 || !r.opensSentenceCap(first) || IsHonorific(r.words[first]) {
		return false
	}
	if _, ok := given[r.folded(first)]; ok && !people[r.folded(first)] {
		return false
	}
	if _, ok := given[r.folded(first+1)]; !ok || !startsUpper(r.words[first+1]) || !startsUpper(r.words[end-1]) {
		return false
	}
	if last := r.folded(end - 1); orgSuffixes[last] || miscSuffixes[last] {
		return false // "Allied Irish Banks", "Queens Park Rangers": a body's name
	}
	for i := first; i < end; i++ {
		if w := r.folded(i); swallowTitles[w] || rankPrefixes[w] || titleModifiers[w] || IsHonorific(r.words[i]) {
			return false // "Mayor Ana Ruiz" is titled; "Carnegie Mellon Professor Raj Reddy" holds a title
		}
	}
	if si := r.sentOf[first]; si >= 0 {
		if _, st, ok := r.agentAt(si, first+1); ok && st == first {
			return false // an office the gazetteer knows ("Sheriff Ana Ruiz")
		}
	}
	if len(r.lookup(strings.Join(r.lower[first:end], " "))) > 0 {
		return false // a name the gazetteer knows whole
	}
	return syntax.NounSense(r.words[first]) >= 0
}

// companyKinds are nouns that say what kind of company a name is, begin
// no company's name ("bank", "group" and "union" do) and are nobody's job
// or praise ("producer", "broadcaster", "brewer", "giant" are).
var companyKinds = map[string]bool{"retailer": true, "carmaker": true, "automaker": true, "airline": true,
	"insurer": true, "lender": true, "supermarket": true, "housebuilder": true, "manufacturer": true,
	"drugmaker": true, "chipmaker": true, "conglomerate": true, "supplier": true, "exporter": true,
	"distributor": true, "startup": true, "firm": true, "chain": true}

// companyKindBefore returns where the name starts in the mention on
// tokens [first, end) when it opens its sentence with a word of
// companyKinds ("Retailer Carvell"), or a word and a lower-case one
// ("Supermarket chain Dalby", "Mining firm Tarn"), before a capitalised
// name; first when it does not.
func (r *resolver) companyKindBefore(first, end int) int {
	if !r.opensSentenceCap(first) {
		return first
	}
	k := first + 1
	if !companyKinds[r.lower[first]] {
		if k >= end || !lowerWord(r.words[k]) || !companyKinds[r.lower[k]] {
			return first
		}
		k++
	}
	if k >= end || !startsUpper(r.words[k]) {
		return first
	}
	return k
}

// eponym: the name ending before token end is followed by "'s" and a word
// of eponymHeads ("Alzheimer's disease").
func (r *resolver) eponym(end int) bool {
	if end+1 >= len(r.words) || r.words[end] != "'s" && r.words[end] != "’s" {
		return false
	}
	return eponymHeads[r.lower[end+1]]
}

// eponymHeads are the nouns that make a possessive name the name of a
// disease or a law.
var eponymHeads = map[string]bool{"disease": true, "syndrome": true, "law": true, "palsy": true}

// signOff: the mention on tokens [first, end) is one word making up the
// last paragraph of the text, a wire story's closing credit (the agency
// or desk that filed it), which a tagger reads as a surname.
func (r *resolver) signOff(first, end int) bool {
	if end-first != 1 || end != len(r.d.Tokens) || len(r.d.Paragraphs) < 2 {
		return false
	}
	p := r.d.Paragraphs[len(r.d.Paragraphs)-1]
	t := r.d.Tokens[first]
	return p.Start == t.Start && p.End == t.End
}

// dateOnly: the mention on tokens [first, end) is a month's name with a
// day number beside it ("3 November", "May 4").
func (r *resolver) dateOnly(first, end int) bool {
	s := r.d.Text[r.d.Tokens[first].Start:r.d.Tokens[end-1].End]
	// A day and month has the day's digits; most names have none, and
	// the test splits the text into new strings.
	if !strings.ContainsAny(s, "0123456789") {
		return false
	}
	return text.IsDayAndMonth(s)
}

// chamberOf returns where a legislature's name ends when the name ending
// before token end is a "House" followed by "of" and the chamber ("of
// Representatives", "of Commons", "of Lords"); end when it is not.
func (r *resolver) chamberOf(end int) int {
	if end < 1 || end+1 >= len(r.words) || r.lower[end-1] != "house" || r.lower[end] != "of" {
		return end
	}
	k := end + 1
	if k+1 < len(r.words) && r.lower[k] == "the" {
		k++
	}
	if chambers[r.lower[k]] && startsUpper(r.words[k]) {
		return k + 1
	}
	return end
}

// chambers are the words that name a legislature's house after "House of".
var chambers = map[string]bool{"representatives": true, "commons": true, "lords": true, "delegates": true,
	"councillors": true, "councilors": true, "assembly": true, "keys": true}

// initialsBefore reports whether the token before the one-word name at
// token first is two capital letters that belong to the name: initials
// ("JF Sullivan") or the letters a body's name opens with ("MG Rover"),
// left out by the tagger. Not letters the gazetteer knows ("UK", "TV"),
// a title or the letters of one ("MP", "DJ", "PC"), nor before a place
// the gazetteer knows ("AC Milan": the club is no person, and its city's
// name no surname), a name in capitals, or after a capitalised word (a
// longer name's).
//
// own is the name mention the tagger made of the letters alone ("PJ" a
// body and "Harrow" a person), or -1; a longer mention holding them is
// a name of its own, and no initials.
func (r *resolver) initialsBefore(first int) (ok bool, own int) {
	i := first - 1
	w := r.words[i]
	if len(w) != 2 || w[0] < 'A' || w[0] > 'Z' || w[1] < 'A' || w[1] > 'Z' || r.sentOf[i] != r.sentOf[first] {
		return false, -1
	}
	name := r.words[first]
	if len(name) < 2 || !startsUpper(name) || inCapitals(name) || personLetters[r.lower[i]] ||
		swallowTitles[r.lower[i]] || IsHonorific(w) || len(r.lookup(r.lower[i])) > 0 || placeName(r.lookup(r.lower[first])) {
		return false, -1
	}
	if i > 0 && r.sentOf[i-1] == r.sentOf[i] && startsUpper(r.words[i-1]) {
		return false, -1
	}
	own = -1
	for oi, m := range r.d.Mentions {
		if m.Start <= r.d.Tokens[i].Start && r.d.Tokens[i].End <= m.End && m.Kind == text.MentionName {
			if m.Start != r.d.Tokens[i].Start || m.End != r.d.Tokens[i].End || m.Entity >= 0 {
				return false, -1 // a name of its own
			}
			own = oi
		}
	}
	return true, own
}

// initialsAlone reports whether the mention on tokens [first, end) is two
// capital letters alone that open a one-word name the tagger left out:
// the next word is capitalised, in no mention, and ends the name (no
// capitalised word after it), and initialsBefore would take the letters
// into it.
func (r *resolver) initialsAlone(first, end int) bool {
	if len(r.words[first]) != 2 || end+1 < len(r.words) && startsUpper(r.words[end+1]) && r.sentOf[end+1] == r.sentOf[end] {
		return false
	}
	for _, m := range r.d.Mentions {
		if m.Start < r.d.Tokens[end].End && r.d.Tokens[end].Start < m.End {
			return false
		}
	}
	ok, _ := r.initialsBefore(end)
	return ok
}

// personLetters are letters that stand for what a person is, written
// before the name: "DJ Jo Penn", "PC Tom Hale".
var personLetters = map[string]bool{"dj": true, "mc": true, "pc": true, "gp": true, "qc": true, "vj": true,
	"md": true, "mp": true, "am": true, "ms": true, "dr": true, "mr": true, "st": true}

// thingAcronym reports whether token i, two or three capitals with at
// most one vowel (a plural's "s" aside), is an acronym whose usual sense
// in WordNet is a thing made ("PC", "DVDs", "GPS", "SUV"): a common noun
// the tagger reads as a firm's or a product's name. A word WordNet knows
// in lower case may be spelt in capitals ("BOA", a bank, is a snake
// there), longer ones name bodies too ("NYSE"), and so do ones ending in
// a capital S, which WordNet would read as plurals ("PCS", "EDS").
func (r *resolver) thingAcronym(i int) bool {
	w := strings.TrimSuffix(r.words[i], "s")
	if len(w) < 2 || len(w) > 3 || strings.HasSuffix(w, "S") || !inCapitals(w) || strings.ToLower(w) == w || strings.Count(w, "A")+strings.Count(w, "E")+
		strings.Count(w, "I")+strings.Count(w, "O")+strings.Count(w, "U") > 1 {
		return false
	}
	if syntax.NounSense(w) != syntax.NounArtifact || !r.commonUse(i) {
		return false
	}
	// A body the story names in full is its acronym's ("Massachusetts
	// Institute of Technology" and "MIT"; WordNet has the building), and
	// so is one the words around it treat as a firm ("chief operating
	// officer of TNT").
	for _, m := range r.d.Mentions {
		if m.Kind != text.MentionName {
			continue
		}
		name := r.d.Text[m.Start:m.End]
		if m.End-m.Start > len(w) && initialsOf(name) == w {
			return false
		}
		if name == r.words[i] {
			if first, end, ok := r.tokenRange(m.Span); ok {
				if firm, _ := r.firmContext(first, end); firm {
					return false
				}
			}
		}
	}
	return true
}

// initialsOf returns the first letters of the capitalised words of name.
func initialsOf(name string) string {
	var b strings.Builder
	for f := range strings.FieldsSeq(name) {
		if c := f[0]; c >= 'A' && c <= 'Z' {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// commonUse reports whether token i is used as a common noun is: a
// plural, a word of a compound ("PC sales"), after "on" or "via" ("out on
// DVD"), or with a determiner, a possessive, an adjective or a number of
// its own ("their PC", "a new DVD"). A bare singular is a name ("at MIT",
// "TNT aims to"). Without a parse, any use.
func (r *resolver) commonUse(i int) bool {
	if !r.parsed || strings.HasSuffix(r.words[i], "s") || r.d.Tokens[i].Rel == "compound" ||
		i > 0 && (r.lower[i-1] == "on" || r.lower[i-1] == "via") {
		return true
	}
	for j := max(i-4, 0); j < i; j++ {
		if r.d.Tokens[j].Head != i {
			continue
		}
		switch r.d.Tokens[j].Rel {
		case "det", "nmod:poss", "amod", "nummod", "compound":
			return true
		}
	}
	return false
}
