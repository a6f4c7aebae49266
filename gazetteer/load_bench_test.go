package gazetteer

import (
	"testing"

	"dateline/internal/cputime"
)

// BenchmarkLoadCPU is BenchmarkLoad without its collections between
// loads, so that the CPU time it reports is the load's.
func BenchmarkLoadCPU(b *testing.B) {
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		if _, err := load(dataFS); err != nil {
			b.Fatal(err)
		}
	}
	cputime.Report(b, cpu0)
}
