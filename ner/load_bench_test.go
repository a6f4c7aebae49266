package ner

import (
	"bytes"
	"testing"

	"dateline/internal/cputime"
)

// BenchmarkLoadModel decodes the embedded model as Default does, once per
// process (the gazetteer it uses has its own BenchmarkLoad).
func BenchmarkLoadModel(b *testing.B) {
	raw, err := modelFS.ReadFile(ModelPath)
	if err != nil {
		b.Fatal(err)
	}
	cputime.Loads(b, func() error {
		_, err := ReadModel(bytes.NewReader(raw), ModelPath)
		return err
	})
}
