package ner

import (
	"context"
	"slices"
	"testing"
)

// Names with particles stay one person's name and no name runs over a
// lower-case verb. The spans are given as the tagger might give them, so
// the rule is tested apart from the model; TestParticleNamesStage runs the
// model too.
func TestMendParticleNames(t *testing.T) {
	tests := []struct {
		text  string
		spans []Span
		want  []Span
	}{
		// "Karim" "al-Mansour flew Egyptian": the verb ends the name.
		{"Sheikh Karim al-Mansour flew Egyptian diplomats home.", []Span{{1, 2, "PER"}, {2, 5, "MISC"}},
			[]Span{{1, 3, "PER"}, {4, 5, "MISC"}}},
		{"Greta van Dijk and Jonas von der Heide spoke.", []Span{{0, 1, "PER"}, {2, 3, "PER"}, {4, 5, "PER"}, {7, 8, "PER"}},
			[]Span{{0, 3, "PER"}, {4, 8, "PER"}}},
		{"Mariana da Costa met Tariq bin Hamad.", []Span{{0, 1, "PER"}, {2, 3, "LOC"}, {4, 5, "PER"}, {6, 7, "PER"}},
			[]Span{{0, 3, "PER"}, {4, 7, "PER"}}},
		// Connectors stay inside a body's name; an English "do" joins nothing.
		{"The Bank of Lisbon and the Tour de Suisse.", []Span{{1, 4, "ORG"}, {6, 9, "MISC"}},
			[]Span{{1, 4, "ORG"}, {6, 9, "MISC"}}},
		{"Did Brandt do Olsen a favour?", []Span{{1, 2, "PER"}, {3, 4, "PER"}},
			[]Span{{1, 2, "PER"}, {3, 4, "PER"}}},
		// A contraction's "n't" is no word that ends a name; a cut piece
		// with no capital is no name.
		{"Boys Don't Cry won.", []Span{{0, 4, "MISC"}}, []Span{{0, 4, "MISC"}}},
		{"Mr Hale's murder trial opened.", []Span{{1, 5, "PER"}}, []Span{{1, 3, "PER"}}},
		// Two places with a particle between are not a person.
		{"From Porto de Galinhas to Recife.", []Span{{1, 2, "LOC"}, {3, 4, "LOC"}, {5, 6, "LOC"}},
			[]Span{{1, 2, "LOC"}, {3, 4, "LOC"}, {5, 6, "LOC"}}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d := segmented(t, tc.text)
			got := mendParticleNames(d, append([]Span(nil), tc.spans...))
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestParticleNamesStage(t *testing.T) {
	d := segmented(t, "President Karim al-Mansour met Egyptian officials in Cairo.")
	if err := NewStage().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range d.Mentions {
		got = append(got, d.Slice(m.Span)+"/"+m.Type)
	}
	if !slices.Contains(got, "Karim al-Mansour/PERSON") || slices.ContainsFunc(got, func(s string) bool { return len(s) > 4 && s[:4] == "al-M" }) {
		t.Errorf("mentions %v, want Karim al-Mansour as one person", got)
	}
}
