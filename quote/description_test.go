package quote

import "testing"

// TestDescriptionSpeaker checks that an age used as a noun ("the
// 27-year-old") speaks as the person just quoted, or, with no quote near,
// as the person last named as a subject; that another person brought in
// by name at the start of a sentence between takes over; and that a
// nationality ("the Norwegian") speaks as the person just quoted only.
func TestDescriptionSpeaker(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		people     []person
		want       string
	}{
		{
			name: "the person last named as a subject",
			text: "Ana Ruiz won the final. The 27-year-old said the crowd had helped.",
			parse: []string{"PROPN/Ana/3/nsubj PROPN/Ruiz/1/flat VERB:VBD/win/0/root DET/the/5/det NOUN/final/3/obj PUNCT/./3/punct",
				"DET/the/2/det NOUN/27-year-old/3/nsubj VERB:VBD/say/0/root DET/the/5/det NOUN/crowd/7/nsubj AUX/have/7/aux " +
					"VERB:VBN/help/3/ccomp PUNCT/./3/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}},
			want:   "Ana Ruiz",
		},
		{
			name: "the person just quoted, over a name in an object",
			text: "\"We were ready,\" said Ana Ruiz. She thanked Tom Weller. The 27-year-old said the crowd had helped.",
			parse: []string{"PUNCT/\"/4/punct PRON/we/4/nsubj AUX/be/4/cop ADJ/ready/6/ccomp PUNCT/,/4/punct PUNCT/\"/4/punct " +
				"VERB:VBD/say/0/root PROPN/Ana/6/nsubj PROPN/Ruiz/7/flat PUNCT/./6/punct",
				"PRON/she/2/nsubj VERB:VBD/thank/0/root PROPN/Tom/2/obj PROPN/Weller/3/flat PUNCT/./2/punct",
				"DET/the/2/det NOUN/27-year-old/3/nsubj VERB:VBD/say/0/root DET/the/5/det NOUN/crowd/7/nsubj AUX/have/7/aux " +
					"VERB:VBN/help/3/ccomp PUNCT/./3/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz", "She"}}, {"Tom Weller", []string{"Tom Weller"}}},
			want:   "Ana Ruiz",
		},
		{
			name: "a person whose name opens a sentence between",
			text: "\"We were ready,\" said Ana Ruiz. Tom Weller lost the other semi-final. The 27-year-old said the crowd had helped.",
			parse: []string{"PUNCT/\"/4/punct PRON/we/4/nsubj AUX/be/4/cop ADJ/ready/6/ccomp PUNCT/,/4/punct PUNCT/\"/4/punct " +
				"VERB:VBD/say/0/root PROPN/Ana/6/nsubj PROPN/Ruiz/7/flat PUNCT/./6/punct",
				"PROPN/Tom/3/nsubj PROPN/Weller/1/flat VERB:VBD/lose/0/root DET/the/6/det ADJ/other/6/amod NOUN/semi-final/3/obj PUNCT/./3/punct",
				"DET/the/2/det NOUN/27-year-old/3/nsubj VERB:VBD/say/0/root DET/the/5/det NOUN/crowd/7/nsubj AUX/have/7/aux " +
					"VERB:VBN/help/3/ccomp PUNCT/./3/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}, {"Tom Weller", []string{"Tom Weller"}}},
			want:   "Tom Weller",
		},
		{
			name: "a nationality, the person just quoted",
			text: "\"We were ready,\" said Ana Ruiz. The Norwegian said the crowd had helped.",
			parse: []string{"PUNCT/\"/4/punct PRON/we/4/nsubj AUX/be/4/cop ADJ/ready/6/ccomp PUNCT/,/4/punct PUNCT/\"/4/punct " +
				"VERB:VBD/say/0/root PROPN/Ana/6/nsubj PROPN/Ruiz/7/flat PUNCT/./6/punct",
				"DET/the/2/det PROPN/Norwegian/3/nsubj VERB:VBD/say/0/root DET/the/5/det NOUN/crowd/7/nsubj AUX/have/7/aux " +
					"VERB:VBN/help/3/ccomp PUNCT/./3/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}, {"NORP:Norwegian", []string{"Norwegian"}}},
			want:   "Ana Ruiz",
		},
		{
			name: "a nationality with no one quoted before",
			text: "Ana Ruiz won the final. The Norwegian said the crowd had helped.",
			parse: []string{"PROPN/Ana/3/nsubj PROPN/Ruiz/1/flat VERB:VBD/win/0/root DET/the/5/det NOUN/final/3/obj PUNCT/./3/punct",
				"DET/the/2/det PROPN/Norwegian/3/nsubj VERB:VBD/say/0/root DET/the/5/det NOUN/crowd/7/nsubj AUX/have/7/aux " +
					"VERB:VBN/help/3/ccomp PUNCT/./3/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}, {"NORP:Norwegian", []string{"Norwegian"}}},
			want:   "Norwegian",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, tt.people...)
			runQuotes(t, d)
			gs := describe(d, d.Quotes)
			for _, g := range gs {
				if g.kind == "indirect" && g.text == "the crowd had helped" {
					if g.speaker != tt.want {
						t.Errorf("speaker %q, want %q (quotes %+v)", g.speaker, tt.want, gs)
					}
					return
				}
			}
			t.Errorf("no reported quote \"the crowd had helped\" among %+v", gs)
		})
	}
}
