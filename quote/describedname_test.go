package quote

import "testing"

// TestDescribedNameSpeaks checks a nationality or club before a lower-case
// description and a name, each parsed a subject of the verb, and a club's
// possessive before a name parsed as a list: the name speaks, not the
// word the parse took for the subject.
func TestDescribedNameSpeaks(t *testing.T) {
	cases := []struct {
		txt, parse string
		who        person
		want       got
	}{
		{"Ruritanian sprinter Yannis Koutros said the test was wrong.",
			"PROPN/Ruritanian/5/nsubj NOUN:NN/sprinter/5/nsubj PROPN/Yannis/2/appos PROPN/Koutros/3/flat VERB:VBD/say/0/root " +
				"DET/the/7/det NOUN/test/9/nsubj AUX:VBD/be/9/cop ADJ/wrong/5/ccomp PUNCT/./5/punct",
			person{"NORP:Ruritanian", []string{"Ruritanian"}},
			got{kind: "indirect", text: "the test was wrong", speaker: "Yannis Koutros", cue: "said"}},
		{"Calder United's Sam Ferreby said the defenders were young.",
			"PROPN/Calder/6/nsubj PROPN/United/1/flat PART/'s/2/case PROPN/Sam/1/list PROPN/Ferreby/4/flat VERB:VBD/say/0/root " +
				"DET/the/8/det NOUN/defender/10/nsubj AUX:VBD/be/10/cop ADJ/young/6/ccomp PUNCT/./6/punct",
			person{"ORG:Calder United", []string{"Calder United"}},
			got{kind: "indirect", text: "the defenders were young", speaker: "Sam Ferreby", cue: "said"}},
	}
	for _, c := range cases {
		named := person{c.want.speaker, []string{c.want.speaker}}
		d := parsedDoc(t, c.txt, []string{c.parse}, c.who, named)
		runQuotes(t, d)
		wantCuedQuote(t, d, c.want)
	}
}

// TestDescribedNameNotPlural checks a plural noun before the name: it
// describes more people than the one named, and the subject's entity
// stays.
func TestDescribedNameNotPlural(t *testing.T) {
	txt := "Calder rookies Sam Ferreby said the defenders were young."
	d := parsedDoc(t, txt, []string{"PROPN/Calder/5/nsubj NOUN:NNS/rookie/5/nsubj PROPN/Sam/2/appos PROPN/Ferreby/3/flat VERB:VBD/say/0/root " +
		"DET/the/7/det NOUN/defender/9/nsubj AUX:VBD/be/9/cop ADJ/young/5/ccomp PUNCT/./5/punct"},
		person{"ORG:Calder", []string{"Calder"}}, person{"Sam Ferreby", []string{"Sam Ferreby"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "the defenders were young", speaker: "Calder", cue: "said"})
}

// TestNameAfterNounNamesIt checks a country, a lower-case noun and a name
// before the verb, parsed with the country a compound before the noun and
// the name in apposition after it: the name is who the noun means, the
// country only qualifies it.
func TestNameAfterNounNamesIt(t *testing.T) {
	txt := "Ruritania broadcaster Dunmore FM says the studio will shut."
	d := parsedDoc(t, txt, []string{"PROPN/Ruritania/2/compound NOUN:NN/broadcaster/5/nsubj PROPN/Dunmore/2/appos PROPN/FM/3/flat VERB:VBZ/say/0/root " +
		"DET/the/7/det NOUN/studio/9/nsubj AUX:MD/will/9/aux VERB:VB/shut/5/ccomp PUNCT/./5/punct"},
		person{"GPE:Ruritania", []string{"Ruritania"}}, person{"ORG:Dunmore FM", []string{"Dunmore FM"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "the studio will shut", speaker: "Dunmore FM", cue: "says"})
}

// TestPhraseAfterCommaNamesNot checks a source noun whose phrase after a
// comma was parsed in apposition to it: what follows the comma is what the
// poll found, not who the poll is, and the paper before the noun speaks.
func TestPhraseAfterCommaNamesNot(t *testing.T) {
	txt := "According to a Dunmore Gazette poll, most Ruritanians oppose the plan."
	d := parsedDoc(t, txt, []string{"VERB:VBG/accord/6/case ADP/to/1/fixed DET/a/6/det PROPN/Dunmore/5/compound PROPN/Gazette/6/compound " +
		"NOUN:NN/poll/10/obl PUNCT/,/9/punct ADJ/most/9/amod PROPN/Ruritanians/6/appos VERB:VBP/oppose/0/root DET/the/12/det " +
		"NOUN/plan/10/obj PUNCT/./10/punct"},
		person{"ORG:Dunmore Gazette", []string{"Dunmore Gazette"}}, person{"NORP:Ruritanians", []string{"Ruritanians"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "most Ruritanians oppose the plan", speaker: "Dunmore Gazette", cue: "According to"})
}
