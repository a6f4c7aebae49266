package queue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Queue is a connection to the job stream, for publishers and workers.
type Queue struct {
	cfg  Config
	nc   *nats.Conn
	js   jetstream.JetStream
	cons jetstream.Consumer // the workers' consumer; nil until a worker asks
}

// Connect connects to cfg.URL and creates (or updates to cfg) the job
// stream and the dead-letter stream. Name says who connects, as the
// server's monitoring shows it ("dateline worker on host1"). The client
// reconnects by itself after a server restart, as long as it takes.
func Connect(ctx context.Context, cfg Config, name string) (*Queue, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	nc, err := nats.Connect(cfg.URL, nats.Name(name), nats.MaxReconnects(-1), nats.ReconnectWait(time.Second),
		nats.RetryOnFailedConnect(false), nats.Timeout(10*time.Second))
	if err != nil {
		return nil, fmt.Errorf("queue: connect to %q: %w", cfg.URL, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue: %q: %w", cfg.URL, err)
	}
	q := &Queue{cfg: cfg, nc: nc, js: js}
	if err := q.ensureStreams(ctx); err != nil {
		nc.Close()
		return nil, err
	}
	return q, nil
}

// Config is the configuration in use, defaults filled in.
func (q *Queue) Config() Config { return q.cfg }

// Conn is the NATS connection (tests cut it to play a crash).
func (q *Queue) Conn() *nats.Conn { return q.nc }

// Close flushes what was published and closes the connection.
func (q *Queue) Close() error {
	err := q.nc.FlushTimeout(5 * time.Second)
	q.nc.Close()
	if err != nil && !errors.Is(err, nats.ErrConnectionClosed) {
		return fmt.Errorf("queue: close: %w", err)
	}
	return nil
}

func (q *Queue) ensureStreams(ctx context.Context) error {
	c := q.cfg
	_, err := q.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        c.Stream,
		Description: "Dateline jobs: articles to analyse, sources, input errors",
		Subjects:    []string{c.Subject + ".>"},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		MaxMsgs:     c.MaxMsgs,
		Discard:     jetstream.DiscardNew,
		Duplicates:  c.Duplicates,
		Replicas:    c.Replicas,
	})
	if err != nil {
		return fmt.Errorf("queue: %q: create stream %s: %w", c.URL, c.Stream, err)
	}
	_, err = q.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        c.DeadStream,
		Description: "Dateline jobs that failed MaxDeliver times, with their last error",
		Subjects:    []string{c.DeadSubject},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		MaxAge:      c.DeadMaxAge,
		Replicas:    c.Replicas,
	})
	if err != nil {
		return fmt.Errorf("queue: %q: create stream %s: %w", c.URL, c.DeadStream, err)
	}
	return nil
}

// consumer creates (or updates) the durable consumer the workers share.
// MaxDeliver on the server is one more than the attempts: the last
// delivery only moves a job that never finished (its worker died each
// time) to the dead letters.
func (q *Queue) consumer(ctx context.Context) (jetstream.Consumer, error) {
	if q.cons != nil {
		return q.cons, nil
	}
	c := q.cfg
	cons, err := q.js.CreateOrUpdateConsumer(ctx, c.Stream, jetstream.ConsumerConfig{
		Durable:       c.Consumer,
		Description:   "Dateline workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       c.AckWait,
		MaxDeliver:    c.MaxDeliver + 1,
		MaxAckPending: c.MaxAckPending,
		FilterSubject: c.Subject + ".>",
	})
	if err != nil {
		return nil, fmt.Errorf("queue: %q: consumer %s on %s: %w", c.URL, c.Consumer, c.Stream, err)
	}
	q.cons = cons
	return cons, nil
}

// ErrTooLarge is wrapped by Publish's error for a job larger than the
// NATS servers accept in one message (their max_payload, 1 MB by default).
var ErrTooLarge = errors.New("job too large for the queue")

// PublishResult says what the server made of a job.
type PublishResult struct {
	Duplicate bool   // a job with the same id was seen within the duplicate window
	Sequence  uint64 // its place in the stream
}

// Publish sends one job and waits for the server to store it. When the
// stream is full (Config.MaxMsgs), it waits and tries again until ctx is
// done: a publisher never runs further ahead of the workers than that.
func (q *Queue) Publish(ctx context.Context, j Job) (PublishResult, error) {
	if err := j.Validate(); err != nil {
		return PublishResult{}, err
	}
	data, err := json.Marshal(j)
	if err != nil {
		return PublishResult{}, fmt.Errorf("queue: encode %s job %q: %w", j.Kind, j.Hash, err)
	}
	if max := q.nc.MaxPayload(); max > 0 && int64(len(data)) > max-1024 { // headers take the rest
		return PublishResult{}, fmt.Errorf("queue: %s job %q from %q: %d bytes, over the servers' max_payload of %d (raise it in the NATS configuration): %w",
			j.Kind, j.Hash, j.Source.Input, len(data), max, ErrTooLarge)
	}
	msg := &nats.Msg{Subject: q.cfg.Subject + "." + string(j.Kind), Data: data, Header: nats.Header{}}
	wait := 50 * time.Millisecond
	for {
		ack, err := q.js.PublishMsg(ctx, msg, jetstream.WithMsgID(j.msgID()), jetstream.WithExpectStream(q.cfg.Stream))
		if err == nil {
			return PublishResult{Duplicate: ack.Duplicate, Sequence: ack.Sequence}, nil
		}
		if !full(err) && !errors.Is(err, jetstream.ErrNoStreamResponse) && !errors.Is(err, nats.ErrTimeout) {
			return PublishResult{}, fmt.Errorf("queue: publish %s job %q to %s: %w", j.Kind, j.Hash, q.cfg.Stream, err)
		}
		// The stream is full, or the server is failing over: wait.
		select {
		case <-ctx.Done():
			return PublishResult{}, fmt.Errorf("queue: publish %s job %q: %w (last: %v)", j.Kind, j.Hash, ctx.Err(), err)
		case <-time.After(wait):
		}
		wait = min(2*wait, 2*time.Second)
	}
}

// full reports the error of a stream at its MaxMsgs with DiscardNew.
func full(err error) bool {
	var apiErr *jetstream.APIError
	// 10077 is JSStreamStoreFailed, which a full stream answers.
	if errors.As(err, &apiErr) && apiErr.ErrorCode == 10077 {
		return true
	}
	return strings.Contains(err.Error(), "maximum messages exceeded")
}

// Stats are the stream's and the consumer's counts.
type Stats struct {
	Waiting     uint64 // jobs not yet delivered to any worker
	InProgress  int    // jobs delivered and not yet acknowledged
	Redelivered int    // of those, jobs delivered more than once
	Dead        uint64 // jobs on the dead-letter stream
}

// Stats asks the server how far the workers are behind.
func (q *Queue) Stats(ctx context.Context) (Stats, error) {
	var s Stats
	cons, err := q.consumer(ctx)
	if err != nil {
		return s, err
	}
	info, err := cons.Info(ctx)
	if err != nil {
		return s, fmt.Errorf("queue: consumer %s: %w", q.cfg.Consumer, err)
	}
	s.Waiting, s.InProgress, s.Redelivered = info.NumPending, info.NumAckPending, info.NumRedelivered
	dead, err := q.js.Stream(ctx, q.cfg.DeadStream)
	if err != nil {
		return s, fmt.Errorf("queue: stream %s: %w", q.cfg.DeadStream, err)
	}
	di, err := dead.Info(ctx)
	if err != nil {
		return s, fmt.Errorf("queue: stream %s: %w", q.cfg.DeadStream, err)
	}
	s.Dead = di.State.Msgs
	return s, nil
}

func digest(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}
