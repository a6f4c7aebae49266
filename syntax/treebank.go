package syntax

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"dateline/internal/conllu"
)

// tsent is a training sentence: gold tags, heads (-1 for the root) and
// relations as class numbers.
type tsent struct {
	words  []string
	tags   []int32
	heads  []int32
	rels   []int32
	lemmas []string
}

// vocab numbers the tags and relations of a treebank, in sorted order so
// that training is deterministic.
type vocab struct {
	tags    []Tag
	tagID   map[Tag]int32
	rels    []string
	relID   map[string]int32
	rootRel int32
}

func newVocab(sents []*conllu.Sentence) *vocab {
	v := &vocab{tagID: map[Tag]int32{}, relID: map[string]int32{}}
	for _, s := range sents {
		for _, i := range s.Words() {
			l := &s.Lines[i]
			t := Tag{l.UPOS, l.XPOS}
			if _, ok := v.tagID[t]; !ok {
				v.tagID[t] = 0
				v.tags = append(v.tags, t)
			}
			if _, ok := v.relID[l.Deprel]; !ok {
				v.relID[l.Deprel] = 0
				v.rels = append(v.rels, l.Deprel)
			}
		}
	}
	slices.SortFunc(v.tags, func(a, b Tag) int {
		return strings.Compare(a.UPOS+"\t"+a.XPOS, b.UPOS+"\t"+b.XPOS)
	})
	slices.Sort(v.rels)
	for i, t := range v.tags {
		v.tagID[t] = int32(i)
	}
	for i, r := range v.rels {
		v.relID[r] = int32(i)
	}
	v.rootRel = -1
	if id, ok := v.relID["root"]; ok {
		v.rootRel = id
	}
	return v
}

// readTreebank reads a CoNLL-U file.
func readTreebank(path string) ([]*conllu.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return conllu.ReadAll(f, path)
}

// convert turns sentences into training form; a tag or relation the vocab
// lacks (in a dev file) gets class 0 and so counts as an error.
func (v *vocab) convert(sents []*conllu.Sentence) ([]*tsent, error) {
	out := make([]*tsent, 0, len(sents))
	for k, s := range sents {
		words := s.Words()
		if len(words) == 0 {
			continue
		}
		heads, err := s.Heads()
		if err != nil {
			return nil, fmt.Errorf("sentence %d: %w", k+1, err)
		}
		t := &tsent{
			words:  make([]string, len(words)),
			tags:   make([]int32, len(words)),
			heads:  make([]int32, len(words)),
			rels:   make([]int32, len(words)),
			lemmas: make([]string, len(words)),
		}
		for j, i := range words {
			l := &s.Lines[i]
			t.words[j], t.lemmas[j] = l.Form, l.Lemma
			t.tags[j] = v.tagID[Tag{l.UPOS, l.XPOS}]
			t.rels[j] = v.relID[l.Deprel]
			t.heads[j] = int32(heads[j])
		}
		out = append(out, t)
	}
	return out, nil
}

// projectivize lifts non-projective arcs (Nivre and Nilsson 2005): the
// shortest arc that crosses another is moved to its head's head until none
// does. Labels stay as they are. It returns the new heads and how many
// arcs were lifted.
func projectivize(heads []int32) ([]int32, int) {
	h := slices.Clone(heads)
	lifted := 0
	for {
		best, bestLen := -1, 1<<30
		for d := range h {
			if h[d] < 0 {
				continue
			}
			if !projectiveArc(h, int32(d)) {
				if l := abs32(h[d] - int32(d)); int(l) < bestLen {
					best, bestLen = d, int(l)
				}
			}
		}
		if best < 0 {
			return h, lifted
		}
		h[best] = h[h[best]]
		lifted++
	}
}

// projectiveArc reports whether every word between d and its head is
// dominated by the head.
func projectiveArc(h []int32, d int32) bool {
	hd := h[d]
	lo, hi := min(d, hd), max(d, hd)
	for k := lo + 1; k < hi; k++ {
		a := k
		for a >= 0 && a != hd {
			a = h[a]
		}
		if a != hd {
			return false
		}
	}
	return true
}

func abs32(x int32) int32 {
	if x < 0 {
		return -x
	}
	return x
}
