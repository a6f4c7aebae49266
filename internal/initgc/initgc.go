// Package initgc holds the garbage collector while the packages of the
// dateline command initialize, and lets it go when main calls Release.
//
// The command's package initializers allocate about 15 MB (the date
// parser's locale tables alone 7 MB in 54,000 allocations), which at
// GOGC 100 took three collections before main ran, each scanning the
// large binary's globals: about 100 M instructions of the 220 M of
// `dateline version`, paid by every command, a one-sentence extract
// included. Go initializes a package as soon as its imports are, the
// first in import-path order among those ready: this one imports only
// os and runtime/debug, and its path sorts before the third-party
// packages' (github.com/...), so its initializer runs before theirs.
// Nothing is held when the user set GOGC.
package initgc

import (
	"os"
	"runtime/debug"
	"sync"
)

var (
	held    = os.Getenv("GOGC") == ""
	percent = hold()
	once    sync.Once
)

func hold() int {
	if !held {
		return 0
	}
	return debug.SetGCPercent(-1)
}

// Release gives the collector back the pacing it had before the hold.
// Only its first call does anything.
func Release() {
	once.Do(func() {
		if held {
			debug.SetGCPercent(percent)
		}
	})
}
