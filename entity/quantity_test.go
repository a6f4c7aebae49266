package entity

import (
	"strings"
	"testing"
)

// TestAddSourceQuantity checks the entity of a quantity subject on a
// hand-set parse: each token is "UPOS/head/rel", head 1-based (0: root);
// "VERB:VBN/…" sets the XPOS too.
func TestAddSourceQuantity(t *testing.T) {
	tests := []struct {
		name, text, parse, head string
		want, typ               string // the new entity's name and type, "" for none
	}{
		{"what it counts joins the quantity", "Most of the farmers said no.",
			"ADJ/5/nsubj ADP/4/case DET/4/det NOUN/1/nmod VERB/0/root ADV/5/obj PUNCT/5/punct", "Most", "Most of the farmers", "GROUP"},
		{"a word before counts too", "Nearly seven of 10 farmers agree.",
			"ADV/2/advmod NUM/6/nsubj ADP/5/case NUM/5/nummod NOUN/2/nmod VERB/0/root PUNCT/6/punct", "seven", "Nearly seven of 10 farmers", "GROUP"},
		{"what it counts joins the quantity when the parse hangs it elsewhere", "Most of whom agreed.",
			"ADJ/4/nsubj ADP/3/case PRON/4/nsubj VERB/0/root PUNCT/4/punct", "Most", "Most of whom", "GROUP"},
		{"a bare quantity", "Some agree.", "DET/2/nsubj VERB/0/root PUNCT/2/punct", "Some", "Some", "GROUP"},
		{"no one is a person", "No one agreed.", "DET/2/det PRON/3/nsubj VERB/0/root PUNCT/3/punct", "one", "No one", "PERSON"},
		{"a personal pronoun is not a quantity", "He agreed.", "PRON/2/nsubj VERB/0/root PUNCT/2/punct", "He", "", ""},
		{"a bare number that speaks is people", "Ten agreed.", "NUM/2/nsubj VERB/0/root PUNCT/2/punct", "Ten", "Ten", "GROUP"},
		{"a year is a figure", "1998 showed it.", "NUM/2/nsubj VERB/0/root PRON/2/obj PUNCT/2/punct", "1998", "", ""},
		{"the end of a range is a figure", "On May 3 and 4 it will rule.",
			"ADP/3/case PROPN/3/nmod NUM/8/obl CCONJ/5/cc NUM/8/nsubj PRON/8/nsubj AUX/8/aux VERB/0/root PUNCT/8/punct", "4", "", ""},
		{"a ratio counts from its first number", "Almost three in eight agree.",
			"ADV/2/advmod NUM/4/nummod ADP/4/case NUM/5/nsubj VERB/0/root PUNCT/5/punct", "eight", "Almost three in eight", "GROUP"},
		{"a ratio with out of", "Seven out of 12 agree.",
			"NUM/5/nsubj ADP/4/case ADP/4/case NUM/1/nmod VERB/0/root PUNCT/5/punct", "12", "Seven out of 12", "GROUP"},
		{"those with a participle read as the subject", "Those asked disagreed.",
			"PRON/3/nsubj:outer VERB:VBN/3/nsubj VERB/0/root PUNCT/3/punct", "Those", "Those asked", "GROUP"},
		{"one alone is a person", "One agreed.", "NUM/2/nsubj VERB/0/root PUNCT/2/punct", "One", "One", "PERSON"},
		{"a noun read as an adjective after its article", "The editorial agreed.", "DET/2/det ADJ:JJ/3/amod VERB/0/root PUNCT/3/punct",
			"editorial", "editorial", "MISC"},
		{"a superlative is none", "The best agreed.", "DET/2/det ADJ:JJS/3/amod VERB/0/root PUNCT/3/punct", "best", "", ""},
		{"an adjective before its noun is none", "The new rules agreed.", "DET/3/det ADJ/3/amod NOUN/4/nsubj VERB/0/root PUNCT/4/punct",
			"new", "", ""},
		{"both read as a conjunction", "Both agreed.", "CCONJ/2/nsubj VERB/0/root PUNCT/2/punct", "Both", "Both", "GROUP"},
		{"those with a participle are the people asked", "Those polled disagreed.",
			"PRON/3/nsubj VERB:VBN/1/acl VERB/0/root PUNCT/3/punct", "Those", "Those polled", "GROUP"},
		{"another stands for one more person", "Another disagreed.", "DET/2/nsubj VERB/0/root PUNCT/2/punct", "Another", "Another", "PERSON"},
		{"each stands for the people named before", "Each disagreed.", "DET/2/nsubj VERB/0/root PUNCT/2/punct", "Each", "Each", "GROUP"},
		{"a percentage with its number", "Forty % disagreed.", "NUM/2/nummod SYM/3/nsubj VERB/0/root PUNCT/3/punct", "%", "Forty %", "GROUP"},
		{"a bare percent sign is no one", "% disagreed.", "SYM/2/nsubj VERB/0/root PUNCT/2/punct", "%", "", ""},
		{"a margin after a preposition is no one", "By 40 % it fell.",
			"ADP/3/case NUM/3/nummod SYM/5/obl PRON/5/nsubj VERB/0/root PUNCT/5/punct", "%", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc(t, tc.text, "")
			specs := strings.Fields(tc.parse)
			if len(specs) != len(d.Tokens) {
				t.Fatalf("%d specs for %d tokens", len(specs), len(d.Tokens))
			}
			for i, sp := range specs {
				f := strings.Split(sp, "/")
				h := 0
				for _, c := range f[1] {
					h = h*10 + int(c-'0')
				}
				d.Tokens[i].UPOS, d.Tokens[i].Head, d.Tokens[i].Rel = f[0], h-1, f[2]
				d.Tokens[i].UPOS, d.Tokens[i].XPOS, _ = strings.Cut(f[0], ":") // "VERB:VBN" sets the XPOS too
			}
			n := len(d.Entities)
			e := AddSource(d, tokenOf(t, d, tc.head))
			switch {
			case tc.want == "" && e >= n:
				t.Errorf("AddSource(%q) made %q, want no new entity", tc.head, d.Entities[e].Name)
			case tc.want == "":
			case e < 0:
				t.Errorf("AddSource(%q) = -1, want %q", tc.head, tc.want)
			case d.Entities[e].Name != tc.want || d.Entities[e].Type != tc.typ:
				t.Errorf("AddSource(%q) = %q %s, want %q %s", tc.head, d.Entities[e].Name, d.Entities[e].Type, tc.want, tc.typ)
			}
		})
	}
}
