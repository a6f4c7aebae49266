// Package perceptron is a multiclass averaged perceptron over sparse,
// hashed binary features, for greedy taggers and parsers.
//
// Features are uint64 hashes made with Hash, String and Mix from a template
// number and the values it combines; a feature absent from the model simply
// scores nothing. Training (Trainer) keeps per-feature sparse rows with the
// lazily averaged weights; Trainer.Model turns them into a compact read-only
// Model: an open-addressing table of 32-bit fingerprints holding the
// weights of a model of few classes, else pointing into packed (class,
// weight) rows or "wide" rows of every class (wide.go), safe for
// concurrent use. Scores are integer sums of the quantised weights, so
// ScoreSplit and ScoreFrom can keep and reuse the sums of some of the
// features exactly. Everything is
// deterministic: no map iteration order, no randomness, and the binary
// encoding is byte-identical for the same weights.
package perceptron

// FNV-1a constants.
const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

// String hashes a string (FNV-1a, 64 bits). Hash the words of a sentence
// once and combine the hashes with Mix for each feature.
func String(s string) uint64 {
	h := uint64(offset64)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime64
	}
	return h
}

// Mix combines a feature hash with one more value. It is not symmetric:
// Mix(Mix(t, a), b) differs from Mix(Mix(t, b), a).
func Mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	return h * 0xbf58476d1ce4e5b9
}

// hashSeed starts every feature hash.
const hashSeed = 0x51ed2701a3c8f4d3

// Hash makes the feature for template t with the given values.
func Hash(t uint64, vals ...uint64) uint64 {
	h := Mix(hashSeed, t)
	for _, v := range vals {
		h = Mix(h, v)
	}
	return h
}

// Hash1 to Hash4 are Hash with one to four values. They inline, and with
// a constant template the compiler folds its part of the hash away: a
// parser hashes a hundred features per decision.
func Hash1(t, a uint64) uint64          { return Mix(Mix(hashSeed, t), a) }
func Hash2(t, a, b uint64) uint64       { return Mix(Hash1(t, a), b) }
func Hash3(t, a, b, c uint64) uint64    { return Mix(Hash2(t, a, b), c) }
func Hash4(t, a, b, c, d uint64) uint64 { return Mix(Hash3(t, a, b, c), d) }

// finalize spreads a key's entropy over all bits before the table uses its
// low bits as a slot and its high bits as a fingerprint (murmur3 fmix64).
func finalize(k uint64) uint64 { return fmix(k, 0xff51afd7ed558ccd, 0xc4ceb9fe1a85ec53) }

// fmixMul1 and fmixMul2 are finalize's multipliers as variables, for
// touch's loop (table.go). Never changed.
var fmixMul1, fmixMul2 uint64 = 0xff51afd7ed558ccd, 0xc4ceb9fe1a85ec53

// fmix is finalize with its multipliers m1 and m2 given.
func fmix(k, m1, m2 uint64) uint64 {
	k ^= k >> 33
	k *= m1
	k ^= k >> 33
	k *= m2
	k ^= k >> 33
	return k
}
