package source

import (
	"bytes"
	"os"
	"strconv"
	"testing"
)

// peakRSS reads the process's peak resident set size (VmHWM) in bytes.
func peakRSS(tb testing.TB) int64 {
	tb.Helper()
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		tb.Fatalf("read /proc/self/status: %v", err)
	}
	for line := range bytes.Lines(b) {
		if rest, ok := bytes.CutPrefix(line, []byte("VmHWM:")); ok {
			f := bytes.Fields(rest)
			kb, err := strconv.ParseInt(string(f[0]), 10, 64)
			if err != nil {
				tb.Fatalf("parse VmHWM %q: %v", line, err)
			}
			return kb << 10
		}
	}
	tb.Fatalf("no VmHWM in /proc/self/status")
	return 0
}
