package entity

import (
	"testing"

	"dateline/internal/cputime"
)

// BenchmarkLoadNames decodes the given-name table, once per process.
func BenchmarkLoadNames(b *testing.B) {
	cputime.Loads(b, func() error {
		_, err := loadNames()
		return err
	})
}
