package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"dateline/queue/queuetest"
	"dateline/source"
	"dateline/store"
	"dateline/text"
)

// testConfig is a configuration for a fresh in-process server, with the
// short waits tests want.
func testConfig(url string) Config {
	c := DefaultConfig()
	c.URL = url
	c.AckWait = 2 * time.Second
	c.MaxDeliver = 3
	return c
}

func connect(t *testing.T, cfg Config) *Queue {
	t.Helper()
	q, err := Connect(t.Context(), cfg, t.Name())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	return q
}

func quick(int) time.Duration { return 50 * time.Millisecond }

// articleJob is a job for a small article of its own.
func articleJob(i int) Job {
	a := text.Article{ID: fmt.Sprint(i), Title: fmt.Sprintf("Report %d", i), Text: fmt.Sprintf("Article number %d says little.", i)}
	return Job{Kind: KindArticle, Hash: store.ContentHash(a.Title, a.Text), Article: WireArticle(a),
		Source: store.Source{Input: fmt.Sprintf("gen.jsonl:%d", i+1), ItemID: a.ID}}
}

func publish(t *testing.T, q *Queue, jobs ...Job) {
	t.Helper()
	for _, j := range jobs {
		if _, err := q.Publish(t.Context(), j); err != nil {
			t.Fatal(err)
		}
	}
}

// deadLetters reads what the dead-letter stream holds.
func deadLetters(t *testing.T, q *Queue) []jetstream.Msg {
	t.Helper()
	cons, err := q.js.OrderedConsumer(t.Context(), q.cfg.DeadStream, jetstream.OrderedConsumerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	batch, err := cons.Fetch(100, jetstream.FetchMaxWait(500*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	var out []jetstream.Msg
	for m := range batch.Messages() {
		out = append(out, m)
	}
	return out
}

// runWorker runs Work in the background; the returned func drains it and
// waits for it to return.
func runWorker(t *testing.T, q *Queue, h Handler, opt WorkOptions) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- q.Work(ctx, h, opt) }()
	return func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Work: %v", err)
		}
	}
}

// waitFor polls cond until it holds or the time is up.
func waitFor(t *testing.T, what string, limit time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(limit)
	pause := 10 * time.Millisecond
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %v", what, limit)
		}
		time.Sleep(pause)
		pause = min(2*pause, 250*time.Millisecond)
	}
}

func TestConfigValidate(t *testing.T) {
	for _, tc := range []struct {
		name  string
		edit  func(*Config)
		field string // in the error; "" for valid
	}{
		{"defaults are valid", func(*Config) {}, ""},
		{"zero fields take defaults", func(c *Config) { *c = Config{URL: "nats://h:4222"} }, ""},
		{"a URL that is not nats", func(c *Config) { c.URL = "http://h" }, "URL"},
		{"a stream name with a dot", func(c *Config) { c.Stream = "a.b" }, "stream names"},
		{"a wildcard subject", func(c *Config) { c.Subject = "jobs.*" }, "subjects"},
		{"dead letters inside the job subjects", func(c *Config) { c.DeadSubject = c.Subject + ".dead" }, "DeadSubject"},
		{"negative attempts", func(c *Config) { c.MaxDeliver = -1 }, "MaxDeliver"},
		{"an ack wait under a second", func(c *Config) { c.AckWait = time.Millisecond }, "AckWait"},
		{"too many replicas", func(c *Config) { c.Replicas = 7 }, "Replicas"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := DefaultConfig()
			tc.edit(&c)
			err := c.Validate()
			switch {
			case tc.field == "" && err != nil:
				t.Errorf("Validate() = %v, want nil", err)
			case tc.field != "" && (err == nil || !strings.Contains(err.Error(), tc.field)):
				t.Errorf("Validate() = %v, want an error naming %s", err, tc.field)
			}
		})
	}
}

func TestDecode(t *testing.T) {
	good := articleJob(1)
	for _, tc := range []struct {
		name string
		data string
		ok   bool
	}{
		{"an article job", mustJSON(t, good), true},
		{"a source job", `{"kind":"source","hash":"ab","source":{"input":"x.txt"}}`, true},
		{"an error job", `{"kind":"error","source":{"input":"x"},"error":{"input":"x","message":"m"}}`, true},
		{"not JSON", `{"kind":`, false},
		{"an unknown kind", `{"kind":"video","hash":"ab","source":{"input":"x"}}`, false},
		{"an article without text", `{"kind":"article","hash":"ab","source":{"input":"x"}}`, false},
		{"a source without an input", `{"kind":"source","hash":"ab"}`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := decode([]byte(tc.data))
			if (err == nil) != tc.ok {
				t.Errorf("decode(%s) error = %v, want ok=%v", tc.data, err, tc.ok)
			}
		})
	}
	j, err := decode([]byte(mustJSON(t, good)))
	if err != nil || j.Article.Article().Text != good.Article.Text || j.Hash != good.Hash {
		t.Errorf("round trip = %+v, %v", j, err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"kind":"article","hash":"ab","article":{"text":"x"},"source":{"input":"x"}}`))
	f.Add([]byte(`{"kind":"source","hash":"","source":{}}`))
	f.Add([]byte(`[]`))
	// Whatever arrives, decode answers without panicking, and a job it
	// accepts has an id to deduplicate on and survives a round trip.
	f.Fuzz(func(t *testing.T, data []byte) {
		j, err := decode(data)
		if err != nil {
			return
		}
		if j.msgID() == "" {
			t.Errorf("accepted job %+v has no message id", j)
		}
		again, err := json.Marshal(j)
		if err != nil {
			t.Fatalf("re-encode %+v: %v", j, err)
		}
		if _, err := decode(again); err != nil {
			t.Errorf("accepted job does not decode again: %v", err)
		}
	})
}

func mustJSON(t *testing.T, j Job) string {
	t.Helper()
	data, err := json.Marshal(j)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestPublishDropsRepeatsByContentHash(t *testing.T) {
	q := connect(t, testConfig(queuetest.StartNATS(t)))
	j := articleJob(7)
	first, err := q.Publish(t.Context(), j)
	if err != nil || first.Duplicate {
		t.Fatalf("first Publish = %+v, %v; want stored", first, err)
	}
	j.Source.Input = "mirror.jsonl:3" // the same text from elsewhere
	again, err := q.Publish(t.Context(), j)
	if err != nil || !again.Duplicate {
		t.Errorf("second Publish = %+v, %v; want a duplicate", again, err)
	}
	s, err := q.Stats(t.Context())
	if err != nil || s.Waiting != 1 {
		t.Errorf("stats = %+v, %v; want 1 job waiting", s, err)
	}
}

func TestPublishWaitsWhileTheStreamIsFull(t *testing.T) {
	cfg := testConfig(queuetest.StartNATS(t))
	cfg.MaxMsgs = 3
	q := connect(t, cfg)
	publish(t, q, articleJob(1), articleJob(2), articleJob(3))
	ctx, cancel := context.WithTimeout(t.Context(), 300*time.Millisecond)
	defer cancel()
	if _, err := q.Publish(ctx, articleJob(4)); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Publish to a full stream = %v, want it to wait until the deadline", err)
	}
	// A worker takes one: the waiting publisher goes through.
	var handled atomic.Int64
	stop := runWorker(t, q, func(ctx context.Context, j Job) (string, error) { handled.Add(1); return "ok", nil }, WorkOptions{Concurrency: 1})
	defer stop()
	if _, err := q.Publish(t.Context(), articleJob(4)); err != nil {
		t.Fatalf("Publish once a worker made room: %v", err)
	}
	waitFor(t, "all four handled", 10*time.Second, func() bool { return handled.Load() == 4 })
}

func TestWorkBoundsJobsInFlight(t *testing.T) {
	q := connect(t, testConfig(queuetest.StartNATS(t)))
	for i := range 20 {
		publish(t, q, articleJob(i))
	}
	var now, peak, handled atomic.Int64
	h := func(ctx context.Context, j Job) (string, error) {
		n := now.Add(1)
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		time.Sleep(20 * time.Millisecond)
		now.Add(-1)
		handled.Add(1)
		return "ok", nil
	}
	stop := runWorker(t, q, h, WorkOptions{Concurrency: 3})
	waitFor(t, "20 jobs handled", 20*time.Second, func() bool { return handled.Load() == 20 })
	stop()
	if p := peak.Load(); p > 3 || p < 2 {
		t.Errorf("peak jobs in flight = %d, want 2 or 3 (Concurrency 3)", p)
	}
}

func TestPoisonJobIsDeadLetteredAfterMaxDeliver(t *testing.T) {
	q := connect(t, testConfig(queuetest.StartNATS(t))) // MaxDeliver 3
	poison := articleJob(666)
	publish(t, q, articleJob(1), poison, articleJob(2))
	var mu sync.Mutex
	attempts := map[string]int{}
	h := func(ctx context.Context, j Job) (string, error) {
		mu.Lock()
		attempts[j.Hash]++
		mu.Unlock()
		if j.Hash == poison.Hash {
			return "", fmt.Errorf("cannot analyse %q", j.Source.Input)
		}
		return "ok", nil
	}
	stop := runWorker(t, q, h, WorkOptions{Concurrency: 2, Backoff: quick})
	waitFor(t, "the poison job dead-lettered", 20*time.Second, func() bool { return len(deadLetters(t, q)) == 1 })
	stop()
	dl := deadLetters(t, q)[0]
	if got, err := decode(dl.Data()); err != nil || got.Hash != poison.Hash {
		t.Errorf("dead letter = %+v, %v; want the poison job", got, err)
	}
	hdr := dl.Headers()
	if hdr.Get(HeaderAttempts) != "3" || !strings.Contains(hdr.Get(HeaderError), "cannot analyse") ||
		hdr.Get(HeaderSubject) != q.cfg.Subject+".article" {
		t.Errorf("dead letter headers = %v, want 3 attempts, the error and the subject", hdr)
	}
	mu.Lock()
	defer mu.Unlock()
	if attempts[poison.Hash] != 3 || attempts[articleJob(1).Hash] != 1 {
		t.Errorf("attempts = %v, want 3 for the poison job and 1 for the others", attempts)
	}
	if s, err := q.Stats(t.Context()); err != nil || s.Waiting != 0 || s.InProgress != 0 || s.Dead != 1 {
		t.Errorf("stats = %+v, %v; want nothing left and one dead letter", s, err)
	}
}

func TestJobThatNeverFinishesIsDeadLetteredUnseen(t *testing.T) {
	cfg := testConfig(queuetest.StartNATS(t))
	cfg.MaxDeliver = 1
	cfg.AckWait = time.Second
	q := connect(t, cfg)
	publish(t, q, articleJob(9))
	// A worker takes the job and dies without a word: fetch, never ack.
	cons, err := q.consumer(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	batch, err := cons.Fetch(1, jetstream.FetchMaxWait(2*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	for range batch.Messages() {
	}
	var called atomic.Bool
	stop := runWorker(t, q, func(context.Context, Job) (string, error) { called.Store(true); return "ok", nil }, WorkOptions{})
	waitFor(t, "the job dead-lettered", 20*time.Second, func() bool { return len(deadLetters(t, q)) == 1 })
	stop()
	if called.Load() {
		t.Error("the handler ran a job that every earlier delivery left unfinished; want it dead-lettered unseen")
	}
	if why := deadLetters(t, q)[0].Headers().Get(HeaderError); !strings.Contains(why, "without an outcome") {
		t.Errorf("dead letter error = %q, want it to say the job never finished", why)
	}
}

func TestDrainFinishesJobsInFlight(t *testing.T) {
	q := connect(t, testConfig(queuetest.StartNATS(t)))
	publish(t, q, articleJob(1), articleJob(2))
	started := make(chan struct{}, 2)
	release := make(chan struct{})
	var finished atomic.Int64
	h := func(ctx context.Context, j Job) (string, error) {
		started <- struct{}{}
		<-release
		if ctx.Err() != nil {
			return "", ctx.Err()
		}
		finished.Add(1)
		return "ok", nil
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- q.Work(ctx, h, WorkOptions{Concurrency: 2}) }()
	<-started
	<-started
	cancel() // the first SIGTERM
	select {
	case <-done:
		t.Fatal("Work returned with jobs in flight")
	case <-time.After(200 * time.Millisecond):
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if s, err := q.Stats(t.Context()); finished.Load() != 2 || err != nil || s.Waiting != 0 || s.InProgress != 0 {
		t.Errorf("after the drain: %d finished, stats %+v, %v; want 2 finished and acknowledged", finished.Load(), s, err)
	}
}

func TestForceGivesJobsBackAtOnce(t *testing.T) {
	cfg := testConfig(queuetest.StartNATS(t))
	cfg.AckWait = 30 * time.Second // a job not given back would wait this long
	q := connect(t, cfg)
	publish(t, q, articleJob(1))
	started := make(chan struct{})
	hang := func(ctx context.Context, j Job) (string, error) {
		close(started)
		<-ctx.Done()
		return "", ctx.Err()
	}
	force := make(chan struct{})
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- q.Work(ctx, hang, WorkOptions{Force: force}) }()
	<-started
	cancel()
	close(force) // the second signal
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	var handled atomic.Int64
	other := connect(t, cfg)
	stop := runWorker(t, other, func(context.Context, Job) (string, error) { handled.Add(1); return "ok", nil }, WorkOptions{})
	defer stop()
	waitFor(t, "another worker took the job well before AckWait", 5*time.Second, func() bool { return handled.Load() == 1 })
}

func TestAnArticleTooLargeForTheQueueBecomesAnErrorJob(t *testing.T) {
	q := connect(t, testConfig(queuetest.StartNATS(t)))
	huge := text.Article{ID: "huge", Title: "Huge", Text: strings.Repeat("A very long article. ", 60_000)} // 1.2 MB
	small := text.Article{ID: "small", Title: "Small", Text: "A short article."}
	src := sliceSource{name: "feed.jsonl", arts: []text.Article{huge, small}}
	prog, err := q.PublishSources(t.Context(), []source.Source{src}, PublishOptions{})
	if err != nil {
		t.Fatalf("PublishSources: %v, want the batch to go on", err)
	}
	if prog.Published != 1 || prog.InputErrors != 1 {
		t.Errorf("progress = %+v, want 1 published and 1 input error", prog)
	}
	var mu sync.Mutex
	var got []Job
	stop := runWorker(t, q, func(ctx context.Context, j Job) (string, error) {
		mu.Lock()
		defer mu.Unlock()
		got = append(got, j)
		return "ok", nil
	}, WorkOptions{})
	waitFor(t, "both jobs handled", 10*time.Second, func() bool { mu.Lock(); defer mu.Unlock(); return len(got) == 2 })
	stop()
	kinds := map[Kind]Job{}
	for _, j := range got {
		kinds[j.Kind] = j
	}
	if e := kinds[KindError].Error; e == nil || e.Input != "feed.jsonl:1" || !strings.Contains(e.Message, "max_payload") {
		t.Errorf("error job = %+v, want one naming feed.jsonl:1 and max_payload", kinds[KindError].Error)
	}
	if kinds[KindArticle].Article == nil || kinds[KindArticle].Article.ID != "small" {
		t.Errorf("article job = %+v, want the small article", kinds[KindArticle])
	}
}
