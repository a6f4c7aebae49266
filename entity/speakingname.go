package entity

import (
	"strings"

	"dateline/gazetteer"
	"dateline/syntax"
)

// speakingFullName: a name the tagger typed a body or a thing in its only
// mention is a person's when that mention is the subject of a speech verb
// and the name reads as a given name and a surname ("Dana Whitlock told
// reporters", typed ORG, left her "she" with no one to find). A reader
// takes two or three capitalised words opening with a given name, saying
// something, for a person unless the last word says otherwise: a word
// that ends bodies' names ("Harbour Foods"), the name of a paper or a
// programme ("a <Town> Daily", "a <Town> Standard", "<Name> Tonight"), or
// a word WordNet reads as a piece of writing or broadcasting, or a title
// ("Austin Sen." opens with a given name too). Not a name the gazetteer
// knows or whose first word it knows as a place, nor one before a title
// (titleAfter). The caller sees to the "only mention": the surname alone
// typed otherwise elsewhere is another ("Dana Whitlock" once, "Whitlock" a
// body five times, are one entity only while they share a class).
func (r *resolver) speakingFullName(key string, gz []gazetteer.Entry, mi int) bool {
	if len(gz) > 0 || !firstGiven(key) || strings.Count(key, " ") > 2 || placeName(r.lookup(key[:strings.IndexByte(key, ' ')])) {
		return false
	}
	last := lastWord(key)
	if orgSuffixes[last] || mastheadWords[last] || syntax.NounSense(last) == syntax.NounCommunication {
		return false
	}
	first, end, ok := r.tokenRange(r.d.Mentions[mi].Span)
	return ok && end > first && !r.personTitleAt(end-1) && !r.titleAfter(end)
}

// titleAfter reports whether a title stands right after a name ending
// at token end: one the lists know, or any common noun followed by a
// capitalised name in the same sentence ("<Show> host Kim Lee", "<Firm>
// spokeswoman Ana Ruiz"): the name is the one the person works for.
func (r *resolver) titleAfter(end int) bool {
	if end >= len(r.lower) {
		return false
	}
	if r.personTitleAt(end) {
		return true
	}
	return end+1 < len(r.lower) && r.d.Tokens[end].UPOS == "NOUN" && isLowerWord(r.words[end]) &&
		startsUpper(r.words[end+1]) && r.sentOf[end+1] == r.sentOf[end]
}

// mastheadWords end the names of papers, channels and programmes and are
// read by WordNet as people or times rather than as publications ("the
// Kestrel Herald", "Marta Live").
var mastheadWords = map[string]bool{"times": true, "post": true, "herald": true, "tribune": true,
	"observer": true, "guardian": true, "monitor": true, "inquirer": true, "examiner": true,
	"courier": true, "sentinel": true, "star": true, "sun": true, "mirror": true, "telegraph": true,
	"show": true, "today": true, "tonight": true, "live": true, "hour": true, "week": true,
	"sunday": true, "press": true, "world": true, "globe": true, "nation": true, "insider": true,
	"online": true, "daily": true, "weekly": true, "news": true}
