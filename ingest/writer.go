package ingest

import (
	"fmt"
	"sync"
	"time"

	"dateline/store"
)

// writer commits analysed articles in batches from one goroutine: the
// store has one writer at a time anyway, and one transaction for many
// articles costs little more than one for a single article (SQLite writes
// its log and flushes its full-text index once per commit).
type writer struct {
	r    *runner
	in   chan result
	done chan struct{}

	mu  sync.Mutex
	err error // the first write that failed; later results are dropped
}

func (r *runner) startWriter() *writer {
	size := r.opt.BatchSize
	if size == 0 {
		size = DefaultBatchSize
	}
	delay := r.opt.BatchDelay
	if delay == 0 {
		delay = time.Second
	}
	w := &writer{r: r, in: make(chan result, size), done: make(chan struct{})}
	go w.loop(size, delay)
	return w
}

// settle adds the sources of duplicate inputs whose first copies are now
// committed, as the reader does for an input stored before the run, and
// returns dups emptied. A first copy that was not stored (the run was
// cancelled while it was analysed) leaves its duplicate to a re-run.
func (w *writer) settle(dups []result) []result {
	for _, res := range dups {
		if w.failed() != nil {
			break
		}
		if _, err := w.r.known(w.r.writeCtx, res.job); err != nil {
			w.fail(err)
		}
	}
	return dups[:0]
}

// send is the ordered emit: it hands a result to the writer, or stops the
// run when a write has failed.
func (w *writer) send(res result) error {
	if err := w.failed(); err != nil {
		return err
	}
	w.in <- res
	return nil
}

// close flushes what is buffered and returns the first write error.
func (w *writer) close() error {
	close(w.in)
	<-w.done
	return w.failed()
}

func (w *writer) failed() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

func (w *writer) fail(err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err == nil {
		w.err = err
	}
}

func (w *writer) loop(size int, delay time.Duration) {
	defer close(w.done)
	var batch, dups []result
	var recs []store.Record
	timer := time.NewTimer(delay)
	timer.Stop()
	flush := func() {
		if len(batch) == 0 {
			return
		}
		if w.failed() == nil {
			out, err := w.r.st.PutBatch(w.r.writeCtx, recs)
			if err != nil {
				w.fail(fmt.Errorf("ingest: store %d articles from %s on: %w", len(batch), batch[0].name, err))
			} else {
				w.r.count(batch, out)
			}
		}
		for _, res := range batch {
			w.r.flight.remove(res.hash)
		}
		w.r.c.pending.Add(-int64(len(batch)))
		batch, recs = batch[:0], recs[:0]
		timer.Stop()
		dups = w.settle(dups)
	}
	for {
		select {
		case res, ok := <-w.in:
			if !ok {
				flush()
				w.settle(dups)
				return
			}
			if res.skip || w.failed() != nil {
				if !res.dup {
					w.r.flight.remove(res.hash) // not stored by this run
				}
				continue
			}
			if res.dup {
				// Its first copy came earlier: stored, or in this batch.
				if dups = append(dups, res); len(batch) == 0 {
					dups = w.settle(dups)
				}
				continue
			}
			if res.err != nil {
				if err := w.r.keepInputError(res); err != nil {
					w.fail(err)
				}
				continue
			}
			if len(batch) == 0 {
				timer.Reset(delay)
			}
			batch = append(batch, res)
			recs = append(recs, w.r.record(res))
			w.r.c.pending.Add(1)
			if len(batch) >= size {
				flush()
			}
		case <-timer.C:
			flush()
		}
	}
}
