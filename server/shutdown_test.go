package server

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"dateline/store"
)

// slowStore answers Stats only after a delay, or when its context ends if
// the delay is negative.
type slowStore struct {
	store.Store
	delay   time.Duration
	started chan struct{}
}

func (s *slowStore) Stats(ctx context.Context) (store.Stats, error) {
	if s.started != nil {
		close(s.started)
	}
	if s.delay < 0 {
		<-ctx.Done()
		return store.Stats{}, ctx.Err()
	}
	time.Sleep(s.delay)
	return s.Store.Stats(ctx)
}

func TestRequestTimeout(t *testing.T) {
	st, _ := fixtureStore(t)
	s, err := New(Config{Store: &slowStore{Store: st, delay: -1}, RequestTimeout: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	w := do(t, s, "GET", "/api/stats", nil)
	if w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), "longer than 50ms") {
		t.Errorf("a request past its deadline = %d %s, want 503 naming the timeout", w.Code, w.Body)
	}
}

func TestGracefulShutdown(t *testing.T) {
	slow, base, cancel, served := serveSlow(t, 300*time.Millisecond, ServeOptions{Grace: 5 * time.Second})
	type answer struct {
		status int
		body   string
		err    error
	}
	inflight := make(chan answer, 1)
	go func() {
		resp, err := http.Get(base + "/api/stats")
		if err != nil {
			inflight <- answer{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		inflight <- answer{resp.StatusCode, string(b), err}
	}()
	<-slow.started // the request is in the handler
	cancel()       // as SIGTERM does

	a := <-inflight
	if a.err != nil || a.status != 200 || !strings.Contains(a.body, `"articles":4`) {
		t.Errorf("in-flight request during shutdown = %d %q %v, want it to finish with 200", a.status, a.body, a.err)
	}
	select {
	case err := <-served:
		if err != nil {
			t.Errorf("Serve after a clean drain = %v, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after the drain")
	}
	if _, err := http.Get(base + "/api/stats"); err == nil {
		t.Errorf("a new request after shutdown was answered; want the connection refused")
	}
}

func TestForcedShutdown(t *testing.T) {
	force := make(chan struct{})
	slow, base, cancel, served := serveSlow(t, 3*time.Second, ServeOptions{Grace: time.Minute, Force: force})
	go http.Get(base + "/api/stats")
	<-slow.started
	cancel()
	close(force) // a second signal
	select {
	case err := <-served:
		if err == nil || !strings.Contains(err.Error(), "cut") {
			t.Errorf("Serve after a forced shutdown = %v, want an error saying requests were cut", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("a forced shutdown waited for the slow request")
	}
}

// serveSlow serves the fixture store, each request held for delay, on a
// local port; it returns the store (to wait for a request to start), the
// base URL, the cancel that stands for SIGTERM and Serve's result.
func serveSlow(t *testing.T, delay time.Duration, opts ServeOptions) (*slowStore, string, context.CancelFunc, chan error) {
	t.Helper()
	st, _ := fixtureStore(t)
	slow := &slowStore{Store: st, delay: delay, started: make(chan struct{})}
	s, err := New(Config{Store: slow})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln, opts) }()
	return slow, "http://" + ln.Addr().String(), cancel, served
}
