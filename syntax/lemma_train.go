package syntax

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// buildLemmatizer learns suffix rules per tag from the treebank, then
// lists as exceptions the (form, tag) pairs the rules get wrong.
func buildLemmatizer(sents []*tsent, v *vocab) *lemmatizer {
	l := newLemmatizer()
	l.propn = make([]bool, len(v.tags))
	for i, t := range v.tags {
		l.propn[i] = t.UPOS == "PROPN"
	}
	l.setInflected(v.tags)
	type key struct {
		tag    int32
		suffix string
	}
	ruleCounts := map[key]map[rule]int{}
	type pairKey struct {
		low string
		tag int32
	}
	lemmaCounts := map[pairKey]map[string]int{}
	for _, s := range sents {
		for i, w := range s.words {
			lem := s.lemmas[i]
			if lem == "" || lem == "_" {
				continue
			}
			low, llem := strings.ToLower(w), strings.ToLower(lem)
			pk := pairKey{low, s.tags[i]}
			if lemmaCounts[pk] == nil {
				lemmaCounts[pk] = map[string]int{}
			}
			lemmaCounts[pk][lem]++
			r, ok := ruleFor(low, llem)
			if !ok {
				continue
			}
			for k := 0; k <= min(maxSuffix, len(low)); k++ {
				if k > 0 && k < len(low) && !utf8.RuneStart(low[len(low)-k]) {
					continue
				}
				rk := key{s.tags[i], low[len(low)-k:]}
				if ruleCounts[rk] == nil {
					ruleCounts[rk] = map[rule]int{}
				}
				ruleCounts[rk][r]++
			}
		}
	}
	// Keep each suffix's most frequent rule when it differs from what the
	// next shorter suffix would give; shortest suffixes first.
	keys := make([]key, 0, len(ruleCounts))
	for k := range ruleCounts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		if a.tag != b.tag {
			return int(a.tag - b.tag)
		}
		if len(a.suffix) != len(b.suffix) {
			return len(a.suffix) - len(b.suffix)
		}
		return strings.Compare(a.suffix, b.suffix)
	})
	for _, k := range keys {
		best, bn, total := rule{}, 0, 0
		for r, n := range ruleCounts[k] {
			total += n
			if n > bn || (n == bn && (r.strip < best.strip || (r.strip == best.strip && r.add < best.add))) {
				best, bn = r, n
			}
		}
		if k.suffix != "" && total < 2 {
			continue
		}
		if cur, ok := l.find(k.suffix, k.tag); ok && cur == best && k.suffix != "" {
			continue
		}
		l.rules.Put(ruleKey(k.tag, k.suffix), best)
	}
	// Exceptions: the most frequent lemma of each (form, tag) the rules miss.
	pks := make([]pairKey, 0, len(lemmaCounts))
	for pk := range lemmaCounts {
		pks = append(pks, pk)
	}
	slices.SortFunc(pks, func(a, b pairKey) int {
		if c := strings.Compare(a.low, b.low); c != 0 {
			return c
		}
		return int(a.tag - b.tag)
	})
	for _, pk := range pks {
		best, bn := "", 0
		for lem, n := range lemmaCounts[pk] {
			if n > bn || (n == bn && lem < best) {
				best, bn = lem, n
			}
		}
		if !strings.EqualFold(l.lemma(pk.low, pk.tag), best) {
			l.except.Put(exceptKey(lowerKey(pk.low), pk.tag), best)
		}
	}
	return l
}
