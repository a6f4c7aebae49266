package entity

import (
	"strings"

	"dateline/text"
)

// Relative pronouns are sources too: in "critics, who say …" the source
// is as much "who" as "critics".

// relativeWords are the relative pronouns that stand for a person or
// body: "critics, who say", "the agency, which said".
var relativeWords = map[string]bool{"who": true, "whom": true, "which": true, "whose": true}

// relativeOf returns the noun a relative pronoun at token i stands for (the
// head of its relative clause's antecedent), or -1.
func relativeOf(d *text.Document, i int) int {
	// The parse is looked at before the word: few tokens hang on a
	// relative clause, and every token of the document is asked.
	t := &d.Tokens[i] // not copied: every token of the document is asked
	if t.Head < 0 || t.Head >= len(d.Tokens) {
		return -1
	}
	c := &d.Tokens[t.Head]
	if c.Rel != "acl:relcl" || c.Head < 0 || c.Head >= len(d.Tokens) || c.Head > i {
		return -1
	}
	if !relativeWords[strings.ToLower(d.Text[t.Start:t.End])] {
		return -1
	}
	return c.Head
}

// relatives links each relative pronoun to the entity of its antecedent:
// in "critics, who say …" the source is as much "who" as "critics".
func (r *resolver) relatives() {
	if !r.parsed {
		return
	}
	for i := range r.d.Tokens {
		a := relativeOf(r.d, i)
		if a < 0 || r.covered(i) {
			continue
		}
		if e := r.entityAt(a); e >= 0 {
			t := r.d.Tokens[i]
			r.addMention(text.Span{Start: t.Start, End: t.End}, text.MentionPronoun, r.ents[e].typ, e)
		}
	}
}

// entityAt returns the working entity of the shortest mention covering
// token i, or -1.
func (r *resolver) entityAt(i int) int {
	t := r.d.Tokens[i]
	best, size := -1, 0
	for mi, m := range r.d.Mentions {
		if e, ok := r.entOf(mi); ok && m.Start <= t.Start && t.End <= m.End && (best < 0 || m.End-m.Start < size) {
			best, size = e, m.End-m.Start
		}
	}
	return best
}

// linkRelatives gives entity e a pronoun mention for every relative
// pronoun whose antecedent is token h (for AddSource, which runs after
// the stage).
func linkRelatives(d *text.Document, h, e int) {
	for i := h + 1; i < len(d.Tokens) && i < h+40; i++ {
		if relativeOf(d, i) != h {
			continue
		}
		t := d.Tokens[i]
		addMentionOf(d, text.Mention{Span: text.Span{Start: t.Start, End: t.End}, Kind: text.MentionPronoun, Type: d.Entities[e].Type}, e)
	}
}
