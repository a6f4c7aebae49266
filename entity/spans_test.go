package entity

import "testing"

func TestPersonSpansMended(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string
		want  string // the entity's name; "" for no entity
		at    string // the mention's text once mended
	}{
		{"lower-case words after the name are the sentence's",
			"Later Mr Quill has spoken to the council.", []string{"PERSON:Mr Quill has"}, "Quill", "Mr Quill"},
		{"a capital inside keeps a lower-case surname",
			"The painter Ana deVries sold two canvases.", []string{"PERSON:Ana deVries"}, "Ana deVries", "Ana deVries"},
		{"a nationality before a full name is a modifier",
			"Norwegian Greta Pell won the final in straight sets.", []string{"PERSON:Norwegian Greta Pell"}, "Greta Pell", "Greta Pell"},
		{"a country before a full name is a modifier",
			"The envoy met United States Hugo Pell at noon.", []string{"PERSON:United States Hugo Pell"}, "Hugo Pell", "Hugo Pell"},
		{"a nationality before a surname alone stays",
			"Norwegian Pell won the final.", []string{"PERSON:Norwegian Pell"}, "Norwegian Pell", "Norwegian Pell"},
		{"a role phrase is no person",
			"The Opposition leader walked out of the chamber.", []string{"PERSON:Opposition leader"}, "", "Opposition leader"},
		{"a name before a role is a person",
			"Hugo Pell MP walked out of the chamber.", []string{"PERSON:Hugo Pell MP"}, "Hugo Pell MP", "Hugo Pell MP"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc(t, tc.text, "", tc.names...)
			e := entityOf(t, d, tc.at, 0)
			switch {
			case tc.want == "" && e != nil:
				t.Errorf("got %s, want no entity", describe(e))
			case tc.want != "" && (e == nil || e.Name != tc.want):
				t.Errorf("got %s, want %q", describe(e), tc.want)
			}
		})
	}
}
