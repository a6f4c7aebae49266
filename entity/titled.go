package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline/gazetteer/fold"
	"dateline/text"
)

// IsHonorific reports whether word ("Mr", "Ms.", "Lord") is an honorific
// that heads a person's name: capitalised, as a title is ("miss England"
// is a verb).
func IsHonorific(word string) bool {
	if c, _ := utf8.DecodeRuneInString(word); !unicode.IsUpper(c) {
		return false
	}
	_, ok := honorifics[fold.Token(strings.TrimSuffix(word, "."))]
	return ok
}

// AddHonorificName gives the name on tokens [first, end), an honorific
// and capitalised words that the tagger left without a mention ("Mr
// Frost added", "Lord Okafor told"), to the person named before whose
// name ends with the same word (the one named last), or to a new person
// named by the words after the honorific; those words become a name
// mention of that person. It returns the entity index, or -1 when the tokens are
// not such a name or already lie in a mention.
func AddHonorificName(d *text.Document, first, end int) int {
	if first < 0 || end > len(d.Tokens) || end-first < 2 || !IsHonorific(d.Slice(d.Tokens[first].Span)) {
		return -1
	}
	// The mention is the name without the honorific, as the tagger's
	// are ("Mr" before it gives the gender: NameGender).
	sp := text.Span{Start: d.Tokens[first+1].Start, End: d.Tokens[end-1].End}
	var words []string
	for i := first + 1; i < end; i++ {
		w := d.Slice(d.Tokens[i].Span)
		if w == "." {
			continue
		}
		if c, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(c) {
			return -1
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return -1
	}
	for _, m := range d.Mentions {
		if m.Start < sp.End && d.Tokens[first].Start < m.End {
			return -1
		}
	}
	last := fold.Token(words[len(words)-1])
	best, bestAt := -1, -1
	for _, m := range d.Mentions {
		if m.Kind != text.MentionName || m.Start >= sp.Start || m.Start <= bestAt ||
			m.Entity < 0 || m.Entity >= len(d.Entities) || d.Entities[m.Entity].Type != "PERSON" {
			continue
		}
		name := strings.Fields(d.Entities[m.Entity].Name)
		if len(name) > 0 && fold.Token(name[len(name)-1]) == last {
			best, bestAt = m.Entity, m.Start
		}
	}
	if best < 0 {
		best = newEntity(d, text.Entity{Name: strings.Join(words, " "), Type: "PERSON"})
	}
	return addMentionOf(d, text.Mention{Span: sp, Kind: text.MentionName, Type: "PERSON"}, best)
}

// noInitials drops the one-letter words inside a name ("George W Bush"
// is "George Bush"); a first or last initial stays.
func noInitials(ws []string) []string {
	if len(ws) < 3 {
		return ws
	}
	var out []string
	for i, w := range ws {
		if i > 0 && i < len(ws)-1 && len(strings.TrimSuffix(w, ".")) == 1 {
			if out == nil {
				out = append([]string(nil), ws[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, w)
		}
	}
	if out == nil {
		return ws
	}
	return out
}

// leadTitle: w, folded, is a title that heads a person's name without
// being part of it (a job, an office, a rank).
func leadTitle(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return personTitles[w] || jobTitles[w] || swallowTitles[w] || ranks[w]
}

// memberTitles say what body or flock a person belongs to or leads, before
// her name ("Democrat Ana Ruiz", "House Whip Tom Lee", "Pastor Ana
// Ruiz"); the tagger takes them into a body's mention with the name.
var memberTitles = map[string]bool{"democrat": true, "republican": true, "whip": true, "pastor": true,
	"bishop": true, "rabbi": true, "imam": true, "dj": true}

// ranks are military and judicial titles before a name.
var ranks = map[string]bool{"gen": true, "col": true, "lt": true, "capt": true, "sgt": true, "maj": true,
	"cpl": true, "adm": true, "judge": true, "justice": true, "insp": true, "det": true, "supt": true}

// jobTitles head a person's first and last names in British news
// ("Singer Ana Ruiz", "Coach Tom Weller"); with one name after them they
// are as often a title of a film or a character ("Coach Carter"), and a
// mention typed as an event is a sponsor's name ("Acme World Cup").
var jobTitles = map[string]bool{"singer": true, "comedian": true, "actor": true, "actress": true,
	"author": true, "writer": true, "presenter": true, "rapper": true, "drummer": true, "guitarist": true,
	"producer": true, "director": true, "coach": true, "manager": true, "chairman": true, "chairwoman": true,
	"spokesman": true, "spokeswoman": true, "keeper": true, "goalkeeper": true, "striker": true,
	"midfielder": true, "defender": true, "winger": true, "skipper": true, "solicitor": true,
	"reverend": true, "rev": true, "frontman": true, "frontwoman": true, "bassist": true, "vocalist": true,
	"keyboardist": true}

// swallowTitles are titles after which a body's or place's name mention
// runs on into a person's name ("Trade Secretary", "Council Leader",
// "Labour MP", "Institute Director").
var swallowTitles = map[string]bool{"secretary": true, "minister": true, "speaker": true, "director": true,
	"mp": true, "mep": true, "msp": true, "leader": true, "ambassador": true, "general": true, "president": true, "chairman": true,
	"chairwoman": true, "chief": true, "governor": true, "senator": true, "mayor": true, "commissioner": true,
	"spokesman": true, "spokeswoman": true, "executive": true, "head": true, "manager": true, "coach": true,
	"boss": true, "attorney": true, "judge": true, "chancellor": true, "envoy": true, "officer": true,
	// Local offices, and posts a paper or a college names ("Dunmore County
	// Recorder Ana Ruiz", "City Councillor", "Political Editor").
	"recorder": true, "clerk": true, "treasurer": true, "sheriff": true, "auditor": true, "comptroller": true,
	"superintendent": true, "councillor": true, "councilor": true, "councilman": true, "councilwoman": true,
	"assemblyman": true, "assemblywoman": true, "alderman": true, "prosecutor": true,
	"editor": true, "correspondent": true, "professor": true, "adviser": true, "advisor": true}
