package main

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestLimitIngestMemory(t *testing.T) {
	prev := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(prev) })
	tests := []struct {
		name string
		env  string // GOMEMLIMIT as the user set it
		set  int64  // the limit in force before the call
		want int64
	}{
		{name: "sets the default when GOMEMLIMIT is unset", env: "", set: 1 << 40, want: ingestMemoryLimit},
		{name: "keeps the limit the user chose", env: "1GiB", set: 1 << 30, want: 1 << 30},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("GOMEMLIMIT", tt.env)
			debug.SetMemoryLimit(tt.set)
			if got := limitIngestMemory(); got != tt.want {
				t.Errorf("limitIngestMemory() = %d, want %d", got, tt.want)
			}
			if got := debug.SetMemoryLimit(-1); got != tt.want {
				t.Errorf("limit in force = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestHoldCollector(t *testing.T) {
	prev := debug.SetGCPercent(100)
	t.Cleanup(func() { debug.SetGCPercent(prev) })
	percent := func() int { // the setting in force, left as it was
		p := debug.SetGCPercent(-1)
		debug.SetGCPercent(p)
		return p
	}
	t.Setenv("GOGC", "")
	restore := holdCollector(ingestMemoryLimit)
	if got := percent(); got != -1 {
		t.Errorf("held: GOGC %d, want off (-1)", got)
	}
	restore()
	restore() // a second call changes nothing
	if got := percent(); got != 100 {
		t.Errorf("restored: GOGC %d, want 100", got)
	}
	for _, c := range []struct {
		name, env string
		limit     int64
	}{
		{"the user's GOGC", "200", ingestMemoryLimit},
		{"no memory limit", "", math.MaxInt64},
	} {
		t.Setenv("GOGC", c.env)
		restore := holdCollector(c.limit)
		if got := percent(); got != 100 {
			t.Errorf("%s: GOGC %d, want 100 left alone", c.name, got)
		}
		restore()
	}
}

func TestHoldStartCollector(t *testing.T) {
	prevPercent := debug.SetGCPercent(100)
	prevLimit := debug.SetMemoryLimit(math.MaxInt64)
	t.Cleanup(func() { debug.SetGCPercent(prevPercent); debug.SetMemoryLimit(prevLimit) })
	settings := func() (int, int64) { // the settings in force, left as they were
		p := debug.SetGCPercent(-1)
		debug.SetGCPercent(p)
		return p, debug.SetMemoryLimit(-1)
	}
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	restore := holdStartCollector()
	if p, l := settings(); p != -1 || l != ingestMemoryLimit {
		t.Errorf("held: GOGC %d, limit %d; want off (-1) under %d", p, l, ingestMemoryLimit)
	}
	restore()
	restore() // a second call changes nothing
	if p, l := settings(); p != 100 || l != math.MaxInt64 {
		t.Errorf("restored: GOGC %d, limit %d; want 100 and none", p, l)
	}

	// The user's limit bounds the held collector, and stays.
	t.Setenv("GOMEMLIMIT", "300MiB")
	debug.SetMemoryLimit(300 << 20)
	restore = holdStartCollector()
	if p, l := settings(); p != -1 || l != 300<<20 {
		t.Errorf("the user's GOMEMLIMIT: GOGC %d, limit %d; want off under theirs", p, l)
	}
	restore()
	if p, l := settings(); p != 100 || l != 300<<20 {
		t.Errorf("the user's GOMEMLIMIT, restored: GOGC %d, limit %d", p, l)
	}
	debug.SetMemoryLimit(math.MaxInt64)

	// The user's GOGC: nothing held.
	t.Setenv("GOGC", "200")
	t.Setenv("GOMEMLIMIT", "")
	restore = holdStartCollector()
	if p, l := settings(); p != 100 || l != math.MaxInt64 {
		t.Errorf("the user's GOGC: GOGC %d, limit %d; want both left alone", p, l)
	}
	restore()
}
