package syntax

import (
	"slices"
	"testing"
)

// The punctuation rule must reproduce the treebank's own attachments: run
// on gold trees of EWT dev (read from ../shared at test time), it should
// leave almost every mark where the annotators put it.
func TestFixPunctAgreesWithTreebank(t *testing.T) {
	raw, err := readTreebank(devPath)
	if err != nil {
		t.Fatalf("EWT dev (from ../shared): %v", err)
	}
	v := newVocab(raw)
	sents, err := v.convert(raw)
	if err != nil {
		t.Fatal(err)
	}
	var total, kept int
	for _, s := range sents {
		n := int32(len(s.words))
		punct := make([]bool, n)
		for i := range punct {
			punct[i] = v.tags[s.tags[i]].UPOS == "PUNCT"
		}
		head := slices.Clone(s.heads)
		for i := range head {
			if head[i] < 0 {
				head[i] = n
			}
		}
		gold := slices.Clone(head)
		fixPunct(s.words, punct, head)
		for i := range head {
			if punct[i] {
				total++
				if head[i] == gold[i] {
					kept++
				}
			} else if head[i] != gold[i] {
				t.Errorf("%q: word %d moved from %d to %d; only punctuation may move", s.words, i, gold[i], head[i])
			}
		}
	}
	if got := float64(kept) / float64(total); got < 0.99 {
		t.Errorf("punctuation kept at its gold head: got %.4f of %d, want ≥ 0.99", got, total)
	}
}

func TestFixPunctByRule(t *testing.T) {
	// Sentences written for the test; heads 0-based, len(words) for the root.
	tests := []struct {
		name  string
		words []string
		heads []int32 // before
		want  []int32
	}{
		{
			"final stop goes to the root word",
			[]string{"Rain", "fell", "."},
			[]int32{1, 3, 0},
			[]int32{1, 3, 1},
		},
		{
			"comma between clauses goes to the second clause",
			[]string{"I", "came", ",", "I", "saw"},
			[]int32{1, 5, 1, 4, 1},
			[]int32{1, 5, 4, 4, 1},
		},
		{
			"quotes go to the head of what they enclose",
			[]string{"He", "said", "\"", "no", "\""},
			[]int32{1, 5, 1, 1, 3},
			[]int32{1, 5, 3, 1, 3},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			punct := make([]bool, len(tt.words))
			for i, w := range tt.words {
				punct[i] = w == "." || w == "," || w == "\""
			}
			head := slices.Clone(tt.heads)
			fixPunct(tt.words, punct, head)
			if !slices.Equal(head, tt.want) {
				t.Errorf("got heads %v, want %v", head, tt.want)
			}
		})
	}
}
