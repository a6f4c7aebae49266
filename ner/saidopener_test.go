package ner

import (
	"context"
	"slices"
	"testing"

	"dateline/gazetteer"
)

// "Said" opening an inverted attribution before a name and a colon or
// quotation mark is the verb, not a given name; a "Said" followed by a
// speech verb of its own, or not at the sentence's start, stays. The spans
// are given as the tagger might give them.
func TestMendSaidOpeners(t *testing.T) {
	tests := []struct {
		text  string
		spans []Span
		want  []Span
	}{
		{`Said Tom Brandt: "We are ready."`, []Span{{0, 3, "PER"}}, []Span{{1, 3, "PER"}}},
		{`"Said Mr Hollis, "It is fine."`, []Span{{1, 4, "PER"}}, []Span{{2, 4, "PER"}}},
		// The country left of a title run is a place.
		{`Said Norway coach Ana Ruiz: "Good."`, []Span{{0, 2, "PER"}, {3, 5, "PER"}}, []Span{{1, 2, "LOC"}, {3, 5, "PER"}}},
		{`Said Musa said: "We are ready."`, []Span{{0, 2, "PER"}}, []Span{{0, 2, "PER"}}},
		{`Said Musa arrived on Monday.`, []Span{{0, 2, "PER"}}, []Span{{0, 2, "PER"}}},
		{`We met Said Musa: "Hello."`, []Span{{2, 4, "PER"}}, []Span{{2, 4, "PER"}}},
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d := segmented(t, tc.text)
			got := mendSaidOpeners(g, d, append([]Span(nil), tc.spans...))
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// A name the tagger ran over the colon or comma after it ends before it.
func TestNameEndsBeforeColon(t *testing.T) {
	for _, w := range []string{":", ",", ";", "”"} {
		if !isNameEnd(w) {
			t.Errorf("isNameEnd(%q) = false", w)
		}
	}
	if isNameEnd("Vik") || isNameEnd(".") {
		t.Error("a word or a period ends a name")
	}
	d := segmented(t, `Said Tom Brandt: "We are ready for the match."`)
	if err := NewStage().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range d.Mentions {
		got = append(got, d.Slice(m.Span))
	}
	if !slices.Equal(got, []string{"Tom Brandt"}) {
		t.Errorf("mentions %q, want Tom Brandt", got)
	}
}
