// Package queuetest helps the tests of workers. StartNATS runs a real NATS
// server with JetStream inside the test process
// (github.com/nats-io/nats-server/v2), on a random loopback port, its
// store in a temp dir; worker processes a test starts connect to it over
// TCP like to any server. Articles makes test articles.
package queuetest

import (
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// StartNATS starts a server, shut down when the test ends, and returns its
// client URL (nats://127.0.0.1:PORT).
func StartNATS(t testing.TB) string {
	t.Helper()
	s, err := server.NewServer(&server.Options{
		ServerName: "dateline-test",
		Host:       "127.0.0.1",
		Port:       server.RANDOM_PORT,
		JetStream:  true,
		StoreDir:   t.TempDir(),
		NoLog:      true,
		NoSigs:     true,
	})
	if err != nil {
		t.Fatalf("queuetest: new server: %v", err)
	}
	go s.Start()
	if !s.ReadyForConnections(30 * time.Second) {
		s.Shutdown()
		t.Fatal("queuetest: the server did not accept connections within 30s")
	}
	t.Cleanup(func() {
		s.Shutdown()
		s.WaitForShutdown()
	})
	return s.ClientURL()
}
