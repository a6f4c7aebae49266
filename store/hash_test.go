package store

import (
	"testing"
	"unicode/utf8"
)

func TestNormaliseText(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"spaces collapse", "a  b\t c", "a b c"},
		{"a single newline is a space", "line one\nline two", "line one line two"},
		{"blank lines are one paragraph break", "para one\n\n\n  \npara two", "para one\n\npara two"},
		{"CRLF paragraphs", "p1\r\n\r\np2", "p1\n\np2"},
		{"ends trimmed", "\n\n  text \n", "text"},
		{"non-breaking space is space", "a\u00a0b", "a b"},
		{"NFC", "cafe\u0301", "caf\u00e9"},
		{"empty", " \n\t ", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := NormaliseText(tc.in); got != tc.want {
				t.Errorf("NormaliseText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestContentHash(t *testing.T) {
	base := ContentHash("Title", "Body one.\n\nBody two.")
	for _, tc := range []struct {
		name        string
		title, text string
		same        bool
	}{
		{"rewrapped", "Title ", "Body\none.\n\n\nBody two.\n", true},
		{"title kept inside the text", "", "Title\n\nBody one.\n\nBody two.", true},
		{"another title", "Other", "Body one.\n\nBody two.", false},
		{"paragraphs joined", "Title", "Body one. Body two.", false},
		{"case differs", "Title", "body one.\n\nBody two.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ContentHash(tc.title, tc.text) == base; got != tc.same {
				t.Errorf("ContentHash(%q, %q) same as base = %v, want %v", tc.title, tc.text, got, tc.same)
			}
		})
	}
}

func TestEntityID(t *testing.T) {
	if EntityID("PERSON", "Ada  Lovelace") != EntityID("PERSON", "ada lovelace") {
		t.Error("EntityID differs by case and spacing; want the same entity")
	}
	if EntityID("PERSON", "Washington") == EntityID("GPE", "Washington") {
		t.Error("EntityID joins two types of one name; want them apart")
	}
}

func FuzzNormaliseText(f *testing.F) {
	for _, s := range []string{"", "a  b\n\nc", "\r\n\r\n x", "\xff\xfe", "e\u0301\u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := NormaliseText(s)
		if again := NormaliseText(n); again != n {
			t.Errorf("not idempotent: %q -> %q -> %q", s, n, again)
		}
		if utf8.ValidString(s) && !utf8.ValidString(n) {
			t.Errorf("valid input %q gave invalid output %q", s, n)
		}
	})
}
