package syntax

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// Scores are accuracies over words, as the bench scorer counts them.
type Scores struct {
	Words                int
	UPOS, XPOS, UAS, LAS float64
	Lemma                float64
}

func (s Scores) String() string {
	return fmt.Sprintf("upos=%.4f xpos=%.4f uas=%.4f las=%.4f lemma=%.4f words=%d", s.UPOS, s.XPOS, s.UAS, s.LAS, s.Lemma, s.Words)
}

// universal is a relation's universal part ("nsubj" of "nsubj:pass").
func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// Evaluate parses sents and scores the result against their gold
// annotation; LAS compares universal relations.
func Evaluate(m *Model, sents []*tsent) Scores {
	var sc Scores
	var upos, xpos, uas, las, lem int
	var s Sentence
	for _, t := range sents {
		s.Words = t.words
		m.Parse(&s)
		for i := range t.words {
			sc.Words++
			gt := m.tags[t.tags[i]]
			if s.UPOS[i] == gt.UPOS {
				upos++
			}
			if s.XPOS[i] == gt.XPOS {
				xpos++
			}
			if s.Head[i] == int(t.heads[i]) {
				uas++
				if universal(s.Rel[i]) == universal(m.rels[t.rels[i]]) {
					las++
				}
			}
			if strings.EqualFold(s.Lemma[i], t.lemmas[i]) {
				lem++
			}
		}
	}
	if n := float64(sc.Words); n > 0 {
		sc.UPOS, sc.XPOS, sc.UAS, sc.LAS, sc.Lemma = float64(upos)/n, float64(xpos)/n, float64(uas)/n, float64(las)/n, float64(lem)/n
	}
	return sc
}

// evalTags is the UPOS accuracy of m's tagger alone; it writes the XPOS
// accuracy and the most frequent confusions to log.
func evalTags(m *Model, sents []*tsent, log io.Writer) float64 {
	var ok, xok, n, unkOK, unk int
	conf := map[string]int{}
	for _, t := range sents {
		for i, p := range m.tagWords(t.words) {
			n++
			_, known := m.amb.Get(lowerKey(t.words[i]))
			if !known {
				unk++
			}
			if m.tags[p].XPOS == m.tags[t.tags[i]].XPOS {
				xok++
			}
			if m.tags[p].UPOS == m.tags[t.tags[i]].UPOS {
				ok++
				if !known {
					unkOK++
				}
			} else {
				conf[m.tags[t.tags[i]].UPOS+"->"+m.tags[p].UPOS]++
			}
		}
	}
	type kv struct {
		k string
		v int
	}
	var top []kv
	for k, v := range conf {
		top = append(top, kv{k, v})
	}
	slices.SortFunc(top, func(a, b kv) int {
		if a.v != b.v {
			return b.v - a.v
		}
		return strings.Compare(a.k, b.k)
	})
	if n > 0 {
		fmt.Fprintf(log, " XPOS %.4f;", float64(xok)/float64(n))
	}
	if unk > 0 {
		fmt.Fprintf(log, " unknown words %d, UPOS %.4f;", unk, float64(unkOK)/float64(unk))
	}
	for i := 0; i < len(top) && i < 12; i++ {
		fmt.Fprintf(log, " %s:%d", top[i].k, top[i].v)
	}
	fmt.Fprintln(log)
	if n == 0 {
		return 0
	}
	return float64(ok) / float64(n)
}
