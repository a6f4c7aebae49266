// Package queue distributes articles to stateless workers over NATS
// JetStream, an existing, proven engine, not a home-made queue.
//
// Layout on the server:
//
//	stream DATELINE (work queue, file storage)   subjects dateline.jobs.>
//	    dateline.jobs.article   an article to analyse and store
//	    dateline.jobs.source    one more origin of an article (an exact duplicate)
//	    dateline.jobs.error     an input that could not be read
//	consumer "workers" (durable pull, explicit ack) shared by every worker
//	stream DATELINE_DEAD (limits, 30 days)     subject dateline.dead
//
// A publisher (dateline ingest --queue) sends each article with the
// content hash as its message id, so JetStream drops a repeat within the
// duplicate window; a worker (dateline worker) fetches jobs, runs the
// handler, and acknowledges only after the handler's writes committed. A
// worker that dies before that (a crash, kill -9, a lost connection) leaves
// the job to be redelivered after AckWait; the store's writes are
// idempotent on the content hash, so a job done twice has the effect of
// one. A job that fails MaxDeliver times goes to the dead-letter subject
// with its last error, instead of cycling forever.
package queue

import (
	"fmt"
	"strings"
	"time"
)

// Config names the stream, subjects and consumer, and their limits.
// DefaultConfig returns a complete one; the zero value of a field means its
// default.
type Config struct {
	// URL is the NATS server, or several separated by commas
	// (nats://a:4222,nats://b:4222): the client fails over between them.
	URL string
	// Stream is the work-queue stream, Subject the prefix of its subjects
	// (Subject+".article", ".source", ".error").
	Stream  string
	Subject string
	// DeadStream keeps what DeadSubject receives: jobs that failed
	// MaxDeliver times, with their last error in headers, for DeadMaxAge.
	DeadStream  string
	DeadSubject string
	DeadMaxAge  time.Duration
	// Consumer is the durable consumer every worker shares.
	Consumer string
	// MaxDeliver is how many times a job is tried before it is dead-lettered.
	MaxDeliver int
	// AckWait is how long a delivered job may go without an
	// acknowledgement or a progress signal (workers send one every
	// AckWait/3 while they work) before the server redelivers it: the
	// time a crashed worker's jobs wait.
	AckWait time.Duration
	// MaxAckPending bounds the jobs delivered and not yet acknowledged,
	// across all workers: backpressure on the consumer side.
	MaxAckPending int
	// MaxMsgs bounds the jobs waiting in the stream; a publisher that
	// meets the bound waits and retries (backpressure on the producer).
	MaxMsgs int64
	// Duplicates is the window in which a job with a message id seen
	// before is dropped by the server.
	Duplicates time.Duration
	// Replicas is the number of copies of each stream in a NATS cluster
	// (3 in production, 1 on a single server).
	Replicas int
}

// DefaultConfig returns the configuration the CLI starts from.
func DefaultConfig() Config {
	return Config{
		URL:           "nats://127.0.0.1:4222",
		Stream:        "DATELINE",
		Subject:       "dateline.jobs",
		DeadStream:    "DATELINE_DEAD",
		DeadSubject:   "dateline.dead",
		DeadMaxAge:    30 * 24 * time.Hour,
		Consumer:      "workers",
		MaxDeliver:    5,
		AckWait:       60 * time.Second,
		MaxAckPending: 1000,
		MaxMsgs:       1_000_000,
		Duplicates:    24 * time.Hour,
		Replicas:      1,
	}
}

// withDefaults fills the zero fields from DefaultConfig.
func (c Config) withDefaults() Config {
	d := DefaultConfig()
	set(&c.URL, d.URL)
	set(&c.Stream, d.Stream)
	set(&c.Subject, d.Subject)
	set(&c.DeadStream, d.DeadStream)
	set(&c.DeadSubject, d.DeadSubject)
	set(&c.Consumer, d.Consumer)
	set(&c.DeadMaxAge, d.DeadMaxAge)
	set(&c.MaxDeliver, d.MaxDeliver)
	set(&c.AckWait, d.AckWait)
	set(&c.MaxAckPending, d.MaxAckPending)
	set(&c.MaxMsgs, d.MaxMsgs)
	set(&c.Duplicates, d.Duplicates)
	set(&c.Replicas, d.Replicas)
	return c
}

// Validate names the field at fault.
func (c Config) Validate() error {
	c = c.withDefaults()
	switch {
	case !strings.HasPrefix(c.URL, "nats://") && !strings.HasPrefix(c.URL, "tls://"):
		return fmt.Errorf("queue: Config.URL %q: want nats://host:port (several separated by commas)", c.URL)
	case strings.ContainsAny(c.Stream, ". *>") || strings.ContainsAny(c.DeadStream, ". *>"):
		return fmt.Errorf("queue: stream names %q, %q: no dots, spaces or wildcards", c.Stream, c.DeadStream)
	case strings.ContainsAny(c.Subject, " *>") || strings.ContainsAny(c.DeadSubject, " *>"):
		return fmt.Errorf("queue: subjects %q, %q: no spaces or wildcards", c.Subject, c.DeadSubject)
	case strings.HasPrefix(c.DeadSubject, c.Subject+"."):
		return fmt.Errorf("queue: Config.DeadSubject %q is inside Subject %q: dead letters would be jobs again", c.DeadSubject, c.Subject)
	case c.MaxDeliver < 1:
		return fmt.Errorf("queue: Config.MaxDeliver %d: want at least 1", c.MaxDeliver)
	case c.AckWait < time.Second:
		return fmt.Errorf("queue: Config.AckWait %v: want at least 1s", c.AckWait)
	case c.MaxAckPending < 1:
		return fmt.Errorf("queue: Config.MaxAckPending %d: want at least 1", c.MaxAckPending)
	case c.MaxMsgs < 1:
		return fmt.Errorf("queue: Config.MaxMsgs %d: want at least 1", c.MaxMsgs)
	case c.Duplicates < 0 || c.DeadMaxAge < 0:
		return fmt.Errorf("queue: Config.Duplicates %v, DeadMaxAge %v: want 0 (default) or more", c.Duplicates, c.DeadMaxAge)
	case c.Replicas < 1 || c.Replicas > 5:
		return fmt.Errorf("queue: Config.Replicas %d: want 1 to 5", c.Replicas)
	}
	return nil
}

// set gives a zero field its default.
func set[T comparable](dst *T, def T) {
	var zero T
	if *dst == zero {
		*dst = def
	}
}
