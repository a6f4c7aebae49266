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
