package syntax

import (
	"context"
	"testing"

	"dateline/text"
)

// A "'s" the ner stage put at the end of a firm's name is no possessive
// before a verb: the name is the verb's subject ("Penhallow's said profits
// rose" read "said" as a participle before "profits"). Before a noun the
// "'s" is parsed as it is.
func TestNameCliticBeforeAVerb(t *testing.T) {
	d := text.NewDocument(text.Article{Text: "Penhallow's said profits rose. Penhallow's shops closed."})
	if err := text.NewSegmenter().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	word := func(i int) string { return d.Slice(d.Tokens[i].Span) }
	for i := range d.Tokens {
		d.Tokens[i].NER = "O"
		switch {
		case word(i) == "Penhallow":
			d.Tokens[i].NER = "B-ORG"
		case word(i) == "'s":
			d.Tokens[i].NER = "I-ORG"
		}
	}
	if err := NewStage().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	// Penhallow 's said profits rose . Penhallow 's shops closed .
	said, name, clitic := d.Tokens[2], d.Tokens[0], d.Tokens[1]
	if said.UPOS != "VERB" || said.Head != -1 || name.Head != 2 || name.Rel != "nsubj" {
		t.Errorf("said %+v, name %+v: want the name the subject of the root \"said\"", said, name)
	}
	if clitic.Head != 0 || clitic.Rel != "case" || clitic.XPOS != "POS" {
		t.Errorf("'s %+v: want a case marker on the name", clitic)
	}
	if shops := d.Tokens[8]; shops.Head != 9 || d.Tokens[6].Head != 8 {
		t.Errorf("shops %+v, name %+v: want the possessive parse", shops, d.Tokens[6])
	}
}
