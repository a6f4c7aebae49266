package source

import (
	"context"
	"iter"
	"runtime"
)

// ordered applies fn to the items of in on up to n goroutines and yields
// the results in input order, with at most 2n items in flight. HTML
// extraction costs tens of milliseconds a page, so a stream of pages needs
// every core; text lines cost microseconds and go through the same path
// cheaply. n <= 1 runs fn inline.
//
// in is read by a goroutine of its own; when the consumer stops early, that
// goroutine ends at its next item (or when the input is closed).
func ordered[T, R any](ctx context.Context, in iter.Seq[T], n int, fn func(T) R) iter.Seq[R] {
	return func(yield func(R) bool) {
		if n <= 1 {
			for t := range in {
				if !yield(fn(t)) {
					return
				}
			}
			return
		}
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		futures := make(chan chan R, 2*n)
		slots := make(chan struct{}, n)
		go func() {
			defer close(futures)
			for t := range in {
				f := make(chan R, 1)
				select {
				case futures <- f:
				case <-ctx.Done():
					return
				}
				select {
				case slots <- struct{}{}:
				case <-ctx.Done():
					return
				}
				go func() {
					defer func() { <-slots }()
					f <- fn(t)
				}()
			}
		}()
		for f := range futures {
			var r R
			select {
			case r = <-f:
			case <-ctx.Done():
				return
			}
			if !yield(r) {
				return
			}
		}
	}
}

// workers is the number of goroutines for n: 0 means one per CPU.
func workers(n int) int {
	if n <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return n
}
