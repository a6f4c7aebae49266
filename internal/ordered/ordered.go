// Package ordered runs work concurrently and hands the results back in
// input order: the scheme behind Pipeline.RunBatch and the ingest loop.
package ordered

import (
	"context"
	"iter"
)

// Run runs work on jobs with at most workers goroutines and calls emit
// with each result in job order, from the calling goroutine (so emit may
// write to a single-writer store without locks). It stops when emit returns
// an error, which it returns. It returns only after the job iterator and
// every worker have finished, so the caller may close what they use.
func Run[J, R any](ctx context.Context, jobs iter.Seq[J], workers int, work func(context.Context, J) R, emit func(R) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// The channel's capacity and the semaphore bound how far the workers
	// run ahead of the slowest job, so memory stays bounded.
	futures := make(chan chan R, workers)
	sem := make(chan struct{}, workers)
	go func() {
		defer close(futures)
		for j := range jobs {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			fut := make(chan R, 1)
			select {
			case futures <- fut:
			case <-ctx.Done():
				<-sem
				return
			}
			go func() {
				defer func() { <-sem }()
				fut <- work(ctx, j)
			}()
		}
	}()
	var stopErr error
	for fut := range futures {
		r := <-fut
		if stopErr != nil {
			continue // drain so the producer and workers finish
		}
		if err := emit(r); err != nil {
			stopErr = err
			cancel()
		}
	}
	return stopErr
}
