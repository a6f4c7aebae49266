package entity

import (
	"strings"

	"dateline/text"
)

// AddresseeType is the type of the entity that stands for whoever an
// article addresses as "you" outside quotation marks: the reader of a
// column ("You can think of the race as a job interview"), the guest of
// an interview printed as questions and answers. It is not a person the
// article names, so no rule looking for one takes it.
const AddresseeType = "ADDRESSEE"

// addresseeName is the name of the addressee entity: the word itself,
// since who it stands for depends on the genre.
const addresseeName = "you"

// IsAddresseePronoun reports whether w is the second-person subject
// pronoun.
func IsAddresseePronoun(w string) bool { return strings.EqualFold(w, "you") }

// AddAddressee links the "you" at token tok, which the caller found
// outside quotation marks, to the addressee's entity, making it when the
// document has none yet, as AddWriter does for the writer's "I". It
// returns the entity's index in d.Entities (the entity already linked to
// the pronoun when there is one), or -1 when tok is no "you".
func AddAddressee(d *text.Document, tok int) int {
	if tok < 0 || tok >= len(d.Tokens) {
		return -1
	}
	t := d.Tokens[tok]
	if !IsAddresseePronoun(d.Text[t.Start:t.End]) {
		return -1
	}
	if e := linkedAt(d, t.Span); e >= 0 {
		return e
	}
	e := -1
	for i, x := range d.Entities {
		if x.Type == AddresseeType {
			e = i
		}
	}
	if e < 0 {
		e = newEntity(d, text.Entity{Name: addresseeName, Type: AddresseeType})
	}
	return addMentionOf(d, text.Mention{Span: t.Span, Kind: text.MentionPronoun, Type: AddresseeType}, e)
}

// linkedAt returns the entity of a mention overlapping span sp, or -1.
func linkedAt(d *text.Document, sp text.Span) int {
	for _, m := range d.Mentions {
		if m.Start < sp.End && sp.Start < m.End && m.Entity >= 0 && m.Entity < len(d.Entities) {
			return m.Entity
		}
	}
	return -1
}
