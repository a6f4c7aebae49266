package entity

import (
	"strings"

	"dateline/gazetteer/fold"
	"dateline/text"
)

// Gender returns the gender of entity e of d as the document shows it: 'm'
// or 'f' from a he/his or she/her already linked to it, from an honorific
// before one of its mentions ("Mrs. Okafor"), else from its given name;
// 0 when it is not a person or nothing tells. The quote stage uses it to
// keep "she said" from going to the man quoted before.
func Gender(d *text.Document, e int) byte {
	if e < 0 || e >= len(d.Entities) || d.Entities[e].Type != "PERSON" {
		return 0
	}
	var fromHonorific byte
	for _, mi := range d.Entities[e].Mentions {
		if mi < 0 || mi >= len(d.Mentions) {
			continue
		}
		m := d.Mentions[mi]
		if m.Kind == text.MentionPronoun {
			if p, ok := pronounWords[strings.ToLower(d.Text[m.Start:m.End])]; ok && (p.gender == 'm' || p.gender == 'f') {
				return p.gender
			}
			continue
		}
		if fromHonorific == 0 {
			fromHonorific = honorificBefore(d.Text, m.Start)
		}
	}
	if fromHonorific != 0 {
		return fromHonorific
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

// PronounGender returns 'm' for he, 'f' for she (any case), else 0.
func PronounGender(w string) byte {
	p, ok := pronounWords[strings.ToLower(w)]
	if !ok || p.object || p.gender != 'm' && p.gender != 'f' {
		return 0
	}
	return p.gender
}

// LinkPronoun links the pronoun token tok to entity e when no entity holds
// it yet: the quote stage knows who "he said" is from the quotes around it
// when this stage found the pronoun ambiguous. It reports whether it
// linked.
func LinkPronoun(d *text.Document, tok, e int) bool {
	if tok < 0 || tok >= len(d.Tokens) || e < 0 || e >= len(d.Entities) {
		return false
	}
	t := d.Tokens[tok]
	if _, ok := pronounWords[strings.ToLower(d.Text[t.Start:t.End])]; !ok {
		return false
	}
	for _, m := range d.Mentions {
		if m.Start < t.End && t.Start < m.End && m.Entity >= 0 {
			return false
		}
	}
	d.Mentions = append(d.Mentions, text.Mention{Span: t.Span, Kind: text.MentionPronoun, Type: d.Entities[e].Type, Entity: e})
	d.Entities[e].Mentions = append(d.Entities[e].Mentions, len(d.Mentions)-1)
	return true
}
