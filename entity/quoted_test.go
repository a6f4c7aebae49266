package entity

import (
	"context"
	"testing"

	"dateline/text"
)

// A straight mark opens or closes by its spaces, and a paragraph break
// closes an open quotation: the news convention opens each paragraph of a
// long quotation with a mark and closes only the last, on separate lines
// or run into one.
func TestQuotedTokensMarksBySpaces(t *testing.T) {
	s := "Ann Lee said: \"We will stay. \"The port is ours.\" Tom Ray left.\n\n" +
		"He said: \"We go.\n\n\"They stay,\" she said."
	d := text.NewDocument(text.Article{Text: s})
	if err := text.NewSegmenter().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var words []string
	var starts, ends []int
	for _, tk := range d.Tokens {
		words = append(words, d.Slice(tk.Span))
		starts, ends = append(starts, tk.Start), append(ends, tk.End)
	}
	quoted := quotedTokens(words, starts, ends, paragraphStarts(d))
	want := map[string]bool{"Ann": false, "We": true, "The": true, "ours": true, "Tom": false,
		"He": false, "go": true, "They": true, "stay": true, "she": false}
	for i, w := range words {
		if q, ok := want[w]; ok && quoted[i] != q {
			t.Errorf("%q at %d: quoted %v, want %v", w, starts[i], quoted[i], q)
		}
	}
}

// A he or she inside a quotation is someone its speaker speaks of, not
// the speaker, who would say "I": the one who spoke just before the
// quotation opens is no candidate.
func TestPronounInsideQuotationNotItsSpeaker(t *testing.T) {
	wantHeOnParse(t, "Olaf Brandt said Rui Costa had left . \" Now he will not return . \"",
		[]int{2, 0, -1, 6, 3, 6, 2, 2,
			13, 13, 13, 13, 13, -1, 13, 13},
		[]string{"nsubj", "flat", "root", "nsubj", "flat", "aux", "ccomp", "punct",
			"punct", "advmod", "nsubj", "aux", "advmod", "root", "punct", "punct"},
		[]string{"Olaf Brandt", "Rui Costa"}, "Rui Costa")
}
