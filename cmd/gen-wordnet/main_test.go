package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestLexiconOrdersClassesByUse(t *testing.T) {
	l := lexicon{}
	nouns := "  1 This software and database is being provided to you\nharbour n 2 3 @ ~ + 2 1 08654360 03488188  \ngive_up n 1 1 @ 1 0 00000001  \n"
	verbs := "harbour v 3 4 @ ~ $ + 3 2 02282125 01795788 00712708  \n"
	for _, src := range []string{nouns, verbs} {
		if err := l.add([]byte(src)); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	l.write(&b)
	if got, want := b.String(), "harbour\tvn\n"; got != want {
		t.Errorf("lexicon = %q, want %q (verb first: more tagged senses; collocations left out)", got, want)
	}
}

func TestLexiconRejectsBrokenLines(t *testing.T) {
	for _, line := range []string{"word n 1", "word x 1 0 1 0 00000001", "word n one 0 1 0 00000001"} {
		t.Run(line, func(t *testing.T) {
			if err := (lexicon{}).add([]byte(line + "\n")); err == nil || !strings.Contains(err.Error(), "line") {
				t.Errorf("add(%q) error = %v, want one naming the line", line, err)
			}
		})
	}
}
