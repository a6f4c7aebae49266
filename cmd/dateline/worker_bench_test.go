package main

import (
	"dateline/internal/bbccorpus"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"dateline/queue"
	"dateline/queue/queuetest"
	"dateline/store/postgres"
	"dateline/store/postgres/pgtest"
)

// BenchmarkThroughput measures articles per second through the BBC corpus
// (2,225 files, read at run time from ../shared): the single-process
// `dateline ingest` into SQLite against `dateline worker` processes
// (1 and 2) pulling from NATS into PostgreSQL. Each reports wall-clock
// articles/s and CPU seconds per 1000 inputs, of the dateline processes
// and, for workers, of the PostgreSQL server too: the CPU figures are
// what a sizing computes from, as the wall clock depends on what else the
// machine runs. Run it alone:
//
//	go test -run '^$' -bench Throughput -benchtime 1x ./cmd/dateline
func BenchmarkThroughput(b *testing.B) {
	corpus := unpackBBC(b, b.TempDir())
	bin := buildWorkerBinary(b)
	inputs := 0
	filepath.WalkDir(corpus, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			inputs++
		}
		return nil
	})
	b.Run("ingest-sqlite", func(b *testing.B) {
		for b.Loop() {
			db := filepath.Join(b.TempDir(), "bbc.db")
			start := time.Now()
			cmd := exec.Command(bin, "ingest", "--db", db, corpus)
			if out, err := cmd.CombinedOutput(); err != nil {
				b.Fatalf("ingest: %v\n%s", err, out)
			}
			report(b, inputs, time.Since(start), cpuOf(cmd.ProcessState), 0)
		}
	})
	for _, n := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers-%d-postgres", n), func(b *testing.B) {
			for b.Loop() {
				benchWorkers(b, bin, corpus, inputs, n)
			}
		})
	}
}

func benchWorkers(b *testing.B, bin, corpus string, inputs, n int) {
	pgURL := pgtest.Schema(b)
	natsURL := queuetest.StartNATS(b)
	if out, err := exec.Command(bin, "ingest", "--queue", natsURL, corpus).CombinedOutput(); err != nil {
		b.Fatalf("ingest --queue: %v\n%s", err, out)
	}
	q, err := queue.Connect(b.Context(), queue.Config{URL: natsURL}, b.Name())
	if err != nil {
		b.Fatal(err)
	}
	defer q.Close()
	db, err := postgres.Open(b.Context(), pgURL) // migrated before the clock starts
	if err != nil {
		b.Fatal(err)
	}
	db.Close()
	pgBefore := postgresCPU()
	start := time.Now()
	var cmds []*exec.Cmd
	for range n {
		cmd := exec.Command(bin, "worker", "--queue", natsURL, "--db", pgURL)
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	for {
		s, err := q.Stats(b.Context())
		if err == nil && s.Waiting == 0 && s.InProgress == 0 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	wall := time.Since(start)
	pgCPU := postgresCPU() - pgBefore
	var cpu time.Duration
	for _, cmd := range cmds {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
		cpu += cpuOf(cmd.ProcessState)
	}
	report(b, inputs, wall, cpu, pgCPU)
}

func report(b *testing.B, inputs int, wall, cpu, pgCPU time.Duration) {
	b.ReportMetric(float64(inputs)/wall.Seconds(), "articles/s")
	b.ReportMetric(cpu.Seconds()*1000/float64(inputs), "cpu-s/1000")
	if pgCPU > 0 {
		b.ReportMetric(pgCPU.Seconds()*1000/float64(inputs), "pg-cpu-s/1000")
	}
	b.ReportMetric(0, "ns/op") // the wall clock is in articles/s
}

func cpuOf(ps *os.ProcessState) time.Duration {
	if ps == nil {
		return 0
	}
	return ps.UserTime() + ps.SystemTime()
}

// postgresCPU sums the CPU time of the PostgreSQL servers running here,
// from /proc: user and system time of every postgres process, plus the
// time of the backends that exited, which the postmaster collected
// (cutime, cstime). 0 where there is none.
func postgresCPU() time.Duration {
	procs, _ := filepath.Glob("/proc/[0-9]*/stat")
	var ticks int64
	for _, p := range procs {
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		s := string(data)
		open, end := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
		if open < 0 || end < open || s[open+1:end] != "postgres" {
			continue
		}
		f := strings.Fields(s[end+1:])
		if len(f) < 15 {
			continue
		}
		for _, i := range []int{11, 12, 13, 14} { // utime, stime, cutime, cstime: fields 14-17 of stat
			n, _ := strconv.ParseInt(f[i], 10, 64)
			ticks += n
		}
	}
	return time.Duration(ticks) * time.Second / 100 // USER_HZ is 100 on Linux
}

// unpackBBC writes the BBC corpus's article files under dir (read at run
// time from ../shared, never copied into the repo) and returns dir.
func unpackBBC(tb testing.TB, dir string) string {
	bbccorpus.Unpack(tb, "../..", dir)
	return dir
}
