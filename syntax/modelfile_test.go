package syntax

import (
	"strings"
	"testing"
)

// The embedded model is a Zstandard file (gzfile.NewModelWriter): every
// process decodes it at start-up, and inflating it as gzip cost four
// times the instructions for a larger file.
func TestEmbeddedModelIsZstandard(t *testing.T) {
	if !strings.HasPrefix(modelFile, "\x28\xb5\x2f\xfd") {
		t.Fatalf("%s starts %q: not a Zstandard file", ModelPath, modelFile[:min(4, len(modelFile))])
	}
}
