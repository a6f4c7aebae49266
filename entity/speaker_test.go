package entity

import (
	"testing"

	"dateline/text"
)

func TestGender(t *testing.T) {
	tests := []struct {
		name, text string
		names      []string
		of         string
		want       byte
	}{
		{"from the given name", "Maria Lopez spoke.", []string{"PERSON:Maria Lopez"}, "Maria Lopez", 'f'},
		{"from an honorific before a mention", "Ms. Okafor spoke.", []string{"PERSON:Okafor"}, "Okafor", 'f'},
		{"from a pronoun already linked", "Reyes arrived late. He apologised.", []string{"PERSON:Reyes"}, "Reyes", 'm'},
		{"unknown", "Reyes arrived late.", []string{"PERSON:Reyes"}, "Reyes", 0},
		{"not a person", "Norway said no.", []string{"GPE:Norway"}, "Norway", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc(t, tc.text, "2025-01-01", tc.names...)
			e := -1
			for i := range d.Entities {
				if d.Entities[i].Name == tc.of {
					e = i
				}
			}
			if e < 0 {
				t.Fatalf("no entity %q", tc.of)
			}
			if got := Gender(d, e); got != tc.want {
				t.Errorf("Gender(%q) = %q, want %q", tc.of, got, tc.want)
			}
		})
	}
}

func TestLinkPronoun(t *testing.T) {
	s := "Mrs. Lena Ortiz met Reyes. The line started. Crowds waited. The band played. Later she spoke."
	d := doc(t, s, "2025-01-01", "PERSON:Mrs. Lena Ortiz", "PERSON:Reyes")
	she, lena := -1, -1
	for i, tok := range d.Tokens {
		if d.Text[tok.Start:tok.End] == "she" {
			she = i
		}
	}
	for i := range d.Entities {
		if d.Entities[i].Name == "Lena Ortiz" {
			lena = i
		}
	}
	entityAt := func(tok int) int {
		for _, m := range d.Mentions {
			if m.Start == d.Tokens[tok].Start && m.Entity >= 0 {
				return m.Entity
			}
		}
		return -1
	}
	if she < 0 || lena < 0 || entityAt(she) >= 0 {
		t.Fatalf("want an open she and Lena Ortiz; got token %d, entity %d, she -> %d", she, lena, entityAt(she))
	}
	t.Run("links an open pronoun", func(t *testing.T) {
		if !LinkPronoun(d, she, lena) {
			t.Fatal("LinkPronoun = false, want true")
		}
		if got := entityAt(she); got != lena {
			t.Errorf("she -> %d, want %d (Lena Ortiz)", got, lena)
		}
		if Gender(d, lena) != 'f' {
			t.Errorf("Gender(Lena Ortiz) = %q, want 'f'", Gender(d, lena))
		}
	})
	t.Run("never twice", func(t *testing.T) {
		if LinkPronoun(d, she, 1-lena) {
			t.Error("second LinkPronoun = true, want false")
		}
	})
	t.Run("relinks a linked pronoun", func(t *testing.T) {
		if !RelinkPronoun(d, she, 1-lena) {
			t.Fatal("RelinkPronoun = false, want true")
		}
		if got := entityAt(she); got != 1-lena {
			t.Errorf("she -> %d, want %d", got, 1-lena)
		}
		for _, mi := range d.Entities[lena].Mentions {
			if d.Mentions[mi].Start == d.Tokens[she].Start {
				t.Errorf("Lena Ortiz still lists the moved mention %d", mi)
			}
		}
		if RelinkPronoun(d, she, 1-lena) {
			t.Error("RelinkPronoun to the same entity = true, want false")
		}
	})
	t.Run("not a pronoun", func(t *testing.T) {
		for i, tok := range d.Tokens {
			if d.Text[tok.Start:tok.End] == "spoke" && LinkPronoun(d, i, lena) {
				t.Error("linked a verb")
			}
		}
	})
}

func TestGenderOfMergedPeople(t *testing.T) {
	d := doc(t, "Reyes arrived late. He apologised. Then she left.", "2025-01-01", "PERSON:Reyes")
	reyes, she := -1, -1
	for i := range d.Entities {
		if d.Entities[i].Name == "Reyes" {
			reyes = i
		}
	}
	for i, tok := range d.Tokens {
		if d.Text[tok.Start:tok.End] == "she" {
			she = i
		}
	}
	if reyes < 0 || she < 0 {
		t.Fatalf("no Reyes (%d) or she (%d)", reyes, she)
	}
	if got := Gender(d, reyes); got != 'm' {
		t.Fatalf("Gender before the merge = %q, want 'm'", got)
	}
	if !LinkPronoun(d, she, reyes) {
		t.Fatal("she was not open")
	}
	if got := Gender(d, reyes); got != 0 {
		t.Errorf("Gender with he and she linked = %q, want 0 (two people in one entity)", got)
	}
	if got := NameGender(d, reyes); got != 0 {
		t.Errorf("NameGender = %q, want 0: the name does not tell", got)
	}
}

// TestAddCoordinationOnce checks that names joined by "and" become one
// GROUP entity, reused when the same names are made a source again.
func TestAddCoordinationOnce(t *testing.T) {
	d := text.NewDocument(text.Article{Text: "Lee and Ruiz spoke. Lee and Ruiz left."})
	first := AddCoordination(d, text.Span{Start: 0, End: 12})
	if first < 0 || d.Entities[first].Name != "Lee and Ruiz" || d.Entities[first].Type != "GROUP" {
		t.Fatalf("AddCoordination made %+v, want GROUP \"Lee and Ruiz\"", d.Entities)
	}
	if again := AddCoordination(d, text.Span{Start: 20, End: 32}); again != first {
		t.Errorf("second AddCoordination = %d, want the same entity %d", again, first)
	}
	if n := len(d.Entities[first].Mentions); n != 2 {
		t.Errorf("entity has %d mentions, want 2", n)
	}
	if got := AddCoordination(d, text.Span{Start: 5, End: 5}); got != -1 {
		t.Errorf("AddCoordination of an empty span = %d, want -1", got)
	}
}

// TestTitledNameIsPerson checks that a name headed by a title or an
// honorific is a person whatever type the tagger gave it, while a phrase
// with more than the name keeps its type.
func TestTitledNameIsPerson(t *testing.T) {
	tests := []struct {
		name, text, mention, want string
	}{
		{"a title before the name", "Rep. Ana Ruiz spoke at the port.", "ORG:Rep. Ana Ruiz", "PERSON"},
		{"an honorific before a surname", "Mr. Okafor spoke at the port.", "GPE:Mr. Okafor", "PERSON"},
		{"an honorific outside the tagged surname", "Ms Okafor spoke at the port.", "ORG:Okafor", "PERSON"},
		{"a verb is no honorific", "Rovers miss Dunmore at the port.", "GPE:Dunmore", "GPE"},
		{"a possessive is more than a name", "Mr. Okafor's office spoke.", "ORG:Mr. Okafor's office", "ORG"},
		{"no title", "Ruiz Holdings spoke at the port.", "ORG:Ruiz Holdings", "ORG"},
		{"a job title before two names", "Singer Ana Ruiz spoke at the port.", "MISC:Singer Ana Ruiz", "PERSON"},
		{"a job title before one name is a title", "Coach Okafor opened at the port.", "MISC:Coach Okafor", "MISC"},
		{"a job title in an event's name", "Singer Harbour Cup opened at the port.", "EVENT:Singer Harbour Cup", "EVENT"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc(t, tc.text, "", tc.mention) // runs the stage
			if len(d.Entities) == 0 {
				t.Fatalf("no entity for %q", tc.mention)
			}
			if got := d.Entities[0].Type; got != tc.want {
				t.Errorf("entity %q has type %s, want %s", d.Entities[0].Name, got, tc.want)
			}
		})
	}
}

// TestPersonAtEndOfBodyName checks that a body's or place's name mention
// the tagger ran on over a title into a person's name gives the person
// her own mention, and that one with no given name after the title stays
// whole.
func TestPersonAtEndOfBodyName(t *testing.T) {
	tests := []struct {
		name, text, mention, wantName, wantType string
	}{
		{"a title and a name at the end of a body's name", "Dunmore Harbour Board Director Ana Ruiz spoke at the port.",
			"ORG:Dunmore Harbour Board Director Ana Ruiz", "Ana Ruiz", "PERSON"},
		{"a place, a post and a name", "Ruritania Trade Secretary Tom Weller spoke at the port.",
			"GPE:Ruritania Trade Secretary Tom Weller", "Tom Weller", "PERSON"},
		{"no given name after the title", "Dunmore Harbour Board Director General spoke at the port.",
			"ORG:Dunmore Harbour Board Director General", "Dunmore Harbour Board Director General", "ORG"},
		{"no title before the name", "Dunmore Harbour Ana Ruiz Trust spoke at the port.",
			"ORG:Dunmore Harbour Ana Ruiz Trust", "Dunmore Harbour Ana Ruiz Trust", "ORG"},
		// A rank, a party, a flock: titles too (memberTitles, ranks).
		{"a judge's rank before the name", "Justice Tom Weller spoke at the port.",
			"ORG:Justice Tom Weller", "Tom Weller", "PERSON"},
		{"a party before the name", "Democrat Ana Ruiz spoke at the port.",
			"MISC:Democrat Ana Ruiz", "Ana Ruiz", "PERSON"},
		{"a whip's post before the name", "Senate Minority Whip Tom Weller spoke at the port.",
			"ORG:Senate Minority Whip Tom Weller", "Tom Weller", "PERSON"},
		{"a pastor before the name", "Pastor Ana Ruiz spoke at the port.",
			"ORG:Pastor Ana Ruiz", "Ana Ruiz", "PERSON"},
		{"a county office before the name", "Dunmore County Recorder Ana Ruiz spoke at the port.",
			"ORG:Dunmore County Recorder Ana Ruiz", "Ana Ruiz", "PERSON"},
		{"a paper's post before the name", "Harbour Gazette Political Editor Tom Weller spoke at the port.",
			"ORG:Harbour Gazette Political Editor Tom Weller", "Tom Weller", "PERSON"},
		{"a pastor's church is no person", "Pastor Ana Ruiz of Dunmore Baptist Church spoke at the port.",
			"ORG:Pastor Ana Ruiz of Dunmore Baptist Church", "Pastor Ana Ruiz of Dunmore Baptist Church", "ORG"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc(t, tc.text, "", tc.mention) // runs the stage
			if len(d.Entities) == 0 {
				t.Fatalf("no entity for %q", tc.mention)
			}
			if e := d.Entities[0]; e.Name != tc.wantName || e.Type != tc.wantType {
				t.Errorf("entity %q (%s), want %q (%s)", e.Name, e.Type, tc.wantName, tc.wantType)
			}
		})
	}
}
