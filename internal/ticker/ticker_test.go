package ticker

import (
	"sync/atomic"
	"testing"
	"time"
)

func TestEveryCallsUntilStopped(t *testing.T) {
	var n atomic.Int32
	stop := Every(time.Millisecond, func() { n.Add(1) })
	deadline := time.Now().Add(5 * time.Second)
	for n.Load() < 3 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	stop()
	after := n.Load()
	if after < 3 {
		t.Fatalf("fn ran %d times before stop, want at least 3", after)
	}
	time.Sleep(10 * time.Millisecond)
	if got := n.Load(); got != after {
		t.Errorf("fn ran %d more times after stop returned", got-after)
	}
}
