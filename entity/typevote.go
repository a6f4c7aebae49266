package entity

import (
	"slices"
	"strings"
	"sync"

	"dateline/gazetteer"
	"dateline/syntax"
	"dateline/text"
)

// settleTypes gives the name mentions of a document that spell one name
// one type. The NER tagger types each mention from its sentence alone, so
// a firm named three times may come out a person once and a place once
// ("Acme" PERSON, "Acme" GPE, "Acme" ORG), and the entity stage, which
// joins names only within one class, would then make three entities of
// it. A reader takes the name to be one thing throughout an article:
//
//   - the class most of its mentions have wins (an honorific or a title
//     before it, "Mr Acme", "President Acme", counts twice for a person;
//     a kind of firm before one mention, "retailer Acme", makes it an
//     organisation when the gazetteer does not know the name);
//   - a name the gazetteer knows as a place is left alone (a town names
//     its team and its council as well as itself);
//   - on a tie, the gazetteer's reading of the name decides (an
//     organisation, a country or place, a nationality), else nothing
//     changes;
//   - a surname alone counts the votes of the full name it ends (not a
//     name the gazetteer knows; a title the tagger took into the full
//     name, "Rep. Ana Ruiz", counts for a person), and a body's first word alone those of
//     the body ("Daiwa" and "Daiwa Securities": shortBodyVotes);
//   - a given name and a surname the article puts after "Mr" or "Ms"
//     elsewhere is a person's, whatever the tagger said;
//   - a name the gazetteer knows only as an organisation is never a
//     person or place, and a person's name ending in a word that only
//     bodies end in ("Acme Group", "Nadir Bros") is a body.
//
// It returns the name words it read of each mention, for the joining.
func (r *resolver) settleTypes(hs map[string]byte) []nameRead {
	type tally struct {
		votes  [4]int    // by class: PER, ORG, LOC, MISC
		titled int       // mentions with an honorific or a title before them
		fine   [4]string // the first fine type seen in each class
		mis    []int
		kind   bool // a kind of firm stands before one mention
		speaks bool // one mention is the subject of a speech verb
		cited  bool // one mention is what "according to" cites
		placed bool // a preposition of place stands before one mention ("in Acme")
		away   bool // one mention follows no "in", "near" or "outside" (inOnly)
		prog   bool // one mention names a program: "the Cabir worm" (malwareAfter)
		inner  int  // person votes of titles inside mentions, for the surname
		firm   bool // the words around one mention treat it as a firm (firmContext)
		sure   bool // firm by a post, an apposition or a list, not only a possession
	}
	tallies := map[string]*tally{}
	nw := make([]nameRead, len(r.d.Mentions)) // by mention; read false: not read
	var order []string
	var byStart, byEnd map[int]int // name mentions by edge token, for firmInList
	for mi, m := range r.d.Mentions {
		if m.Kind != text.MentionName || m.Entity >= 0 {
			continue
		}
		first, end, ok := r.tokenRange(m.Span)
		if !ok {
			continue
		}
		words, gender, hon := r.nameWords(first, end, false)
		nw[mi] = nameRead{words, gender, hon, true}
		if len(words) == 0 {
			continue
		}
		if coarse(m.Type) != "PER" && r.honoredName(first, end, words, hs) {
			m.Type = "PERSON"
			r.d.Mentions[mi].Type = m.Type
		}
		key := strings.Join(words, " ")
		t := tallies[key]
		if t == nil {
			t = &tally{}
			tallies[key] = t
			order = append(order, key)
		}
		c := classIndex(coarse(m.Type))
		if first > 0 && (companyKinds[r.lower[first-1]] || bodyBefore[r.lower[first-1]] && len(words) == 1) {
			// "retailer Carvell", "Retailer Carvell": the writer says
			// what the name is; it settles the class (see below).
			t.votes[1]++
			t.kind = true
			if t.fine[1] == "" {
				t.fine[1] = "ORG"
			}
		} else if m.Type != "NORP" && r.bandBefore(end) && !r.placeOrPeople(key) && !describingCompound(key) {
			// "Velvet Harbour frontman Tom Lee": the name before
			// a band member's title and a name is the band's.
			t.votes[1]++
			t.kind = true
			if t.fine[1] == "" {
				t.fine[1] = "ORG"
			}
		} else if m.Type != "NORP" && r.employerBefore(end) && !r.placeOrPeople(key) && !describingCompound(key) {
			// "Renault boss Louis Schweitzer", "Renault chairman": a name
			// before the head of a firm's title names the firm (the tagger
			// reads car makers as products).
			t.votes[1]++
			t.kind = true
			if t.fine[1] == "" {
				t.fine[1] = "ORG"
			}
		} else if (hon && r.titledName(first, end, true)) || (first > 0 && r.personTitleAt(first-1) && r.titledName(first-1, end, true)) ||
			c == 3 && r.describedPerson(first, end, key) || c != 0 && r.roleApposition(first, end, key) {
			t.votes[0] += 2
			t.titled++
			if t.fine[0] == "" {
				t.fine[0] = "PERSON"
			}
		} else {
			t.votes[c]++
			if m.Type != "EVENT" && r.titledName(first, end, false) {
				// "Rep. Ana Ruiz" with the title inside the mention,
				// which the tagger may type a body or a thing: a person
				// (names() makes it one), two votes as a title before
				// the name gives, for her surname alone only (below).
				t.inner += 2
				if c == 0 {
					t.inner-- // the tagger's person vote is one of them
				}
			}
		}
		if t.fine[c] == "" {
			t.fine[c] = m.Type
		}
		t.speaks = t.speaks || r.speaks(first, end)
		t.cited = t.cited || r.accordingTo(first) || r.speechVerbAfter(first, end)
		t.placed = t.placed || first > 0 && placePreps[r.lower[first-1]]
		t.away = t.away || first == 0 || !inPreps[r.lower[first-1]]
		t.prog = t.prog || r.malwareAfter(end)
		if !t.sure {
			firm, owned := r.firmContext(first, end)
			t.firm = t.firm || firm || (owned && !firstGiven(key))
			t.sure = firm
			if !t.sure && (c == 0 || c == 3) && !firstGiven(key) {
				if byStart == nil {
					byStart, byEnd = r.nameEdges()
				}
				t.sure = r.firmInList(mi, byStart, byEnd)
				t.firm = t.firm || t.sure
			}
		}
		t.mis = append(t.mis, mi)
	}
	// A surname alone is the person whose full name the article gives:
	// the full name's person votes count for it ("Ana Ruiz" a person
	// twice, "Ruiz" a body once: "Ruiz" is hers).
	full := map[string]int{}
	if given, err := givenNames(); err == nil {
		for _, key := range order {
			t := tallies[key]
			name := untitled(key)
			sp := strings.IndexByte(name, ' ')
			if sp <= 0 || t.votes[0]+t.inner < max(t.votes[1], t.votes[2], t.votes[3]) {
				continue // (tested before the name list: a lookup in it is a likely cache miss)
			}
			if _, ok := given[name[:sp]]; ok {
				full[lastWord(name)] += t.votes[0] + t.inner
			}
		}
		for _, key := range order {
			if v := full[key]; v > 0 && !strings.Contains(key, " ") && len(r.lookup(key)) == 0 {
				tallies[key].votes[0] += v
			}
		}
	}
	r.shortBodyVotes(order, func(key string) (*[4]int, bool) { t := tallies[key]; return &t.votes, t.titled > 0 })
	// A name written with and without its spaces ("Time Warner",
	// "TimeWarner") is one name: both forms take the votes of both, so
	// that they come out of one class and sameName can join them.
	for _, key := range order {
		if !strings.Contains(key, " ") {
			continue
		}
		t, u := tallies[key], tallies[strings.ReplaceAll(key, " ", "")]
		if u == nil {
			continue
		}
		for c := range t.votes {
			t.votes[c] += u.votes[c]
			u.votes[c] = t.votes[c]
		}
		t.firm = t.firm || u.firm
		u.firm = t.firm
		t.sure = t.sure || u.sure
		u.sure = t.sure
	}
	// "Vivendi's board" says a firm, and "Vivendi Universal" once is the
	// same firm in full: a one-word firm lends its evidence to the longer
	// names it opens (not to one opening with a given name: a person's).
	for _, key := range order {
		if t := tallies[key]; !t.firm || strings.Contains(key, " ") {
			continue
		}
		for _, long := range order {
			if len(long) > len(key) && long[len(key)] == ' ' && strings.HasPrefix(long, key) && !firstGiven(long) {
				tallies[long].firm = true
			}
		}
	}
	for _, key := range order {
		t := tallies[key]
		win, n, tie := -1, 0, false
		for c, v := range t.votes {
			switch {
			case v > n:
				win, n, tie = c, v, false
			case v == n && v > 0:
				tie = true
			}
		}
		gz := r.lookup(key)
		if win != 2 && !t.away && t.titled == 0 && full[key] == 0 && !t.kind && !t.speaks && !t.cited && !t.firm &&
			gazClass(gz) == 2 && !r.givenOrFirstGiven(key) {
			// "a concert in Leeds", the tagger's body or person: a place
			// the gazetteer knows, named only after "in", "near" or
			// "outside", with nothing that makes it a team, a firm or a
			// person (a title, a kind of firm, a speech verb), is the
			// place ("Leeds beat Hull" keeps its team).
			fine := "GPE"
			if gz[0].Kind == gazetteer.KindPlace {
				fine = "LOC"
			}
			for _, mi := range t.mis {
				r.d.Mentions[mi].Type = fine
			}
			continue
		}
		if t.prog && win != 3 && t.titled == 0 && full[key] == 0 && !t.kind && !t.speaks && !t.cited && !t.sure &&
			len(gz) == 0 && !r.givenOrFirstGiven(key) {
			// "the Cabir worm … Cabir spreads by Bluetooth", typed a
			// firm or a person by the tagger: a program's name (not a
			// person's, "a Beckham virus" in a story of David Beckham).
			for _, mi := range t.mis {
				r.d.Mentions[mi].Type = "MISC"
			}
			continue
		}
		if placeName(gz) && !(win == 0 && !tie && t.titled > 0 && !t.placed && townOnly(gz)) {
			// A town or country names its team, its government and
			// itself: "Leeds beat Hull", "Leeds is wet" are both right.
			// Not a town's name that a title or an honorific puts before
			// a person and nothing puts after "in" or "at" ("President
			// Acme's plans", "the Acme administration"): the person's.
			continue
		}
		if t.kind && gazClass(gz) < 0 {
			win, tie = 1, false // "retailer Carvell" says what Carvell is
		}
		if (win != 0 || tie) && t.speaks && full[key] > 0 && !t.kind && !orgOnly(gz) && !strings.Contains(key, " ") {
			// "Ana Ruiz" once, then "Ruiz" in "the Ruiz campaign", "Ruiz
			// supporters" often enough that the tagger's other class
			// outvotes her, and "Ruiz said": the surname of a person the
			// article names, when it speaks, is hers (so that "she" can
			// find her), on a tie of votes as on a loss.
			win, tie = 0, false
		}
		if alone := tallies[lastWord(key)]; win > 0 && t.speaks && !t.kind && len(t.mis) == 1 &&
			(alone == nil || alone.votes[1]+alone.votes[2]+alone.votes[3] == 0) &&
			r.speakingFullName(key, gz, t.mis[0]) {
			win, tie = 0, false
		}
		if tie {
			win = -1
			if c := gazClass(gz); c >= 0 && t.votes[c] == n {
				win = c
			} else if c < 0 && t.votes[1] == n && orgSuffixes[lastWord(key)] {
				win = 1 // "Kestrel City" once a body, once a person
			} else if c < 0 && t.votes[1] == n && t.votes[0] < n && t.votes[3] == n && (t.speaks || t.cited) && !firstGiven(key) {
				// "the Kestrel Executive" once a body, once a thing, and it
				// speaks: a thing does not.
				win = 1
			}
		}
		if win <= 0 && t.firm && t.titled == 0 && full[key] == 0 && gazClass(gz) != 0 {
			// "Ask Jeeves's shares", "the chief executive of Ask
			// Jeeves": a name the article treats as a firm is one, though
			// the tagger read a person's name in it every time (not a
			// person the article gives a title, a full name or the
			// gazetteer's person).
			win = 1
			if t.fine[1] == "" {
				t.fine[1] = "ORG"
			}
		}
		if win < 0 {
			continue
		}
		if win == 3 && t.sure && t.titled == 0 && !firstGiven(key) && (len(gz) == 0 || orgOnly(gz)) {
			// "the chief executive of Acme", "Acme, the software
			// firm", "Sony, IBM and Acme": the tagger took a firm's
			// name for a product's.
			win, t.fine[1] = 1, "ORG"
		}
		if win == 3 && (t.speaks || t.cited) && len(gz) == 0 && !firstGiven(key) && !demonymLike(key) {
			// "Renault said", "Airbus announced": the tagger took the
			// name for a product or an event, which does not speak; a
			// firm does (a person's name opens with a given name, and "a
			// Zairean said" is a person of a nation the gazetteer lacks).
			win, t.fine[1] = 1, "ORG"
		}
		if win != 1 && orgOnly(gz) {
			win = 1
		}
		if win == 0 && orgSuffixes[lastWord(key)] {
			win = 1
		}
		if win == 0 && miscSuffixes[lastWord(key)] {
			win = 3
		}
		if (win == 0 || win == 1) && t.titled == 0 && lawName(key) && !orgOnly(gz) {
			win = 3 // "the Hunting Bill", "the Human Rights Act": a law, not a body or a person
		}
		fine := t.fine[win]
		if fine == "" {
			fine = [4]string{"PERSON", "ORG", "GPE", "MISC"}[win]
		}
		for _, mi := range t.mis {
			if classIndex(coarse(r.d.Mentions[mi].Type)) != win {
				r.d.Mentions[mi].Type = fine
			}
		}
	}
	return nw
}

// nameRead is what nameWords read of a mention.
type nameRead struct {
	words  []string
	gender byte
	hon    bool
	read   bool // settleTypes read the mention
}

// personTitleAt: token i is an honorific or a title that heads a
// person's name ("Mr", "Sen.", "President").
func (r *resolver) personTitleAt(i int) bool {
	w := strings.TrimSuffix(r.lower[i], ".")
	if IsHonorific(r.words[i]) || personTitles[w] || jobTitles[w] {
		return true
	}
	if c := r.words[i][0]; c < 'A' || c > 'Z' {
		return false // "the president Acme appointed": the title heads no name
	}
	_, ok := r.g.Agent(w)
	return ok
}

// honoredName: the mention on tokens [first, end) is two or three
// capitalised words, a given name first, and the article calls someone of
// its surname "Mr" or "Ms" ("Ana Ruiz" typed a body, with "Ms Ruiz" later).
func (r *resolver) honoredName(first, end int, words []string, hs map[string]byte) bool {
	if len(words) < 2 || len(words) > 3 || end-first != len(words) || hs[words[len(words)-1]] == 0 {
		return false
	}
	given, err := givenNames()
	if err != nil {
		return false
	}
	if _, ok := given[words[0]]; !ok {
		return false
	}
	for i := first; i < end; i++ {
		if !startsUpper(r.words[i]) {
			return false
		}
	}
	return true
}

func classIndex(c string) int {
	switch c {
	case "PER":
		return 0
	case "ORG":
		return 1
	case "LOC":
		return 2
	}
	return 3
}

// gazClass is the class the gazetteer's likeliest reading of a name puts
// it in, or -1.
func gazClass(es []gazetteer.Entry) int {
	if len(es) == 0 {
		return -1
	}
	switch es[0].Kind {
	case gazetteer.KindOrg:
		return 1
	case gazetteer.KindCountry, gazetteer.KindCity, gazetteer.KindPlace, gazetteer.KindRegion:
		return 2
	case gazetteer.KindDemonym:
		return 3
	case gazetteer.KindPerson:
		return 0
	}
	return -1
}

// placeName: the gazetteer knows the name as a country, region, city or
// other place.
func placeName(es []gazetteer.Entry) bool {
	for _, e := range es {
		switch e.Kind {
		case gazetteer.KindCountry, gazetteer.KindCity, gazetteer.KindPlace, gazetteer.KindRegion:
			return true
		}
	}
	return false
}

// orgOnly: every gazetteer reading of the name is an organisation.
func orgOnly(es []gazetteer.Entry) bool {
	for _, e := range es {
		if e.Kind != gazetteer.KindOrg {
			return false
		}
	}
	return len(es) > 0
}

// untitled drops the titles that head a name key ("rep. ana ruiz",
// "judge ana ruiz" → "ana ruiz"): the tally reads names as the tagger
// bounded them, and a title the tagger took in hid the given name after
// it, so that the full name's votes never reached its surname alone.
func untitled(key string) string {
	for {
		sp := strings.IndexByte(key, ' ')
		if sp < 0 || !leadTitle(key[:sp]) {
			return key
		}
		key = key[sp+1:]
	}
}

func lastWord(key string) string {
	return key[strings.LastIndexByte(key, ' ')+1:]
}

// orgSuffixes end the names of firms and bodies and never a person's
// ("Nadir Bros", "Acme Holdings", "Ruritania Airways"); the legal
// suffixes are added at init (namematch.go).
var orgSuffixes = map[string]bool{"bros": true, "brothers": true, "airways": true,
	"airlines": true, "motors": true, "bank": true, "records": true, "pictures": true, "studios": true,
	"university": true, "council": true, "party": true, "association": true, "federation": true,
	"union": true, "fc": true, "institute": true, "foundation": true, "trust": true, "agency": true,
	"ministry": true, "department": true, "commission": true, "committee": true, "society": true,
	"club": true, "industries": true, "systems": true, "technologies": true,
	"networks": true, "entertainment": true, "media": true, "telecom": true, "motor": true,
	// Firms named by their trade, clubs by their kind, offices by their
	// work ("Harbour Foods", "Kestrel City", "Barnford Athletic", "the
	// Antarctic Survey").
	"foods": true, "pharmaceuticals": true, "brands": true, "stores": true, "partners": true,
	"city": true, "united": true, "athletic": true, "rovers": true, "wanderers": true, "albion": true,
	"town": true, "county": true, "rangers": true,
	"survey": true, "authority": true,
	// Carriers, utilities and services ("Calder Rail", "Penmar Energy").
	"rail": true, "railways": true, "railway": true, "buses": true, "ferries": true, "shipping": true,
	"energy": true, "power": true, "water": true, "gas": true, "oil": true, "mining": true, "steel": true,
	"engineering": true, "construction": true, "insurance": true, "capital": true, "securities": true,
	"logistics": true, "airport": true, "hospital": true, "school": true, "college": true,
	// Alliances of firms, laboratories, centres and studios ("Kestrel
	// Software Alliance", "Harbour Labs", "Vivendi Universal").
	"alliance": true, "labs": true, "laboratories": true, "centre": true, "center": true,
	"universal": true, "games": true}

// miscSuffixes end the names of awards, laws, contests and festivals,
// never a person's: "the Harbour Music Awards", "the Kestrel Prize", "the
// Energy Act".
var miscSuffixes = map[string]bool{"awards": true, "award": true, "prize": true, "prizes": true,
	"act": true, "festival": true, "cup": true, "trophy": true, "championship": true,
	"championships": true, "olympics": true}

// lawName: a name of two words or more ending in "Act" or "Bill" and
// opening with no given name ("Road Safety Bill", "Freedom of Information
// Act"; not "Jo Bill"): a law or a bill before parliament, which the
// tagger, reading the capitalised run as a body's name, typed ORG.
// CoNLL's MISC.
func lawName(key string) bool {
	last := lastWord(key)
	return (last == "act" || last == "bill") && strings.IndexByte(key, ' ') > 0 && !firstGiven(key)
}

// shortBodyVotes: a body's first word alone ("Daiwa" after "Daiwa
// Securities", "Harbour" after "Harbour Bank"), or a firm's name without
// its legal suffix ("Kestrel Home Builders" after "Kestrel Home Builders
// Inc"), is the body when the rest
// of the body's name only says what kind of body it is (shortBody: a body
// however the tagger typed it) and no honorific or title makes the word a
// person's ("Mr Harbour"). The tagger often reads the lone word as
// a person's name, which kept it apart from the body (the joining wants
// one class). Not for a word the gazetteer knows, nor for two such
// bodies.
func (r *resolver) shortBodyVotes(order []string, votes func(string) (*[4]int, bool)) {
	short := map[string]int{}
	for _, key := range order {
		if text.FieldsJoined(key) == key && !strings.Contains(key, " ") {
			continue // one word (the common case), not split into a new slice
		}
		words := strings.Fields(key)
		if len(words) >= 2 && shortBody(words[:1], words) {
			short[words[0]]++
		}
		// A name of several words before a legal suffix ("Redmoor
		// Home Builders" of "Redmoor Home Builders Inc").
		if n := len(words); n >= 3 && legalSuffixes[strings.TrimSuffix(words[n-1], ".")] {
			short[strings.Join(words[:n-1], " ")]++
		}
	}
	for _, key := range order {
		if short[key] != 1 || len(r.lookup(key)) > 0 {
			continue
		}
		if v, titled := votes(key); !titled {
			v[1] = max(v[0], v[2], v[3]) + 1
		}
	}
}

// bandTitles are the titles of a band's members, written after the band's
// name ("Oasis guitarist Noel Gallagher").
var bandTitles = map[string]bool{"frontman": true, "frontwoman": true, "singer": true, "guitarist": true,
	"drummer": true, "bassist": true, "vocalist": true, "keyboardist": true}

// placeOrPeople reports whether the gazetteer reads a name as a place or
// a people ("Ukrainian singer Ruslana" names no band).
func (r *resolver) placeOrPeople(key string) bool {
	es := r.lookup(key)
	return placeName(es) || slices.ContainsFunc(es, func(e gazetteer.Entry) bool { return e.Kind == gazetteer.KindDemonym })
}

// describingCompound reports whether a name ends in a hyphened adjective
// ("Birmingham-born", "Grammy-winning"): a description of the person
// after it, not a name of its own.
func describingCompound(key string) bool {
	i := strings.LastIndexByte(key, '-')
	return i >= 0 && i+1 < len(key) && isLowerWord(key[i+1:])
}

// bandBefore reports whether the name ending at token end is followed by
// a band member's title and a capitalised name.
func (r *resolver) bandBefore(end int) bool {
	return end+1 < len(r.lower) && bandTitles[r.lower[end]] && r.sentOf[end+1] == r.sentOf[end] && !isLowerWord(r.words[end+1])
}

// employerTitles are the titles of people a firm has and a person has
// not, written after the firm's name ("Renault boss", "Acme shareholders").
var employerTitles = map[string]bool{"boss": true, "bosses": true, "chairman": true, "chairwoman": true,
	"shareholders": true}

// employerBefore reports whether the name ending at token end is followed
// by a firm's title, or by "chief executive", in its sentence.
func (r *resolver) employerBefore(end int) bool {
	if end >= len(r.lower) || r.sentOf[end] < 0 {
		return false
	}
	return employerTitles[r.lower[end]] || r.lower[end] == "chief" && end+1 < len(r.lower) && r.lower[end+1] == "executive"
}

// speechLemmas are the verbs whose subject speaks.
var speechLemmas = map[string]bool{"say": true, "tell": true, "announce": true, "add": true, "warn": true,
	"confirm": true, "insist": true}

// speaks reports whether the name on tokens [first, end), one name and no
// plural ("Democrats said" is a party's people), is the subject of a
// speech verb.
func (r *resolver) speaks(first, end int) bool {
	if !r.parsed || r.d.Tokens[end-1].XPOS == "NNPS" || r.d.Tokens[end-1].XPOS == "NNS" {
		return false
	}
	for i := first; i < end; i++ {
		t := r.d.Tokens[i]
		if t.Rel == "nsubj" && (t.Head < first || t.Head >= end) && t.Head >= 0 && speechLemmas[r.d.Tokens[t.Head].Lemma] {
			return true
		}
	}
	return false
}

// describedPerson: the name on tokens [first, end) is two or three
// capitalised words opening with a given name, right after a lower-case
// noun whose usual sense is a person ("the party's leader Ana Ruiz",
// "singer Jo Penn"): a person, though the tagger typed the name a thing.
// Not a name ending like an award's or a body's ("rival Golden Globe
// Awards").
func (r *resolver) describedPerson(first, end int, key string) bool {
	if first < 1 || end-first < 2 || end-first > 3 || r.sentOf[first-1] != r.sentOf[first] || !firstGiven(key) {
		return false
	}
	if last := lastWord(key); miscSuffixes[last] || orgSuffixes[last] || strings.HasSuffix(last, "s") || describingCompound(key) {
		return false
	}
	if r.parsed && r.d.Tokens[first-1].UPOS != "NOUN" {
		return false // "a major Hong Kong-listed firm": an adjective
	}
	for i := first; i < end; i++ {
		if !startsUpper(r.words[i]) {
			return false
		}
	}
	w := r.words[first-1]
	return isLowerWord(w) && syntax.NounSense(w) == syntax.NounPerson
}

// roleApposition: the name on tokens [first, end), one to three
// capitalised words or initials, is followed by a comma and a person's
// post ("JF Sullivan, spokesman for Sendmail, said", "TR Hale, head of
// research at the bank,"): a person, whatever the tagger or the gazetteer
// read ("Sullivan" is a county). The post is an office (swallowTitles)
// or a profession (appositionPosts), after at most a determiner and three
// modifiers, and then "of", "for", "at", "with" or the apposition's end.
// Not any noun of people: "Delta, parent of Comair", "IBM, a pioneer of
// the PC", "Qwest, a phone service provider" are firms. A name the
// gazetteer knows only as a body stays one.
func (r *resolver) roleApposition(first, end int, key string) bool {
	if end-first > 3 || end+2 >= len(r.words) || r.words[end] != "," || r.sentOf[end+1] != r.sentOf[first] {
		return false
	}
	if orgOnly(r.lookup(key)) {
		return false
	}
	if last := lastWord(key); miscSuffixes[last] || orgSuffixes[last] {
		return false
	}
	for i := first; i < end; i++ {
		if !startsUpper(r.words[i]) {
			return false
		}
	}
	i := end + 1
	if leadWords[r.lower[i]] || isPossessive(r.lower[i]) {
		i++
	}
	for h := i; h < i+4 && h+1 < len(r.words) && r.sentOf[h] == r.sentOf[first]; h++ {
		w := r.words[h]
		if !isLowerWord(w) {
			return false
		}
		if r.parsed && r.d.Tokens[h].UPOS != "NOUN" && r.d.Tokens[h].UPOS != "ADJ" {
			return false
		}
		if !swallowTitles[r.lower[h]] && !appositionPosts[r.lower[h]] {
			continue
		}
		switch r.lower[h+1] {
		case "of", "for", "at", "with", ",", ".":
			return true
		}
	}
	return false
}

// appositionPosts are professions that, after a name and a comma, say the
// name is a person's ("Ann Vey, a lawyer for the family,").
var appositionPosts = map[string]bool{"analyst": true, "economist": true, "lawyer": true, "lobbyist": true,
	"founder": true, "co-founder": true, "researcher": true, "scientist": true, "consultant": true,
	"strategist": true, "campaigner": true, "lecturer": true, "solicitor": true, "barrister": true}

// placePreps put a place after them ("in Leeds", "near Hull").
var placePreps = map[string]bool{"in": true, "at": true, "near": true, "from": true, "to": true, "outside": true}

// malwareAfter reports whether the name ending before token end is a
// modifier of "virus", "worm" or "trojan" ("the Cabir worm").
func (r *resolver) malwareAfter(end int) bool {
	if !r.parsed || end >= len(r.words) || r.sentOf[end] != r.sentOf[end-1] || r.d.Tokens[end-1].Head != end {
		return false
	}
	switch singular(r.lower[end]) {
	case "virus", "worm", "trojan":
		return true
	}
	return false
}

// inPreps put a place after them and seldom a team or a firm ("in
// Leeds", "near Hull"; "at Leeds", "to Leeds", "from Leeds" are often a
// club's).
var inPreps = map[string]bool{"in": true, "near": true, "outside": true}

// givenOrFirstGiven: the name is one given name ("Owen", also a town) or
// opens with one (firstGiven): it may be a person's.
func (r *resolver) givenOrFirstGiven(key string) bool {
	if strings.Contains(key, " ") {
		return firstGiven(key)
	}
	given, err := givenNames()
	if err != nil {
		return true
	}
	_, ok := given[key]
	return ok
}

// townOnly: the gazetteer reads the name as towns or places only, no
// country or region (a country's name is never a person's).
func townOnly(es []gazetteer.Entry) bool {
	for _, e := range es {
		if e.Kind == gazetteer.KindCountry || e.Kind == gazetteer.KindRegion {
			return false
		}
	}
	return true
}

// accordingTo reports whether the name starting at token first is cited
// by "according to", with at most an article and three lower-case nouns
// between ("according to the Acme Times", "according to Acme", "according
// to analysts Acme", "according to research firm Acme"): a source, which
// a product or an event is not.
func (r *resolver) accordingTo(first int) bool {
	i := first - 1
	for n := 0; n < 3 && i >= 0 && isLowerWord(r.words[i]) && r.lower[i] != "to" && r.lower[i] != "the" &&
		(!r.parsed || r.d.Tokens[i].UPOS == "NOUN"); n++ {
		i--
	}
	if i >= 0 && r.lower[i] == "the" {
		i--
	}
	return i >= 1 && r.lower[i] == "to" && r.lower[i-1] == "according" && r.sentOf[i-1] == r.sentOf[first]
}

// speechVerbAfter reports whether the word right after the name on
// tokens [first, end), which opens its clause, is a speech verb in the past or present ("Acme
// announced", "Acme says"), whatever the parse hung it on (a name in a
// list may be read as a verb's conjunct).
func (r *resolver) speechVerbAfter(first, end int) bool {
	if !r.parsed || end >= len(r.d.Tokens) || r.sentOf[end] != r.sentOf[end-1] {
		return false
	}
	if x := r.d.Tokens[end-1].XPOS; x == "NNPS" || x == "NNS" {
		return false // "Velmorans said": a people, or a party's people
	}
	if first > 0 && r.sentOf[first-1] == r.sentOf[first] {
		switch r.d.Tokens[first-1].UPOS {
		case "ADP", "VERB", "AUX", "NOUN", "PROPN":
			return false // "a spokesman for Acme said", "turn to Acme said Jo Penn"
		}
	}
	t := r.d.Tokens[end]
	return (t.XPOS == "VBD" || t.XPOS == "VBZ") && speechLemmas[t.Lemma]
}

// bodyBefore are kinds of bodies written before a body's name that
// companyKinds lacks ("think-tank Acme", "bookmakers Acme", "regulator
// Acme"): they say what the name is, as "retailer Acme" does.
var bodyBefore = map[string]bool{"think-tank": true, "thinktank": true, "consultancy": true,
	"bookmaker": true, "bookmakers": true, "regulator": true, "watchdog": true}

// firstGiven reports whether a name of two words or more opens with a
// given name, alone or as the first of a double one in the name list
// ("Nicola Sturgeon": the list has "nicola jane", not "nicola"). One word
// is left out: the list holds "renault" and "tory" too.
func firstGiven(key string) bool {
	// The first two words, not a slice of them all: asked of most names.
	var first string
	n := 0
	for w := range strings.FieldsSeq(key) {
		if n == 0 {
			first = w
		}
		if n++; n == 2 {
			break
		}
	}
	if n < 2 {
		return false
	}
	givenFirstOnce.Do(func() {
		given, err := givenNames()
		if err != nil {
			return
		}
		givenFirst = make(map[string]bool, len(given))
		for name := range given {
			first, _, _ := strings.Cut(name, " ")
			givenFirst[first] = true
		}
	})
	return givenFirst[first]
}

var (
	givenFirstOnce sync.Once
	givenFirst     map[string]bool
)

// demonymLike: one word with the ending of a nationality ("Zairean",
// "Togolese", "Cornish").
func demonymLike(key string) bool {
	if strings.Contains(key, " ") {
		return false
	}
	for _, suf := range []string{"an", "ese", "ish"} {
		if strings.HasSuffix(key, suf) {
			return true
		}
	}
	return false
}
