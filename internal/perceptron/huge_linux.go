package perceptron

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on the platforms Go
// runs Linux on most (x86-64, arm64 with 4 KiB pages).
const hugePage = 2 << 20

// adviseHuge asks the kernel to back the whole 2 MiB pages inside s with
// huge pages. Lookups in a model land at random in tables of many
// megabytes: with 4 KiB pages nearly every one also misses the TLB, and
// the page walks cost as much as the cache misses. It is only advice:
// when the kernel says no (or THP is off) nothing changes but speed.
func adviseHuge[T any](s []T) {
	if len(s) == 0 {
		return
	}
	var zero T
	base := unsafe.Pointer(unsafe.SliceData(s))
	p := uintptr(base)
	end := p + uintptr(len(s))*unsafe.Sizeof(zero)
	start := (p + hugePage - 1) &^ (hugePage - 1)
	end &^= hugePage - 1
	if end <= start {
		return
	}
	_ = syscall.Madvise(unsafe.Slice((*byte)(unsafe.Add(base, start-p)), end-start), syscall.MADV_HUGEPAGE)
}
