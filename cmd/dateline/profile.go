package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
)

// startProfile writes a CPU profile of the whole run to the file named by
// DATELINE_CPUPROFILE, and a heap profile taken at the end of the run to
// the file named by DATELINE_MEMPROFILE, so the speed and memory of a real
// command (extract, ingest) can be taken apart with `go tool pprof`
// without a special build. It returns the function that stops and flushes
// the profiles.
func startProfile(stderr io.Writer) func() {
	stopCPU := startCPUProfile(stderr)
	return func() {
		stopCPU()
		writeHeapProfile(stderr)
	}
}

func startCPUProfile(stderr io.Writer) func() {
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

// writeHeapProfile writes what is live at the end of the run (after a
// collection: the models and caches every run holds) and, in the same
// profile, everything the run allocated (-sample_index=alloc_space).
func writeHeapProfile(stderr io.Writer) {
	path := os.Getenv("DATELINE_MEMPROFILE")
	if path == "" {
		return
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(stderr, "dateline: DATELINE_MEMPROFILE %q: %v\n", path, err)
		return
	}
	defer f.Close()
	runtime.GC()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		fmt.Fprintf(stderr, "dateline: DATELINE_MEMPROFILE %q: %v\n", path, err)
	}
}
