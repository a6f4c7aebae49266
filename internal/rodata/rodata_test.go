package rodata

import (
	_ "embed"
	"strings"
	"testing"
)

//go:embed doc.go
var embedded string

// TestReleaseKeepsContents: whatever memory s is in, Release changes
// nothing s holds; only where it is kept.
func TestReleaseKeepsContents(t *testing.T) {
	big := strings.Repeat("every page of this text stays readable. ", 1<<15)
	for _, tc := range []struct {
		name string
		s    string
	}{
		{"empty", ""},
		{"shorter than a page", "a few bytes"},
		{"embedded in the binary", embedded},
		{"a megabyte on the heap", big},
		{"a megabyte less a byte each end", big[1 : len(big)-1]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := strings.Clone(tc.s)
			Release(tc.s)
			if tc.s != want {
				t.Errorf("contents changed by Release (%d bytes)", len(tc.s))
			}
		})
	}
}
