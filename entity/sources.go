package entity

import (
	"slices"
	"strings"

	"dateline/gazetteer"
	"dateline/syntax"
	"dateline/text"
)

// sourceNouns are heads of noun phrases that name people or bodies who
// speak in news but that the gazetteer's CAMEO agent words lack. The value
// says whether the word names a body (ORG) rather than people.
var sourceNouns = map[string]bool{
	"official": false, "spokesman": false, "spokeswoman": false, "spokesperson": false,
	"aide": false, "source": false, "adviser": false, "advisor": false, "critic": false,
	"supporter": false, "opponent": false, "member": false, "voter": false, "expert": false,
	"analyst": false, "lawmaker": false, "legislator": false, "representative": false,
	"observer": false, "insider": false, "staffer": false, "strategist": false, "economist": false,
	"researcher": false, "scientist": false, "witness": false, "resident": false, "worker": false,
	"executive": false, "investigator": false, "prosecutor": false, "lawyer": false, "attorney": false,
	"organizer": false, "organiser": false, "activist": false, "protester": false, "negotiator": false,
	"diplomat": false, "operative": false, "consultant": false, "pollster": false, "donor": false,
	"person": false, "people": false, "narrator": false, "announcer": false, "author": false,
	"reporter": false, "candidate": false, "nominee": false, "speechwriter": false, "contender": false, "republican": false, "democrat": false, "conservative": false,
	"liberal": false, "progressive": false, "ally": false, "colleague": false, "friend": false,
	"family": false, "relative": false, "neighbour": false, "neighbor": false, "parent": false,
	"classmate": false, "teammate": false, "interviewee": false, "eyewitness": false,
	"commissioner": false, "princess": false,
	"monarch": false, "emperor": false,
	"campaign": true, "administration": true, "government": true, "ministry": true, "party": true,
	"committee": true, "commission": true, "agency": true, "department": true, "office": true,
	"company": true, "firm": true, "group": true, "organization": true, "organisation": true,
	"union": true, "coalition": true, "council": true, "court": true, "police": true,
	"club": true, "charity": true,
}

// plainPeople are heads that say a source is a person and nothing more:
// no role to give the name beside them ("a woman, Ana Ruiz,").
var plainPeople = map[string]bool{"woman": true, "man": true, "person": true, "people": true, "girl": true,
	"boy": true, "resident": true, "citizen": true, "friend": true}

// partisans are source nouns written with a capital.
var partisans = map[string]bool{"republican": true, "democrat": true}

// notSources are agent words that head phrases that rarely speak as a
// source even as subjects ("the people" is kept out; "source" is kept in).
var notSources = map[string]bool{"state": true, "house": true, "public": true, "press": true}

// noOne are determiners that make a phrase name nobody.
var noOne = map[string]bool{"no": true, "neither": true, "every": true, "each": true, "any": true}

// leadWords are dropped from the front of a source's name.
var leadWords = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true,
	"these": true, "those": true, "some": true, "several": true, "many": true, "other": true,
	"one": true, "two": true, "three": true, "few": true, "most": true, "all": true, "both": true,
	"another": true, "any": true, "such": true}

// sources gives an entity to every noun phrase that is the subject of a
// verb, or the object of "according to", and is headed by a person, group
// or body noun ("White House officials said", "a campaign spokesman
// told"): without one the quote stage has no speaker to point at. A
// phrase in apposition to a name joins that name's entity; the same phrase
// said twice is one entity. It needs the parse.
func (r *resolver) sources() {
	if !r.parsed {
		return
	}
	byKey := map[string]int{}
	for h := range r.d.Tokens {
		if !r.sourceSlot(h, &r.d.Tokens[h]) || r.covered(h) || r.opensTitle(h) {
			continue
		}
		e, sp, ok := r.sourceEnt(h, false)
		if !ok {
			continue
		}
		if ei := r.appositive(h, e.typ); ei >= 0 {
			r.bodyByApposition(e, r.ents[ei])
			// "the charity's chairwoman, Linda Shaw,": the phrase is
			// hers, and so is its role.
			// (Only to a person who has no role yet: a second wording
			// of one ("Spokeswoman" after "Spokesman") is no news.)
			r.addMention(sp, text.MentionNominal, r.ents[ei].typ, ei)
			// A title joined by "and" to the one before the name is a
			// second job ("chairman and chief executive").
			if x := r.ents[ei]; x.typ == "PERSON" && (len(x.roles) == 0 || r.andTitle(h)) {
				for _, role := range e.roles {
					if !plainPeople[strings.ToLower(role)] {
						r.addRole(x, agentWord{role, e.agent})
					}
				}
			}
			continue
		}
		if ei := r.namedBodyIn(e, h); ei >= 0 {
			r.addMention(sp, text.MentionNominal, r.ents[ei].typ, ei)
			r.ents[ei].kinds = append(r.ents[ei].kinds, strings.ToLower(r.words[h]))
			continue
		}
		if ei := r.definiteBody(e, sp); ei >= 0 {
			r.addMention(sp, text.MentionNominal, r.ents[ei].typ, ei)
			continue
		}
		if ei := r.recentBody(e, sp, h); ei >= 0 {
			r.addMention(sp, text.MentionNominal, r.ents[ei].typ, ei)
			continue
		}
		if ei := r.definitePerson(e, sp, h); ei >= 0 {
			r.addMention(sp, text.MentionNominal, r.ents[ei].typ, ei)
			continue
		}
		if !isLowerWord(r.words[h]) && !r.opensSentence(h) && r.unnamedOffice(h) && r.personBefore(r.d.Tokens[h].Start) {
			// A capitalised office after a person is named is most often
			// that person by another title ("the Salford MP", "the
			// outgoing European Commissioner"): joined above when the
			// title fits, else better left to the pronouns than made a
			// stranger who takes them.
			continue
		}
		key := strings.ToLower(e.name)
		ei, seen := byKey[key]
		if !seen {
			r.ents = append(r.ents, e)
			ei = len(r.ents) - 1
			byKey[key] = ei
		}
		r.addMention(sp, text.MentionNominal, r.ents[ei].typ, ei)
	}
}

// sourceEnt builds the entity of the noun phrase headed by token h, with
// the span of its mention. Unless anyNoun, the head must be a person,
// group or body noun.
func (r *resolver) sourceEnt(h int, anyNoun bool) (*ent, text.Span, bool) {
	si := r.sentOf[h]
	if si < 0 || !isLowerWord(r.words[h]) && !r.opensSentence(h) && !partisans[singular(r.folded(h))] && !pluralAcronym(r.words[h]) && !anyNoun && !r.unnamedOffice(h) {
		return nil, text.Span{}, false
	}
	a, org, listed := r.sourceHead(h)
	if !listed && !anyNoun {
		return nil, text.Span{}, false
	}
	first := r.phraseStart(h, r.d.Sentences[si].FirstToken)
	if noOne[strings.ToLower(r.words[first])] && !anyNoun {
		return nil, text.Span{}, false // "If no candidate wins": nobody in particular
	}
	nameFirst := first
	for nameFirst < h && leadWords[strings.ToLower(r.words[nameFirst])] {
		nameFirst++
	}
	last := h
	if office, end, ok := r.officeOf(si, h); ok {
		a, last = office, end-1 // "the Secretary of State", not "the Secretary"
	}
	sp := text.Span{Start: r.d.Tokens[first].Start, End: r.d.Tokens[last].End}
	name := r.d.Text[r.d.Tokens[nameFirst].Start:r.d.Tokens[last].End]
	plural := r.isPlural(h)
	typ := "PERSON"
	switch {
	case org:
		typ = "ORG"
	case !listed && h > first && startsUpper(r.words[h]) && !r.opensSentence(h) && firmKind(r.folded(h-1)):
		typ = "ORG" // "security firm F-Secure said", the name read as a common noun
	case !listed && bodyLetters(r.words[h]) && !personLetters[r.lower[h]] && !r.thingAcronym(h):
		typ = "ORG" // "GM said", "BT has set up": letters that speak are a body's
	case !listed && (r.d.Tokens[h].UPOS != "PROPN" || r.thingAcronym(h)):
		// (An acronym of a thing made, used as a common noun, is one
		// whatever the tagger read: "The DVD also includes …" is no
		// person.)
		switch personHead(r.folded(h), r.d.Tokens[h].Lemma) {
		case 'o':
			typ = "ORG" // "the computer giant said": a firm
		case 'p':
			typ = "PERSON" // "the singer said", "the mother-of-two told"
			if plural {
				typ = "GROUP" // "fans said"
			}
		default:
			typ = "MISC" // "the report says", "polls show": documents, not people
		}
	case plural:
		typ = "GROUP"
	}
	e := &ent{typ: typ, name: name, plural: plural, group: plural, nameLen: last + 1 - nameFirst}
	if w := r.folded(h); typ == "PERSON" {
		switch {
		case strings.HasSuffix(w, "woman"):
			e.gender = 'f'
		case strings.HasSuffix(w, "man"):
			e.gender = 'm'
		}
	}
	for i := nameFirst; i <= last; i++ {
		e.words = append(e.words, r.words[i])
	}
	if a.role != "" && !plural && !org {
		e.roles = []string{r.wholeTitle(a, r.titleStart(si, h, nameFirst, -1), h).role} // "the finance director"
	}
	e.agent = a.code
	if code, country, ok := r.sourceNation(si, nameFirst, h); ok {
		e.country, e.titleCode, e.code = country, code, code
		if isNationCode(code) {
			e.code = code + a.code
		}
	}
	return e, sp, true
}

// AddSource gives an entity to the noun phrase headed by token h, for the
// quote stage when a cue's subject has none ("the report says", "the
// announcer said"): the subject of a speech verb is a source whatever its
// head noun. It returns the entity's index in d.Entities (an existing
// entity when a mention already covers h or one has the same name and
// type), or -1 when h is neither a noun nor a quantity ("most of whom",
// "someone": see addQuantity). A new entity goes at the end of
// d.Entities, so indices already handed out stay valid.
func AddSource(d *text.Document, h int) int {
	if h < 0 || h >= len(d.Tokens) {
		return -1
	}
	t := d.Tokens[h]
	noun := t.UPOS == "NOUN" || t.UPOS == "PROPN" || nounAfterArticle(d, h) || PluralReadAsVerb(d, h)
	if !noun && !isQuantity(t.UPOS, d.Text[t.Start:t.End]) {
		return -1
	}
	if e := mentionEntity(d, t.Span); e >= 0 {
		return e
	}
	// "Mr Reed", parsed the UD way with "Mr" the head and the name its
	// flat dependent, while the name's mention leaves the honorific out:
	// the subject is the name's entity, not a person called "Mr".
	if h+1 < len(d.Tokens) && d.Tokens[h+1].Head == h && IsHonorific(d.Text[t.Start:t.End]) {
		if e := mentionEntity(d, d.Tokens[h+1].Span); e >= 0 {
			return e
		}
	}
	if !noun {
		return addQuantity(d, h)
	}
	g, err := gazetteer.Load()
	if err != nil {
		return -1
	}
	r := newResolver(d, g)
	defer putWordCache(r.cache)
	e, sp, ok := r.sourceEnt(h, true)
	if !ok {
		return -1
	}
	r.settle(e)
	m := text.Mention{Span: sp, Kind: text.MentionNominal, Type: e.typ, Entity: -1}
	for i, x := range d.Entities {
		if x.Type == e.typ && strings.EqualFold(x.Name, e.name) {
			addMentionOf(d, m, i)
			linkRelatives(d, h, i)
			return i
		}
	}
	ei := addMentionOf(d, m, newEntity(d, text.Entity{Name: e.name, Type: e.typ, Country: e.country, Roles: e.roles, Actor: e.code}))
	linkRelatives(d, h, ei)
	return ei
}

// bodyLetters: two to five capitals, digits allowed after the first
// ("GM", "IBM", "ITV", "3M"): an acronym, which as a source names a body.
func bodyLetters(w string) bool {
	if len(w) < 2 || len(w) > 5 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if (w[i] < 'A' || w[i] > 'Z') && (w[i] < '0' || w[i] > '9') {
			return false
		}
	}
	return true
}

// mentionEntity: the entity of a mention covering span sp, or -1.
func mentionEntity(d *text.Document, sp text.Span) int {
	for _, m := range d.Mentions {
		if m.Start <= sp.Start && sp.End <= m.End && m.Entity >= 0 && m.Entity < len(d.Entities) {
			return m.Entity
		}
	}
	return -1
}

// opensSentence: token h starts its sentence or a quotation, where a
// common noun is capitalised ("Officials said").
func (r *resolver) opensSentence(h int) bool {
	si := r.sentOf[h]
	return si >= 0 && h == r.d.Sentences[si].FirstToken || h > 0 && r.isQuoteMark(h-1)
}

// sourceSlot: token h is a verb's subject or the object of "according to".
func (r *resolver) sourceSlot(h int, t *text.Token) bool {
	switch t.Rel {
	case "nsubj", "nsubj:pass":
		p := t.Head
		return p >= 0 && p < len(r.d.Tokens) && (r.d.Tokens[p].UPOS == "VERB" || r.d.Tokens[p].UPOS == "AUX" || r.d.Tokens[p].UPOS == "") &&
			!r.existential(p)
	case "obl":
		// "according to X": "according" (or "to" after it) is a case
		// child of X.
		for i := max(h-6, 1); i < h; i++ {
			if r.d.Tokens[i].Head != h {
				continue
			}
			w := strings.ToLower(r.words[i])
			if w == "according" || w == "to" && strings.EqualFold(r.words[i-1], "according") {
				return true
			}
		}
	}
	return false
}

// existential reports whether verb p opens with "there" ("there was a
// general hostility", "there were officials at the scene"): what follows
// is said to exist, not to act or speak.
func (r *resolver) existential(p int) bool {
	for i := max(p-3, 0); i < p; i++ {
		if r.d.Tokens[i].Head == p && r.d.Tokens[i].Rel == "expl" {
			return true
		}
	}
	return false
}

// covered: token h already lies in a name or nominal mention.
func (r *resolver) covered(h int) bool {
	if r.named[h] >= 0 {
		return true
	}
	r.markCovered()
	return r.cover[h]
}

// unnamedOffice reports whether token h heads a capitalised description
// of an office's holder that is no name: "the" and an office one person
// holds ("The Chancellor is expected to", "the French Foreign Minister
// arrived", "The US Secretary of State met"), which British and wire
// copy capitalise, and which a later "he said" means. A mention the
// tagger made of it and mendSpans read as none counts as no name.
func (r *resolver) unnamedOffice(h int) bool {
	if !swallowTitles[r.folded(h)] || r.named[h] >= 0 || r.isPlural(h) {
		return false // r.named holds every name mention's words
	}
	first := r.phraseStart(h, r.d.Sentences[r.sentOf[h]].FirstToken)
	return strings.EqualFold(r.words[first], "the")
}

// personBefore reports whether a person is mentioned before offset at.
func (r *resolver) personBefore(at int) bool {
	for _, e := range r.ents {
		if e.typ == "PERSON" && r.mentionedBefore(e, at) {
			return true
		}
	}
	return false
}

// markCovered marks the tokens of the mentions added since its last call.
// Mentions are only appended while a document is resolved, so each is
// marked once; looking through all of them for every token made a long
// document's sources quadratic (a 400 KB text took seconds).
func (r *resolver) markCovered() {
	toks := r.d.Tokens
	if r.cover == nil {
		r.cover = make([]bool, len(toks))
	}
	for ; r.coverN < len(r.d.Mentions); r.coverN++ {
		m := r.d.Mentions[r.coverN]
		if m.Kind == text.MentionPronoun || slices.Contains(r.unnamed, r.coverN) {
			continue // a name read as none may head a source of its own
		}
		i, _ := slices.BinarySearch(r.starts, m.Start)
		for ; i < len(toks) && r.ends[i] <= m.End; i++ {
			r.cover[i] = true
		}
	}
}

// readSourceHead is sourceHead of the folded word w: what it says depends
// on the word alone, so it is kept (wordCache).
func (r *resolver) readSourceHead(w string) (agentWord, bool, bool) {
	sing := singular(w)
	if notSources[sing] {
		return agentWord{}, false, false
	}
	org, listed := sourceNouns[sing]
	if !listed {
		org, listed = sourceNouns[w]
	}
	if _, ok := groupHeads[w]; ok {
		listed = true
	}
	if institutions[sing] || institutions[w] || firmKind(w) {
		org, listed = true, true
	} else if firmKind(sing) {
		listed = true // "US retailers reported …": a group of firms
	}
	for _, k := range []string{w, sing} {
		if e, ok := r.g.Agent(k); ok {
			if !listed && w == sing && !e.Flags.Has(gazetteer.FlagPlural) && !peopleAgents[e.Code] && notPerson(sing) {
				// "The airline said": a singular agent word whose usual
				// sense is a body or a thing names a body, not a person
				// (not "the population", a body of people; a plural
				// stays a group).
				org = true
			}
			return agentWord{titleCase(sing), e.Code}, org, true
		}
		if a, ok := extraAgents[k]; ok {
			return a, org, true
		}
	}
	if c, ok := groupHeads[w]; ok {
		return agentWord{"", c}, org, true
	}
	if listed && !org {
		return agentWord{titleCase(sing), ""}, org, true // "aide": a role with no CAMEO agent
	}
	return agentWord{}, org, listed
}

// peopleAgents are the agent codes of people at large (civilians,
// "the population", "the settlement").
var peopleAgents = map[string]bool{"CVL": true, "PPL": true}

// appositive returns the entity of a name set beside the head by
// apposition or a flat join ("a spokesman, Tom Hale,"), or -1.
func (r *resolver) appositive(h int, typ string) int {
	// A dependent lies in its head's sentence: scanning the whole
	// document for each head made long documents quadratic.
	end := len(r.d.Tokens)
	if si := r.sentOf[h]; si >= 0 {
		end = r.d.Sentences[si].EndToken
	}
	for i := h + 1; i < end; i++ {
		t := r.d.Tokens[i]
		if t.Head != h || (t.Rel != "appos" && t.Rel != "flat" && t.Rel != "compound") {
			continue
		}
		if m := r.named[i]; m >= 0 {
			if e, ok := r.entOf(m); ok {
				return e
			}
		}
	}
	// A name right after the head is the head's too, however the parse
	// hangs it: "party spokesman Tom Hale said", parsed as two subjects,
	// is one person. The types must agree ("the firm Acme").
	if h+1 < end {
		if m := r.named[h+1]; m >= 0 {
			if e, ok := r.entOf(m); ok && r.ents[e].typ == typ {
				return e
			}
		}
	}
	if typ == "PERSON" {
		return r.titledBeside(h, end)
	}
	return -1
}

// titledBeside returns the person named beside a role head in the two
// shapes the parse leaves apart: a second title joined by "and" before
// the name ("Conservative Party leader and Prime Minister Boris Johnson
// said", the name on the conjunct; "Acme president and chief executive
// Ana Ruiz said", a lower-case title that ends in a role word), and the name after a comma that opens
// an apposition the writer did not close ("The party's leader, Jeremy
// Corbyn announced", two subjects of one verb). -1 when neither.
func (r *resolver) titledBeside(h, end int) int {
	person := func(i int) int {
		if i < 0 || i >= end {
			return -1
		}
		if m := r.named[i]; m >= 0 {
			if e, ok := r.entOf(m); ok && r.ents[e].typ == "PERSON" {
				return e
			}
		}
		return -1
	}
	if h+2 < end && r.words[h+1] == "," && r.d.Tokens[h+2].Head == r.d.Tokens[h].Head &&
		strings.HasPrefix(r.d.Tokens[h+2].Rel, "nsubj") {
		if e := person(h + 2); e >= 0 {
			return e
		}
	}
	if h+2 < end && strings.EqualFold(r.words[h+1], "and") {
		lower := false // a title in lower case between: "chairman and chief executive X"
		for i := h + 2; i < end && i < h+6; i++ {
			if e := person(i); e >= 0 {
				if lower {
					if _, _, ok := r.agentAt(r.sentOf[i], i); !ok {
						return -1
					}
				}
				return e
			}
			switch {
			case isLowerWord(r.words[i]) && r.titleWord(i, false):
				lower = true
			case !startsUpper(r.words[i]) || !r.inPhrase(i, r.conjOf(h)):
				return -1
			}
		}
	}
	return -1
}

// andTitle: the role head h is followed by "and" and a second title.
func (r *resolver) andTitle(h int) bool {
	return h+2 < len(r.words) && strings.EqualFold(r.words[h+1], "and") && r.titleWord(h+2, startsUpper(r.words[h+2]))
}

// conjOf returns the first conjunct of token h, or -1.
func (r *resolver) conjOf(h int) int {
	for i := h + 1; i < len(r.d.Tokens) && i < h+8; i++ {
		if r.d.Tokens[i].Head == h && r.d.Tokens[i].Rel == "conj" {
			return i
		}
	}
	return -1
}

// sourceNation finds a nation, organisation or metonym among the words
// before the head ("US officials", "White House aides", "Kremlin
// sources") and returns its code and country.
func (r *resolver) sourceNation(si, first, h int) (string, string, bool) {
	for end := h; end > first; end-- {
		for _, m := range r.matchEndingAt(si, end) {
			if m.Start < first {
				continue
			}
			switch m.Kind {
			case gazetteer.KindDemonym, gazetteer.KindCountry, gazetteer.KindOrg, gazetteer.KindMetonym:
				return m.Code, m.Country, true
			}
		}
	}
	return "", "", false
}

// nounAfterArticle reports whether token h, tagged a plain adjective,
// stands between an article and a verb: the quote stage's subject "the
// editorial" of "the editorial argued". (Not a superlative, "the best
// showing", nor one before a phrase, "the largest of the members".)
func nounAfterArticle(d *text.Document, h int) bool {
	if h < 1 || h+1 >= len(d.Tokens) || d.Tokens[h].UPOS != "ADJ" || d.Tokens[h].XPOS != "JJ" {
		return false
	}
	switch strings.ToLower(d.Text[d.Tokens[h-1].Start:d.Tokens[h-1].End]) {
	case "the", "a", "an":
	default:
		return false
	}
	switch d.Tokens[h+1].UPOS {
	case "VERB", "AUX":
		return true
	}
	return false
}

// PluralReadAsVerb reports whether token h, tagged a verb in the third
// person ("aides", "Delegates" read as VBZ), stands right before a verb
// in the past tense: two finite verbs do not follow each other, so h is
// a plural noun, the subject of the next word ("Delegates questioned
// how …", "Lee aides acknowledged …"). The tagger makes this mistake at
// the start of a sentence and after a name.
func PluralReadAsVerb(d *text.Document, h int) bool {
	if h < 0 || h+1 >= len(d.Tokens) || d.Tokens[h].UPOS != "VERB" || d.Tokens[h].XPOS != "VBZ" {
		return false
	}
	w := d.Text[d.Tokens[h].Start:d.Tokens[h].End]
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	n := d.Tokens[h+1]
	return n.UPOS == "VERB" && n.XPOS == "VBD"
}

// personHead reads a source's head noun w (lemma lemma) that no list of
// people, groups or bodies holds: 'p' when its usual WordNet sense is a
// person ("singer", "presenter", "teenager", "fans") or it is a parent's
// epithet ("mother-of-nine", "father-of-two"), 'o' when that person is
// in news a firm ("the computer giant", "the car maker"), else 0 (a
// document, an event, a thing: "the report", "the survey").
func personHead(w, lemma string) byte {
	if kin, _, ok := strings.Cut(w, "-of-"); ok {
		if syntax.NounSense(kin) == syntax.NounPerson && strings.Count(w, "-") == 2 {
			return 'p'
		}
		return 0
	}
	if strings.Contains(w, "-to-") || strings.Contains(w, "-and-") {
		return 0 // "peer-to-peer": a kind of network, not a peer
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 && i+1 < len(w) {
		w = w[i+1:] // "chart-topper": its last part
		lemma = w
	}
	if firmPeople[singular(w)] {
		return 'o'
	}
	if people[singular(w)] {
		return 'p'
	}
	if lemma == "" {
		lemma = w
	}
	if syntax.NounSense(lemma) == syntax.NounPerson || syntax.NounSense(w) == syntax.NounPerson {
		return 'p'
	}
	return 0
}

// people are nouns for people whose usual WordNet sense is another
// thing ("fan" a machine, "star" a sun, "agent" a cause) or that WordNet
// lacks ("gamer"): "the pop star said", "fans say", "his agent told".
var people = map[string]bool{"fan": true, "star": true, "superstar": true, "agent": true, "gamer": true,
	"individual": true}

// firmPeople are nouns for people that news uses for firms: "the
// Japanese car maker", "the media giant", "the brewer".
var firmPeople = map[string]bool{"giant": true, "maker": true, "brewer": true, "publisher": true,
	"operator": true, "broker": true, "carrier": true, "provider": true, "bookmaker": true,
	"developer": true, "producer": true, "owner": true, "seller": true, "buyer": true, "bidder": true,
	"suitor": true, "rival": true, "partner": true,
	// Firms that run an insolvent firm ("the administrator said it …").
	"administrator": true, "receiver": true, "liquidator": true}

// PersonNoun reports whether a source's head noun w (lower case; lemma
// its lemma, or "") names a person by WordNet's usual sense or a parent's
// epithet, and not a firm (personHead): "singer", "teenager",
// "mother-of-nine"; not "giant", "report".
func PersonNoun(w, lemma string) bool { return personHead(w, lemma) == 'p' }
