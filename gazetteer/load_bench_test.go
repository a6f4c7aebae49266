package gazetteer

import (
	"testing"

	"dateline/internal/cputime"
)

// BenchmarkLoadCPU is BenchmarkLoad without its collections between
// loads, so that the CPU time it reports is the load's.
func BenchmarkLoadCPU(b *testing.B) {
	cputime.Loads(b, func() error {
		_, err := load(dataFS)
		return err
	})
}
