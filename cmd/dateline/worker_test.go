package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"dateline/queue"
	"dateline/queue/queuetest"
	"dateline/store/postgres"
	"dateline/store/postgres/pgtest"
)

// workerProc is a `dateline worker` process the test started.
type workerProc struct {
	cmd    *exec.Cmd
	stderr *syncBuffer
	addr   chan string // the metrics address it prints
	done   chan error
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func startWorker(t *testing.T, bin, natsURL, pgURL string) *workerProc {
	t.Helper()
	cmd := exec.Command(bin, "worker", "--queue", natsURL, "--db", pgURL, "--ack-wait", "2s", "--concurrency", "2",
		"--metrics", "127.0.0.1:0")
	w := &workerProc{cmd: cmd, stderr: &syncBuffer{}, addr: make(chan string, 1), done: make(chan error, 1)}
	cmd.Stderr = w.stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(out)
		re := regexp.MustCompile(`metrics on http://(\S+)/metrics`)
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				w.addr <- m[1]
			}
		}
		w.done <- cmd.Wait()
	}()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
		}
	})
	return w
}

// wait waits for the process to exit and returns its exit code.
func (w *workerProc) wait(t *testing.T, limit time.Duration) int {
	t.Helper()
	select {
	case <-w.done:
		return w.cmd.ProcessState.ExitCode()
	case <-time.After(limit):
		t.Fatalf("worker %d did not exit within %v; stderr:\n%s", w.cmd.Process.Pid, limit, w.stderr.String())
		return -1
	}
}

func buildWorkerBinary(t testing.TB) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "dateline")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// writeJSONL writes n generated articles, one a line, and every 20th
// again at the end: exact duplicates from the same file.
func writeJSONL(t *testing.T, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "articles.jsonl")
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	arts := queuetest.Articles(n)
	line := func(i int) {
		a := arts[i]
		enc.Encode(map[string]string{"id": a.ID, "title": a.Title, "text": a.Text, "published": a.Published.Format("2006-01-02")})
	}
	for i := range n {
		line(i)
	}
	for i := 0; i < n; i += 20 {
		line(i)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// Worker processes share a queue: one is killed with SIGKILL mid-run and
// another drained with SIGTERM; a fresh one takes over. The store ends
// with every article once, each with its two sources when it had two,
// and its records whole.
func TestWorkerProcessesKilledDrainedReplaced(t *testing.T) {
	pgURL := pgtest.Schema(t)
	natsURL := queuetest.StartNATS(t)
	bin := buildWorkerBinary(t)
	const n = 3000
	dups := n / 20
	input := writeJSONL(t, n)

	var stderr bytes.Buffer
	pub := exec.Command(bin, "ingest", "--queue", natsURL, input)
	pub.Stderr = &stderr
	if err := pub.Run(); err != nil {
		t.Fatalf("dateline ingest --queue: %v\n%s", err, stderr.String())
	}
	if want := fmt.Sprintf("%d read", n+dups); !strings.Contains(stderr.String(), want) ||
		!strings.Contains(stderr.String(), fmt.Sprintf("%d published, %d exact duplicates", n, dups)) {
		t.Errorf("ingest --queue said:\n%s\nwant %s, %d published and %d duplicates", stderr.String(), want, n, dups)
	}

	db, err := postgres.Open(t.Context(), pgURL)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stored := func() int {
		st, err := db.Stats(t.Context())
		if err != nil {
			return -1
		}
		return st.Articles
	}
	waitStored := func(what string, atLeast int, limit time.Duration) {
		t.Helper()
		deadline := time.Now().Add(limit)
		for stored() < atLeast {
			if time.Now().After(deadline) {
				t.Fatalf("%s: %d stored after %v, want %d", what, stored(), limit, atLeast)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}

	w1 := startWorker(t, bin, natsURL, pgURL)
	w2 := startWorker(t, bin, natsURL, pgURL)
	w3 := startWorker(t, bin, natsURL, pgURL)
	waitStored("before the kill", n/5, 3*time.Minute)
	if err := w1.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	if code := w1.wait(t, 10*time.Second); code != -1 {
		t.Errorf("SIGKILLed worker exit code = %d, want -1 (killed)", code)
	}
	waitStored("before the drain", 2*n/5, 3*time.Minute)
	if err := w2.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := w2.wait(t, 30*time.Second); code != 0 || !strings.Contains(w2.stderr.String(), "stopped after") {
		t.Errorf("SIGTERMed worker exit code = %d, want 0 after a drain; stderr:\n%s", code, w2.stderr.String())
	}
	w4 := startWorker(t, bin, natsURL, pgURL)

	q, err := queue.Connect(t.Context(), queue.Config{URL: natsURL}, t.Name())
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	deadline := time.Now().Add(4 * time.Minute)
	for {
		st, err := db.Stats(t.Context())
		s, qerr := q.Stats(t.Context())
		if err == nil && qerr == nil && st.Articles == n && st.Sources == n+dups && s.Waiting == 0 && s.InProgress == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not done after 4 minutes: store %+v (%v), queue %+v (%v)\nworker 3:\n%s", st, err, s, qerr, w3.stderr.String())
		}
		time.Sleep(200 * time.Millisecond)
	}

	// The survivors' metrics say what they did.
	var metricsText string
	select {
	case addr := <-w3.addr:
		metricsText = scrape(t, addr)
	case <-time.After(10 * time.Second):
		t.Fatalf("worker 3 printed no metrics address; stderr:\n%s", w3.stderr.String())
	}
	for _, want := range []string{`dateline_articles_processed_total{outcome="stored"}`, `dateline_stage_duration_seconds_bucket{stage="segment.v1"`,
		`dateline_store_duration_seconds_count{op="put"}`, `dateline_queue_lag_seconds_count`} {
		if !strings.Contains(metricsText, want) {
			t.Errorf("worker 3 /metrics lacks %s", want)
		}
	}
	for _, w := range []*workerProc{w3, w4} {
		w.cmd.Process.Signal(syscall.SIGTERM)
		if code := w.wait(t, 30*time.Second); code != 0 {
			t.Errorf("worker exit code = %d after SIGTERM, want 0; stderr:\n%s", code, w.stderr.String())
		}
	}

	if err := db.Check(t.Context()); err != nil {
		t.Error(err)
	}
	if s, err := q.Stats(t.Context()); err != nil || s.Dead != 0 {
		t.Errorf("queue = %+v, %v; want no dead letters", s, err)
	}
	out, err := exec.Command(bin, "stats", "--db", pgURL, "--format", "json").Output()
	if err != nil {
		t.Fatalf("dateline stats --db postgres://: %v", err)
	}
	var st struct {
		Articles        int `json:"articles"`
		Analysed        int `json:"analysed"`
		DuplicateInputs int `json:"duplicate_inputs"`
	}
	if err := json.Unmarshal(out, &st); err != nil {
		t.Fatalf("stats output %s: %v", out, err)
	}
	if st.Articles != n || st.Analysed != n || st.DuplicateInputs != dups {
		t.Errorf("dateline stats = %s; want %d articles, all analysed, %d duplicate inputs", out, n, dups)
	}
}

func scrape(t *testing.T, addr string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/metrics", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /metrics: %d, %v", resp.StatusCode, err)
	}
	return string(b)
}
