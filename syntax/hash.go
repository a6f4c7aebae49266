package syntax

import pc "dateline/internal/perceptron"

// hash1 and hash2 are pc.Hash1 and pc.Hash2 for a template known only at
// run time (conf.appendFeatures), from its seed.
//
// pc.Hash3 and pc.Hash4 are too big for the compiler to inline (cost 93
// and 84 of a budget of 80): every feature of three or four values paid a
// call and hashed its template number again, a quarter of the hashing.
// hash3 and hash4 start from the template's part of the hash, computed
// once; hash3 inlines, and hash4 (still over the budget) makes no second
// call. They equal pc.Hash1 to pc.Hash4 (TestHashesEqualPerceptrons).
var seeds = func() (s [256]uint64) {
	for t := range s {
		s[t] = pc.Hash(uint64(t))
	}
	return s
}()

func hash1(t uint8, a uint64) uint64 { return pc.Mix(seeds[t], a) }

func hash2(t uint8, a, b uint64) uint64 { return pc.Mix(pc.Mix(seeds[t], a), b) }

func hash3(t uint8, a, b, c uint64) uint64 { return pc.Mix(pc.Mix(pc.Mix(seeds[t], a), b), c) }

func hash4(t uint8, a, b, c, d uint64) uint64 { return pc.Mix(hash3(t, a, b, c), d) }
