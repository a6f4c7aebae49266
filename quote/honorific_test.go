package quote

import (
	"testing"

	"dateline/text"
)

// TestHonorificSpeaker checks that a subject headed by an honorific with
// a surname the tagger left without a mention speaks as the person named
// before with that surname, or as a new person of that name, not as the
// honorific.
func TestHonorificSpeaker(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		people     []person
		want       string
	}{
		// An entity named "Deputy" or "Harbour" is a source the entity
		// stage made of the word: its mention is made nominal below.
		{
			name: "a surname with no mention after an honorific",
			text: "Tom Frost runs the bank. Mr Frost said the rates would hold.",
			parse: []string{"PROPN/Tom/3/nsubj PROPN/Frost/1/flat VERB:VBZ/run/0/root DET/the/5/det NOUN/bank/3/obj PUNCT/./3/punct",
				"PROPN/Mr/3/nsubj PROPN/Frost/1/flat VERB:VBD/say/0/root DET/the/5/det NOUN/rate/7/nsubj AUX/would/7/aux " +
					"VERB/hold/3/ccomp PUNCT/./3/punct"},
			people: []person{{"Tom Frost", []string{"Tom Frost"}}},
			want:   "Tom Frost",
		},
		{
			name: "a name parsed as a conjunct of the title opening its run",
			text: "Deputy Harbour Master Ana Ruiz said the ferry would run.",
			parse: []string{"NOUN/deputy/6/nsubj ADJ/Harbour/3/amod PROPN/Master/4/nmod:desc PROPN/Ana/1/conj PROPN/Ruiz/4/flat " +
				"VERB:VBD/say/0/root DET/the/8/det NOUN/ferry/10/nsubj AUX/would/10/aux VERB/run/6/ccomp PUNCT/./6/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}, {"Deputy", []string{"Deputy"}}},
			want:   "Ana Ruiz",
		},
		{
			name: "a name after a capitalised word that is no title",
			text: "Harbour Ana Ruiz said the ferry would run.",
			parse: []string{"NOUN/harbour/4/nsubj PROPN/Ana/1/conj PROPN/Ruiz/2/flat VERB:VBD/say/0/root " +
				"DET/the/6/det NOUN/ferry/8/nsubj AUX/would/8/aux VERB/run/4/ccomp PUNCT/./4/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}, {"Harbour", []string{"Harbour"}}},
			want:   "Harbour",
		},
		{
			name: "a surname no one had before",
			text: "The court sat late. Lord Weller said the rules would change.",
			parse: []string{"DET/the/2/det NOUN/court/3/nsubj VERB:VBD/sit/0/root ADV/late/3/advmod PUNCT/./3/punct",
				"PROPN/Lord/3/nsubj PROPN/Weller/1/flat VERB:VBD/say/0/root DET/the/5/det NOUN/rule/7/nsubj AUX/would/7/aux " +
					"VERB/change/3/ccomp PUNCT/./3/punct"},
			want: "Weller",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, tt.people...)
			for i, m := range d.Mentions {
				if w := d.Slice(m.Span); w == "Deputy" || w == "Harbour" {
					d.Mentions[i].Kind = text.MentionNominal
				}
			}
			runQuotes(t, d)
			for _, g := range describe(d, d.Quotes) {
				if g.cue == "said" {
					if g.speaker != tt.want {
						t.Errorf("speaker %q, want %q (quotes %+v)", g.speaker, tt.want, describe(d, d.Quotes))
					}
					return
				}
			}
			t.Errorf("no quote cued by said among %+v", describe(d, d.Quotes))
		})
	}
}

// TestPersonBeforeVerb checks that a person named right before the verb,
// after a title run that the parse headed with a body or place as the
// subject, speaks; and that with no title word between, or a word that
// is no part of a title, the body keeps it.
func TestPersonBeforeVerb(t *testing.T) {
	people := []person{{"Ana Ruiz", []string{"Ana Ruiz"}}, {"ORG:Acme", []string{"Acme"}}}
	tests := []struct {
		name, text string
		parse      []string
		want       string
	}{
		{
			name: "a body, a title and a name",
			text: "Acme chief economist Ana Ruiz said the rates would hold.",
			parse: []string{"PROPN/Acme/6/nsubj ADJ/chief/3/amod NOUN/economist/1/appos PROPN/Ana/6/nsubj PROPN/Ruiz/4/flat " +
				"VERB:VBD/say/0/root DET/the/8/det NOUN/rate/10/nsubj AUX/would/10/aux VERB/hold/6/ccomp PUNCT/./6/punct"},
			want: "Ana Ruiz",
		},
		{
			name: "a possessive body and an auxiliary",
			text: "Acme's chief executive Ana Ruiz has said the rates would hold.",
			parse: []string{"PROPN/Acme/8/nsubj PART/'s/1/case ADJ/chief/4/amod NOUN/executive/1/appos PROPN/Ana/8/nsubj PROPN/Ruiz/5/flat " +
				"AUX:VBZ/have/8/aux VERB:VBN/say/0/root DET/the/10/det NOUN/rate/12/nsubj AUX/would/12/aux VERB/hold/8/ccomp PUNCT/./8/punct"},
			want: "Ana Ruiz",
		},
		{
			name: "a name between commas after a title phrase",
			text: "The head of the Acme ferry firm, Ana Ruiz, said the rates would hold.",
			parse: []string{"DET/the/2/det NOUN/head/12/nsubj ADP/of/7/case DET/the/7/det PROPN/Acme/7/compound NOUN/ferry/7/compound " +
				"NOUN/firm/2/nmod PUNCT/,/9/punct PROPN/Ana/7/appos PROPN/Ruiz/9/flat PUNCT/,/2/punct VERB:VBD/say/0/root " +
				"DET/the/14/det NOUN/rate/16/nsubj AUX/would/16/aux VERB/hold/12/ccomp PUNCT/./12/punct"},
			want: "Ana Ruiz",
		},
		{
			name: "no title between",
			text: "Acme Ana Ruiz said the rates would hold.",
			parse: []string{"PROPN/Acme/4/nsubj PROPN/Ana/4/nsubj PROPN/Ruiz/2/flat " +
				"VERB:VBD/say/0/root DET/the/6/det NOUN/rate/8/nsubj AUX/would/8/aux VERB/hold/4/ccomp PUNCT/./4/punct"},
			want: "Acme",
		},
		{
			name: "a conjunction between",
			text: "Acme and Ana Ruiz said the rates would hold.",
			parse: []string{"PROPN/Acme/5/nsubj CCONJ/and/3/cc PROPN/Ana/1/conj PROPN/Ruiz/3/flat " +
				"VERB:VBD/say/0/root DET/the/7/det NOUN/rate/9/nsubj AUX/would/9/aux VERB/hold/5/ccomp PUNCT/./5/punct"},
			want: "Acme",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, people...)
			runQuotes(t, d)
			for _, g := range describe(d, d.Quotes) {
				if g.cue == "said" {
					if g.speaker != tt.want {
						t.Errorf("speaker %q, want %q (quotes %+v)", g.speaker, tt.want, describe(d, d.Quotes))
					}
					return
				}
			}
			t.Errorf("no quote cued by said among %+v", describe(d, d.Quotes))
		})
	}
}
