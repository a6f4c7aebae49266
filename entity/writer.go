package entity

import (
	"strings"

	"dateline/text"
)

// WriterType is the type of the entity that stands for an article's writer
// when the article names no author: a person all the same, but one whose
// name is not known, so that no rule looking for a named person (the
// "he" just quoted) takes it.
const WriterType = "WRITER"

// writerUnnamed is the name of the writer entity of an article with no
// author.
const writerUnnamed = "the author"

// IsWriterPronoun reports whether w is a first-person subject pronoun,
// which outside quotation marks is the writer's own voice ("I believe",
// "we know" in an op-ed or an editorial).
func IsWriterPronoun(w string) bool {
	switch strings.ToLower(w) {
	case "i", "we":
		return true
	}
	return false
}

// AddWriter links the first-person pronoun at token tok, which the caller
// found outside quotation marks, to the entity of the article's writer,
// making that entity when the document has none yet: a PERSON named by
// Article.Author when it is known, else a WriterType entity named "the
// author". Without it an op-ed's "I believe …" has no speaker to point
// at. It returns the entity's index in d.Entities (the entity already
// linked to the pronoun when there is one), or -1 when tok is not a
// first-person subject pronoun. A new entity goes at the end of
// d.Entities, so indices already handed out stay valid.
func AddWriter(d *text.Document, tok int) int {
	if tok < 0 || tok >= len(d.Tokens) {
		return -1
	}
	t := d.Tokens[tok]
	if !IsWriterPronoun(d.Text[t.Start:t.End]) {
		return -1
	}
	if e := linkedAt(d, t.Span); e >= 0 {
		return e
	}
	e := writerEntity(d)
	return addMentionOf(d, text.Mention{Span: t.Span, Kind: text.MentionPronoun, Type: d.Entities[e].Type}, e)
}

// writerEntity returns the index of the writer's entity, adding it when
// missing. With a known author an entity of that name is the writer (a
// column that names its author in the text as well).
func writerEntity(d *text.Document) int {
	name, typ := strings.TrimSpace(d.Author), "PERSON"
	if name == "" {
		name, typ = writerUnnamed, WriterType
	}
	for i, x := range d.Entities {
		if x.Type == typ && strings.EqualFold(x.Name, name) {
			return i
		}
	}
	return newEntity(d, text.Entity{Name: name, Type: typ})
}
