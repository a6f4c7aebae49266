package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"

	"dateline/metrics"
	"dateline/queue"
	"dateline/store/open"
)

func init() {
	register(command{name: "worker", summary: "analyse article jobs from a NATS JetStream queue into a database", run: runWorker})
}

func runWorker(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	fs.SetOutput(stderr)
	d := queue.DefaultConfig()
	url := fs.String("queue", "", "the NATS server: nats://host:4222 (several separated by commas)")
	db := fs.String("db", "", "the database: a postgres:// URL (or an SQLite FILE for a single worker)")
	concurrency := fs.Int("concurrency", 0, "jobs this worker handles at once (0: two per CPU, so the CPUs stay busy while writes wait on the database)")
	maxDeliver := fs.Int("max-deliver", d.MaxDeliver, "attempts before a job goes to the dead-letter subject")
	ackWait := fs.Duration("ack-wait", d.AckWait, "how long a crashed worker's jobs wait before they are redelivered")
	maxAckPending := fs.Int("max-ack-pending", d.MaxAckPending, "jobs delivered and not yet acknowledged, across all workers")
	metricsAddr := fs.String("metrics", "", "serve Prometheus metrics at http://`host:port`/metrics (e.g. 127.0.0.1:9464)")
	langs := fs.String("languages", "en", "comma-separated ISO 639-1 `codes` to analyse; other languages are stored, not analysed")
	verbose := fs.Bool("v", false, "log every job")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), helpText("dateline worker --queue nats://HOST:4222 --db postgres://… [flags]",
			"Pulls article jobs that 'dateline ingest --queue' published, analyses each and writes it with\n"+
				"its records in one transaction, then acknowledges it. Run as many as you like, on as many\n"+
				"machines: they share one durable consumer. A worker that dies leaves its jobs to be\n"+
				"redelivered after --ack-wait; writes are idempotent on the content hash, so nothing is\n"+
				"stored twice. A job that fails --max-deliver times goes to the dead-letter subject. While\n"+
				"the database is unreachable, jobs are held and retried, not failed. SIGINT or SIGTERM\n"+
				"drains (no new jobs; those in flight finish); a second one stops at once and gives them\n"+
				"back. Stream names and limits come from DATELINE_QUEUE_* (see docs/deploy.md).",
			"dateline worker --queue nats://127.0.0.1:4222 --db postgres://dateline@db/dateline --metrics :9464",
			"dateline ingest --queue nats://127.0.0.1:4222 corpus/"))
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "dateline worker: "+format+"\n", a...)
		return 2
	}
	switch {
	case fs.NArg() > 0:
		return fail("unexpected argument %q: sources go to 'dateline ingest --queue'", fs.Arg(0))
	case *url == "":
		return fail("--queue nats://HOST:4222 is required")
	case *db == "":
		return fail("--db is required: the database to write to (postgres://…)")
	case *concurrency < 0:
		return fail("--concurrency %d: want 0 (one per CPU) or more", *concurrency)
	}
	cfg, err := queueConfig(*url)
	if err != nil {
		return fail("%v", err)
	}
	cfg.MaxDeliver, cfg.AckWait, cfg.MaxAckPending = *maxDeliver, *ackWait, *maxAckPending
	if err := cfg.Validate(); err != nil {
		return fail("%v", err)
	}
	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))

	m := metrics.New()
	// Metrics outlive the drain: a scrape during it still answers.
	mctx, stopMetrics := context.WithCancel(context.WithoutCancel(ctx))
	defer stopMetrics()
	if *metricsAddr != "" {
		addr, err := metrics.Serve(mctx, *metricsAddr, m.Handler())
		if err != nil {
			fmt.Fprintf(stderr, "dateline worker: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "dateline worker: metrics on http://%s/metrics\n", addr)
	}
	// The queue first: a worker that cannot reach NATS has nothing to do,
	// and opening the store first would leave an empty SQLite file behind.
	host, _ := os.Hostname()
	q, err := queue.Connect(ctx, cfg, fmt.Sprintf("dateline worker %s/%d", host, os.Getpid()))
	if err != nil {
		fmt.Fprintf(stderr, "dateline worker: %v\n", err)
		return 1
	}
	defer q.Close()
	limitIngestMemory() // the same models and writes as an ingest
	st, err := open.Store(ctx, *db)
	if err != nil {
		fmt.Fprintf(stderr, "dateline worker: %v\n", err)
		return 1
	}
	defer st.Close()
	pipe, err := m.Pipeline()
	if err != nil {
		fmt.Fprintf(stderr, "dateline worker: %v\n", err)
		return 1
	}

	force := secondSignal()
	defer force.stop()
	an := &queue.Analyser{Store: m.Store(st), Pipeline: pipe, Languages: splitList(*langs),
		DetectLanguage: detectLanguage, Logger: logger} // as dateline ingest does
	count := &countingObserver{Observer: m, log: logger}
	fmt.Fprintf(stderr, "dateline worker: working on %s (stream %s, consumer %s)\n", cfg.URL, cfg.Stream, cfg.Consumer)
	start := time.Now()
	err = q.Work(ctx, an.Handle, queue.WorkOptions{Concurrency: *concurrency, Force: force.c, Logger: logger, Observer: count})
	done := count.done.Load()
	fmt.Fprintf(stderr, "dateline worker: stopped after %s: %d jobs done (%.1f/s), %d attempts failed, %d dead-lettered\n",
		time.Since(start).Round(time.Millisecond), done, float64(done)/time.Since(start).Seconds(),
		count.failed.Load(), count.dead.Load())
	if err != nil {
		fmt.Fprintf(stderr, "dateline worker: %v\n", err)
		return 1
	}
	return 0
}

// countingObserver counts jobs for the summary and passes every call on.
type countingObserver struct {
	queue.Observer
	log                *slog.Logger
	done, failed, dead atomic.Int64
}

func (c *countingObserver) Finished(kind queue.Kind, outcome string, took time.Duration) {
	c.done.Add(1)
	c.log.Debug("job done", "kind", kind, "outcome", outcome, "took", took)
	c.Observer.Finished(kind, outcome, took)
}

func (c *countingObserver) Failed(kind queue.Kind, dead bool, took time.Duration) {
	c.failed.Add(1)
	if dead {
		c.dead.Add(1)
	}
	c.Observer.Failed(kind, dead, took)
}

// forceSignal closes c on the second SIGINT/SIGTERM (main's context ends
// on the first).
type forceSignal struct {
	c    chan struct{}
	stop func()
}

func secondSignal() forceSignal {
	f := forceSignal{c: make(chan struct{})}
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		n := 0
		for {
			select {
			case <-sigs:
				if n++; n == 2 {
					close(f.c)
					return
				}
			case <-done:
				return
			}
		}
	}()
	f.stop = func() { signal.Stop(sigs); close(done) }
	return f
}
