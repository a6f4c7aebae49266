package perceptron

import "runtime"

// AddSegments adds to out[s*Classes:(s+1)*Classes] the integer weight sums
// of the features feats[ends[s-1]:ends[s]] (ends[-1] being 0; ends
// ascending, the last at most len(feats)), for every segment s, looked up
// together a chunk at a time: a tagger that scores every token of a
// document from a few groups of features each (the ner stage) looks them
// all up in one call, and the cache misses of one token's features overlap
// with the next tokens', instead of one call per token of fifteen features
// each waiting for its own. ScaleSums turns sums into scores: the scores
// are exactly those of Score, the sums being integers.
func (m *Model) AddSegments(feats []uint64, ends []int, out []int32) {
	c := m.classes
	out = out[:len(ends)*c]
	if len(ends) == 0 {
		return
	}
	var l Lookup
	if m.dense != nil {
		lo := 0
		for s, hi := range ends {
			var sums Sums
			m.addDense(&l, feats[lo:hi], &sums)
			for k, v := range sums[:c] {
				out[s*c+k] += v
			}
			lo = hi
		}
		runtime.KeepAlive(m)
		return
	}
	feats = feats[:ends[len(ends)-1]]
	if len(feats) == 0 {
		return
	}
	offs, lens, lanes := &l.offs, &l.lens, &l.lanes
	arena, wide, words := m.arena, m.wide, m.words
	nw := int32(0)
	seg, base := 0, 0
	for seg < len(ends) && ends[seg] == 0 {
		seg++
	}
	acc := out[seg*c : (seg+1)*c]
	for len(feats) > 0 {
		n := min(len(feats), chunk)
		m.findRows(&l, feats[:n])
		for j, off := range offs[:n] {
			if base+j == ends[seg] {
				if nw > 0 {
					flushWide(lanes[:words], nw, acc)
					nw = 0
				}
				for ends[seg] == base+j {
					seg++
				}
				acc = out[seg*c : (seg+1)*c]
			}
			if off&wideFlag != 0 {
				i := int(off&^wideFlag) * words
				addLanes(lanes[:words], wide[i:i+words])
				if nw++; nw == maxWideRows {
					flushWide(lanes[:words], nw, acc)
					nw = 0
				}
				continue
			}
			for _, e := range arena[off+1 : off+1+lens[j]] {
				acc[e>>16] += int32(int16(e))
			}
		}
		base += n
		feats = feats[n:]
	}
	if nw > 0 {
		flushWide(lanes[:words], nw, acc)
	}
	runtime.KeepAlive(m)
}

// ScaleSums sets scores[c] to the score of the integer sums acc[c], for
// every c < len(acc): Score's scores of the features whose sums acc holds.
func (m *Model) ScaleSums(acc []int32, scores []float32) {
	scores = scores[:len(acc)]
	for c, v := range acc {
		scores[c] = float32(v) * m.scale
	}
}
