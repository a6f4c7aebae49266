package syntax

import (
	"bytes"
	"compress/gzip"
	"testing"
)

func gzipText(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestDecodeSensesLines: each line is word, noun file, verb file; "-" or
// anything but a number below 100 is no sense; comments and lines of
// another shape are skipped; a missing final newline loses nothing.
func TestDecodeSensesLines(t *testing.T) {
	lex, err := decodeSenses(gzipText(t, "# a comment\tline\tx\n"+
		"harbour\t15\t-\n"+
		"sail\t6\t38\n"+
		"Drift\t-\t40\n"+
		"oddity\t100\tx7\n"+
		"two\tfields\n"+
		"four\t1\t2\t3\n"+
		"\n"+
		"moor\t0\t35"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		word string
		want uint16
	}{
		{"harbour", 16},
		{"sail", 7 | 39<<8},
		{"drift", 41 << 8},
		{"oddity", 0},
		{"moor", 1 | 36<<8},
	} {
		if got := lex.Value(lowerKey(tt.word)); got != tt.want {
			t.Errorf("senses of %q = %#x, want %#x", tt.word, got, tt.want)
		}
	}
	if lex.Len() != 5 {
		t.Errorf("got %d words, want 5 (comment and misshapen lines skipped)", lex.Len())
	}
}

// TestDecodeWordnetLines: each line is word, class list; the lists are
// numbered in the order first met.
func TestDecodeWordnetLines(t *testing.T) {
	lex, classes, err := decodeWordnet(gzipText(t, "# comment\tnv\nanchor\tnv\nswiftly\tr\nkeel\tnv\nno tab here\nMast\tn"))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"nv", "r", "n"}; len(classes) != len(want) || classes[0] != want[0] || classes[1] != want[1] || classes[2] != want[2] {
		t.Errorf("classes = %q, want %q", classes, want)
	}
	for _, tt := range []struct {
		word string
		want uint8
	}{{"anchor", 1}, {"swiftly", 2}, {"keel", 1}, {"mast", 3}} {
		if got := lex.Value(lowerKey(tt.word)); got != tt.want {
			t.Errorf("class id of %q = %d, want %d", tt.word, got, tt.want)
		}
	}
	if lex.Len() != 4 {
		t.Errorf("got %d words, want 4", lex.Len())
	}
}
