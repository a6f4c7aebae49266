package offheap

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on the platforms Go
// runs Linux on most (x86-64, arm64 with 4 KiB pages).
const hugePage = 2 << 20

// Alloc returns n zeroed Ts (a type without pointers) for a table of
// at least MinMapped bytes, in memory mapped outside the Go heap; a table
// of 2 MiB or more starts on a 2 MiB boundary, with its whole 2 MiB pages
// backed by huge pages if the kernel agrees. It also returns the function
// that unmaps it. It returns nil, nil for a smaller table or when the
// mapping fails: the caller then uses make.
//
// Lookups in a model land at random in tables of megabytes: with 4 KiB
// pages nearly every one also misses the TLB. A slice from make starts
// anywhere, and a table of 2 MiB (the taggers', the labeller's arenas)
// held no whole huge page. Outside the heap the tables also stop counting
// as live heap, which with GOGC=100 let the heap grow by as much again
// before a collection.
func Alloc[T any](n int) ([]T, func()) {
	var zero T
	size := n * int(unsafe.Sizeof(zero))
	if size < MinMapped {
		return nil, nil
	}
	if size < hugePage {
		mem, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
		if err != nil {
			return nil, nil
		}
		return unsafe.Slice((*T)(unsafe.Pointer(&mem[0])), n), func() { _ = syscall.Munmap(mem) }
	}
	// One huge page more than needed, to align the start; the pages
	// never touched cost nothing.
	mem, err := syscall.Mmap(-1, 0, size+hugePage, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return nil, nil
	}
	p := uintptr(unsafe.Pointer(unsafe.SliceData(mem)))
	off := int((p+hugePage-1)&^(hugePage-1) - p)
	_ = syscall.Madvise(mem[off:off+size/hugePage*hugePage], syscall.MADV_HUGEPAGE)
	t := unsafe.Slice((*T)(unsafe.Pointer(&mem[off])), n)
	return t, func() { _ = syscall.Munmap(mem) }
}
