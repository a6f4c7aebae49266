package tone

import (
	"strings"
	"syscall"
	"testing"
	"time"

	"dateline/internal/bbccorpus"
)

// BenchmarkScoreBBC scores the text of one article in four of the BBC
// corpus (read at run time from ../shared beside the repo, never copied
// into it), as the tone stage does. Run with -cpu 1.
func BenchmarkScoreBBC(b *testing.B) {
	var texts []string
	size, n := 0, 0
	bbccorpus.Each(b, "..", func(_, _ string, body []byte) {
		if n++; n%4 != 0 {
			return
		}
		texts = append(texts, strings.ToValidUTF8(string(body), "\uFFFD"))
		size += len(body)
	})
	if _, err := Score(""); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, s := range texts {
			if _, err := Score(s); err != nil {
				b.Fatal(err)
			}
		}
	}
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/cpu.Seconds(), "bytes/cpu-s")
	}
}

// cpuTime is the user and system CPU time this process has used: on a
// machine shared with other jobs the wall clock overstates the cost.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
