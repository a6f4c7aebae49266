package entity

import "testing"

// TestFirmInList: a name listed with firms the gazetteer knows is a firm,
// though the tagger read a person's name in it every time (regression:
// "Google, Yahoo and Microsoft" gave a PERSON "Yahoo").
func TestFirmInList(t *testing.T) {
	tests := []struct {
		name, text string
		names      []string
		phrase     string
		want       string
	}{
		{"a list of firms",
			"Search firms such as Google, Zentrix and Microsoft are racing to index video. Zentrix said it would hire staff.",
			[]string{"ORG:Google", "PERSON:Zentrix", "ORG:Microsoft", "PERSON:Zentrix"}, "Zentrix", "ORG"},
		{"two firms joined by and",
			"Rivals such as Zentrix and Google have grown. Zentrix has doubled its staff.",
			[]string{"PERSON:Zentrix", "ORG:Google", "PERSON:Zentrix"}, "Zentrix", "ORG"},
		{"a body only the tagger calls one is no evidence",
			"Fans of Velvet Harbour and Zentrix packed the hall. Zentrix sang last.",
			[]string{"ORG:Velvet Harbour", "PERSON:Zentrix", "PERSON:Zentrix"}, "Zentrix", "PERSON"},
		{"commas alone make no list",
			"Zentrix, Google's first investor, spoke on Monday. Zentrix said little.",
			[]string{"PERSON:Zentrix", "ORG:Google", "PERSON:Zentrix"}, "Zentrix", "PERSON"},
		{"a person's name opening with a given name",
			"Speakers included Google and Helen Marsh. Helen Marsh spoke first.",
			[]string{"ORG:Google", "PERSON:Helen Marsh", "PERSON:Helen Marsh"}, "Helen Marsh", "PERSON"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := typedDocWith(t, true, tc.text, tc.names...)
			if e := entityAt(d, tc.phrase); e == nil || e.Type != tc.want {
				t.Errorf("%s is %s, want %s", tc.phrase, describe(e), tc.want)
			}
		})
	}
}
