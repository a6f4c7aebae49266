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
