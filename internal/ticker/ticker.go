// Package ticker runs a progress report on an interval, for the ingest
// loop and the queue publisher.
package ticker

import "time"

// Every calls fn every interval (a second when interval is not positive)
// on its own goroutine until stop is called; stop returns once fn is no
// longer running, so the caller may then report a final time itself.
func Every(interval time.Duration, fn func()) (stop func()) {
	if interval <= 0 {
		interval = time.Second
	}
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				fn()
			case <-done:
				return
			}
		}
	}()
	return func() {
		close(done)
		<-stopped
	}
}
