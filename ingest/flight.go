package ingest

import "sync"

// inFlight holds the content hashes of the inputs read in this run that are
// not stored yet. An exact duplicate that comes while its first copy is
// still being analysed or waits in the writer's batch is not found in the
// store, and was analysed a second time only for the store to keep its
// source: the BBC corpus holds 98 exact duplicates, some a few files
// apart. With the set, the reader marks such an input and the writer adds
// its source once the first copy is committed. The set holds only what is
// in flight: the writer removes a hash when its batch is committed.
type inFlight struct {
	mu sync.Mutex
	m  map[string]struct{}
}

// add records hash and reports whether it was in flight already.
func (f *inFlight) add(hash string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.m[hash]; ok {
		return true
	}
	if f.m == nil {
		f.m = map[string]struct{}{}
	}
	f.m[hash] = struct{}{}
	return false
}

// remove forgets hash: its input is stored or will not be.
func (f *inFlight) remove(hash string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.m, hash)
}
