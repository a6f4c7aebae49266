package main

import (
	"os"
	"runtime/debug"
)

// ingestMemoryLimit is the soft limit on the Go runtime's memory an ingest
// sets when GOMEMLIMIT does not name one. The models the stages share are
// about 125 MB of live heap that never becomes garbage; with Go's default
// (collect when the heap has doubled) the heap grows to about 260 MB
// between collections, and with the binary's own pages and SQLite's cache
// the process peaked at 356 MB on the BBC corpus. A limit of 200 MiB makes
// the collector run when the garbage reaches about 60 MB instead: peak
// RSS about 270 MB, for about 2% more CPU spent collecting (gctrace: 1% of
// the time in GC without the limit, 2-3% with it). The limit is soft: a
// batch that needs more memory gets it, the collector runs more often.
const ingestMemoryLimit = 200 << 20

// limitIngestMemory sets ingestMemoryLimit unless the user chose a limit
// with GOMEMLIMIT (which the runtime has already applied). It returns the
// limit in force.
func limitIngestMemory() int64 {
	if os.Getenv("GOMEMLIMIT") != "" {
		return debug.SetMemoryLimit(-1)
	}
	debug.SetMemoryLimit(ingestMemoryLimit)
	return ingestMemoryLimit
}
