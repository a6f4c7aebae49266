package entity

import (
	"strings"

	"dateline/gazetteer"
)

// bodyCode codes a body the gazetteer does not know by name from the words
// of its name: a nation and an agent ("Chinese Foreign Ministry" CHN +
// GOV, "Kenyan Defence Ministry" KEN + GOV; the ner stage joins such names
// into one organisation, which left them with no code) or a political
// party ("Liberal Democratic Party of Japan" JPNPTY, "Labour Party" ---PTY:
// Phoenix's agent list codes "political party" PTY, and a party keeps that
// class whatever it is called). The nation is a demonym or country opening
// the name or one after a final "of"; the agent is the longest run of the
// words after the nation that ends the name (or comes before "of") and
// that the agent list knows. "" when the name says neither.
func (r *resolver) bodyCode(words []string) string {
	if len(words) < 2 {
		return ""
	}
	nation, rest := "", words
	if en, ok := r.g.Demonym(words[0]); ok && en.Code != "" {
		nation, rest = en.Code, words[1:]
	} else if c, ok := r.g.Country(words[0]); ok && c.CAMEO != "" {
		nation, rest = c.CAMEO, words[1:]
	}
	for i := len(rest) - 2; i > 0; i-- {
		if rest[i] != "of" {
			continue
		}
		if c, ok := r.g.Country(strings.Join(rest[i+1:], " ")); ok && c.CAMEO != "" && nation == "" {
			nation, rest = c.CAMEO, rest[:i]
		}
		break
	}
	if len(rest) == 0 {
		return ""
	}
	if last := rest[len(rest)-1]; last == "party" || last == "parti" || last == "partei" || last == "partido" {
		if nation == "" {
			nation = "---"
		}
		return nation + "PTY"
	}
	if nation == "" {
		return ""
	}
	for i := 0; i < len(rest); i++ {
		if en, ok := r.g.Agent(strings.Join(rest[i:], " ")); ok && en.Kind == gazetteer.KindAgent && en.Code != "" {
			return nation + strings.TrimPrefix(en.Code, "~")
		}
	}
	return ""
}
