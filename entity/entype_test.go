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
		{"cited by according to after a noun",
			"Sales rose 4%, according to analysts Velmora Data. Velmora Data tracks prices.",
			[]string{"MISC:Velmora Data", "MISC:Velmora Data"}, "Velmora Data", "ORG"},
		{"a body's kind before the name",
			"The study was written by UK think-tank Velmora. Velmora has six staff.",
			[]string{"MISC:Velmora", "MISC:Velmora"}, "Velmora", "ORG"},
		{"a tie of a body and a thing that speaks",
			"The Velmoran Executive believes the law works. The Velmoran Executive has insisted it is fair.",
			[]string{"MISC:Velmoran Executive", "ORG:Velmoran Executive"}, "Velmoran Executive", "ORG"},
		{"a name after a preposition before said is not its subject",
			"Banks are turning to Velmorix said Jo Penn, an analyst. Velmorix runs on most machines.",
			[]string{"MISC:Velmorix", "PERSON:Jo Penn", "MISC:Velmorix"}, "Velmorix", "MISC"},
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
		{"fans", "fan", 'p'},
		{"star", "star", 'p'},
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
