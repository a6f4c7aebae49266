package entity

import (
	"slices"
	"strings"

	"dateline/gazetteer"
	"dateline/gazetteer/fold"
	"dateline/text"
)

// Gender returns the gender of entity e of d as the document shows it: 'm'
// or 'f' by its name (NameGender), else from a he/his or she/her already
// linked to it; 0 when it is not a person or nothing tells. The quote
// stage uses it to keep "she said" from going to the man quoted before.
func Gender(d *text.Document, e int) byte {
	if g := NameGender(d, e); g != 0 {
		return g
	}
	if e < 0 || e >= len(d.Entities) || d.Entities[e].Type != "PERSON" {
		return 0
	}
	var he, she int
	for _, mi := range d.Entities[e].Mentions {
		if mi < 0 || mi >= len(d.Mentions) || d.Mentions[mi].Kind != text.MentionPronoun {
			continue
		}
		m := d.Mentions[mi]
		switch pronounWords[strings.ToLower(d.Text[m.Start:m.End])].gender {
		case 'm':
			he++
		case 'f':
			she++
		}
	}
	switch {
	case he > 0 && she == 0:
		return 'm'
	case she > 0 && he == 0:
		return 'f'
	}
	return 0 // none, or both: two people merged into one entity
}

// NameGender returns the gender entity e's name gives: an honorific before
// one of its mentions ("Mrs. Okafor") or its given name ("Maria Lopez");
// 0 when it is not a person or its name does not tell. Unlike pronouns
// linked by resolution, a name is evidence that cannot be wrong by a
// merge of two people.
func NameGender(d *text.Document, e int) byte {
	if e < 0 || e >= len(d.Entities) || d.Entities[e].Type != "PERSON" {
		return 0
	}
	for _, mi := range d.Entities[e].Mentions {
		if mi < 0 || mi >= len(d.Mentions) || d.Mentions[mi].Kind == text.MentionPronoun {
			continue
		}
		if g := honorificBefore(d.Text, d.Mentions[mi].Start); g != 0 {
			return g
		}
	}
	words := strings.Fields(d.Entities[e].Name)
	for i, w := range words {
		words[i] = fold.Token(w)
	}
	if len(words) > 0 {
		if g, ok := honorifics[words[0]]; ok {
			return g
		}
	}
	return genderOf(words)
}

// honorificBefore returns the gender an honorific right before byte
// offset b gives ("Mr. " before a name), or 0.
func honorificBefore(s string, b int) byte {
	before := strings.TrimRight(s[:b], " ")
	i := strings.LastIndexAny(before, " \n\t(“\"")
	w := fold.Token(strings.TrimSuffix(before[i+1:], "."))
	return honorifics[w]
}

// RelinkPronoun moves the pronoun mention on token tok to entity e: the
// quote stage found that this stage's antecedent cannot be the speaker
// ("“… Ruiz …,” he said" with "he" given to a name inside the quoted
// words). It reports whether it moved a mention; an open pronoun is
// linked as LinkPronoun does.
func RelinkPronoun(d *text.Document, tok, e int) bool {
	if tok < 0 || tok >= len(d.Tokens) || e < 0 || e >= len(d.Entities) {
		return false
	}
	t := d.Tokens[tok]
	for mi := range d.Mentions {
		m := &d.Mentions[mi]
		if m.Start >= t.End || t.Start >= m.End || m.Entity < 0 {
			continue
		}
		if m.Kind != text.MentionPronoun || m.Entity == e || m.Entity >= len(d.Entities) {
			return false
		}
		old := &d.Entities[m.Entity]
		old.Mentions = slices.DeleteFunc(old.Mentions, func(i int) bool { return i == mi })
		m.Entity, m.Type = e, d.Entities[e].Type
		d.Entities[e].Mentions = append(d.Entities[e].Mentions, mi)
		return true
	}
	return LinkPronoun(d, tok, e)
}

// linkable are the pronouns LinkPronoun takes besides pronounWords.
var linkable = map[string]bool{"it": true, "who": true, "which": true, "that": true, "each": true, "both": true}

// PronounGender returns 'm' for he, 'f' for she (any case), else 0.
func PronounGender(w string) byte {
	p, ok := pronounWords[strings.ToLower(w)]
	if !ok || p.object || p.gender != 'm' && p.gender != 'f' {
		return 0
	}
	return p.gender
}

// LinkPronoun links the pronoun token tok (a third-person pronoun, "it", or
// a relative who/which/that) to entity e when no entity holds it yet: the
// quote stage knows who "he said" or "which reported" is from the quotes
// and the parse around it when this stage found the pronoun ambiguous. It
// reports whether it linked.
func LinkPronoun(d *text.Document, tok, e int) bool {
	if tok < 0 || tok >= len(d.Tokens) || e < 0 || e >= len(d.Entities) {
		return false
	}
	t := d.Tokens[tok]
	w := strings.ToLower(d.Text[t.Start:t.End])
	if _, ok := pronounWords[w]; !ok && !linkable[w] {
		return false
	}
	for _, m := range d.Mentions {
		if m.Start < t.End && t.Start < m.End && m.Entity >= 0 {
			return false
		}
	}
	addMentionOf(d, text.Mention{Span: t.Span, Kind: text.MentionPronoun, Type: d.Entities[e].Type}, e)
	return true
}

// IsSourceNoun reports whether a common noun names a person, a group or a
// body that may speak ("spokesman", "officials", "ministry", "senator"),
// as the entity stage judges its source phrases. The quote stage uses it
// to tell "officials saying that …" from "a conference announcing that
// …", where the speaker is the clause's subject.
func IsSourceNoun(word string) bool {
	w := fold.Token(word)
	sing := singular(w)
	if notSources[sing] {
		return false
	}
	if _, ok := sourceNouns[sing]; ok {
		return true
	}
	if _, ok := sourceNouns[w]; ok {
		return true
	}
	if _, ok := groupHeads[w]; ok {
		return true
	}
	if institutions[sing] || institutions[w] || firmKind(w) {
		return true
	}
	if _, ok := extraAgents[w]; ok {
		return true
	}
	g, err := gazetteer.Load()
	if err != nil {
		return false
	}
	for _, k := range []string{w, sing} {
		if _, ok := g.Agent(k); ok {
			return true
		}
	}
	return false
}

// AddCoordination gives a GROUP entity to names joined by "and" in span
// sp ("Lee and Ruiz"), for the quote stage when a "they" speaks for them:
// the people together are the source, neither alone. An entity of the
// same name made before is reused. It returns the entity's index, or -1
// for an empty or out-of-range span.
func AddCoordination(d *text.Document, sp text.Span) int {
	if sp.Start < 0 || sp.End > len(d.Text) || sp.End <= sp.Start {
		return -1
	}
	name := d.Text[sp.Start:sp.End]
	m := text.Mention{Span: sp, Kind: text.MentionNominal, Type: "GROUP"}
	for i, x := range d.Entities {
		if x.Type == "GROUP" && x.Name == name {
			for _, mi := range x.Mentions {
				if d.Mentions[mi].Span == sp {
					return i
				}
			}
			return addMentionOf(d, m, i)
		}
	}
	return addMentionOf(d, m, newEntity(d, text.Entity{Name: name, Type: "GROUP"}))
}
