package entity

import (
	"context"
	"slices"
	"testing"

	"dateline/text"
)

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
		{"a nationality before a full name typed a group is a modifier",
			"Norwegian Hugo Pell won the sprint.", []string{"NORP:Norwegian Hugo Pell"}, "Hugo Pell", "Hugo Pell"},
		{"a country before an institution stays",
			"Lawyers asked the US Supreme Court to rule quickly.", []string{"ORG:US Supreme Court"}, "US Supreme Court", "US Supreme Court"},
		{"the body of a title before a full name is a name of its own",
			"The fuel tax will fall, Minister of the Interior Ana Ruiz said.", []string{"ORG:Interior Ana Ruiz"}, "Ana Ruiz", "Ana Ruiz"},
		{"so with the title's body after a bare of",
			"The fares will rise, Director of Harbour Services Tom Vik said.", []string{"ORG:Harbour Services Tom Vik"}, "Tom Vik", "Tom Vik"},
		{"a body named after a person after of stays",
			"He joined the board of the Hugo Pell Trust in May.", []string{"ORG:Hugo Pell Trust"}, "Hugo Pell Trust", "Hugo Pell Trust"},
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

func TestNameSpansOfAnyType(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string
		want  []string // the name mentions after mending
	}{
		{"a body's name ends before lower-case words",
			"Zenco shares fell sharply.", []string{"ORG:Zenco shares"}, []string{"Zenco"}},
		{"an event's lower-case head stays",
			"He wrote a history of the Crimean war.", []string{"EVENT:Crimean war"}, []string{"Crimean war"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc(t, tc.text, "", tc.names...)
			var got []string
			for _, m := range d.Mentions {
				if m.Kind == text.MentionName && m.Entity >= 0 {
					got = append(got, d.Slice(m.Span))
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestVerbSplitsAName(t *testing.T) {
	// A headline tagged as one body: "Zenco buys Harlow Mills".
	s := "Zenco buys Harlow Mills"
	d := text.NewDocument(text.Article{Text: s})
	if err := text.NewSegmenter().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for i := range d.Tokens {
		d.Tokens[i].UPOS, d.Tokens[i].Rel = "PROPN", "flat"
		if d.Slice(d.Tokens[i].Span) == "buys" {
			d.Tokens[i].UPOS, d.Tokens[i].Rel = "VERB", "root"
		}
	}
	d.Mentions = []text.Mention{{Span: text.Span{Start: 0, End: len(s)}, Kind: text.MentionName, Type: "ORG", Entity: -1}}
	if err := NewStage().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range d.Entities {
		got = append(got, e.Name)
	}
	if want := []string{"Zenco", "Harlow Mills"}; !slices.Equal(got, want) {
		t.Errorf("entities %q, want %q", got, want)
	}
}

// A name that names a disease or a law is no entity of the story.
func TestEponymIsNoEntity(t *testing.T) {
	d := read(t, "Doctors said Parkinson's disease affects 10 million people.")
	if e := entityAt(d, "Parkinson"); e != nil {
		t.Errorf("Parkinson is %s, want no entity", describe(e))
	}
}

// A dateline's day and month are a date, not a person.
func TestDatelineDateIsNoName(t *testing.T) {
	d := parsed(t, "OSLO , 3 November - The minister resigned .",
		[]int{7, 0, 3, 0, 3, 6, 7, -1, 7},
		[]string{"obl", "punct", "nummod", "appos", "punct", "det", "nsubj", "root", "punct"},
		"PERSON:3 November")
	if e := entityAt(d, "3 November"); e != nil {
		t.Errorf("3 November is %s, want no entity", describe(e))
	}
}

// A chamber's name runs on over "of": "Ruritania House of Delegates".
func TestChamberNameRunsOverOf(t *testing.T) {
	d := parsed(t, "The Ruritania House of Delegates passed the bill .",
		[]int{2, 2, 5, 4, 2, -1, 7, 5, 5},
		[]string{"det", "compound", "nsubj", "case", "nmod", "root", "det", "obj", "punct"},
		"LOC:Ruritania House", "LOC:Delegates")
	e := entityAt(d, "Ruritania House of Delegates")
	if e == nil || e.Name != "Ruritania House of Delegates" || e.Type != "ORG" {
		t.Errorf("chamber is %s, want Ruritania House of Delegates ORG", describe(e))
	}
}

// The one word that closes a wire story on a line of its own is the
// agency's credit, not a person, whatever the tagger read it as; a full
// name there is still a person.
func TestSignOffIsNoPerson(t *testing.T) {
	d := read(t, "MILLBROOK, May 4 - Calder Mills Inc said its profit rose by a fifth.\n"+
		"    The company said it would open a new plant.\n Reuter\n")
	for _, e := range d.Entities {
		if e.Name == "Reuter" && e.Type == "PERSON" {
			t.Errorf("the sign-off %q is typed a person", e.Name)
		}
	}
	d = read(t, "Calder Mills said its profit rose by a fifth.\n\nThe company said it would open a new plant.\n\nTomas Brek\n")
	if e := entityAt(d, "Tomas Brek"); e == nil || e.Type != "PERSON" {
		t.Errorf("a full name closing the text: %s, want a person", describe(e))
	}
}
