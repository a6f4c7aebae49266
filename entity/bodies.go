package entity

import (
	"slices"
	"strings"

	"dateline/gazetteer"
	"dateline/gazetteer/fold"
	"dateline/text"
)

// Which organisation a body noun stands for: "the bank" after "the World
// Bank", "the company" after the one firm just named, "the Acme board",
// and the kinds of firm and body that speak.

// definiteBody: "the bank" after "the World Bank" is that bank. A body
// named by "the" and the last words of one organisation's name met before
// joins it; when another organisation met before has the head word in its
// name too ("the Bank of England"), it joins neither.
func (r *resolver) definiteBody(e *ent, sp text.Span) int {
	if e.typ != "ORG" || len(e.words) == 0 || !hasWordPrefix(r.d.Text[sp.Start:sp.End], "the") {
		return -1
	}
	tail := strings.ToLower(strings.Join(e.words, " "))
	head := strings.ToLower(e.words[len(e.words)-1])
	found := -1
	for ei, x := range r.ents {
		if x.typ != "ORG" || x == e || !r.mentionedBefore(x, sp.Start) {
			continue
		}
		name := strings.ToLower(x.name)
		if len(e.words) == 1 && slices.Contains(x.kinds, head) {
			if found >= 0 {
				return -1
			}
			found = ei // "the agency" after "the Tarn news agency"
			continue
		}
		if !slices.Contains(strings.Fields(name), head) {
			continue
		}
		if found >= 0 || name == tail || !strings.HasSuffix(name, " "+tail) {
			return -1
		}
		found = ei
	}
	return found
}

// genericBodies are the nouns news uses for any organisation of a kind,
// whatever its name: "the company" after "Acme Mining", "the club" after
// "Ashford Rovers".
var genericBodies = map[string]bool{"company": true, "firm": true, "group": true, "club": true,
	"charity": true, "organisation": true, "organization": true}

// recentBody: "the company" with no organisation of that word in its name
// is the one organisation named in its sentence before it or in the
// sentence before; with none or two there, it joins none.
func (r *resolver) recentBody(e *ent, sp text.Span, h int) int {
	if e.typ != "ORG" || len(e.words) != 1 || !genericBodies[strings.ToLower(e.words[0])] ||
		!hasWordPrefix(r.d.Text[sp.Start:sp.End], "the") {
		return -1
	}
	from := 0
	if si := r.sentOf[h]; si > 0 {
		from = r.d.Tokens[r.d.Sentences[si-1].FirstToken].Start
	}
	head := strings.ToLower(e.words[0])
	found := -1
	for ei, x := range r.ents {
		if x.typ != "ORG" || x.group || x == e || !r.mentionedBefore(x, sp.Start) {
			continue
		}
		if slices.Contains(strings.Fields(strings.ToLower(x.name)), head) {
			return -1 // definiteBody's case: "the company" after "the Acme Company"
		}
		if !r.namedBetween(x, from, sp.Start) {
			continue
		}
		if (head == "company" || head == "firm") && noFirm(x.name) {
			// "The company" is no university, ministry or journal named
			// just before it; which firm it is, the text leaves open.
			return -1
		}
		if found >= 0 {
			return -1
		}
		found = ei
	}
	return found
}

// noFirm: an organisation's name says it is a public body, a school or a
// publication, which "the company" or "the firm" never stands for.
func noFirm(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if nonFirmWords[w] {
			return true
		}
	}
	return false
}

// nonFirmWords are words in the names of bodies that are not firms.
var nonFirmWords = map[string]bool{"university": true, "college": true, "school": true, "ministry": true,
	"department": true, "council": true, "parliament": true, "court": true, "police": true, "journal": true,
	"commission": true, "committee": true, "government": true, "hospital": true, "party": true, "army": true,
	"office": true, "administration": true, "agency": true,
	// Newspapers and channels cited as sources ("said the Beijing News"):
	// "the firm" after them is the firm they report on.
	"news": true, "times": true, "herald": true, "gazette": true, "tribune": true}

// bodyByApposition: a name set beside a body noun ("The firm, Huaxin
// Engineering,") names a body, though the tagger took it for a person's
// name, unless something says it is a person's (the gazetteer, an
// honorific, a role).
func (r *resolver) bodyByApposition(nominal, x *ent) {
	if nominal.typ != "ORG" || x.typ != "PERSON" || x.person != nil || x.sure != 0 || len(x.roles) > 0 {
		return
	}
	x.typ = "ORG"
	for _, mi := range x.mentions {
		if r.d.Mentions[mi].Kind == text.MentionName {
			r.d.Mentions[mi].Type = "ORG"
		}
	}
	r.describe(x, x.name, x.words)
}

// IsFirmKind reports whether word says what kind of company a name is
// ("drugmaker", "airline", "lender"), for the quote stage's reading of
// "Swiss drugmaker Novartis said".
func IsFirmKind(word string) bool { return companyKinds[fold.Token(word)] }

// firmKind reports whether a singular word says what kind of firm speaks
// ("the country's biggest lender said"): one body. Plurals stay a group
// of firms ("airlines said"), and a "chain" is more often a supply chain.
func firmKind(w string) bool { return companyKinds[w] && w != "chain" || bodyKinds[w] }

// bodyKinds are nouns for bodies that speak in news and that no other list
// has: trade groups, regulators, institutes.
var bodyKinds = map[string]bool{"association": true, "federation": true, "confederation": true,
	"institute": true, "foundation": true, "regulator": true, "watchdog": true, "bureau": true,
	"board": true, "chamber": true, "body": true}

// namedBodyIn returns the working entity of an organisation named inside
// the phrase of a body source e headed by token h ("the Paris-based IEA
// watchdog", "the Acme board"): the phrase describes that body. Not one
// owning the head ("Acme's regulator"); -1 when none.
func (r *resolver) namedBodyIn(e *ent, h int) int {
	if w := r.folded(h); e.typ != "ORG" || w == "company" || w == "firm" {
		// (A company is more often named by its place: "the South
		// Yorkshire company".)
		return -1
	}
	first := r.phraseStart(h, r.d.Sentences[r.sentOf[h]].FirstToken)
	for t := h - 1; t >= first; t-- {
		m := r.named[t]
		if m < 0 {
			continue
		}
		ei, ok := r.entOf(m)
		if !ok || r.ents[ei].typ != "ORG" || t+1 < len(r.words) && isPossessive(r.words[t+1]) || r.notBodyName(r.ents[ei]) ||
			!r.modifies(r.d.Mentions[m].Span, h) {
			return -1
		}
		return ei
	}
	return -1
}

// notBodyName reports whether the gazetteer reads an entity's name as a
// place, a people or a role, whatever type the name was given: "the US
// administration" is not "US", "a British Muslim group" not "Muslim".
func (r *resolver) notBodyName(e *ent) bool {
	key := strings.Join(e.words, " ")
	return r.placeOrPeople(key) || slices.ContainsFunc(r.lookup(key), func(x gazetteer.Entry) bool { return x.Kind == gazetteer.KindAgent })
}

// modifies reports whether a word of the name at span hangs on token h
// itself: "the NFA watchdog", not "the Leeds fans' trust".
func (r *resolver) modifies(sp text.Span, h int) bool {
	for i := h - 1; i >= 0 && r.d.Tokens[i].End > sp.Start; i-- {
		if t := r.d.Tokens[i]; t.End <= sp.End && t.Head == h {
			return true
		}
	}
	return false
}
