package commitment

import (
	"slices"

	"dateline/text"
)

// Walking the parse: heads, dependents, subtrees and the sentence of a
// token, over the document's global token indices.

func (f *finder) word(i int) string { return f.d.Text[f.d.Tokens[i].Start:f.d.Tokens[i].End] }

func (f *finder) head(i int) int {
	h := f.d.Tokens[i].Head
	if h < 0 || h >= len(f.d.Tokens) || h == i {
		return -1
	}
	return h
}

// children returns the dependents of token i (a scan of its sentence).
func (f *finder) children(i int) []int {
	var out []int
	lo, hi := f.sentence(i)
	for t := lo; t < hi; t++ {
		if f.head(t) == i {
			out = append(out, t)
		}
	}
	return out
}

// sentence returns the token range of the sentence holding token i.
func (f *finder) sentence(i int) (int, int) {
	ss := f.d.Sentences
	lo, hi := 0, len(ss)
	for lo < hi {
		m := (lo + hi) / 2
		if ss[m].EndToken <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ss) && ss[lo].FirstToken <= i {
		return ss[lo].FirstToken, ss[lo].EndToken
	}
	return i, i + 1
}

// tokensOf returns the token range covering a byte span.
func (f *finder) tokensOf(s text.Span) (int, int) {
	lo := 0
	for lo < len(f.d.Tokens) && f.d.Tokens[lo].End <= s.Start {
		lo++
	}
	hi := lo
	for hi < len(f.d.Tokens) && f.d.Tokens[hi].Start < s.End {
		hi++
	}
	return lo, hi
}

// subtree returns the token range of v's clause within its sentence.
func (f *finder) subtree(v int) (int, int) {
	slo, shi := f.sentence(v)
	lo, hi := v, v+1
	for t := slo; t < shi; t++ {
		for x, step := t, 0; x >= 0 && step < 16; step++ {
			if x == v {
				lo, hi = min(lo, t), max(hi, t+1)
				break
			}
			x = f.head(x)
		}
	}
	for hi > lo+1 && f.d.Tokens[hi-1].UPOS == "PUNCT" {
		hi--
	}
	return lo, hi
}

// leftmost is the first token of the subtree of k.
func (f *finder) leftmost(k int) int {
	lo, _ := f.sentence(k)
	for t := lo; t < k; t++ {
		if f.under(t, []int{k}) {
			return t
		}
	}
	return k
}

// under says whether token t lies in the subtree of one of heads.
func (f *finder) under(t int, heads []int) bool {
	for x, step := t, 0; x >= 0 && step < 16 && len(heads) > 0; step++ {
		if slices.Contains(heads, x) {
			return true
		}
		x = f.head(x)
	}
	return false
}

// inSpan reports whether token t lies inside span s.
func (f *finder) inSpan(t int, s text.Span) bool {
	return t >= 0 && f.d.Tokens[t].Start >= s.Start && f.d.Tokens[t].End <= s.End
}
