package main

import (
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
