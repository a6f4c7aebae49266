package quote

import (
	"strings"
	"testing"
)

// TestTitleRunSpeaker checks the one reading of the words from a cue's
// subject to its verb: the person a title run names, given the entity
// the subject's phrase gave, and the guards each case keeps (another
// person first, a lower-case "of", a subject that already names a
// person).
func TestTitleRunSpeaker(t *testing.T) {
	people := []person{{"Ana Ruiz", []string{"Ana Ruiz"}}, {"Tom Weller", []string{"Tom Weller"}}, {"ORG:Acme", []string{"Acme"}}}
	tests := []struct {
		name, text string
		parse      []string
		subj, sp   string // the subject word; the entity its phrase gave ("": none)
		verb       string // the cue ("said" when empty)
		want       string
	}{
		{
			name: "a body, a title and a name before the verb",
			text: "Acme chief economist Ana Ruiz said the rates would hold.",
			parse: []string{"PROPN/Acme/6/nsubj ADJ/chief/3/amod NOUN/economist/1/appos PROPN/Ana/6/nsubj PROPN/Ruiz/4/flat " +
				"VERB:VBD/say/0/root DET/the/8/det NOUN/rate/10/nsubj AUX/would/10/aux VERB/hold/6/ccomp PUNCT/./6/punct"},
			subj: "Acme", sp: "Acme", want: "Ana Ruiz",
		},
		{
			name: "a subject that names a person keeps it",
			text: "Acme chief economist Ana Ruiz said the rates would hold.",
			parse: []string{"PROPN/Acme/6/nsubj ADJ/chief/3/amod NOUN/economist/1/appos PROPN/Ana/6/nsubj PROPN/Ruiz/4/flat " +
				"VERB:VBD/say/0/root DET/the/8/det NOUN/rate/10/nsubj AUX/would/10/aux VERB/hold/6/ccomp PUNCT/./6/punct"},
			subj: "Acme", sp: "Tom Weller", want: "Tom Weller",
		},
		{
			name: "another person first in the run",
			text: "Acme director Tom Weller's aide Ana Ruiz said the rates would hold.",
			parse: []string{"PROPN/Acme/9/nsubj NOUN/director/3/compound PROPN/Tom/6/nmod:poss PROPN/Weller/3/flat PART/'s/3/case " +
				"NOUN/aide/9/nsubj PROPN/Ana/6/appos PROPN/Ruiz/7/flat VERB:VBD/say/0/root DET/the/11/det NOUN/rate/13/nsubj " +
				"AUX/would/13/aux VERB/hold/9/ccomp PUNCT/./9/punct"},
			subj: "Acme", sp: "Acme", want: "Acme",
		},
		{
			name: "of between capitalised words",
			text: "Prime Minister of Ruritania Ana Ruiz said the rates would hold.",
			parse: []string{"PROPN/Prime/2/compound PROPN/Minister/7/nsubj ADP/of/4/case PROPN/Ruritania/2/nmod PROPN/Ana/7/nsubj " +
				"PROPN/Ruiz/5/flat VERB:VBD/say/0/root DET/the/9/det NOUN/rate/11/nsubj AUX/would/11/aux VERB/hold/7/ccomp PUNCT/./7/punct"},
			subj: "Minister", want: "Ana Ruiz",
		},
		{
			name: "a lower-case of before the title",
			text: "A longtime friend of former Acme boss Ana Ruiz has said the rates would hold.",
			parse: []string{"DET/a/3/det ADJ/longtime/3/amod NOUN/friend/11/nsubj ADP/of/7/case ADJ/former/7/amod PROPN/Acme/7/compound " +
				"NOUN/boss/3/nmod PROPN/Ana/7/appos PROPN/Ruiz/8/flat AUX:VBZ/have/11/aux VERB:VBN/say/0/root DET/the/13/det " +
				"NOUN/rate/15/nsubj AUX/would/15/aux VERB/hold/11/ccomp PUNCT/./11/punct"},
			subj: "friend", want: "",
		},
		{
			name: "a name between commas after a title",
			text: "The deputy head, Ana Ruiz, said the rates would hold.",
			parse: []string{"DET/the/3/det ADJ/deputy/3/amod NOUN/head/8/nsubj PUNCT/,/5/punct PROPN/Ana/3/appos PROPN/Ruiz/5/flat " +
				"PUNCT/,/3/punct VERB:VBD/say/0/root DET/the/10/det NOUN/rate/12/nsubj AUX/would/12/aux VERB/hold/8/ccomp PUNCT/./8/punct"},
			subj: "head", want: "Ana Ruiz",
		},
		{
			name: "a name between commas after another person",
			text: "Acme director Tom Weller's deputy, Ana Ruiz, said the rates would hold.",
			parse: []string{"PROPN/Acme/11/nsubj NOUN/director/3/compound PROPN/Tom/6/nmod:poss PROPN/Weller/3/flat PART/'s/3/case " +
				"NOUN/deputy/11/nsubj PUNCT/,/8/punct PROPN/Ana/6/appos PROPN/Ruiz/8/flat PUNCT/,/6/punct VERB:VBD/say/0/root " +
				"DET/the/13/det NOUN/rate/15/nsubj AUX/would/15/aux VERB/hold/11/ccomp PUNCT/./11/punct"},
			subj: "Acme", sp: "Acme", want: "Acme",
		},
		{
			name: "a lower-case title tagged a verb",
			text: "Acme delegate Ana Ruiz added the rates would hold.",
			parse: []string{"PROPN/Acme/2/nsubj VERB/delegate/0/root PROPN/Ana/2/obj PROPN/Ruiz/3/flat " +
				"VERB:VBD/add/2/xcomp DET/the/7/det NOUN/rate/9/nsubj AUX/would/9/aux VERB/hold/5/ccomp PUNCT/./2/punct"},
			subj: "Acme", sp: "Acme", verb: "added", want: "Ana Ruiz",
		},
		{
			name: "a participle tagged a verb before a title",
			text: "Acme managing director Tom Weller has denied the rates would rise.",
			parse: []string{"PROPN/Acme/7/nsubj VERB/manage/1/acl NOUN/director/2/obj PROPN/Tom/3/appos PROPN/Weller/4/flat " +
				"AUX/have/7/aux VERB:VBN/deny/0/root DET/the/9/det NOUN/rate/11/nsubj AUX/would/11/aux VERB/rise/7/ccomp PUNCT/./7/punct"},
			subj: "Acme", sp: "Acme", verb: "denied", want: "Tom Weller",
		},
		{
			name: "and between capitalised words, a lower-case noun tagged a name before the person",
			text: "Acme and Tarn centre Ana Ruiz said the rates would hold.",
			parse: []string{"PROPN/Acme/7/nsubj CCONJ/and/3/cc PROPN/Tarn/1/conj PROPN/centre/1/flat PROPN/Ana/1/flat " +
				"PROPN/Ruiz/1/flat VERB:VBD/say/0/root DET/the/9/det NOUN/rate/11/nsubj AUX/would/11/aux VERB/hold/7/ccomp PUNCT/./7/punct"},
			subj: "Acme", sp: "Acme", want: "Ana Ruiz",
		},
		{
			name: "an inverted attribution: a body, a title and a name after the verb",
			text: `"Rates will hold," said Acme chief executive Ana Ruiz.`,
			parse: []string{`PUNCT/"/4/punct NOUN/rate/4/nsubj AUX/will/4/aux VERB/hold/7/ccomp PUNCT/,/4/punct PUNCT/"/4/punct ` +
				"VERB:VBD/say/0/root PROPN/Acme/7/nsubj ADJ/chief/10/amod ADJ/executive/11/amod PROPN/Ana/8/appos " +
				"PROPN/Ruiz/11/flat PUNCT/./7/punct"},
			subj: "Acme", sp: "Acme", want: "Ana Ruiz",
		},
		{
			name: "an inverted attribution with no title before the name",
			text: `"Rates will hold," said Acme and Ana Ruiz.`,
			parse: []string{`PUNCT/"/4/punct NOUN/rate/4/nsubj AUX/will/4/aux VERB/hold/7/ccomp PUNCT/,/4/punct PUNCT/"/4/punct ` +
				"VERB:VBD/say/0/root PROPN/Acme/7/nsubj CCONJ/and/10/cc PROPN/Ana/8/conj " +
				"PROPN/Ruiz/10/flat PUNCT/./7/punct"},
			subj: "Acme", sp: "Acme", want: "Acme",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var named []person // every entity, with its mention when the text has it
			for _, p := range people {
				if !strings.Contains(tt.text, p.mentions[0]) {
					p.mentions = nil
				}
				named = append(named, p)
			}
			d := parsedDoc(t, tt.text, tt.parse, named...)
			w := &work{minReported: minReportedCue}
			w.reset(d, testLexicon(t))
			tok := func(word string) int {
				for i := range d.Tokens {
					if w.word(i) == word {
						return i
					}
				}
				t.Fatalf("no token %q", word)
				return -1
			}
			ent := func(name string) int {
				for i, e := range d.Entities {
					if e.Name == name {
						return i
					}
				}
				if name != "" {
					t.Fatalf("no entity %q", name)
				}
				return -1
			}
			verb := tt.verb
			if verb == "" {
				verb = "said"
			}
			got := w.titleRunSpeaker(tok(tt.subj), tok(verb), ent(tt.sp))
			if got != ent(tt.want) {
				name := ""
				if got >= 0 {
					name = d.Entities[got].Name
				}
				t.Errorf("speaker %q, want %q", name, tt.want)
			}
		})
	}
}
