package commitment

import (
	"strings"

	"dateline/text"
)

// notDue reports whether the time tm, held by the clause of verb v, says
// when something began or was agreed rather than when the action is to
// happen, so it cannot be the commitment's due date. On undated articles
// the reference date cannot rule these out, and BBC stories gave due dates
// such as 1984 from "board director since 1984, Mr Murray agreed to buy
// ...".
//
//   - After "since" a time is a start ("the first gain since 2000"); after
//     "than" it is the baseline of a comparison ("lower than in 2004").
//   - A time that modifies a common noun names a thing: "a 1999
//     agreement", "its 2004 results"; not a time noun ("the 2005 fiscal
//     year"), an event ("its 2006 conference") or a name ("the 2006 FA Cup
//     Final").
//   - A time on a verb of undertaking in the past dates the undertaking,
//     not what was undertaken: "In 2002 the firms agreed to form a
//     venture". A deadline stays one: "pledged by May to ...".
func (f *finder) notDue(tm text.Time, v int) bool {
	lo, hi := f.tokensOf(tm.Span)
	if lo >= hi {
		return false
	}
	// The time's first word (when the time stage kept its preposition)
	// and the word before it.
	first, before := strings.ToLower(f.word(lo)), ""
	if lo > 0 {
		before = strings.ToLower(f.word(lo - 1))
	}
	for _, w := range []string{before, first} {
		if w == "since" || w == "than" {
			return true
		}
	}
	if (before == "in" || before == "during") && lo > 1 && strings.EqualFold(f.word(lo-2), "than") {
		return true // "more than in 2003"
	}
	// The expression's head: its token whose head lies outside it.
	x := -1
	for t := lo; t < hi; t++ {
		if h := f.head(t); h < lo || h >= hi {
			x = t
			break
		}
	}
	if x >= 0 {
		if h := f.head(x); h >= 0 && f.namesThing(h) {
			switch f.d.Tokens[x].Rel {
			case "compound", "amod", "nmod:poss", "nummod":
				return true
			}
		}
	}
	if v >= 0 && x >= 0 && f.head(x) == v && f.d.Tokens[v].XPOS == "VBD" &&
		undertakings[strings.ToLower(f.d.Tokens[v].Lemma)] {
		switch before {
		case "by", "before", "until", "till", "within":
			return false
		}
		return true
	}
	return false
}

// namesThing says whether token h is a common noun that a year before it
// would name: lower case (not an event's name) and no word of time.
func (f *finder) namesThing(h int) bool {
	w := f.word(h)
	lemma := strings.ToLower(f.d.Tokens[h].Lemma)
	if f.d.Tokens[h].UPOS != "NOUN" || w == "" || w[0] < 'a' || w[0] > 'z' || timeNouns[lemma] || eventNouns[lemma] {
		return false
	}
	for _, tm := range f.d.Times {
		if f.inSpan(h, tm.Span) {
			return false
		}
	}
	return true
}

// eventNouns are things that take place in the year that names them: "will
// hold its 2006 autumn conference", "his 2005 campaign", "the 2006 film"
// (BBC politics, sport, entertainment).
var eventNouns = map[string]bool{"conference": true, "campaign": true, "election": true, "summit": true,
	"tour": true, "games": true, "championship": true, "cup": true, "film": true, "festival": true,
	"launch": true, "meeting": true, "congress": true, "convention": true, "census": true, "contest": true,
	"race": true, "event": true, "show": true, "fair": true, "olympics": true, "budget": true}

var timeNouns = map[string]bool{"year": true, "quarter": true, "half": true, "month": true, "week": true,
	"season": true, "period": true, "term": true, "session": true}
