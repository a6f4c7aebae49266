package syntax

import (
	"testing"

	pc "dateline/internal/perceptron"
)

func TestHashesEqualPerceptrons(t *testing.T) {
	vals := []uint64{0, 1, 99, 1 << 20, 0x9e3779b97f4a7c15, 1<<64 - 1}
	for tpl := range 256 {
		for _, a := range vals {
			for _, b := range vals {
				c, d := a^b+7, a*3+b
				if got, want := hash1(uint8(tpl), a), pc.Hash1(uint64(tpl), a); got != want {
					t.Fatalf("hash1(%d, %d) = %x, want %x", tpl, a, got, want)
				}
				if got, want := hash2(uint8(tpl), a, b), pc.Hash2(uint64(tpl), a, b); got != want {
					t.Fatalf("hash2(%d, %d, %d) = %x, want %x", tpl, a, b, got, want)
				}
				if got, want := hash3(uint8(tpl), a, b, c), pc.Hash3(uint64(tpl), a, b, c); got != want {
					t.Fatalf("hash3(%d, %d, %d, %d) = %x, want %x", tpl, a, b, c, got, want)
				}
				if got, want := hash4(uint8(tpl), a, b, c, d), pc.Hash4(uint64(tpl), a, b, c, d); got != want {
					t.Fatalf("hash4(%d, %d, %d, %d, %d) = %x, want %x", tpl, a, b, c, d, got, want)
				}
			}
		}
	}
}
