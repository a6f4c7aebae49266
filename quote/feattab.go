package quote

import (
	"math"

	"dateline/internal/strtab"
)

// The cue model's weights are read once a feature, about 1.5 million times
// on the BBC corpus, between the large tables of the other stages: a Go
// map's lookup of a feature it holds reads its control word, its slot and
// the key's bytes elsewhere in the heap, each a likely cache miss. The
// weights are held again in a strtab.Table (key and weight in one slot),
// which featSink reads.

// index fills m.tab from m.w; the constructors call it last.
func (m *CueModel) index() {
	m.tab = strtab.New(len(m.w))
	for f, v := range m.w {
		m.tab.Put(f, int32(math.Float32bits(v)))
	}
	for f, name := range fixedNames {
		m.fixed[f] = m.weight([]byte(name))
	}
}

// weight is m.w[string(f)]: 0 for a feature the model does not have.
func (m *CueModel) weight(f []byte) float32 {
	v, _ := m.tab.GetBytes(f)
	return math.Float32frombits(uint32(v))
}
