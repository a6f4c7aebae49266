package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"

	"dateline/source"
	"dateline/store"
)

// lookAhead is the most inputs the reader asks the store about in one
// query (store.Store.LookupHashes): one lookup an input was a read
// transaction each, about 2% of a BBC ingest's CPU.
const lookAhead = 64

// jobs reads the sources in order. An article whose content hash is stored
// already only has its source added here, before any analysis: that is
// what makes a re-run cheap. A goroutine reads the sources ahead (read);
// the inputs it has read when the workers want the next are looked up in
// the store together. It never waits for more: a slow source (a feed
// followed) is looked up an input at a time, as it comes.
func (r *runner) jobs(ctx context.Context, sources []source.Source, errp *error) iter.Seq[job] {
	return func(yield func(job) bool) {
		ctx, cancel := context.WithCancel(ctx)
		in := make(chan job, lookAhead)
		done := make(chan struct{})
		go func() {
			defer close(done)
			defer close(in)
			r.read(ctx, sources, in)
		}()
		defer func() {
			cancel()
			for range in {
			}
			<-done
		}()
		chunk := make([]job, 0, lookAhead)
		for j := range in {
			chunk = append(chunk[:0], j)
		more:
			for len(chunk) < lookAhead {
				select {
				case j, ok := <-in:
					if !ok {
						break more
					}
					chunk = append(chunk, j)
				default:
					break more
				}
			}
			todo, err := r.sift(ctx, chunk)
			if err != nil {
				*errp = err
				return
			}
			if ctx.Err() != nil {
				return
			}
			for _, j := range todo {
				if !yield(j) {
					return
				}
			}
		}
	}
}

// read sends every input of the sources to out, in order, with its content
// hash, until ctx is done.
func (r *runner) read(ctx context.Context, sources []source.Source, out chan<- job) {
	for _, src := range sources {
		for a, err := range src.Articles(ctx) {
			if ctx.Err() != nil {
				return
			}
			r.c.read.Add(1)
			j := job{art: a, err: err, name: source.InputName(src, a, err)}
			if err == nil {
				j.hash = store.ContentHash(a.Title, a.Text)
			}
			select {
			case out <- j:
			case <-ctx.Done():
				return
			}
		}
	}
}

// sift returns the inputs of chunk to analyse, in order: it marks those
// whose first copy is in flight (dup) and adds the source of those stored
// already, found with one query for the chunk.
func (r *runner) sift(ctx context.Context, chunk []job) ([]job, error) {
	var hashes []string
	for i := range chunk {
		j := &chunk[i]
		if j.err != nil {
			continue
		}
		// In flight first, then the store: the writer commits a first
		// copy before it forgets its hash, so a copy is always found in
		// one or the other.
		if j.dup = r.flight.add(j.hash); !j.dup {
			hashes = append(hashes, j.hash)
		}
	}
	if len(hashes) == 0 {
		return chunk, nil
	}
	ids, err := r.st.LookupHashes(ctx, hashes)
	if err != nil {
		if ctx.Err() != nil {
			return nil, nil // the run stops; not a store failure
		}
		return nil, fmt.Errorf("ingest: look up %d inputs from %s on: %w", len(hashes), chunk[0].name, err)
	}
	keep := chunk[:0]
	for _, j := range chunk {
		if id, ok := ids[j.hash]; ok && j.err == nil && !j.dup {
			if err := r.addKnown(j, id); err != nil {
				return nil, err
			}
			r.flight.remove(j.hash)
			continue
		}
		keep = append(keep, j)
	}
	return keep, nil
}

// known adds the source of j if its article is stored, and reports whether
// it is.
func (r *runner) known(ctx context.Context, j job) (bool, error) {
	id, err := r.st.LookupHash(ctx, j.hash)
	if errors.Is(err, store.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		if ctx.Err() != nil {
			return false, nil // the run stops; not a store failure
		}
		return false, fmt.Errorf("ingest: %s: %w", j.name, err)
	}
	return true, r.addKnown(j, id)
}

// addKnown adds the source of j to the stored article id and counts it.
func (r *runner) addKnown(j job, id string) error {
	added, err := r.st.AddSource(r.writeCtx, id, sourceOf(j))
	if err != nil {
		return fmt.Errorf("ingest: %s: %w", j.name, err)
	}
	r.c.known.Add(1)
	if added {
		r.c.newSources.Add(1)
	}
	return nil
}
