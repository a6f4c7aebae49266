package perceptron

// Filling a table writes each row into a bucket picked at random among
// megabytes: nearly every put is a cache miss, waited for alone (the
// parser's 0.9 M rows took about 0.25 s of a 0.85 s load). Rows are put
// putBatch at a time, their home buckets first loaded together so that the
// misses overlap. They are put in the same order as one by one, so each
// lands in the same slot.
const putBatch = 64

// touchHomes loads the home bucket of each of keys (finalized, masked).
func (m *Model) touchHomes(keys []uint64) {
	var sink uint32
	for _, h := range keys {
		b, _ := fingerprint(h)
		b &= m.mask
		if m.dense != nil {
			sink += m.dense[b].fp[0]
		} else {
			sink += m.sparse[b].fp[0]
		}
	}
	touched = sink
}

// pendingRows are rows of a dense model decoded and not yet put.
type pendingRows struct {
	n    int
	hs   [putBatch]uint64
	lens [putBatch]uint8
	cls  [putBatch][maxDense]uint16
	q    [putBatch][maxDense]int16
}

// add queues a row of at most maxDense weights, putting the queue in m
// when full.
func (p *pendingRows) add(m *Model, h uint64, cls []uint16, q []int16) {
	i := p.n
	p.hs[i], p.lens[i] = h, uint8(copy(p.cls[i][:], cls))
	copy(p.q[i][:], q)
	if p.n++; p.n == putBatch {
		p.flush(m)
	}
}

// flush puts the queued rows in m, in order.
func (p *pendingRows) flush(m *Model) {
	m.touchHomes(p.hs[:p.n])
	for i := range p.n {
		m.put(m.features, p.hs[i], p.cls[i][:p.lens[i]], p.q[i][:p.lens[i]])
	}
	p.n = 0
}
