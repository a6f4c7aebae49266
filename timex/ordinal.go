package timex

import "strings"

// secondBeforeNoun says whether "a second" is the ordinal of the noun after
// it, whatever word comes before: "for a second day", "in a second ruling",
// "for a second time", "a second or third person". On 510 BBC business
// stories every "a second" found after "for"/"in" was one of these.
func secondBeforeNoun(m *match) bool {
	n := m.next()
	if n == nil || n.kind == kPunct {
		return false
	}
	w := m.lower(n)
	if w == "or" || w == "and" {
		// "a second or two" is time; "a second or third person" counts.
		if m.j+1 < len(m.toks) {
			a := &m.toks[m.j+1]
			return a.kind == kOrdNum || hasCls(a, cOrd)
		}
		return false
	}
	if secondAfter[w] || w == "ahead" || w == "behind" || w == "clear" {
		return false // "a hundredth of a second ahead"
	}
	if x := m.c.xposAt(n.s); x != "" {
		// Not a comparative: "a hundredth of a second faster" is time.
		return strings.HasPrefix(x, "NN") || x == "JJ"
	}
	// Untagged: a lower-case word that is no function word.
	return n.kind == kWord && !n.cap && !notNoun[w] || n.ent != nil && n.ent.cls&cUnit != 0
}

var notNoun = map[string]bool{"of": true, "to": true, "before": true, "after": true, "as": true, "when": true,
	"while": true, "then": true, "so": true, "that": true, "the": true, "a": true, "an": true, "he": true,
	"she": true, "it": true, "they": true, "we": true, "i": true, "you": true, "but": true, "there": true,
	"which": true, "who": true, "whose": true, "where": true, "is": true, "are": true, "has": true, "have": true}

// fallIsSeason says whether "fall" (after "the", "in" or "this", which the
// season rule asks for) is the autumn rather than a decline. British news
// writes "the fall in profits", "blamed the fall", "the fall came as ...",
// "predicts this fall from 2.1%": 12 of 12 bare "fall"s read as a season
// on 510 BBC business stories. The season is "in (the) fall" or "this
// fall", or "the fall" after a preposition of time ("during the fall"),
// and no preposition or verb follows it ("the fall of the dollar", "the
// fall reflects").
func fallIsSeason(m *match) bool {
	if fallDecline(m) {
		return false
	}
	p := m.prev()
	if p == nil {
		return false
	}
	switch m.lower(p) {
	case "in", "this":
		return true
	case "the":
		if m.i >= 2 {
			return timePreps[m.lower(&m.toks[m.i-2])]
		}
	}
	return false
}

var timePreps = map[string]bool{"in": true, "during": true, "by": true, "until": true, "till": true,
	"since": true, "through": true, "over": true, "from": true, "before": true, "after": true, "for": true}

// fallDecline says whether the "fall" that ends the match is followed as
// a decline is: by a preposition or a verb ("this fall from 2.1%", "the
// fall came as ...").
func fallDecline(m *match) bool {
	n := m.next()
	if n == nil {
		return false
	}
	switch m.lower(n) {
	case "in", "of", "to", "from", "out", "back", "by", "on", "at", "for", "was", "is", "has", "had", "came":
		return true
	}
	x := m.c.xposAt(n.s)
	return strings.HasPrefix(x, "VB") || x == "MD"
}

// quarterOfChange says whether "a quarter" is the size of a change or a
// share of people rather than three months: after "by" ("fell by nearly a
// quarter", with an approximation between), or before a verb ("nearly a
// quarter said they ..."). Three of three such on 510 BBC business stories.
func quarterOfChange(m *match, u unit) bool {
	if u != uQuarter || m.has("the") {
		return false
	}
	if n := m.next(); n != nil {
		if x := m.c.xposAt(n.s); strings.HasPrefix(x, "VB") || x == "MD" {
			return true
		}
	}
	for k := m.i - 1; k >= 0 && k >= m.i-3; k-- {
		switch m.lower(&m.toks[k]) {
		case "nearly", "almost", "about", "around", "roughly", "some", "more", "than", "over", "less", "just":
			continue
		case "by":
			return true
		}
		break
	}
	return false
}
