package main

import (
	"bytes"
	"strings"
	"testing"
)

const tagsJS = `/**
 * @type {Array<string>}
 */
export const tags = [
  'NN',
  'JJ',
  'VB',
  'NNP',
  'PRP$',
` + "  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n  'x',\n]\n"

func TestParseReadsNumbersListsAndQuotedWords(t *testing.T) {
	words := `export const words = {
  timber: [0, 2],
  'A.D.': 3,
  'AC\\/DC': 3,
  'don\'t': 2,
  your: [4, 99],
}
`
	lex, err := parse([]byte(tagsJS), []byte(words))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	write(&b, lex)
	// The lexicon writes "/" as the Penn Treebank did, `\/` (JavaScript's
	// 'AC\\/DC'); text has "/".
	want := "A.D.\tNNP\nAC/DC\tNNP\ndon't\tVB\ntimber\tNN VB\nyour\tPRP$\n"
	if b.String() != want {
		t.Errorf("lexicon =\n%s\nwant (escapes undone, the tag past the list's end left out)\n%s", b.String(), want)
	}
}

func TestParseRejectsTooManyBadNumbers(t *testing.T) {
	words := "export const words = {\n" + strings.Repeat("  w: [0, 999],\n", 11) + "}\n"
	if _, err := parse([]byte(tagsJS), []byte(words)); err == nil || !strings.Contains(err.Error(), "line 12") {
		t.Errorf("parse error = %v, want one naming line 12", err)
	}
}
