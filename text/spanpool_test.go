package text

import (
	"slices"
	"testing"
)

// TestSegmentSpansReused segments a long text and then a short one, and
// the long one again: each result must equal a segmentation of the same
// text on its own (the pooled spans are scratch, never part of a result),
// and, the pool warm, a text costs only its paragraphs, sentences and
// tokens.
func TestSegmentSpansReused(t *testing.T) {
	long := "The harbour board met on Tuesday. Its chair said the ferry would run again in May, and the crews agreed.\n\n" +
		"Fishermen in the north asked for a new quay. Dr. Ilse Marrow, who leads the board, said it would be built.\n"
	short := "Rain fell. The match was called off."
	_, _, want := segment(long, false)
	want = slices.Clone(want)
	for _, s := range []string{short, long, short, long} {
		_, _, got := segment(s, false)
		if s == long && !slices.Equal(got, want) {
			t.Fatalf("tokens of the long text after other texts differ:\n%v\nwant\n%v", got, want)
		}
	}
	if n := testing.AllocsPerRun(50, func() { segment(long, false) }); n > 3 {
		t.Errorf("segment allocates %v times a text, want 3 (paragraphs, sentences, tokens)", n)
	}
}
