package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"dateline/server/synth"
	"dateline/store"
	"dateline/store/sqlite"
)

func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "dateline")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func syntheticDB(t *testing.T, articles int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "serve.db")
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := synth.Generate(context.Background(), db, synth.Options{Articles: articles, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestServeStopsOnSIGTERM runs the real binary: it prints its URL, answers,
// takes a POST only with the token, never logs the token, and exits 0 on
// SIGTERM.
func TestServeStopsOnSIGTERM(t *testing.T) {
	bin := buildBinary(t)
	db := syntheticDB(t, 5)
	const token = "tok-3f9a-never-logged"
	cmd := exec.Command(bin, "serve", "--db", db, "--addr", "127.0.0.1:0", "-v")
	cmd.Env = append(os.Environ(), "DATELINE_TOKEN="+token)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("no URL printed: %v (stderr: %s)", err, stderr.String())
	}
	_, rest, ok := strings.Cut(line, "http://")
	if !ok {
		t.Fatalf("first line %q names no URL", line)
	}
	base := "http://" + strings.Fields(rest)[0]
	base = strings.TrimSuffix(base, "/")

	resp, err := http.Get(base + "/api/stats")
	if err != nil {
		t.Fatal(err)
	}
	var st store.Stats
	json.NewDecoder(resp.Body).Decode(&st)
	resp.Body.Close()
	if st.Articles != 5 {
		t.Errorf("stats over the served database = %+v, want 5 articles", st)
	}
	post := func(auth string) int {
		req, _ := http.NewRequest("POST", base+"/api/articles", strings.NewReader(`{"text": "The ferry ran on time on Monday, the operator said."}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", auth)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := post("Bearer wrong"); code != http.StatusUnauthorized {
		t.Errorf("POST with a wrong token = %d, want 401", code)
	}
	if code := post("Bearer " + token); code != http.StatusCreated {
		t.Errorf("POST with the token = %d, want 201", code)
	}

	start := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after SIGTERM: %v, want exit 0 (stderr: %s)", err, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop within 10s of SIGTERM")
	}
	t.Logf("stopped %v after SIGTERM", time.Since(start).Round(time.Millisecond))
	logs := stderr.String()
	if !strings.Contains(logs, "stopped") || !strings.Contains(logs, "path=/api/articles") {
		t.Errorf("stderr lacks the request log or the stop line:\n%s", logs)
	}
	if strings.Contains(logs, token) {
		t.Errorf("the token is in the log:\n%s", logs)
	}
}

func TestServeFlags(t *testing.T) {
	for _, tc := range []struct {
		name    string
		args    []string
		code    int
		mention string
	}{
		{"no database", []string{"serve"}, 2, "--db FILE is required"},
		{"a database that does not exist", []string{"serve", "--db", filepath.Join(t.TempDir(), "nope.db")}, 1, "no database at"},
		{"a stray argument", []string{"serve", "news.db"}, 2, "unexpected argument"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errs bytes.Buffer
			code := run(t.Context(), tc.args, nil, &out, &errs)
			if code != tc.code || !strings.Contains(errs.String(), tc.mention) {
				t.Errorf("exit %d, stderr %q; want %d mentioning %q", code, errs.String(), tc.code, tc.mention)
			}
		})
	}
	t.Run("an address in use", func(t *testing.T) {
		db := syntheticDB(t, 1)
		ctx, cancel := context.WithCancel(t.Context())
		defer cancel()
		first := make(chan int, 1)
		pr, pw := io.Pipe()
		go func() { first <- run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, nil, pw, io.Discard) }()
		line, _ := bufio.NewReader(pr).ReadString('\n')
		go io.Copy(io.Discard, pr)
		_, rest, _ := strings.Cut(line, "http://")
		addr := strings.TrimSuffix(strings.Fields(rest)[0], "/")
		var errs bytes.Buffer
		if code := run(t.Context(), []string{"serve", "--db", db, "--addr", addr}, nil, io.Discard, &errs); code != 1 ||
			!strings.Contains(errs.String(), "listen on") {
			t.Errorf("second serve on %s: exit %d, %q; want 1 and a listen error", addr, code, errs.String())
		}
		cancel()
		if code := <-first; code != 0 {
			t.Errorf("the first serve exited %d after its context ended, want 0", code)
		}
	})
}

func TestDemoIngestsTheExamples(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	var out, errs bytes.Buffer
	if code := run(t.Context(), []string{"demo", "--no-serve", "--db", db}, nil, &out, &errs); code != 0 {
		t.Fatalf("demo exit %d: %s", code, errs.String())
	}
	st, err := sqlite.Open(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, err := st.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if s.Articles != 78 || s.Errors != 0 {
		t.Errorf("stats = %+v, want the 78 bundled articles and no errors", s)
	}
	undated, err := st.Articles(t.Context(), store.ArticleQuery{To: "1000", Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	all, err := st.Articles(t.Context(), store.ArticleQuery{Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	var summit, dated, english int
	for _, a := range all.Items {
		if a.Language == "en" {
			english++
		}
		if a.Published != "" {
			dated++
		}
		if a.Published == "2025-08-18" {
			summit++
		}
	}
	if english != 78 {
		t.Errorf("%d of 78 articles detected as English, want all", english)
	}
	if dated != 78 || summit != 1 || len(undated.Items) != 0 {
		t.Errorf("%d of 78 articles dated, %d on 2025-08-18: want every Wikinews line's \"date\" and the summit's date kept", dated, summit)
	}
	if !strings.Contains(errs.String(), "78 new articles") {
		t.Errorf("demo did not report its ingest: %s", errs.String())
	}
}

// demo finds a busy address before it analyses the examples, and says how
// to pick another.
func TestDemoBusyAddressFailsFirst(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	db := filepath.Join(t.TempDir(), "demo.db")
	var out, errs bytes.Buffer
	code := run(t.Context(), []string{"demo", "--db", db, "--addr", l.Addr().String()}, nil, &out, &errs)
	if code != 1 || !strings.Contains(errs.String(), "--addr 127.0.0.1:0") {
		t.Errorf("exit %d, stderr %q; want 1 and a hint to pick another address", code, errs.String())
	}
	if strings.Contains(errs.String(), "analysing") {
		t.Errorf("demo analysed the examples before finding the address busy:\n%s", errs.String())
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("stat %s: %v; want no database made", db, err)
	}
}
