package entity

import (
	"testing"

	"dateline/text"
)

// A source noun right before a name is the name's, however the parse
// hangs the two ("party spokesman Tom Hale denied", parsed as two
// subjects): one entity, not a second one called "party spokesman".
func TestSourceNounBeforeAName(t *testing.T) {
	twoSubjects := []int{1, 4, 4, 2, -1, 6, 4, 4}
	tests := []struct {
		name        string
		s           string
		rels        []string
		names       []string
		noun, named string
	}{
		{"a spokesman parsed as a second subject", "Party spokesman Tom Hale denied the report .",
			[]string{"compound", "nsubj", "nsubj", "flat", "root", "det", "obj", "punct"},
			[]string{"PERSON:Tom Hale"}, "spokesman", "Tom Hale"},
		{"an activist with an adjective", "Local activist Rosa Imbert accused the council .",
			[]string{"amod", "nsubj", "nsubj", "flat", "root", "det", "obj", "punct"},
			[]string{"PERSON:Rosa Imbert"}, "activist", "Rosa Imbert"},
		{"a firm before its name", "The firm Tarn Bricks denied the claim .",
			[]string{"det", "nsubj", "nsubj", "flat", "root", "det", "obj", "punct"},
			[]string{"ORG:Tarn Bricks"}, "firm", "Tarn Bricks"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parsed(t, tc.s, twoSubjects, tc.rels, tc.names...)
			a, b := entityAt(d, tc.noun), entityAt(d, tc.named)
			if a == nil || a != b || len(d.Entities) != 1 {
				t.Errorf("%q is %s, %q is %s, %d entities; want one", tc.noun, describe(a), tc.named, describe(b), len(d.Entities))
			}
		})
	}
	t.Run("a name of another type stays apart", func(t *testing.T) {
		d := parsed(t, "The council Rosa Imbert chairs denied the report .", []int{1, 5, 4, 2, 1, -1, 7, 5, 5},
			[]string{"det", "nsubj", "nsubj", "flat", "acl:relcl", "root", "det", "obj", "punct"}, "PERSON:Rosa Imbert")
		if a, b := entityAt(d, "council"), entityAt(d, "Rosa Imbert"); a == nil || a == b {
			t.Errorf("council is %s, Rosa Imbert %s; want two entities", describe(a), describe(b))
		}
	})
}

// "The bank" after "the Harbour Bank" is that bank, unless the article has
// named another body with "bank" in its name.
func TestDefiniteBodyJoinsItsName(t *testing.T) {
	tests := []struct {
		name  string
		s     string
		heads []int
		rels  []string
		names []string
		same  bool
	}{
		{"the last word of one body's name", "Harbour Bank cut rates . The bank said prices would fall .",
			[]int{1, 2, -1, 2, 2, 6, 7, -1, 10, 10, 7, 7},
			[]string{"compound", "nsubj", "root", "obj", "punct", "det", "nsubj", "root", "nsubj", "aux", "ccomp", "punct"},
			[]string{"ORG:Harbour Bank"}, true},
		{"a company", "Tern Ferry Company raised fares . The company blamed fuel .",
			[]int{1, 2, 3, -1, 3, 3, 7, 8, -1, 8, 8},
			[]string{"compound", "compound", "nsubj", "root", "obj", "punct", "det", "nsubj", "root", "obj", "punct"},
			[]string{"ORG:Tern Ferry Company"}, true},
		{"two banks named before", "Harbour Bank and Bank of Tern cut rates . The bank said prices would fall .",
			[]int{1, 6, 3, 1, 5, 3, -1, 6, 6, 10, 11, -1, 14, 14, 11, 11},
			[]string{"compound", "nsubj", "cc", "conj", "case", "nmod", "root", "obj", "punct", "det", "nsubj", "root", "nsubj", "aux", "ccomp", "punct"},
			[]string{"ORG:Harbour Bank", "ORG:Bank of Tern"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parsed(t, tc.s, tc.heads, tc.rels, tc.names...)
			first := entityAt(d, tc.names[0][len("ORG:"):])
			var def *text.Entity
			for i, m := range d.Mentions {
				if d.Text[m.Start:m.End] == "The bank" || d.Text[m.Start:m.End] == "The company" {
					def = &d.Entities[d.Mentions[i].Entity]
				}
			}
			if def == nil || (def == first) != tc.same {
				t.Errorf("the definite mention is %s, the name %s; want same=%v", describe(def), describe(first), tc.same)
			}
		})
	}
}

// A given name alone joins the one person who has it, as news writes of
// Ethiopians and Icelanders; with two such people, or someone whose
// surname it is, it joins none of them by given name.
func TestGivenNameAloneJoins(t *testing.T) {
	checkJoins(t, []joinCase{
		{"after the full name", "Prime Minister Abiy Tessema opened the dam. Later Abiy thanked the engineers.",
			[]string{"PERSON:Abiy Tessema", "PERSON:Abiy"}, "Abiy Tessema", "Abiy", 0, 1, true},
		{"before the full name", "Halla spoke first. Then Halla Sveinsdottir, the mayor, cut the ribbon.",
			[]string{"PERSON:Halla", "PERSON:Halla Sveinsdottir"}, "Halla", "Halla Sveinsdottir", 0, 0, true},
		{"two people with the given name", "Abiy Tessema met Abiy Worku. Abiy thanked him.",
			[]string{"PERSON:Abiy Tessema", "PERSON:Abiy Worku", "PERSON:Abiy"}, "Abiy Tessema", "Abiy", 0, 2, false},
		{"a surname wins", "Lee Ann Hart met Tom Lee. Lee said little.",
			[]string{"PERSON:Lee Ann Hart", "PERSON:Tom Lee", "PERSON:Lee"}, "Lee Ann Hart", "Lee", 0, 2, false},
	})
}

// "Deputy" opening a sentence before a title and a name opens that title;
// parsed as a subject of its own it made a person called "Deputy".
func TestRankPrefixIsNoSource(t *testing.T) {
	d := parsed(t, "Deputy Police Chief Tom Vik denied the report .", []int{5, 2, 3, 5, 3, -1, 7, 5, 5},
		[]string{"nsubj", "compound", "compound", "nsubj", "flat", "root", "det", "obj", "punct"}, "PERSON:Tom Vik")
	if len(d.Entities) != 1 || d.Entities[0].Name != "Tom Vik" {
		var names []string
		for _, e := range d.Entities {
			names = append(names, describe(&e))
		}
		t.Errorf("entities %q, want Tom Vik alone", names)
	}
}

// "The judge" joins the judge named before whatever verb follows it ("the
// judge got this wrong"), but "general" before "staff" modifies it: the
// parse, when there is one, tells the head of a phrase from a modifier.
func TestRoleWordHeadByParse(t *testing.T) {
	d := parsed(t, "Judge Maria Okafor ruled . The mayor said the judge got it wrong .",
		[]int{1, 3, 1, -1, 3, 6, 7, -1, 9, 10, 7, 10, 10, 7},
		[]string{"compound", "nsubj", "flat", "root", "punct", "det", "nsubj", "root", "det", "nsubj", "ccomp", "obj", "xcomp", "punct"},
		"PERSON:Maria Okafor")
	if a, b := entityAt(d, "Maria Okafor"), entityAt(d, "the judge"); a == nil || a != b {
		t.Errorf("the judge is %s, Maria Okafor %s; want one entity", describe(b), describe(a))
	}
	d = parsed(t, "General Tom Vik spoke . Then the general staff met .",
		[]int{1, 3, 1, -1, 3, 9, 8, 8, 9, -1, 9},
		[]string{"compound", "nsubj", "flat", "root", "punct", "advmod", "det", "amod", "nsubj", "root", "punct"},
		"PERSON:Tom Vik")
	for _, m := range d.Mentions {
		if m.Entity >= 0 && &d.Entities[m.Entity] == entityAt(d, "Tom Vik") && d.Slice(m.Span) != "Tom Vik" {
			t.Errorf("Tom Vik has the mention %q", d.Slice(m.Span))
		}
	}
}

// "The company", "the club": a body named by a word any organisation of
// its kind is called joins the one organisation named in its sentence or
// the one before; with two there, or only earlier, it joins none.
func TestGenericBodyJoinsTheRecentOne(t *testing.T) {
	tests := []struct {
		name, s, body string
		heads         []int
		rels          []string
		names         []string
		same          bool
	}{
		{"one firm just named", "Tarn Mining cut jobs . The company blamed costs .", "The company",
			[]int{1, 2, -1, 2, 2, 6, 7, -1, 7, 7},
			[]string{"compound", "nsubj", "root", "obj", "punct", "det", "nsubj", "root", "obj", "punct"},
			[]string{"ORG:Tarn Mining"}, true},
		{"a club", "Ashby Rovers lost . The club sacked its coach .", "The club",
			[]int{1, 2, -1, 2, 5, 6, -1, 8, 6, 6},
			[]string{"compound", "nsubj", "root", "punct", "det", "nsubj", "root", "nmod:poss", "obj", "punct"},
			[]string{"ORG:Ashby Rovers"}, true},
		{"two firms just named", "Tarn Mining sued Vell Power . The company blamed costs .", "The company",
			[]int{1, 2, -1, 4, 2, 2, 7, 8, -1, 8, 8},
			[]string{"compound", "nsubj", "root", "compound", "obj", "punct", "det", "nsubj", "root", "obj", "punct"},
			[]string{"ORG:Tarn Mining", "ORG:Vell Power"}, false},
		{"a university is no company", "Tarn University sued . The company blamed costs .", "The company",
			[]int{1, 2, -1, 2, 5, 6, -1, 6, 6},
			[]string{"compound", "nsubj", "root", "punct", "det", "nsubj", "root", "obj", "punct"},
			[]string{"ORG:Tarn University"}, false},
		{"a firm named sentences before", "Tarn Mining cut jobs . Rain fell . Snow fell . The company blamed costs .", "The company",
			[]int{1, 2, -1, 2, 2, 6, -1, 6, 9, -1, 9, 12, 13, -1, 13, 13},
			[]string{"compound", "nsubj", "root", "obj", "punct", "nsubj", "root", "punct", "nsubj", "root", "punct", "det", "nsubj", "root", "obj", "punct"},
			[]string{"ORG:Tarn Mining"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parsed(t, tc.s, tc.heads, tc.rels, tc.names...)
			first, body := entityAt(d, tc.names[0][len("ORG:"):]), entityAt(d, tc.body)
			if body == nil || (body == first) != tc.same {
				t.Errorf("%q is %s, the name %s; want same=%v", tc.body, describe(body), describe(first), tc.same)
			}
		})
	}
}

// "The company" is no body only described before it ("the council"):
// nothing says which company that is.
func TestGenericBodyNeedsANamedOne(t *testing.T) {
	d := parsed(t, "The council objected . The company blamed costs .",
		[]int{1, 2, -1, 2, 5, 6, -1, 6, 6},
		[]string{"det", "nsubj", "root", "punct", "det", "nsubj", "root", "obj", "punct"})
	a, b := entityAt(d, "The council"), entityAt(d, "The company")
	if a == nil || b == nil || a == b {
		t.Errorf("the company is %s, the council %s; want two entities", describe(b), describe(a))
	}
}

// "The court" is the body, never the judge named before it, though the
// gazetteer lists the court and the judge under one agent code.
func TestInstitutionIsNoPerson(t *testing.T) {
	d := parsed(t, "Judge Rosa Imbert sat . The court heard evidence .",
		[]int{1, 3, 1, -1, 3, 6, 7, -1, 7, 7},
		[]string{"compound", "nsubj", "flat", "root", "punct", "det", "nsubj", "root", "obj", "punct"},
		"PERSON:Rosa Imbert")
	if a, b := entityAt(d, "Rosa Imbert"), entityAt(d, "The court"); a == nil || a == b {
		t.Errorf("the court is %s, Rosa Imbert %s; want two entities", describe(b), describe(a))
	}
}

// A firm's or a club's first word alone is that body when the rest of its
// name only says what kind of body it is, and one body alone fits.
func TestShortBodyJoins(t *testing.T) {
	checkJoins(t, []joinCase{
		{"a bank by its first word", "Tarn Bank cut rates. Later Tarn raised its fees.",
			[]string{"ORG:Tarn Bank", "ORG:Tarn"}, "Tarn Bank", "Tarn", 0, 1, true},
		{"a club before its full name", "Vell scored late. Vell City top the table.",
			[]string{"ORG:Vell", "ORG:Vell City"}, "Vell", "Vell City", 0, 0, true},
		{"a name that says more than a kind", "Tarn Mining cut jobs. Tarn raised its fees.",
			[]string{"ORG:Tarn Mining", "ORG:Tarn"}, "Tarn Mining", "Tarn", 0, 1, false},
		{"two bodies with the word", "Vell City beat Vell Town. Vell scored first.",
			[]string{"ORG:Vell City", "ORG:Vell Town", "ORG:Vell"}, "Vell City", "Vell", 0, 2, false},
	})
}

// A body's last word alone is that body when one body alone ends in it
// and the word is more than a kind of firm: "Rovers" is Tarn Rovers,
// "Bank" is not Tarn Bank.
func TestLastWordBodyJoins(t *testing.T) {
	checkJoins(t, []joinCase{
		{"a club by its last word, before its full name", "Rovers won again. Tarn Rovers lead the table.",
			[]string{"ORG:Rovers", "ORG:Tarn Rovers"}, "Rovers", "Tarn Rovers", 0, 0, true},
		{"a firm by its last word", "Vell Dutch Oilco cut costs. Oilco raised its dividend.",
			[]string{"ORG:Vell Dutch Oilco", "ORG:Oilco"}, "Vell Dutch Oilco", "Oilco", 0, 1, true},
		{"a word that only says the kind", "Tarn Bank cut rates. Bank shares fell.",
			[]string{"ORG:Tarn Bank", "ORG:Bank"}, "Tarn Bank", "Bank", 0, 1, false},
		{"two names run together", "Tarn Oil and Vellco agreed a deal. Vellco will pay.",
			[]string{"ORG:Tarn Oil and Vellco", "ORG:Vellco"}, "Tarn Oil and Vellco", "Vellco", 0, 1, false},
		{"two bodies end in it", "Tarn Rovers beat Vell Rovers. Rovers scored first.",
			[]string{"ORG:Tarn Rovers", "ORG:Vell Rovers", "ORG:Rovers"}, "Tarn Rovers", "Rovers", 0, 2, false},
	})
}

// A source phrase set beside a name by apposition gives the name its
// role: "the charity chairwoman, Rosa Imbert," is a chairwoman.
func TestAppositiveSourceGivesItsRole(t *testing.T) {
	d := parsed(t, "The charity chairwoman , Rosa Imbert , said the appeal grew .",
		[]int{2, 2, 7, 4, 2, 4, 4, -1, 9, 10, 7, 7},
		[]string{"det", "compound", "nsubj", "punct", "appos", "flat", "punct", "root", "det", "nsubj", "ccomp", "punct"},
		"PERSON:Rosa Imbert")
	if got, want := describe(entityAt(d, "Rosa Imbert")), "Rosa Imbert PERSON  [Chairwoman] "; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
