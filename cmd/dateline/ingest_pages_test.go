package main

import (
	"fmt"
	"runtime"
	"testing"

	"dateline/ingest"
)

func TestReleaseReadOnlyPages(t *testing.T) {
	n, err := releaseReadOnlyPages()
	if err != nil {
		t.Fatalf("releaseReadOnlyPages: %v", err)
	}
	if runtime.GOOS == "linux" && n == 0 {
		t.Errorf("released 0 bytes; want the executable's read-only segment")
	}
	// The released pages come back when read: type data, strings, the
	// runtime's function tables.
	runtime.GC()
	if got := fmt.Sprintf("%v %T", []int{1, 2}, t); got != "[1 2] *testing.T" {
		t.Errorf("after release: %q", got)
	}
}

func TestReleaseAfterFirstBatch(t *testing.T) {
	calls, seen := 0, 0
	f := releaseAfterFirstBatch(func(ingest.Progress) { seen++ }, func() (int64, error) { calls++; return 0, nil })
	for _, tc := range []struct {
		name   string
		stored int64
		want   int
	}{
		{"not before a batch is stored", 0, 0},
		{"once the first one is", 64, 1},
		{"and never again", 128, 1},
	} {
		f(ingest.Progress{Stored: tc.stored})
		if calls != tc.want {
			t.Errorf("%s: %d releases, want %d", tc.name, calls, tc.want)
		}
	}
	if seen != 3 {
		t.Errorf("progress passed on %d times, want 3", seen)
	}
}
