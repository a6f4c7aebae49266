package entity

import (
	"testing"

	"dateline/internal/cputime"
)

// BenchmarkLoadNames decodes the given-name table, once per process.
func BenchmarkLoadNames(b *testing.B) {
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		if _, err := loadNames(); err != nil {
			b.Fatal(err)
		}
	}
	cputime.Report(b, cpu0)
}
