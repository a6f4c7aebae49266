// Package cputime measures the CPU time of a process, for the benchmarks
// of start-up work (loading the embedded models and tables): on a machine
// shared by several jobs the wall time of a load says little, its CPU time
// (user and system: page faults count) is what every process pays.
package cputime

import (
	"syscall"
	"testing"
	"time"
)

// Now returns the CPU time the process has used so far, user and system;
// 0 where getrusage fails.
func Now() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// Report adds the CPU time per iteration since start (a Now value taken
// before the loop) to b's results as cpu-ms/op.
func Report(b *testing.B, start time.Duration) {
	if b.N > 0 {
		b.ReportMetric(float64(Now()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
	}
}

// ReportRate adds n units of work per loop iteration (tokens, bytes) per
// CPU second since start (a Now value taken before the loop) to b's
// results under unit ("tokens/cpu-s"): the per-core speed, which the wall
// time of a shared machine overstates the cost of.
func ReportRate(b *testing.B, n int, start time.Duration, unit string) {
	if cpu := Now() - start; cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds(), unit)
	}
}

// Loads runs load once per iteration of b, failing b on its error, and
// reports the allocations and the CPU time (cpu-ms/op) of one load.
func Loads(b *testing.B, load func() error) {
	b.ReportAllocs()
	start := Now()
	for b.Loop() {
		if err := load(); err != nil {
			b.Fatal(err)
		}
	}
	Report(b, start)
}
