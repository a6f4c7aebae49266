package main

import (
	"math"
	"os"
	"runtime/debug"
	"sync"

	"dateline/ingest"
)

// ingestMemoryLimit is the soft limit on the Go runtime's memory an
// ingest (and a queue worker, which does an ingest's work) sets when
// GOMEMLIMIT does not name one. The models the stages share were about 125
// MB of live heap that never becomes garbage; with Go's default (collect
// when the heap has doubled) the heap grew to about 260 MB between
// collections, and with the binary's own pages (about 50 MB resident) and
// SQLite's cache the process peaked at 348-358 MB on the BBC corpus. A
// limit of 200 MiB made the collector run when the garbage reaches about
// 40 MB instead: peak RSS 260-265 MB, for about twice as many collections
// (the collector's mark work went from about 1.3% to about 4% of the CPU
// profile of that ingest). The limit is soft: a batch that needs more
// memory gets it, the collector runs more often.
//
// The perceptron tables of 2 MiB and more (about 30 MB of the models) now
// live outside the Go heap, where the limit does not count them: at 200
// MiB the same ingest peaked at 299 MB. 170 MiB keeps the collector
// running at the same amount of garbage as before.
const ingestMemoryLimit = 170 << 20

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

// releaseAfterFirstBatch wraps a progress callback: once the first batch
// is stored, every stage has run and decoded its models, and the embedded
// model bytes can leave the resident set: release is called once then
// (releaseReadOnlyPages). BBC corpus: peak RSS 289-292 -> 262-269 MB.
func releaseAfterFirstBatch(next func(ingest.Progress), release func() (int64, error)) func(ingest.Progress) {
	done := false
	return func(p ingest.Progress) {
		if !done && p.Stored > 0 {
			done = true
			_, _ = release() // only memory is at stake
		}
		next(p)
	}
}

// holdCollector turns the collector's proportional pacing off (GOGC) for
// the start of an ingest, when the models are decoded and the first batch
// analysed, and returns what turns it back on. With GOGC at 100 the heap
// grew from a few MB to about 60 MB of models through eight collections,
// each marking all that was live so far; meanwhile only the memory limit
// (limit, in force) starts one, and that much garbage stays under it. It
// holds nothing when the user set GOGC, or when no limit bounds the heap.
func holdCollector(limit int64) (restore func()) {
	if os.Getenv("GOGC") != "" || limit <= 0 || limit == math.MaxInt64 {
		return func() {}
	}
	prev := debug.SetGCPercent(-1)
	var once sync.Once
	return func() { once.Do(func() { debug.SetGCPercent(prev) }) }
}

// holdStartCollector is holdCollector for extract, which has no memory
// limit of its own: until restore, GOGC's pacing is off and
// ingestMemoryLimit alone starts a collection (the user's GOMEMLIMIT
// instead, when set), and restore puts both settings back. A
// one-sentence extract decodes about 60 MB of models and tables and
// drops about as much garbage meanwhile; at GOGC 100 that took about
// eight collections, each marking what was live so far (about 0.5 G of
// its 3.0 G instructions), where under the limit it takes none. Nothing
// is held when the user set GOGC.
func holdStartCollector() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	if os.Getenv("GOMEMLIMIT") != "" {
		return holdCollector(debug.SetMemoryLimit(-1))
	}
	prevLimit := debug.SetMemoryLimit(ingestMemoryLimit)
	hold := holdCollector(ingestMemoryLimit)
	var once sync.Once
	return func() {
		once.Do(func() {
			hold()
			debug.SetMemoryLimit(prevLimit)
		})
	}
}
