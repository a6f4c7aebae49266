package initgc

import (
	"runtime/debug"
	"testing"
)

// TestRelease: the collector is held from the package's initialization
// (GOGC is unset in the test's environment) until Release, which puts
// back the setting in force before, once.
func TestRelease(t *testing.T) {
	if !held {
		t.Skip("GOGC is set: nothing held")
	}
	if p := debug.SetGCPercent(-1); p != -1 {
		t.Fatalf("before Release: GOGC %d, want off (-1)", p)
	}
	Release()
	p := debug.SetGCPercent(50)
	if p != percent || p < 0 {
		t.Errorf("after Release: GOGC %d, want %d as before the hold", p, percent)
	}
	Release() // does nothing again
	if p := debug.SetGCPercent(p); p != 50 {
		t.Errorf("a second Release changed GOGC to %d", p)
	}
}
