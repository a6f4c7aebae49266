package perceptron

import (
	"encoding/binary"
	"math"
	"math/bits"
)

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

// pendingRows are rows of a dense model decoded and not yet put, each as
// the weights word its cell will hold (class c's weight in bits 16c to
// 16c+15) and how many weights the row had.
type pendingRows struct {
	n    int
	hs   [putBatch]uint64
	ws   [putBatch]uint64
	lens [putBatch]uint8
}

// add queues a row of at most maxDense weights, putting the queue in m
// when full.
func (p *pendingRows) add(m *Model, h uint64, cls []uint16, q []int16) {
	var w uint64
	for i, c := range cls {
		w |= uint64(uint16(q[i])) << (16 * c)
	}
	i := p.n
	p.hs[i], p.ws[i], p.lens[i] = h, w, uint8(len(cls))
	if p.n++; p.n == putBatch {
		p.flush(m)
	}
}

// flush puts the queued rows in m, in order.
func (p *pendingRows) flush(m *Model) {
	m.touchHomes(p.hs[:p.n])
	for i := range p.n {
		m.putDense(p.hs[i], p.ws[i], int(p.lens[i]))
	}
	p.n = 0
}

// denseRowBytes is the bytes decodeDense needs from a row's start: it
// reads an 8-byte load at its key (a delta of at most 8 bytes), its
// count, then an 8-byte load at each of its at most maxDense pairs of at
// most 4 bytes (9 + 3*4 + 8 = 29); 40 lets the compiler see that a load
// at an offset below 32 is within them.
const denseRowBytes = 40

// denseRows decodes the rows of a dense model (at most maxDense classes),
// from row k of nrec on, whose last key so far is *h, straight into p
// (putting each full batch in m), while the window holds them whole and
// they are well formed; it returns how many it decoded. The caller
// decodes the next one varint by varint (which names a fault, or reads
// the stream's last bytes), then calls it again. Decoding a row with
// rc/rq, pairs and a put of slices took about 700 instructions; the
// syntax model has 0.9 M dense rows.
func (v *varints) denseRows(p *pendingRows, m *Model, h *uint64, k, nrec, classes uint64) uint64 {
	if v.br == nil {
		return 0
	}
	done := uint64(0)
	for k+done < nrec {
		if len(v.win)-v.used < denseRowBytes {
			v.refill()
			if len(v.win)-v.used < denseRowBytes {
				break
			}
		}
		room, left := putBatch-p.n, nrec-k-done
		rows, kept, used, last := decodeDense(v.win[v.used:], p.hs[p.n:], p.ws[p.n:], p.lens[p.n:], *h, k+done == 0, classes, left)
		v.used += used
		*h = last
		done += rows
		if p.n += kept; p.n == putBatch {
			p.flush(m)
		}
		if kept < room && rows < left && len(v.win)-v.used >= denseRowBytes {
			break // a row to decode varint by varint
		}
	}
	return done
}

// decodeDense decodes at most max rows of a dense model from win, after a
// row whose key is h (first: none), until len(hs) of them are kept (rows
// without weights are decoded and not kept, so max bounds the rows, not
// len(hs): past them the stream holds something else), a row is not
// whole in the window's first denseRowBytes bytes from its start, or one
// is not well formed as read checks it, or has a varint longer than this
// format writes for it (those are left to the caller). It returns the
// rows decoded, how many of them were kept in hs, ws and lens (a row
// without weights is dropped, as read drops it), the bytes read and the
// last row's key. It keeps all its values in registers.
func decodeDense(win []byte, hs, ws []uint64, lens []uint8, h uint64, first bool, classes, max uint64) (rows uint64, kept int, used int, last uint64) {
	ws, lens = ws[:len(hs)], lens[:len(hs)]
	p := 0
	for kept < len(hs) && rows < max && len(win)-p >= denseRowBytes {
		// The row's bytes as an array: one bounds check for its loads.
		row := (*[denseRowBytes]byte)(win[p:])
		x := binary.LittleEndian.Uint64(row[:8])
		stop := ^x & 0x8080808080808080
		if stop == 0 {
			break
		}
		end := bits.TrailingZeros64(stop)
		d := pack7(x & (2<<end - 1))
		if (d == 0 && !(first && rows == 0)) || h+d > keyMask {
			break
		}
		q := uint(end>>3 + 1)
		n := uint64(row[q])
		if n > classes { // and a count of two bytes, classes being at most 4
			break
		}
		q++
		var w, c uint64
		for i := uint64(0); i < n; i++ {
			// q is at most 9 + 3*4 = 21 here: q&31 (the same) tells the
			// compiler the load is within the row's 40 bytes.
			y := binary.LittleEndian.Uint64(row[q&31:][:8])
			dc := y & 0x7f
			u := y >> 8
			st := u&0x808080 ^ 0x808080
			if y&0x80 != 0 || st == 0 || (i > 0 && dc == 0) || c+dc >= classes {
				// A class delta of two bytes (out of range), a weight
				// longer than an int16's, a class repeated or out of range.
				return rows, kept, p, h
			}
			e := bits.TrailingZeros64(st)
			u &= 2<<e - 1
			uq := u&0x7f | u>>1&0x3f80 | u>>2&0x1fc000
			q += uint(e>>3 + 2)
			c += dc
			wq := int64(uq>>1) ^ -int64(uq&1)
			if wq > math.MaxInt16 || wq < -math.MaxInt16 {
				return rows, kept, p, h
			}
			w |= uint64(uint16(wq)) << (16 * c)
		}
		h += d
		rows++
		p += int(q)
		if n > 0 {
			hs[kept], ws[kept], lens[kept] = h, w, uint8(n)
			kept++
		}
	}
	return rows, kept, p, h
}

// builderRows decodes rows, from row k of nrec on, whose last key so far
// is *h, straight into b's arrays (the rows of a sparse model, or of one
// kept whole), while the window holds them whole, b has room for their
// weights and they are well formed; it returns how many it decoded. The
// caller decodes the next one varint by varint (which names a fault,
// makes room, or reads a row longer than the window), then calls it
// again. Through two varint calls, pairs, the rc/rq slices and b.add a
// row took about 180 instructions besides its pairs.
func (v *varints) builderRows(b *builder, h *uint64, k, nrec, classes uint64) uint64 {
	if v.br == nil {
		return 0
	}
	done := uint64(0)
	refilled := false
	for k+done < nrec {
		rows, used, short := decodeBuilderRows(v.win[v.used:], b, h, k+done == 0, classes, nrec-k-done)
		v.used += used
		done += rows
		if !short || (rows == 0 && refilled) {
			break
		}
		v.refill()
		refilled = true
	}
	return done
}

// decodeBuilderRows decodes up to max rows from win into b, after a row
// whose key is *h (first: none), and returns the rows decoded and the
// bytes read. It stops at a row that is not whole in win (short), or that
// is not well formed as read checks it, has a count of two bytes or more
// weights than b has room for (not short).
func decodeBuilderRows(win []byte, b *builder, h *uint64, first bool, classes, max uint64) (rows uint64, used int, short bool) {
	last := *h
	p := 0
	for rows < max {
		if len(win)-p < 16 {
			short = true
			break
		}
		x := binary.LittleEndian.Uint64(win[p:])
		stop := ^x & 0x8080808080808080
		if stop == 0 {
			break
		}
		end := bits.TrailingZeros64(stop)
		d := pack7(x & (2<<end - 1))
		if (d == 0 && !(first && rows == 0)) || last+d > keyMask {
			break
		}
		q := p + end>>3 + 1
		n := uint64(win[q])
		if n >= 0x80 || n > classes {
			break
		}
		q++
		if uint64(len(win)-q)/(2*binary.MaxVarintLen64) < n {
			short = true
			break
		}
		start := len(b.cls)
		if uint64(cap(b.cls)-start) < n || uint64(cap(b.q)-start) < n {
			break
		}
		if n > 0 {
			end := start + int(n)
			k, ok := decodePairs(win[q:], b.cls[start:end], b.q[start:end], classes)
			if !ok {
				break
			}
			q += k
			b.cls, b.q = b.cls[:end], b.q[:end]
			b.hs = append(b.hs, last+d)
			b.ends = append(b.ends, uint32(end))
		}
		last += d
		rows++
		p = q
	}
	*h = last
	return rows, p, short
}
