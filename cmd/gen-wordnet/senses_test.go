package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestSensesTakeTheFirstSynsetsFile(t *testing.T) {
	data := "  1 licence text\n00000010 18 n 01 envoy 0 000 | a person\n00000020 14 n 01 envoy 0 000 | a group\n00000030 32 v 01 warn 0 000 | to say\n"
	files, err := lexFiles([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	s := senses{}
	// Index lines list synsets most frequent first: envoy's first is 18.
	if err := s.addIndex([]byte("envoy n 2 1 @ 2 1 00000010 00000020  \nspecial_envoy n 1 0 1 0 00000010  \n"), files, 0); err != nil {
		t.Fatal(err)
	}
	if err := s.addIndex([]byte("warn v 1 1 @ 1 1 00000030  \n"), files, 1); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	s.write(&b)
	if got, want := b.String(), "envoy\t18\t-\nwarn\t-\t32\n"; got != want {
		t.Errorf("senses = %q, want %q (first synset's file; collocations left out)", got, want)
	}
}

func TestSensesRejectBrokenLines(t *testing.T) {
	files := map[string]int{"00000010": 18}
	for _, tt := range []struct{ name, index string }{
		{"short line", "envoy n 1\n"},
		{"synset not in the data file", "envoy n 1 0 1 0 00000099\n"},
		{"bad counts", "envoy n one 0 1 0 00000010\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if err := (senses{}).addIndex([]byte(tt.index), files, 0); err == nil || !strings.Contains(err.Error(), "line") {
				t.Errorf("addIndex(%q) error = %v, want one naming the line", tt.index, err)
			}
		})
	}
	if _, err := lexFiles([]byte("00000010 xx n 01 envoy 0\n")); err == nil {
		t.Error("lexFiles with a bad file number: no error")
	}
}
