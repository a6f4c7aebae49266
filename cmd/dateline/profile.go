package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
)

// startProfile writes a CPU profile of the whole run to the file named by
// DATELINE_CPUPROFILE, so the speed of a real command (extract, ingest) can
// be taken apart with `go tool pprof` without a special build. It returns
// the function that stops and flushes the profile.
func startProfile(stderr io.Writer) func() {
	path := os.Getenv("DATELINE_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(stderr, "dateline: DATELINE_CPUPROFILE %q: %v\n", path, err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintf(stderr, "dateline: DATELINE_CPUPROFILE %q: %v\n", path, err)
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
