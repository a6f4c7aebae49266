package perceptron

import (
	"encoding/binary"
	"math"
	"slices"
	"testing"
)

// TestDecodePairsAsBinary decodes rows of (class delta, weight) pairs,
// the deltas of one and two bytes and the weights of every length an
// int16 takes, against encoding/binary's decoding; pairs it must refuse
// (a weight out of an int16's range or written over four bytes, a class
// out of range, a repeated class) must leave the window untouched for
// the varint-by-varint decoding.
func TestDecodePairsAsBinary(t *testing.T) {
	weights := []int64{0, 1, -1, 63, -64, 64, -65, 8191, -8192, 8192, -8193, math.MaxInt16, -math.MaxInt16}
	const classes = 400
	var deltas []uint64
	var ws []int64
	c := uint64(0)
	for i, w := range weights {
		d := uint64(1 + i%3)
		if i == 0 {
			d = 0
		}
		if i == 5 {
			d = 200 // two bytes
		}
		c += d
		deltas, ws = append(deltas, d), append(ws, w)
	}
	row := func(deltas []uint64, ws []int64, longWeight int) []byte {
		var b []byte
		for i := range deltas {
			b = binary.AppendUvarint(b, deltas[i])
			if i == longWeight { // the same value over four bytes
				u := uint64(ws[i]<<1) ^ uint64(ws[i]>>63)
				b = append(b, byte(u)|0x80, byte(u>>7)|0x80, byte(u>>14)|0x80, 0)
				continue
			}
			b = binary.AppendVarint(b, ws[i])
		}
		return append(b, make([]byte, 20*len(deltas))...) // the window's slack
	}
	n := uint64(len(deltas))
	v := &varints{win: row(deltas, ws, -1)}
	rc, rq := make([]uint16, 1, 64), make([]int16, 1, 64)
	rc, rq, ok := v.pairs(n, classes, rc, rq)
	if !ok {
		t.Fatal("a well-formed row refused")
	}
	wantC, wantQ := []uint16{0}, []int16{0}
	c = 0
	for i := range deltas {
		c += deltas[i]
		wantC, wantQ = append(wantC, uint16(c)), append(wantQ, int16(ws[i]))
	}
	if !slices.Equal(rc, wantC) || !slices.Equal(rq, wantQ) {
		t.Errorf("got classes %v weights %v, want %v %v", rc, rq, wantC, wantQ)
	}
	if want := len(row(deltas, ws, -1)) - 20*len(deltas); v.used != want {
		t.Errorf("read %d bytes, want %d", v.used, want)
	}
	for name, b := range map[string][]byte{
		"weight over four bytes": row(deltas, ws, 3),
		"weight past an int16":   row([]uint64{1}, []int64{math.MaxInt16 + 1}, -1),
		"class out of range":     row([]uint64{classes}, []int64{1}, -1),
		"class repeated":         row([]uint64{3, 0}, []int64{1, 1}, -1),
	} {
		k := uint64(len(b) / 20)
		if name == "weight over four bytes" {
			k = n
		}
		v := &varints{win: b}
		rc, rq, ok := v.pairs(k, classes, make([]uint16, 0, 64), make([]int16, 0, 64))
		if ok || len(rc) != 0 || len(rq) != 0 || v.used != 0 {
			t.Errorf("%s: decoded %v %v (%d bytes), want it refused", name, rc, rq, v.used)
		}
	}
	// No room in rc: refused, for the caller's appends to make room.
	v = &varints{win: row(deltas, ws, -1)}
	if _, _, ok := v.pairs(n, classes, nil, nil); ok || v.used != 0 {
		t.Error("a row decoded into slices without room")
	}
}
