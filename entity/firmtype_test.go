package entity

import "testing"

// A name the tagger took for a product is a firm when a firm's title
// follows it or when it speaks; a person's name and a plural stay as typed.
func TestFirmByTitleOrSpeech(t *testing.T) {
	wantPhraseTypes(t, []phraseType{
		{"a firm's title after the name",
			"Velmora boss Ana Ruiz left. Velmora cut prices. Velmora sold cars.",
			[]string{"MISC:Velmora", "PERSON:Ana Ruiz", "MISC:Velmora", "MISC:Velmora"}, "Velmora", "ORG"},
		{"the name speaks",
			"Drenthall sold 2 million cars. Drenthall said the outlook was stable. Drenthall opened a plant.",
			[]string{"MISC:Drenthall", "MISC:Drenthall", "MISC:Drenthall"}, "Drenthall", "ORG"},
		{"a person's name that speaks stays",
			"Nicola Brannagh said the plan was fair. Nicola Brannagh left.",
			[]string{"MISC:Nicola Brannagh", "MISC:Nicola Brannagh"}, "Nicola Brannagh", "MISC"},
		{"a nationality the gazetteer lacks stays",
			"A Velmorean said the vote was fair. Another Velmorean disagreed.",
			[]string{"MISC:Velmorean", "MISC:Velmorean"}, "Velmorean", "MISC"},
		{"a product that does not speak stays",
			"The Velmora Quint sold well. Buyers liked the Velmora Quint.",
			[]string{"MISC:Velmora Quint", "MISC:Velmora Quint"}, "Velmora Quint", "MISC"},
	})
}

// phraseType is a case of wantPhraseTypes: every mention of phrase in
// text, with the names given typed as they are, ends typed want.
type phraseType struct {
	name   string
	text   string
	names  []string
	phrase string
	want   string
}

func wantPhraseTypes(t *testing.T, tests []phraseType) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := typedDocWith(t, true, tc.text, tc.names...)
			for _, m := range d.Mentions {
				if d.Slice(m.Span) == tc.phrase && m.Type != tc.want {
					t.Errorf("%q typed %s, want %s", tc.phrase, m.Type, tc.want)
				}
			}
		})
	}
}
