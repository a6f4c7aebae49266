package event

import (
	"testing"

	"dateline/text"
)

// heCriticizedPoland is rowsMet's sentence and then "He criticized
// Poland", as two sentences.
func heCriticizedPoland(t *testing.T) *text.Document {
	t.Helper()
	rows := append(append([]string{}, rowsMet...),
		"He he PRON PRP 12 nsubj",
		"criticized criticize VERB VBD 0 root",
		"Poland Poland PROPN NNP 12 obj")
	d := parsed(t, rows...)
	d.Sentences = []text.Sentence{
		{Span: text.Span{Start: 0, End: d.Tokens[9].End}, FirstToken: 0, EndToken: 10},
		{Span: text.Span{Start: d.Tokens[10].Start, End: len(d.Text)}, FirstToken: 10, EndToken: 13},
	}
	return d
}

// "he" that the entity stage joined to a person without an actor code is
// that person, not the person coded last: in "Mayor X said … Councillor Y
// said … He warned businesses", the event was the mayor's.
func TestPronounOfUncodedPersonIsNotLastPerson(t *testing.T) {
	d := heCriticizedPoland(t)
	// A person the entity stage found elsewhere, whom "He" refers to.
	d.Mentions = []text.Mention{{Span: d.Tokens[10].Span, Kind: text.MentionPronoun, Entity: 0}}
	d.Entities = []text.Entity{{ID: "E1", Name: "Anna Nowak", Type: "PERSON", Mentions: []int{0}}}
	got := codeBuiltin(t, d)
	for _, g := range got[1:] {
		if g == "UKRGOV 111 POL" {
			t.Errorf("got %q: \"He\" coded as the person coded last, though the entity stage made it another person", got)
		}
	}
}

// The entity stage's person may be the one the coder coded last under a
// word of the name: "Ukrainian President Petro Levko met … He criticized"
// with "He" joined to "Petro Levko", who has no code of his own there.
func TestPronounOfLastPersonKept(t *testing.T) {
	d := heCriticizedPoland(t)
	d.Mentions = []text.Mention{{Span: d.Tokens[10].Span, Kind: text.MentionPronoun, Entity: 0}}
	d.Entities = []text.Entity{{ID: "E1", Name: "Petro Levko", Type: "PERSON", Mentions: []int{0}}}
	got := codeBuiltin(t, d)
	if len(got) != 2 || got[1] != "UKRGOV 111 POL" {
		t.Errorf("got %q, want the second event from UKRGOV", got)
	}
}

// A person coded by his role alone is the actor as the entity stage knows
// him: "Prime Minister Anna Nowak criticized Poland" was ---GOV with no
// entity and the name "Prime Minister", so the event was not found under
// her.
func TestRoleOnlyActorIsThePerson(t *testing.T) {
	d := parsed(t,
		"Prime prime PROPN NNP 4 compound",
		"Minister minister PROPN NNP 4 compound",
		"Anna Anna PROPN NNP 4 compound",
		"Nowak Nowak PROPN NNP 5 nsubj",
		"criticized criticize VERB VBD 0 root",
		"Poland Poland PROPN NNP 5 obj")
	span := text.Span{Start: d.Tokens[2].Start, End: d.Tokens[3].End}
	d.Mentions = []text.Mention{{Span: span, Kind: text.MentionName, Entity: 0}}
	d.Entities = []text.Entity{{ID: "E1", Name: "Anna Nowak", Type: "PERSON", Mentions: []int{0}}}
	got := codeBuiltin(t, d)
	if len(got) != 1 || got[0] != "---GOV 111 POL" {
		t.Fatalf("got %q, want ---GOV 111 POL", got)
	}
	if a := d.Events[0].Actor1; a.Entity != 0 || a.Name != "Anna Nowak" {
		t.Errorf("actor 1 = entity %d name %q, want entity 0 \"Anna Nowak\"", a.Entity, a.Name)
	}
}
