package entity

import "testing"

// TestNamesTypedAThing: names the tagger typed MISC that the words around
// them make a person or a firm (sentences written for the test).
func TestNamesTypedAThing(t *testing.T) {
	wantPhraseTypes(t, []phraseType{
		{"a title before a name the gazetteer knows as a town",
			"President Bush's budget plan was attacked on Monday. The Bush administration said the plan would work.",
			[]string{"MISC:Bush", "MISC:Bush"}, "Bush", "PERSON"},
		{"a town's name after in stays as typed",
			"President Bush's budget plan was attacked. Aid arrived in Bush on Monday.",
			[]string{"MISC:Bush", "MISC:Bush"}, "Bush", "MISC"},
		{"cited by according to",
			"Sales rose 4%, according to the Velmora Herald. The Velmora Herald also saw prices fall.",
			[]string{"MISC:Velmora Herald", "MISC:Velmora Herald"}, "Velmora Herald", "ORG"},
		{"a product not cited stays",
			"The Velmora Quint sold well, according to dealers. Buyers liked the Velmora Quint.",
			[]string{"MISC:Velmora Quint", "MISC:Velmora Quint"}, "Velmora Quint", "MISC"},
		{"a firm noun in apposition",
			"Zentrix, the software firm, cut 200 jobs. Zentrix made games.",
			[]string{"MISC:Zentrix", "MISC:Zentrix"}, "Zentrix", "ORG"},
		{"a person noun before a given name and a surname",
			"The party's Holyrood leader Nicola Brannagh wrote to the minister on Tuesday.",
			[]string{"MISC:Nicola Brannagh"}, "Nicola Brannagh", "PERSON"},
		{"an adjective spelled like a person noun",
			"Zentrix is a major Hong Kong-listed firm.",
			[]string{"MISC:Hong Kong-listed"}, "Hong Kong-listed", "MISC"},
		{"an award after a person noun stays",
			"Her rival Golden Globe Awards nominee lost.",
			[]string{"MISC:Golden Globe Awards"}, "Golden Globe Awards", "MISC"},
	})
}

// TestPersonHead: a source's head noun that no list holds is a person by
// its WordNet sense or a parent's epithet, a firm for the people-nouns
// news uses for firms, else nothing.
func TestPersonHead(t *testing.T) {
	for _, tc := range []struct {
		w, lemma string
		want     byte
	}{
		{"singer", "singer", 'p'},
		{"presenter", "presenter", 'p'},
		{"teenager", "teenager", 'p'},
		{"pundits", "pundit", 'p'},
		{"mother-of-nine", "mother-of-nine", 'p'},
		{"father-of-two", "", 'p'},
		{"giant", "giant", 'o'},
		{"makers", "maker", 'o'},
		{"administrator", "administrator", 'o'},
		{"report", "report", 0},
		{"survey", "survey", 0},
		{"peer-to-peer", "peer-to-peer", 0},
		{"top-of-range", "", 0},
	} {
		if got := personHead(tc.w, tc.lemma); got != tc.want {
			t.Errorf("personHead(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}
