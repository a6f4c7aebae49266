package ner

import (
	"strings"
	"testing"
)

// TestFillASCIIAsFill checks the one-pass ASCII fill against the rune by
// rune one on words of every kind of byte: it fails if a case, a digit, a
// shape's repeats or its twelve-character cap, or a hyphen is read
// differently.
func TestFillASCIIAsFill(t *testing.T) {
	words := []string{
		"", "a", "A", "the", "The", "THE", "said", "McDonald's", "O'Neill",
		"1999", "3.5", "#", "$30m", "U.S.", "e-mail", "-", "--", "anti-", "-ish",
		"Coca-Cola", "x-ray", "2-1", "A4", "iPhone", "ABCdefGHIjklMNOpqrSTUvwxYZ0123",
		"a-b-c-d-e-f-g-h-i-j-k-l-m-n", "...", ",", "(", "\x00a", "a\x00", "\t",
		"Zz9.zZ", "9-11", "K-9", strings.Repeat("Ab1.", 10),
	}
	var b builder
	for _, w := range words {
		var got, want tokInfo
		b.fillASCII(&got, w)
		b.fillRunes(&want, w)
		if got != want {
			t.Errorf("fill %q: got %+v, want %+v", w, got, want)
		}
	}
}

// FuzzFillASCII compares the two fills on any ASCII word.
func FuzzFillASCII(f *testing.F) {
	f.Add("McDonald's")
	f.Add("e-mail")
	f.Fuzz(func(t *testing.T, w string) {
		if !isASCII(w) {
			return
		}
		var b builder
		var got, want tokInfo
		b.fillASCII(&got, w)
		b.fillRunes(&want, w)
		if got != want {
			t.Errorf("fill %q: got %+v, want %+v", w, got, want)
		}
	})
}
