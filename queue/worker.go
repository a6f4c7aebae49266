package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Handler does one job. It returns nil once the job's effect is committed
// (the worker then acknowledges it) or an error: that attempt failed, and
// the job is tried again after a pause, or dead-lettered after
// Config.MaxDeliver attempts. Outcome is a short word for metrics
// ("stored", "known", …). A handler must be idempotent: a job may be done
// again after a crash between its commit and its acknowledgement.
type Handler func(ctx context.Context, j Job) (outcome string, err error)

// Observer sees what a worker does, for metrics. Calls come from many
// goroutines at once.
type Observer interface {
	// Received: a job was delivered, lag after it was published, attempt
	// 1 the first time; waiting jobs were behind it in the stream.
	Received(kind Kind, lag time.Duration, waiting uint64, attempt int)
	// Finished: the handler succeeded and the job was acknowledged.
	Finished(kind Kind, outcome string, took time.Duration)
	// Failed: the attempt failed; dead when the job went to the dead
	// letters.
	Failed(kind Kind, dead bool, took time.Duration)
	// InFlight: the number of jobs being worked on changed.
	InFlight(n int)
}

// WorkOptions tune Work. The zero value works.
type WorkOptions struct {
	// Concurrency is the most jobs this worker does at once (0: two per
	// CPU: the analysis keeps a CPU busy, the write then waits on the
	// database about as long, so two jobs a CPU keep it busy through the
	// waits). It fetches only as many as it has room for: backpressure.
	Concurrency int
	// Force, when closed, stops the worker at once: the handlers' context
	// is cancelled and the jobs in flight are given back for another
	// worker. (The CLI closes it on a second SIGINT/SIGTERM.)
	Force <-chan struct{}
	// Backoff is the pause before a failed job is tried again, by
	// attempt (1 for the first failure); nil: 2s, 10s, 30s, then 60s.
	Backoff  func(attempt int) time.Duration
	Logger   *slog.Logger
	Observer Observer
}

func defaultBackoff(attempt int) time.Duration {
	steps := []time.Duration{2 * time.Second, 10 * time.Second, 30 * time.Second}
	if attempt-1 < len(steps) {
		return steps[max(attempt-1, 0)]
	}
	return time.Minute
}

// fetchWait is how long one pull request waits for jobs: the longest a
// drain waits for a fetch in progress.
const fetchWait = time.Second

// Work fetches jobs and runs h on each until ctx is done, then drains:
// it stops fetching, lets the jobs in flight finish and acknowledges them,
// and returns nil. Closing opt.Force cuts the drain short.
func (q *Queue) Work(ctx context.Context, h Handler, opt WorkOptions) error {
	cons, err := q.consumer(ctx)
	if err != nil {
		return err
	}
	w := &worker{q: q, h: h, opt: opt, log: opt.Logger, obs: opt.Observer}
	if w.log == nil {
		w.log = slog.New(slog.DiscardHandler)
	}
	if w.opt.Backoff == nil {
		w.opt.Backoff = defaultBackoff
	}
	n := opt.Concurrency
	if n <= 0 {
		n = 2 * runtime.GOMAXPROCS(0)
	}
	// Handlers run on a context that the drain leaves alone and Force
	// cancels.
	workCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	if opt.Force != nil {
		go func() {
			select {
			case <-opt.Force:
				cancel()
			case <-workCtx.Done():
			}
		}()
	}
	slots := make(chan struct{}, n)
	var wg sync.WaitGroup
	pause := 100 * time.Millisecond
	for ctx.Err() == nil {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			continue
		}
		k := 1
	more:
		for k < n {
			select {
			case slots <- struct{}{}:
				k++
			default:
				break more
			}
		}
		batch, err := cons.Fetch(k, jetstream.FetchMaxWait(fetchWait))
		got := 0
		if err == nil {
			for msg := range batch.Messages() {
				got++
				wg.Add(1)
				go func() {
					defer wg.Done()
					defer func() { <-slots }()
					w.handle(workCtx, msg)
				}()
			}
			err = batch.Error()
		}
		for range k - got {
			<-slots
		}
		if err != nil && !errors.Is(err, nats.ErrTimeout) && !errors.Is(err, context.DeadlineExceeded) {
			// The server is away (restarting, failing over): the client
			// reconnects by itself; fetch again after a pause.
			w.log.Warn("fetch failed; trying again", "err", err, "pause", pause)
			select {
			case <-time.After(pause):
			case <-ctx.Done():
			}
			pause = min(2*pause, 5*time.Second)
			continue
		}
		pause = 100 * time.Millisecond
	}
	wg.Wait()
	return nil
}

type worker struct {
	q        *Queue
	h        Handler
	opt      WorkOptions
	log      *slog.Logger
	obs      Observer
	inFlight atomic.Int64
}

func (w *worker) handle(ctx context.Context, msg jetstream.Msg) {
	if w.obs != nil {
		w.obs.InFlight(int(w.inFlight.Add(1)))
		defer func() { w.obs.InFlight(int(w.inFlight.Add(-1))) }()
	}
	start := time.Now()
	kind := Kind(strings.TrimPrefix(msg.Subject(), w.q.cfg.Subject+"."))
	attempt := 1
	if meta, err := msg.Metadata(); err == nil {
		attempt = int(meta.NumDelivered)
		if w.obs != nil {
			w.obs.Received(kind, start.Sub(meta.Timestamp), meta.NumPending, attempt)
		}
	}
	stop := w.heartbeat(msg)
	defer stop()
	if ctx.Err() != nil {
		// Forced to stop: a job fetched now is given back untouched, and
		// must not count towards its dead-lettering.
		w.giveBack(msg)
		return
	}
	if attempt > w.q.cfg.MaxDeliver {
		// Every earlier delivery ended without an outcome: its worker
		// died or hung on it. Doing it again may kill this one too.
		w.fail(ctx, msg, kind, attempt, start, fmt.Errorf("delivered %d times without an outcome: workers died or timed out on it", attempt-1))
		return
	}
	job, err := decode(msg.Data())
	outcome := ""
	if err == nil {
		outcome, err = w.call(ctx, job)
	}
	if err == nil {
		actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if err := msg.DoubleAck(actx); err != nil {
			// The effect is committed; the job will come back and find it.
			w.log.Warn("ack failed; the job will be redelivered and changes nothing", "subject", msg.Subject(), "err", err)
		}
		if w.obs != nil {
			w.obs.Finished(kind, outcome, time.Since(start))
		}
		return
	}
	if ctx.Err() != nil {
		w.giveBack(msg) // forced stop: not the job's fault
		return
	}
	w.fail(ctx, msg, kind, attempt, start, err)
}

// call runs the handler; a panic is a failed attempt, not a dead worker.
func (w *worker) call(ctx context.Context, j Job) (outcome string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return w.h(ctx, j)
}

// fail retries the job later, or dead-letters it after its last attempt.
func (w *worker) fail(ctx context.Context, msg jetstream.Msg, kind Kind, attempt int, start time.Time, cause error) {
	dead := attempt >= w.q.cfg.MaxDeliver
	if dead {
		if err := w.deadLetter(ctx, msg, attempt, cause); err != nil {
			w.log.Error("dead-letter failed; the job will be tried again", "subject", msg.Subject(), "err", err)
			msg.NakWithDelay(w.opt.Backoff(attempt))
			dead = false
		} else {
			w.log.Error("job dead-lettered", "subject", msg.Subject(), "attempts", attempt, "err", cause,
				"dead_subject", w.q.cfg.DeadSubject)
		}
	} else {
		w.log.Warn("job failed; will retry", "subject", msg.Subject(), "attempt", attempt, "err", cause)
		msg.NakWithDelay(w.opt.Backoff(attempt))
	}
	if w.obs != nil {
		w.obs.Failed(kind, dead, time.Since(start))
	}
}

// Headers of a dead letter.
const (
	HeaderError    = "Dateline-Error"
	HeaderAttempts = "Dateline-Attempts"
	HeaderSubject  = "Dateline-Subject"
	HeaderSequence = "Dateline-Stream-Sequence"
)

// deadLetter publishes the job with why it failed to the dead-letter
// subject, then removes it from the work queue.
func (w *worker) deadLetter(ctx context.Context, msg jetstream.Msg, attempt int, cause error) error {
	dl := &nats.Msg{Subject: w.q.cfg.DeadSubject, Data: msg.Data(), Header: nats.Header{}}
	why := strings.Join(strings.Fields(cause.Error()), " ") // a header is one line
	if len(why) > 2000 {
		why = why[:2000]
	}
	dl.Header.Set(HeaderError, why)
	dl.Header.Set(HeaderAttempts, strconv.Itoa(attempt))
	dl.Header.Set(HeaderSubject, msg.Subject())
	if meta, err := msg.Metadata(); err == nil {
		dl.Header.Set(HeaderSequence, strconv.FormatUint(meta.Sequence.Stream, 10))
	}
	pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if _, err := w.q.js.PublishMsg(pctx, dl); err != nil {
		return fmt.Errorf("publish to %s: %w", w.q.cfg.DeadSubject, err)
	}
	if err := msg.DoubleAck(pctx); err != nil {
		return fmt.Errorf("remove from %s: %w", w.q.cfg.Stream, err)
	}
	return nil
}

// giveBackDelay is how long a job given back waits before redelivery:
// longer than this worker's pull request in flight may live, so the job
// goes to another worker instead of bouncing back to this one.
const giveBackDelay = fetchWait + 500*time.Millisecond

// giveBack returns a job for another worker.
func (w *worker) giveBack(msg jetstream.Msg) {
	if err := msg.NakWithDelay(giveBackDelay); err != nil {
		w.log.Warn("could not give a job back; it returns after AckWait", "subject", msg.Subject(), "err", err)
	}
}

// heartbeat tells the server the job is still being worked on, every
// AckWait/3, so a long analysis is not redelivered to another worker.
func (w *worker) heartbeat(msg jetstream.Msg) (stop func()) {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(w.q.cfg.AckWait / 3)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				msg.InProgress()
			case <-done:
				return
			}
		}
	}()
	return func() { close(done) }
}
