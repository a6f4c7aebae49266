package syntax

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzParse checks that any sequence of words gets a well-formed tree: one
// root, heads inside the sentence, no cycles, every field filled.
func FuzzParse(f *testing.F) {
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"The cat sat .", "“ Yes , ” she said — twice …", "a", "( ( ( ) ) ) \" \" ' '", "ÄÖÜ 12,5 % e-mail"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		s := &Sentence{Words: strings.Fields(in)}
		m.Parse(s)
		n := len(s.Words)
		roots := 0
		for i := 0; i < n; i++ {
			if s.UPOS[i] == "" || s.Rel[i] == "" {
				t.Fatalf("word %d %q: empty tag or relation", i, s.Words[i])
			}
			h := s.Head[i]
			if h == -1 {
				roots++
				continue
			}
			if h < 0 || h >= n || h == i {
				t.Fatalf("word %d: head %d out of range", i, h)
			}
			for k, steps := i, 0; k >= 0; k, steps = s.Head[k], steps+1 {
				if steps > n {
					t.Fatalf("word %d: cycle through heads %v", i, s.Head)
				}
			}
		}
		if n > 0 && roots != 1 {
			t.Fatalf("%d roots in %q", roots, s.Words)
		}
	})
}

// FuzzReadModel checks that a corrupt model file gives an error, not a panic.
func FuzzReadModel(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, in []byte) {
		ReadModel(bytes.NewReader(in), "fuzz")
	})
}
