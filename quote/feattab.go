package quote

import "dateline/internal/u64tab"

// The cue model's weights are read once a feature, about 1.5 million times
// on the BBC corpus, between the large tables of the other stages. A
// feature is made of parts ("kf=", the key, "|", the frame); joining them
// into bytes and hashing those took most of a lookup's instructions. The
// weights are held again by a 64-bit FNV-1a hash of each feature's name,
// made once when the model is built; featSink hashes a feature's parts one
// after the other, which is the hash of the joined name, and reads the
// weight from a u64tab.Table (hash and weight in one 16-byte slot).
//
// A feature the model does not have could share its 64-bit hash with one
// it has and take that weight: about one chance in 10^15 per distinct
// feature asked, against the model's 17,000 names. Two of the model's own
// names sharing a hash is caught when the table is built (joined), and
// the weights are then read by the joined name, as before.

// featHash is an FNV-1a hash of a feature's name, taken part by part.
type featHash uint64

const (
	featOffset featHash = 14695981039346656037
	featPrime  featHash = 1099511628211
)

// str goes on hashing with the bytes of s.
func (h featHash) str(s string) featHash {
	for i := 0; i < len(s); i++ {
		h ^= featHash(s[i])
		h *= featPrime
	}
	return h
}

// index fills m.byHash from m.w; the constructors call it last.
func (m *CueModel) index() {
	m.byHash = u64tab.New[float32](len(m.w))
	for f, v := range m.w {
		h := uint64(featOffset.str(f))
		if _, dup := m.byHash.Get(h); dup {
			m.joined = true
		}
		m.byHash.Put(h, v)
	}
	for f, name := range fixedNames {
		m.fixed[f] = m.w[name]
	}
}

// weightOf is the weight of the feature whose name hashes to h: 0 for a
// feature the model does not have.
func (m *CueModel) weightOf(h featHash) float32 {
	return m.byHash.Value(uint64(h))
}
