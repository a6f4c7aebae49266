package entity

import (
	"slices"
	"sort"
	"strings"

	"dateline/text"
)

// Pronoun resolution, after Lappin and Leass (1994), simplified:
//
//   - Candidates are the entities mentioned before the pronoun in its
//     sentence or the three before it ("its": the one before), that agree
//     with it: he/him/his/himself a person not known to be female, she/her
//     a person not known to be male (gender comes from an honorific, "Mr.",
//     "Mrs.", from the given name, see gender.go, or from a pronoun
//     resolved before), they/them/their a group or a plural
//     nationality ("Ukrainians") (organisations, which news calls "it" as
//     often as "they", are left out), its an organisation or a place.
//   - Each mention scores 100 for recency, plus its syntactic role: 130 as
//     a subject, 100 as an object, 30 as a possessive, nothing inside a
//     prepositional phrase. The role comes from the dependency parse when
//     the syntax stage ran, else from word order: after a preposition it is
//     oblique; at the start of a clause (sentence start, after a comma,
//     "that", a conjunction or a quotation mark, titles skipped) a subject;
//     otherwise an object. A mention inside quotation marks scores 50 less
//     for a pronoun outside them. The score halves with every sentence of
//     distance.
//   - An entity scores its best mention plus 5 for every earlier mention
//     (salience grows with repetition; pronouns already resolved count).
//   - An object pronoun (him, her, them) cannot refer to the subject of its
//     own clause (binding).
//   - The best candidate wins when it scores at least 1.3 times the
//     second (and, for they/them/their, whose referent is often two
//     people named apart, when its best mention scores at least 50);
//     otherwise the pronoun stays unlinked rather than guessed. After a
//     quotation, the one candidate who was a speech verb's subject wins
//     by any margin.
//     A resolved he or she gives its entity a gender.
//
// First-person pronouns are resolved by the quote stage: see
// LinkQuotePronouns.

type pronounInfo struct {
	gender byte // 'm', 'f', 'p' (plural), 'n' (its)
	object bool
}

var pronounWords = map[string]pronounInfo{
	"he": {'m', false}, "him": {'m', true}, "his": {'m', false}, "himself": {'m', false},
	"she": {'f', false}, "her": {'f', false}, "hers": {'f', false}, "herself": {'f', false},
	"they": {'p', false}, "them": {'p', true}, "their": {'p', false}, "theirs": {'p', false},
	"themselves": {'p', false}, "its": {'n', false},
}

var prepositions = map[string]bool{"with": true, "to": true, "by": true, "for": true, "from": true,
	"of": true, "at": true, "in": true, "on": true, "about": true, "against": true, "after": true,
	"before": true, "between": true, "among": true, "into": true, "over": true, "under": true,
	"without": true, "toward": true, "towards": true, "than": true, "like": true, "via": true,
	"including": true, "near": true, "behind": true, "during": true, "since": true}

var clauseOpeners = map[string]bool{",": true, "that": true, "and": true, "but": true, "when": true,
	"while": true, "as": true, "because": true, "\"": true, "“": true, "”": true, "—": true, "–": true,
	"if": true, "although": true, "though": true, "where": true, ";": true, ":": true, "so": true}

// minPlural is the least mention score a plural pronoun's antecedent
// needs: a group two sentences back as a subject, or nearer.
const minPlural = 50

// role weights a mention by its syntactic role.
const (
	roleSubject    = 130
	roleObject     = 100
	rolePossessive = 30
	roleOblique    = 0
)

// pronouns resolves every third-person pronoun.
func (r *resolver) pronouns() {
	for i := range r.words {
		if r.class[i]&clsPronoun == 0 {
			continue
		}
		p, ok := pronounWords[r.lower[i]]
		if !ok || r.sentOf[i] < 0 || r.named[i] >= 0 {
			continue
		}
		best, score := r.antecedent(i, p)
		if best < 0 {
			best = r.onlyFit(i, p)
		}
		if best < 0 {
			continue
		}
		_ = score
		e := r.ents[best]
		if (p.gender == 'm' || p.gender == 'f') && e.gender == 0 {
			e.gender = p.gender
		}
		r.addMention(text.Span{Start: r.d.Tokens[i].Start, End: r.d.Tokens[i].End}, text.MentionPronoun, e.typ, best)
	}
}

// onlyFit returns, for he or she, the one person mentioned before token i
// who could be meant, when that person is known to be of the pronoun's
// gender: "she" in an article about one woman, however far back she was
// named. With a second candidate, or one of unknown gender, it is -1.
func (r *resolver) onlyFit(i int, p pronounInfo) int {
	if p.gender != 'm' && p.gender != 'f' || p.object {
		return -1 // an object pronoun may be bound in its clause: left to antecedent
	}
	at := r.d.Tokens[i].Start
	best := -1
	for ei, e := range r.ents {
		if !r.agrees(e, p) || !r.mentionedBefore(e, at) {
			continue
		}
		if best >= 0 || e.gender != p.gender {
			return -1
		}
		best = ei
	}
	return best
}

func (r *resolver) agrees(e *ent, p pronounInfo) bool {
	switch p.gender {
	case 'm', 'f':
		return e.typ == "PERSON" && !e.group && (e.gender == 0 || e.gender == p.gender)
	case 'p':
		return e.group || e.plural
	case 'n':
		return e.typ == "ORG" || e.typ == "GPE"
	}
	return false
}

// antecedent returns the entity pronoun token i refers to, or -1.
func (r *resolver) antecedent(i int, p pronounInfo) (int, float64) {
	si := r.sentOf[i]
	maxDist := 3
	if p.gender == 'n' {
		maxDist = 1
	}
	at := r.d.Tokens[i].Start
	pRole := r.role(i, i+1)
	// (Zeroed buffers the resolver keeps: a document asks for each
	// pronoun's antecedent, a new set of slices each time before.)
	n := len(r.ents)
	r.antScores = append(r.antScores[:0], make([]float64, n)...)
	r.antCounts = append(r.antCounts[:0], make([]int, n)...)
	r.antSpoke = append(r.antSpoke[:0], make([]bool, n)...)
	scores, counts, spoke := r.antScores, r.antCounts, r.antSpoke // spoke: its best mention is a speech verb's subject
	quote := -1
	if !p.object && (p.gender == 'm' || p.gender == 'f') {
		// (Not "they": a body's statement speaks of its members in the
		// third person, "“… the members of the council will act,” they
		// said".)
		quote = r.quotationBefore(i)
	}
	if quote >= 0 {
		// The speaker is named before the quotation, which may run over
		// several sentences: distance counts from where it opens.
		si = r.sentOf[quote]
	}
	inside := -1 // the speaker of the quotation the pronoun is in
	if r.quoted[i] && (p.gender == 'm' || p.gender == 'f') {
		inside = r.speakerBeforeQuotation(i)
	}
	for ei, e := range r.ents {
		if !r.agrees(e, p) || ei == inside {
			continue
		}
		for _, mi := range e.mentions {
			m := r.d.Mentions[mi]
			if m.Start >= at {
				continue
			}
			counts[ei]++
			first, end, ok := r.tokenRange(m.Span)
			if !ok {
				continue
			}
			if quote >= 0 && first >= quote {
				continue // "“… gave him the job,” he said": the speaker is not who they speak of
			}
			dist := si - r.sentOf[first]
			if dist < 0 || dist > maxDist {
				continue
			}
			role := r.role(first, end)
			if p.object && role == roleSubject && dist == 0 && r.sameClause(end, i) {
				scores[ei] = -1e9 // binding: "Trump criticized him"
				break
			}
			w := 100.0 + float64(role)
			if r.quoted[first] && !r.quoted[i] {
				w -= 50
			}
			speaker := quote >= 0 && role == roleSubject && (r.speaks(first, end) || r.introduces(first, end, quote))
			if speaker {
				// The pronoun after a quotation opens its attribution:
				// who spoke before is who speaks on ("Biden said …
				// “…,” he said").
				w += speakerBonus
			}
			w /= float64(int(1) << dist)
			if w > scores[ei] {
				scores[ei] = w
				spoke[ei] = speaker
			}
		}
	}
	_ = pRole
	best, second := -1, 0.0
	bs := 0.0
	secondSpoke := false
	for ei := range r.ents {
		s := scores[ei]
		if s <= 0 {
			continue
		}
		s += 5 * float64(min(counts[ei], 6))
		if best < 0 || s > bs {
			if best >= 0 {
				second = max(second, bs)
				secondSpoke = secondSpoke || spoke[best]
			}
			best, bs = ei, s
		} else {
			second = max(second, s)
			secondSpoke = secondSpoke || spoke[ei]
		}
	}
	// After a quotation, the only candidate who spoke before it is who
	// speaks on, even by a narrow margin over people the narration only
	// names ("X said Y was wrong. “…,” he said"): a reader takes the
	// attribution's pronoun for the speaker before it.
	lastSpeaker := best >= 0 && spoke[best] && !secondSpoke
	if best < 0 || (second > 0 && bs < 1.3*second && !lastSpeaker) {
		return -1, 0
	}
	if p.gender == 'p' && scores[best] < minPlural {
		return -1, 0 // "their" far from any group: often two people at once
	}
	return best, bs
}

// quotationBefore returns the first token of a quotation that closes
// right before pronoun i ("“The board gave him the job,” he said"): the
// pronoun opens the attribution, and whoever the quotation names is
// someone its speaker speaks of, not the speaker. -1 when no quotation
// closes there.
func (r *resolver) quotationBefore(i int) int {
	j := i - 1
	if j >= 0 && (r.lower[j] == "and" || r.lower[j] == "but") {
		j-- // "“…” And he added"
	}
	for j >= 0 && r.words[j] == "," {
		j--
	}
	if j <= 0 || r.quoted[i] || !r.isQuoteMark(j) || !r.quoted[j-1] {
		return -1
	}
	k := j - 1
	for k > 0 && r.quoted[k-1] {
		k--
	}
	return k
}

// introduces reports whether the mention on tokens [first, end) is the
// subject of the main clause of the sentence right before the quotation
// opening at token quote, in its paragraph: the narration brings in who
// speaks next without a speech verb ("Celtic's manager is no respecter of
// reputations. “…,” he said").
func (r *resolver) introduces(first, end, quote int) bool {
	if !r.parsed || quote < 1 || r.sentOf[first] < 0 || r.sentOf[first] != r.sentOf[quote]-1 ||
		strings.IndexByte(r.d.Text[r.ends[end-1]:r.starts[quote-1]], '\n') >= 0 {
		return false
	}
	h := first
	for k := first; k < end; k++ {
		if hd := r.d.Tokens[k].Head; hd < first || hd >= end {
			h = k
			break
		}
	}
	t := r.d.Tokens[h]
	return (t.Rel == "nsubj" || t.Rel == "nsubj:pass") && t.Head >= 0 && r.d.Tokens[t.Head].Rel == "root"
}

// speakerBeforeQuotation returns the entity that speaks (the subject of
// a speech verb) last before the quotation holding token i opens, in the
// sentence of its opening mark or the one before ("Ann Lee said she had
// suspended Tom Ray. “He will stay suspended …”"), or -1. A he or she in
// the quotation is someone the speaker speaks of: the speaker says "I".
func (r *resolver) speakerBeforeQuotation(i int) int {
	open := i
	for open > 0 && r.quoted[open-1] {
		open--
	}
	if open == 0 || !r.isQuoteMark(open-1) || r.sentOf[open-1] < 0 {
		return -1
	}
	open--
	best, bestFirst := -1, -1
	for ei, e := range r.ents {
		for _, mi := range e.mentions {
			first, end, ok := r.tokenRange(r.d.Mentions[mi].Span)
			if !ok || first >= open || first <= bestFirst || r.sentOf[first] < r.sentOf[open]-1 || r.quoted[first] {
				continue
			}
			if r.speaks(first, end) {
				best, bestFirst = ei, first
			}
		}
	}
	return best
}

// sameClause reports whether no clause boundary lies between tokens a
// and b of one sentence.
func (r *resolver) sameClause(a, b int) bool {
	for k := a; k < b; k++ {
		if clauseOpeners[strings.ToLower(r.words[k])] {
			return false
		}
	}
	return true
}

// role classifies the mention over tokens [first,end).
func (r *resolver) role(first, end int) int {
	if r.parsed {
		return r.parsedRole(first, end)
	}
	if end < len(r.words) && isPossessive(r.words[end]) {
		return rolePossessive
	}
	if w := strings.ToLower(r.words[first]); w == "his" || w == "her" || w == "their" || w == "its" {
		return rolePossessive
	}
	si := r.sentOf[first]
	if si < 0 {
		return roleOblique
	}
	s := r.d.Sentences[si]
	j := first
	// Skip a title and nationality before a name.
	for j > s.FirstToken {
		if _, st, ok := r.agentAt(si, j); ok {
			j = st
			continue
		}
		if _, _, st, ok := r.nationAt(si, j); ok && st < j {
			j = st
			continue
		}
		if strings.EqualFold(r.words[j-1], "former") || determiners[strings.ToLower(r.words[j-1])] {
			j--
			continue
		}
		break
	}
	if j == s.FirstToken {
		return roleSubject
	}
	prev := strings.ToLower(r.words[j-1])
	switch {
	case prepositions[prev]:
		return roleOblique
	case clauseOpeners[prev] || r.isQuoteMark(j-1):
		return roleSubject
	}
	return roleObject
}

func (r *resolver) isQuoteMark(i int) bool {
	switch r.words[i] {
	case "\"", "“", "”", "'", "‘", "’", "«", "»":
		return true
	}
	return false
}

// speakerBonus is what a mention gains, for the pronoun after a
// quotation, as the subject of a speech verb.
const speakerBonus = 60

// parsedRole reads the role from the dependency relation of the mention's
// head (the token whose head lies outside the mention).
func (r *resolver) parsedRole(first, end int) int {
	h := first
	for k := first; k < end; k++ {
		hd := r.d.Tokens[k].Head
		if hd < first || hd >= end {
			h = k
			break
		}
	}
	rel := r.d.Tokens[h].Rel
	base, _, _ := strings.Cut(rel, ":")
	switch {
	case rel == "nmod:poss":
		return rolePossessive
	case base == "nsubj" || base == "csubj":
		return roleSubject
	case base == "obj" || base == "iobj":
		return roleObject
	case base == "appos" || base == "conj" || base == "root":
		return roleObject
	}
	return roleOblique
}

// quotedTokens marks the tokens between quotation marks. A straight mark
// opens or closes by its spaces: one with a space before it and a word
// right after opens, one right after a word and with a space after
// closes, and only one with neither tells nothing and turns the state
// over. The news convention opens each paragraph of a long quotation with
// a mark and closes only the last; counting the marks would read every
// later quotation the wrong way round, and feeds that flatten the text
// run such paragraphs into one line ("… the truth. "I was …"). A
// paragraph break closes an open quotation too. starts and ends are the
// tokens' byte offsets, paraStart[i] says token i opens a paragraph.
func quotedTokens(words []string, starts, ends []int, paraStart []bool) []bool {
	out := make([]bool, len(words))
	in := false
	for i, w := range words {
		if paraStart[i] {
			in = false
		}
		switch w {
		case "“", "«":
			in = true
			continue
		case "”", "»":
			in = false
			continue
		case "\"", "``", "''":
			spaceBefore := i == 0 || ends[i-1] < starts[i]
			spaceAfter := i+1 == len(words) || starts[i+1] > ends[i]
			switch {
			case spaceBefore && !spaceAfter:
				in = true
			case spaceAfter && !spaceBefore:
				in = false
			default:
				in = !in
			}
			continue
		}
		out[i] = in
	}
	return out
}

// paragraphStarts marks the tokens that open a paragraph of d.
func paragraphStarts(d *text.Document) []bool {
	out := make([]bool, len(d.Tokens))
	p := 0
	for i, t := range d.Tokens {
		for p < len(d.Paragraphs) && d.Paragraphs[p].End <= t.Start {
			p++
		}
		if p < len(d.Paragraphs) && t.Start >= d.Paragraphs[p].Start && (i == 0 || d.Tokens[i-1].End <= d.Paragraphs[p].Start) {
			out[i] = true
		}
	}
	return out
}

// LinkQuotePronouns links the first-person pronouns (I, me, my, mine,
// myself, we, us, our, ours, ourselves) inside quote to speaker, an index
// into d.Entities: the quote stage calls it once it has found who speaks.
// It appends one pronoun mention per pronoun not already linked, adds them
// to the speaker's mentions, and returns how many it linked.
func LinkQuotePronouns(d *text.Document, quote text.Span, speaker int) int {
	if speaker < 0 || speaker >= len(d.Entities) {
		return 0
	}
	// Only the linked pronouns inside the quote can be among its tokens:
	// a map of all the document's, made for every quote, cost a long
	// article its quotes times its pronouns in map inserts.
	var linked []int
	for _, m := range d.Mentions {
		if m.Kind == text.MentionPronoun && m.Entity >= 0 && m.Start >= quote.Start && m.Start < quote.End {
			linked = append(linked, m.Start)
		}
	}
	n := 0
	e := &d.Entities[speaker]
	// Only the quote's tokens: a binary search to its first one keeps a
	// long article with many quotes linear.
	first := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= quote.Start })
	for _, t := range d.Tokens[first:] {
		if t.Start >= quote.End {
			break
		}
		if t.End > quote.End || slices.Contains(linked, t.Start) {
			continue
		}
		w := d.Text[t.Start:t.End]
		switch w {
		case "I", "me", "my", "mine", "myself", "we", "We", "us", "our", "Our", "ours", "ourselves", "Me", "My":
		default:
			continue
		}
		d.Mentions = append(d.Mentions, text.Mention{Span: t.Span, Kind: text.MentionPronoun, Type: e.Type, Entity: speaker})
		e.Mentions = append(e.Mentions, len(d.Mentions)-1)
		n++
	}
	return n
}
