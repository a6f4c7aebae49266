package perceptron

import (
	"fmt"
	"math/bits"
	"runtime"
	"unsafe"

	"dateline/internal/offheap"
)

// The table of a model is made of 64-byte buckets, one cache line each.
// A feature goes to the bucket its key picks, or, when that bucket is full,
// to the next one with room (linear probing over buckets). A lookup thus
// touches one cache line (two for the few features that overflowed) and
// compares the fingerprints of the whole bucket without a branch on them:
// on this kind of table nearly every lookup is a cache miss, and a miss
// waited for inside a mispredicted probe loop costs several times more
// than one the CPU overlaps with the next lookups.

// maxDense is the most classes whose weights fit in a table cell: a model
// with that few classes needs one memory access per feature, not two.
const maxDense = 4

// Slots per bucket.
const (
	denseSlots  = 5
	sparseSlots = 8
)

// denseBucket holds the features of a model with at most maxDense classes:
// slot j's weights are w[j], class c in bits 16c..16c+15, quantised to 16
// bits (see Model.scale). fp == 0 marks an empty slot. passed has the bit
// passBit(fp) of each feature whose chain goes through the bucket but that
// had to be put further on (the bucket was full): only a lookup that finds
// nothing here and whose own bit is set goes on to the next bucket. A
// plain "some feature went past" flag sent every absent feature hashed to
// such a bucket (one in fifteen on the parser) to a second cache line;
// with the bits, a few per cent of those still go.
type denseBucket struct {
	fp     [denseSlots]uint32
	passed uint32
	w      [denseSlots]uint64
}

// sparseBucket holds the features of a model with more classes: slot j's
// row starts at arena[off[j]] with the row length, then one entry per class
// weight, class<<16 | uint16(weight).
type sparseBucket struct {
	fp  [sparseSlots]uint32
	off [sparseSlots]uint32
}

// fingerprint splits a feature into its bucket (before masking) and its
// nonzero fingerprint.
func fingerprint(h uint64) (bucket, fp uint32) {
	return uint32(h), uint32(h>>slotBits) | 1
}

// touch computes the buckets and fingerprints of feats, then loads the
// first word of each bucket in a loop that does nothing else, so that the
// CPU has as many of the chunk's cache misses under way together as it
// can track: a miss keeps the instructions after it from retiring, and
// the fewer those are, the more later loads fit in the reorder window.
//
// The first loop is finalize and fingerprint with fmix's multipliers read
// from variables, so that they stay in registers: as constants, the
// compiler loaded each 64-bit one into a register again at every feature.
// fingerprint reads no bit above keyBits, so the key needs no keyMask.
func (m *Model) touch(feats []uint64, bs, fps []uint32) {
	mask, mul1, mul2 := m.mask, fmixMul1, fmixMul2
	bs, fps = bs[:len(feats)], fps[:len(feats)]
	for k := keys(feats, mask, mul1, mul2, bs, fps); k < len(feats); k++ {
		h := fmix(feats[k], mul1, mul2)
		bs[k], fps[k] = uint32(h)&mask, uint32(h>>slotBits)|1
	}
	// Both kinds of bucket are a cache line, their first word a
	// fingerprint: one loop serves both, two buckets a turn (the loop's
	// counter and test were half of its instructions).
	table := unsafe.Pointer(unsafe.SliceData(m.sparse))
	if m.dense != nil {
		table = unsafe.Pointer(unsafe.SliceData(m.dense))
	}
	var sink uint32
	pairs := unsafe.Slice((*[2]uint32)(unsafe.Pointer(unsafe.SliceData(bs))), len(bs)/2)
	for i := range pairs {
		sink += firstWord(table, pairs[i][0]) + firstWord(table, pairs[i][1])
	}
	if len(bs)%2 != 0 {
		sink += firstWord(table, bs[len(bs)-1])
	}
	touched = sink
}

// bucketSize is the size of a bucket of either kind: a cache line.
const bucketSize = 64

// firstWord returns the first word of bucket b of the table at base.
func firstWord(base unsafe.Pointer, b uint32) uint32 {
	return *(*uint32)(unsafe.Add(base, uintptr(b)*bucketSize))
}

// The buckets are a cache line each, as firstWord assumes.
var (
	_ [bucketSize - unsafe.Sizeof(denseBucket{})]byte
	_ [unsafe.Sizeof(denseBucket{}) - bucketSize]byte
	_ [bucketSize - unsafe.Sizeof(sparseBucket{})]byte
	_ [unsafe.Sizeof(sparseBucket{}) - bucketSize]byte
)

// denseAt and sparseAt return bucket b (masked to the table's size, as
// every bucket number touch makes is) of the table at base, without the
// bounds check: it took a third of touch's second loop, and kept the
// table's length in a register of sumDense's loop.
func denseAt(base unsafe.Pointer, b uint32) *denseBucket {
	return (*denseBucket)(unsafe.Add(base, uintptr(b)*unsafe.Sizeof(denseBucket{})))
}

func sparseAt(base unsafe.Pointer, b uint32) *sparseBucket {
	return (*sparseBucket)(unsafe.Add(base, uintptr(b)*unsafe.Sizeof(sparseBucket{})))
}

// touched and touchedWide keep touch's and Score's loads from being
// optimised away.
var (
	touched     uint32
	touchedWide uint64
)

// sumDense adds to acc the weights of the features with buckets bs and
// fingerprints fps (at most chunk of them): the first bucket of each by
// probeDense, then the rare chains that go on past it (noted, not
// followed, in probeDense's loop: with a call in it, the compiler kept
// the loop's slices and counters on the stack, reloading them at every
// feature).
func (m *Model) sumDense(bs, fps []uint32, acc *[maxDense]int32) {
	var later [chunk]uint8
	fps = fps[:len(bs)]
	nl := probeDense(unsafe.SliceData(m.dense), bs, fps, &later, acc)
	for _, k := range later[:nl] {
		if m.dense[bs[k]].passed&passBit(fps[k]) == 0 {
			continue // passed by others only: absent
		}
		row := m.chainDense(bs[k], fps[k])
		for c := range acc {
			acc[c] += int32(int16(row >> (16 * c)))
		}
	}
}

// A dense row's four int16 weights, each with its top bit flipped
// (laneFlip), are its weights plus 2^15 as uint16s: masked with
// laneMask02, the row and the row shifted right by 16 bits put weights
// 0, 2 and 1, 3 in 32-bit lanes, which sum up to 2^16 rows without
// carrying into each other (sumDense sums at most chunk).
const (
	laneFlip   = 0x8000800080008000
	laneMask02 = 0x0000ffff0000ffff
)

// eq is all ones when a == b, else zero (a conditional move, not a branch).
func eq(a, b uint32) uint64 {
	var m uint64
	if a == b {
		m = ^uint64(0)
	}
	return m
}

// zero32 is all ones when r == 0, else zero (a conditional move).
func zero32(r uint64) uint32 {
	var m uint32
	if r == 0 {
		m = ^uint32(0)
	}
	return m
}

// eq32 is all ones when a == b, else zero (a conditional move).
func eq32(a, b uint32) uint32 {
	var m uint32
	if a == b {
		m = ^uint32(0)
	}
	return m
}

// chainDense returns the row of the feature with fingerprint fp past the
// full bucket b, zero when absent.
func (m *Model) chainDense(b, fp uint32) uint64 {
	for {
		b = (b + 1) & m.mask
		d := &m.dense[b]
		for j, g := range d.fp {
			if g == fp {
				return d.w[j]
			}
		}
		if d.passed&passBit(fp) == 0 {
			return 0
		}
	}
}

// passBit is the bit of denseBucket.passed for fingerprint fp: its top five
// bits, which are independent of the bucket.
func passBit(fp uint32) uint32 { return 1 << (fp >> 27) }

// findSparse sets offs[j] to the arena offset of the row of the feature
// with bucket bs[j] and fingerprint fps[j] (at most chunk of them); 0 (an
// empty row) when the feature is absent: the first bucket of each by
// probeSparse, then the few chains that go on past a full bucket, so
// that the loop has no call in it (a call a feature took a fifth of its
// instructions).
func (m *Model) findSparse(bs, fps, offs []uint32) {
	var later [chunk]uint8
	fps, offs = fps[:len(bs)], offs[:len(bs)]
	nl := probeSparse(unsafe.SliceData(m.sparse), bs, fps, offs, &later)
	for _, j := range later[:nl] {
		offs[j] = m.chainSparse(bs[j], fps[j])
	}
}

// chainSparse returns the arena offset of the row of the feature with
// fingerprint fp past the full bucket b, 0 when absent.
func (m *Model) chainSparse(b, fp uint32) uint32 {
	for {
		b = (b + 1) & m.mask
		s := &m.sparse[b]
		for j, g := range s.fp {
			if g == fp {
				return s.off[j]
			}
		}
		if s.fp[sparseSlots-1] == 0 {
			return 0
		}
	}
}

// maxLoadPercent is the largest share of slots a table fills: with five
// slots a bucket, about 5% of the buckets overflow at 53% full, 13% at 68%
// and 22% at 80%, and each overflow can cost a lookup a second cache
// line. At 70 the 3-parser supersense parser of 0.9 M features filled its
// table to 68%; at 50 it gets one twice the size (16 MB more) and parsed
// 99,000 tokens/cpu-s against 92,000 (BenchmarkParse, three interleaved
// runs); the committed model 100,000 against 95,000.
const maxLoadPercent = 50

// model lays the rows out in a table at most maxLoadPercent full.
func (b *builder) model() (*Model, error) {
	words := wideWords(b.classes)
	nwide, nweights := 0, 0
	for k := range b.hs {
		if cls, q := b.row(k); isWide(words, q) {
			nwide++
		} else {
			nweights += len(cls)
		}
	}
	m, err := newModel(b.classes, b.scale, len(b.hs), nweights, nwide, true)
	if err != nil {
		return nil, err
	}
	m.keys = b.hs
	for k0 := 0; k0 < len(b.hs); k0 += putBatch {
		hs := b.hs[k0:min(k0+putBatch, len(b.hs))]
		m.touchHomes(hs)
		for i, h := range hs {
			cls, q := b.row(k0 + i)
			m.put(k0+i, h, cls, q)
		}
	}
	return m, nil
}

// newModel makes the empty table of a model of nrows rows holding
// nweights weights in sparse rows and nwide wide rows (only a sparse
// model needs those numbers), with
// room for the cell order of each row when keep is set (WriteTo, Prune
// and Average need it; the caller sets keys).
func newModel(classes int, scale float32, nrows, nweights, nwide int, keep bool) (*Model, error) {
	slots := sparseSlots
	if classes <= maxDense {
		slots = denseSlots
	}
	need := nrows*100/maxLoadPercent/slots + 1
	if need > 1<<slotBits {
		return nil, fmt.Errorf("perceptron: %d features: at most %d fit a model; prune more", nrows, (1<<slotBits)*slots*maxLoadPercent/100)
	}
	size := min(1<<bits.Len(uint(need)), 1<<slotBits)
	m := &Model{classes: classes, scale: scale, mask: uint32(size - 1), compact: !keep}
	if keep {
		m.order = make([]uint32, nrows)
	}
	var unmap []func()
	if classes <= maxDense {
		m.dense = makeTable[denseBucket](size, &unmap)
	} else {
		m.sparse = makeTable[sparseBucket](size, &unmap)
		// Offset 0 is the empty row; the arena is filled to its capacity.
		m.arena = makeTable[uint32](1+nrows+nweights, &unmap)[:1]
		if m.words = wideWords(classes); m.words > 0 {
			m.wide = makeTable[uint64](nwide*m.words, &unmap)[:0]
		}
	}
	if len(unmap) > 0 {
		runtime.AddCleanup(m, func(fs []func()) {
			for _, f := range fs {
				f()
			}
		}, unmap)
	}
	return m, nil
}

// put stores row k (key h, in increasing key order) in the table: in the
// bucket its key picks or the next one with room.
func (m *Model) put(k int, h uint64, cls []uint16, q []int16) {
	m.features++
	m.weights += len(cls)
	bk, fp := fingerprint(h)
	bk &= m.mask
	var cell uint32
	if m.dense != nil {
		bk, j := m.denseSlot(bk, fp)
		d := &m.dense[bk]
		for i, c := range cls {
			d.w[j] |= uint64(uint16(q[i])) << (16 * c)
		}
		cell = bk*denseSlots + uint32(j)
	} else {
		for m.sparse[bk].fp[sparseSlots-1] != 0 {
			bk = (bk + 1) & m.mask
		}
		s := &m.sparse[bk]
		j := 0
		for s.fp[j] != 0 {
			j++
		}
		s.fp[j] = fp
		if isWide(m.words, q) {
			s.off[j] = wideFlag | m.putWide(cls, q)
		} else {
			s.off[j] = uint32(len(m.arena))
			m.arena = append(m.arena, uint32(len(cls)))
			for i, c := range cls {
				m.arena = append(m.arena, uint32(c)<<16|uint32(uint16(q[i])))
			}
		}
		cell = bk*sparseSlots + uint32(j)
	}
	if m.order != nil {
		m.order[k] = cell
	}
}

// putDense stores a row of a dense model as put does, given as the
// weights word its cell holds (n weights), without the cell order (a
// compact model keeps none).
func (m *Model) putDense(h, w uint64, n int) {
	m.features++
	m.weights += n
	bk, fp := fingerprint(h)
	bk, j := m.denseSlot(bk&m.mask, fp)
	m.dense[bk].w[j] |= w
}

// denseSlot takes the first free slot for fingerprint fp from bucket bk
// on, marking the full buckets passed over (a probe for fp must go on
// past them), and returns the bucket and the slot.
func (m *Model) denseSlot(bk, fp uint32) (uint32, int) {
	for m.dense[bk].fp[denseSlots-1] != 0 {
		m.dense[bk].passed |= passBit(fp)
		bk = (bk + 1) & m.mask
	}
	d := &m.dense[bk]
	j := 0
	for d.fp[j] != 0 {
		j++
	}
	d.fp[j] = fp
	return bk, j
}

// makeTable returns n zeroed Ts, mapped outside the heap when offheap.Alloc
// can (adding its unmapping to unmap), else made. The memory of a mapped
// table is unmapped once its model is unreachable: every method that
// reads the tables keeps the model alive until it is done
// (runtime.KeepAlive).
func makeTable[T any](n int, unmap *[]func()) []T {
	if t, free := offheap.Alloc[T](n); t != nil {
		*unmap = append(*unmap, free)
		return t
	}
	return make([]T, n)
}

// row returns the quantised weights in cell i (bucket*slots + slot), by
// class.
func (m *Model) row(i uint32) (cls []uint16, q []int16) {
	if m.dense != nil {
		w := m.dense[i/denseSlots].w[i%denseSlots]
		for c := range m.classes {
			if v := int16(w >> (16 * c)); v != 0 {
				cls = append(cls, uint16(c))
				q = append(q, v)
			}
		}
		return cls, q
	}
	off := m.sparse[i/sparseSlots].off[i%sparseSlots]
	if off&wideFlag != 0 {
		cls, q = m.wideRow(off &^ wideFlag)
		runtime.KeepAlive(m)
		return cls, q
	}
	for _, e := range m.arena[off+1 : off+1+m.arena[off]] {
		cls = append(cls, uint16(e>>16))
		q = append(q, int16(e))
	}
	runtime.KeepAlive(m)
	return cls, q
}

// chainedBuckets counts the buckets a lookup may have to go past (for
// tests).
func (m *Model) chainedBuckets() int {
	n := 0
	for i := range m.dense {
		if m.dense[i].passed != 0 {
			n++
		}
	}
	for i := range m.sparse {
		if m.sparse[i].fp[sparseSlots-1] != 0 {
			n++
		}
	}
	return n
}
