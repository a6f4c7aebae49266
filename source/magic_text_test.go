package source

import "testing"

// Regression: a text file whose first letters are a short magic number
// ("BM" is BMP's) was refused as binary.
func TestTextStartingWithMagicNumber(t *testing.T) {
	for _, tc := range []struct {
		name   string
		in     string
		binary bool
	}{
		{"BMP letters starting a headline", "BMW shows a new car\n\nThe maker said on Monday it would build it.", false},
		{"GIF letters starting a sentence", "GIF87a is an old image format, the speaker said.", false},
		{"a real BMP header", "BM\x36\x00\x0c\x00\x00\x00\x00\x00\x36\x00\x00\x00\x28\x00", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, got := binaryKind([]byte(tc.in))
			if got != tc.binary {
				t.Errorf("binaryKind(%q) binary = %v, want %v", tc.in, got, tc.binary)
			}
		})
	}
}
