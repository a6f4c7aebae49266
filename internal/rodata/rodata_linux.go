package rodata

import (
	"os"
	"syscall"
	"unsafe"
)

// madvPageout is MADV_PAGEOUT (Linux 5.4): reclaim the pages now. Unlike
// MADV_DONTNEED it never changes what the memory holds, whatever it is.
const madvPageout = 21

// Release asks the kernel to drop the pages wholly inside s from the
// process's resident memory. For data embedded in the binary (go:embed
// into a string), which is mapped read-only from the executable, the pages
// are clean copies of the file: dropping them costs nothing, and a later
// read loads them again. An error (an older kernel) is ignored: the pages
// then stay, as without the call.
func Release(s string) {
	if len(s) == 0 {
		return
	}
	page := os.Getpagesize()
	p := unsafe.Pointer(unsafe.StringData(s))
	// Only whole pages: the first and last may hold other data.
	skip := (page - int(uintptr(p)%uintptr(page))) % page
	n := (len(s) - skip) / page * page
	if n <= 0 {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Add(p, skip)), n)
	_ = syscall.Madvise(b, madvPageout)
}
