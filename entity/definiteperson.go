package entity

import (
	"slices"
	"strings"

	"dateline/gazetteer/fold"
	"dateline/text"
)

// definitePerson: a definite description of one person with no name
// beside it ("the Rovers coach said", "the former minister added") is the
// one person mentioned before whose title ends in the description's head
// word ("Rovers coach Tom Hale", "former minister Ann Vey"): news names a
// person with the title once, then calls them by it. With no such person
// before, the one such person named later in the story, for a
// description with an office word or a team's (and only when one alone
// fits the whole story). Without it the
// description was a person of its own and took every later "he" and
// quotation (BBC: about 100 quotes spoken by "the England coach", "the
// home secretary" and such).
//
// The other words of the description must fit that title. A capitalised
// one (a team, party or country) must be in the title or among the words
// right before one of the person's names ("the Tarnby coach" is not the
// Rovers coach); a word that makes another office must be in both or
// neither ("the chancellor" is not the shadow chancellor, "the coach" not
// the assistant coach); any other lower-case word must be in the title
// ("the finance minister" is not the foreign minister, "the prime
// minister" not the foreign minister, "the music director" not the
// show's), but for ages and the words that describe the holder
// (holderWords: "the former minister", "the 45-year-old actor").
// A description that names whose post it is ("the band's spokesman", "the
// chairman of the commission") is another body's, and joins none; so does
// one that fits two people.
func (r *resolver) definitePerson(e *ent, sp text.Span, h int) int {
	if e.typ != "PERSON" || e.plural || len(e.words) == 0 || !hasWordPrefix(r.d.Text[sp.Start:sp.End], "the") {
		return -1
	}
	head := singular(r.folded(h))
	if plainPeople[head] || h+1 < len(r.words) && strings.EqualFold(r.words[h+1], "of") {
		return -1 // "the man": no title to know him by; "the chairman of …": whose
	}
	first, _, ok := r.tokenRange(sp)
	if !ok {
		return -1
	}
	var marks, nouns []string
	offices := map[string]bool{}
	for i := first; i < h; i++ {
		w := r.folded(i)
		switch {
		case leadWords[w]:
		case isPossessive(w) || w == "'":
			return -1 // "the band's spokesman"
		case otherOffice[w]:
			offices[w] = true
		case isCapWord(r.words[i]):
			marks = append(marks, w)
		case !holderWords[w] && !ageWord(w) && r.d.Tokens[i].UPOS != "NUM" && r.d.Tokens[i].UPOS != "PUNCT":
			nouns = append(nouns, w)
		}
	}
	// The one holder named before; else, when none fits before, the one
	// named after: a story may open on "the home secretary said" and give
	// "Home Secretary Ann Vey" further down. Only a description that names
	// the office, not a bare head ("the minister", "the flanker", "the
	// former president"): one of those before any name is most often
	// someone the story has not named at all, or named without the title.
	fits, before := 0, -1
	after := -1
	for ei, x := range r.ents {
		if x == e || x.typ != "PERSON" || x.group {
			continue
		}
		words, ok := titleEndingIn(x, head, offices)
		if !ok || !containsAll(words, nouns) || !r.marksBeside(x, words, marks) {
			continue
		}
		fits++
		if r.mentionedBefore(x, sp.Start) {
			if before >= 0 {
				return -1
			}
			before = ei
		} else {
			after = ei
		}
	}
	if before >= 0 {
		return before
	}
	if fits == 1 && len(nouns)+len(marks) > 0 {
		return after
	}
	return -1
}

// holderWords are the adjectives that describe the holder of a title, not
// the office: a description may add them ("the former minister", "the
// veteran coach"). Any other lower-case word ("prime", "finance", "music")
// names the office and must be in the title.
var holderWords = map[string]bool{"former": true, "ex": true, "new": true, "then": true, "current": true,
	"present": true, "veteran": true, "young": true, "old": true, "outgoing": true, "incoming": true,
	"longtime": true, "long-time": true, "embattled": true, "beleaguered": true, "retiring": true,
	"retired": true, "late": true, "experienced": true, "injured": true, "suspended": true, "fellow": true,
	"popular": true, "controversial": true, "influential": true}

// ageWord reports whether w is an age: "45-year-old".
func ageWord(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	return ok && n != "" && strings.Trim(n, "0123456789") == ""
}

// otherOffice are the words that make a title another office than the
// title without them.
var otherOffice = map[string]bool{"shadow": true, "deputy": true, "vice": true, "assistant": true,
	"acting": true, "junior": true, "interim": true, "associate": true}

// titleEndingIn returns the folded words of a title of person x that ends
// in the word head and has exactly the office words offices.
func titleEndingIn(x *ent, head string, offices map[string]bool) ([]string, bool) {
	for _, role := range x.roles {
		var ws []string
		for _, w := range strings.Fields(role) {
			ws = append(ws, fold.Token(w))
		}
		if len(ws) == 0 || singular(ws[len(ws)-1]) != head {
			continue
		}
		n := 0
		for _, w := range ws {
			if otherOffice[w] {
				n++
				if !offices[w] {
					n = -1
					break
				}
			}
		}
		if n == len(offices) {
			return ws, true
		}
	}
	return nil, false
}

func containsAll(words, want []string) bool {
	for _, w := range want {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// marksBeside reports whether every word of marks is in title or among
// the few words before one of person x's name mentions.
func (r *resolver) marksBeside(x *ent, title, marks []string) bool {
	for _, mk := range marks {
		found := slices.Contains(title, mk)
		for _, mi := range x.mentions {
			m := r.d.Mentions[mi]
			if found || m.Kind != text.MentionName {
				continue
			}
			first, _, ok := r.tokenRange(m.Span)
			for i := max(first-4, 0); ok && i < first; i++ {
				found = found || r.folded(i) == mk
			}
		}
		if !found {
			return false
		}
	}
	return true
}
