package entity

import "testing"

// TestFirmContextMakesAnOrganisation: a name the tagger read as a person's
// every time is a firm when the words around one mention say so.
func TestFirmContextMakesAnOrganisation(t *testing.T) {
	tests := []struct {
		name, text string
		names      []string
		phrase     string
		want       string
	}{
		{"a firm's possession",
			"Quill Harbor reported a loss. Quill Harbor's fourth quarter profits fell by half.",
			[]string{"PERSON:Quill Harbor", "PERSON:Quill Harbor"}, "Quill Harbor", "ORG"},
		{"the chief executive of",
			"Sales rose, said the chief executive of Tell Barnaby. Tell Barnaby said prices would stay.",
			[]string{"PERSON:Tell Barnaby", "PERSON:Tell Barnaby"}, "Tell Barnaby", "ORG"},
		{"the chief operating officer of",
			"Costs fell, said the chief operating officer of Wend Calloway. Wend Calloway said more.",
			[]string{"PERSON:Wend Calloway", "PERSON:Wend Calloway"}, "Wend Calloway", "ORG"},
		{"a police officer is no firm's",
			"A police officer of Wend Calloway spoke. Wend Calloway said more.",
			[]string{"PERSON:Wend Calloway", "PERSON:Wend Calloway"}, "Wend Calloway", "PERSON"},
		{"a title some words before at",
			"Jo Penn, director of online products at Seek Mabel, said users liked it. Seek Mabel said more.",
			[]string{"PERSON:Jo Penn", "PERSON:Seek Mabel", "PERSON:Seek Mabel"}, "Seek Mabel", "ORG"},
		{"groups like",
			"She criticised so-called independent groups like Border Vigil on Monday. Border Vigil said it would reply.",
			[]string{"PERSON:Border Vigil", "PERSON:Border Vigil"}, "Border Vigil", "ORG"},
		{"a person's possession is not a firm's when the name opens with a given name",
			"Helen Marsh sold her house. Helen Marsh's shares were sold too.",
			[]string{"PERSON:Helen Marsh", "PERSON:Helen Marsh"}, "Helen Marsh", "PERSON"},
		{"a post of what the name owns is not the name's",
			"Jo Penn, chief executive of Ana Ruiz's design firm, spoke. Ana Ruiz said nothing.",
			[]string{"PERSON:Jo Penn", "PERSON:Ana Ruiz", "PERSON:Ana Ruiz"}, "Ana Ruiz", "PERSON"},
		{"a post of the organisers the name modifies is not the name's",
			"The president of Belmont organisers, Jo Penn, left. Belmont won the vote.",
			[]string{"PERSON:Belmont", "PERSON:Jo Penn", "PERSON:Belmont"}, "Belmont", "PERSON"},
		{"an honorific keeps a person",
			"Mr Tolland spoke first. The chief executive of Tolland said nothing.",
			[]string{"PERSON:Tolland", "PERSON:Tolland"}, "Tolland", "PERSON"},
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

// TestFirmApposition: "Acme, one of the web's best-known companies" says
// a firm; a firm noun before another name ("the pressure group Acme")
// describes that name, however the parser hung it.
func TestFirmApposition(t *testing.T) {
	d := typedDocWith(t, true, "Pell Corbin, one of the web's best-known companies, turned ten on Monday.",
		"PERSON:Pell Corbin")
	if e := entityAt(d, "Pell Corbin"); e == nil || e.Type != "ORG" {
		t.Errorf("Pell Corbin is %s, want ORG", describe(e))
	}
}

// TestSpacedAlike: a firm written with and without its space is one
// entity, of the class most of its mentions have.
func TestSpacedAlike(t *testing.T) {
	d := typedDoc(t, "Profits at BrightLoom rose. Bright Loom said sales grew. BrightLoom will pay a dividend.",
		"ORG:BrightLoom", "PERSON:Bright Loom", "ORG:BrightLoom")
	a, b := entityAt(d, "BrightLoom"), entityAt(d, "Bright Loom")
	if a == nil || a != b || a.Type != "ORG" {
		t.Errorf("got %s and %s, want one ORG", describe(a), describe(b))
	}
	for _, tc := range []struct {
		a, b []string
		want bool
	}{
		{[]string{"timewarner"}, []string{"time", "warner"}, true},
		{[]string{"time", "warner"}, []string{"timewarner"}, true},
		{[]string{"timewarner"}, []string{"time", "war"}, false},
		{[]string{"time"}, []string{"time"}, false},
		{[]string{"time", "warner"}, []string{"time", "warner"}, false},
	} {
		if got := spacedAlike(tc.a, tc.b); got != tc.want {
			t.Errorf("spacedAlike(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
