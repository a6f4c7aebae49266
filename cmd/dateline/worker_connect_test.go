package main

import (
	"bytes"
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A worker that cannot reach NATS fails at once, names the URL, and leaves
// no database file behind: the queue is connected before the store opens.
func TestWorkerUnreachableQueueCreatesNoDatabase(t *testing.T) {
	// A port that was just free: nothing listens there.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	natsURL := "nats://" + l.Addr().String()
	l.Close()
	db := filepath.Join(t.TempDir(), "worker.db")
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"worker", "--queue", natsURL, "--db", db}, strings.NewReader(""), &out, &errb)
	if code != 1 || !strings.Contains(errb.String(), natsURL) {
		t.Errorf("exit %d, stderr %q; want 1 and an error naming %s", code, errb.String(), natsURL)
	}
	matches, _ := filepath.Glob(db + "*")
	if len(matches) > 0 {
		t.Errorf("files left behind: %v; want none", matches)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("stat %s: %v; want it not to exist", db, err)
	}
}
