package entity

import "testing"

func TestTitlesAndInitialsInNames(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string
		a, b  string // the mentions, first occurrence of each
		same  bool
		want  string // the entity's name
	}{
		{"a rank before a surname joins the full name",
			"Hugo Pell led the parade. Later Gen Pell reviewed the troops.",
			[]string{"PERSON:Hugo Pell", "PERSON:Gen Pell"}, "Hugo Pell", "Gen Pell", true, "Hugo Pell"},
		{"a middle initial does not keep a name apart",
			"Hugo T Pell signed the order. Hugo Pell then left for the coast.",
			[]string{"PERSON:Hugo T Pell", "PERSON:Hugo Pell"}, "Hugo T Pell", "Hugo Pell", true, "Hugo T Pell"},
		{"a job title does not keep a name apart",
			"Greta Lind cancelled the tour. Singer Lind said she was unwell.",
			[]string{"PERSON:Greta Lind", "PERSON:Singer Lind"}, "Greta Lind", "Singer Lind", true, "Greta Lind"},
		{"a body's name keeps its first word",
			"General Zenco cut its prices.",
			[]string{"ORG:General Zenco"}, "General Zenco", "General Zenco", true, "General Zenco"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc(t, tc.text, "", tc.names...)
			a, b := entityOf(t, d, tc.a, 0), entityOf(t, d, tc.b, 0)
			if a == nil || b == nil || (a == b) != tc.same || a.Name != tc.want {
				t.Errorf("got %s and %s, want same=%v named %q", describe(a), describe(b), tc.same, tc.want)
			}
		})
	}
}
