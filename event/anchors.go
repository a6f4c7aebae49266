package event

import "slices"

// A few verb blocks hold most of the patterns a clause is tried against
// (the block of "say" and "tell" has 136, and the verbs of reporting are
// the commonest in news): scanning every pattern of such a block for its
// keys (hasWords) cost more than matching the few that pass. A pattern
// of a large block is filed under one of its keys, its anchor, the one
// fewest patterns of the lexicon need (the rarest in text, roughly:
// "TO" and "WITH" are in many); a clause then looks at the patterns
// anchored at the keys it holds, and at those with no key, in the
// block's order.

// anchorMin is the fewest patterns a block needs to be searched by
// anchors: a scan of a small block is as quick.
const anchorMin = 32

// patternRef is one pattern of a block.
type patternRef struct{ block, pattern int32 }

// anchor files the patterns of the large blocks under their anchors;
// nKeys is the number of keys (words, then sets) req uses.
func (lx *Lexicon) anchor(nKeys int) {
	uses := make([]int32, nKeys)
	for _, pats := range lx.req {
		for _, keys := range pats {
			for _, k := range keys {
				uses[k]++
			}
		}
	}
	lx.anchored = make([]bool, len(lx.blocks))
	lx.keyless = make([][]int32, len(lx.blocks))
	byKey := make([][]patternRef, nKeys)
	for bi, pats := range lx.req {
		if len(pats) < anchorMin {
			continue
		}
		lx.anchored[bi] = true
		for pi, keys := range pats {
			if len(keys) == 0 {
				lx.keyless[bi] = append(lx.keyless[bi], int32(pi))
				continue
			}
			a := keys[0]
			for _, k := range keys[1:] {
				if uses[k] < uses[a] {
					a = k
				}
			}
			byKey[a] = append(byKey[a], patternRef{int32(bi), int32(pi)})
		}
	}
	lx.anchorAt = make([]int32, nKeys+1)
	lx.anchors = nil
	for k, refs := range byKey {
		lx.anchorAt[k] = int32(len(lx.anchors))
		lx.anchors = append(lx.anchors, refs...)
	}
	lx.anchorAt[nKeys] = int32(len(lx.anchors))
}

// patternsToTry is the patterns of block b that may match the current
// verb's windows (whose keys notePresent listed in c.keys), in the
// block's order, in out; all the block's patterns when b is small.
func (c *coder) patternsToTry(out []int32, b int) []int32 {
	lx := c.lx
	if !lx.anchored[b] {
		for pi := range lx.blocks[b].Patterns {
			out = append(out, int32(pi))
		}
		return out
	}
	out = append(out, lx.keyless[b]...)
	for _, k := range c.keys {
		for _, a := range lx.anchors[lx.anchorAt[k]:lx.anchorAt[k+1]] {
			if int(a.block) == b {
				out = append(out, a.pattern)
			}
		}
	}
	slices.Sort(out)
	return out
}
