package timex

import "strings"

// mayThePerson: once the text has named someone May ("Theresa May"), a
// "May" with a possessive or a verb of hers after it ("May's deal", "May
// said") is that person, not the month ("in May", "May 5" stay months).
func mayThePerson(txt string, t, next *tok) bool {
	if possessive(txt, t) {
		return true
	}
	return next != nil && next.kind == kWord && mayVerbs[txt[next.s:next.e]]
}

var mayVerbs = map[string]bool{"said": true, "says": true, "told": true, "has": true, "had": true,
	"was": true, "is": true, "will": true, "would": true, "added": true, "insisted": true}

// possessive: "'s" follows token t ("May's").
func possessive(txt string, t *tok) bool {
	rest := txt[t.e:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "\u2019s")
}
