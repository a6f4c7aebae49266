package ner

import "dateline/internal/perceptron"

// A decision whose tag before is not the one its word part guessed (O, or
// the sentence start) looks up the two tag-history features that join
// that tag with the word (prevFeatures): one lookup call for two
// features, about 1,100 instructions. The same pairs recur (the words
// after a name: "said", a comma, "'s"), so a tagger keeps the sums of the
// last pairs it looked up in a direct-mapped cache keyed by the two
// features. The sums are integers: the same scores exactly
// (TestTagRowsScoreExactly, TestHistCacheSumsAsLookedUp).
const histBits = 10

type histCache struct {
	keys [1 << histBits][2]uint64
	full [1 << histBits]bool
	rows [1 << histBits]row
}

// sums returns the sums of the tag-history features fs (two), looked up
// in m unless the cache holds them.
func (c *histCache) sums(m *perceptron.Model, dc *decoder, fs []uint64) *row {
	k := [2]uint64{fs[0], fs[1]}
	i := int(((k[0] ^ k[1]*0x9e3779b97f4a7c15) * 0xbf58476d1ce4e5b9) >> (64 - histBits))
	if !c.full[i] || c.keys[i] != k {
		dc.es.look(fs, lkHistory)
		r := &c.rows[i]
		*r = row{}
		end := [1]int{len(fs)}
		m.AddSegments(fs, end[:], r[:])
		c.keys[i], c.full[i] = k, true
	}
	return &c.rows[i]
}
