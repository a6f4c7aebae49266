package perceptron

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on the platforms Go
// runs Linux on most (x86-64, arm64 with 4 KiB pages).
const hugePage = 2 << 20

// makeHuge returns a zeroed slice of n Ts (a type without pointers) that
// starts on a 2 MiB boundary, and asks the kernel to back it with huge
// pages. Lookups in a model land at random in tables of megabytes: with
// 4 KiB pages nearly every one also misses the TLB, and the page walks
// cost as much as the cache misses. A slice from make starts anywhere, so
// a table of 2 MiB (the taggers' and the labeller's) held no whole huge
// page and got none; aligned, all of it does. It is only advice: when the
// kernel says no (or THP is off) nothing changes but speed. Small tables
// are not worth the padding.
func makeHuge[T any](n int) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	if n*size < hugePage || size == 0 || hugePage%size != 0 {
		return make([]T, n)
	}
	per := hugePage / size
	// Room to align the start, and to round the end up to a whole page.
	buf := make([]T, n+2*per)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(buf)))
	skip := int(((p+hugePage-1)&^(hugePage-1))-p) / size
	pages := (n + per - 1) / per
	s := buf[skip : skip+pages*per]
	_ = syscall.Madvise(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*size), syscall.MADV_HUGEPAGE)
	return s[:n:n]
}
