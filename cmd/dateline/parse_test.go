package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// parse reads the files it is given, in order; it used to read stdin only
// and print nothing for a named file.
func TestParseReadsNamedFiles(t *testing.T) {
	dir := t.TempDir()
	sentence := func(id string, words ...string) string { return conlluSentence("", id, words...) }
	a, b := filepath.Join(dir, "a.conllu"), filepath.Join(dir, "b.conllu")
	os.WriteFile(a, []byte(sentence("a1", "The", "ferry", "sailed", ".")), 0o644)
	os.WriteFile(b, []byte(sentence("b1", "Workers", "painted", "the", "hall", ".")), 0o644)
	plain := filepath.Join(dir, "plain.txt")
	os.WriteFile(plain, []byte("The ferry sailed at dawn.\n"), 0o644)
	for _, tc := range []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"two files in order", []string{"parse", a, b}, 0, []string{"# sent_id = a1", "# sent_id = b1"}},
		{"a missing file is named", []string{"parse", filepath.Join(dir, "none.conllu")}, 1, []string{"none.conllu"}},
		// Plain text is the usual mistake: the error says what to run.
		{"plain text points to extract", []string{"parse", plain}, 1, []string{"want 10", "dateline extract --with tokens"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(context.Background(), tc.args, strings.NewReader(""), &out, &errb)
			got := out.String() + errb.String()
			if code != tc.code {
				t.Fatalf("exit %d, want %d; output %q", code, tc.code, got)
			}
			last := -1
			for _, w := range tc.want {
				i := strings.Index(got, w)
				if i <= last {
					t.Errorf("output lacks %q in order:\n%s", w, got)
				}
				last = i
			}
			if tc.code == 0 && !strings.Contains(got, "\tVERB\t") {
				t.Errorf("no word was tagged:\n%s", got)
			}
		})
	}
}

// conlluSentence writes one CoNLL-U sentence of gold tokens, opening a
// document when doc is not "".
func conlluSentence(doc, id string, words ...string) string {
	var b strings.Builder
	if doc != "" {
		b.WriteString("# newdoc id = " + doc + "\n")
	}
	b.WriteString("# sent_id = " + id + "\n")
	for i, w := range words {
		b.WriteString(strings.Join([]string{strconv.Itoa(i + 1), w, "_", "_", "_", "_", "_", "_", "_", "_"}, "\t") + "\n")
	}
	return b.String() + "\n"
}

// parse --names runs the ner stage over each whole document before the
// parse, as the pipeline does: a surname that is also a common noun is a
// proper noun where the document named the person in full before.
func TestParseNamesTagsTheDocumentsNames(t *testing.T) {
	in := conlluSentence("d1", "d1-1", "Senator", "Mark", "Price", "criticised", "the", "budget", "in", "Washington", ".") +
		conlluSentence("", "d1-2", "Price", "said", "the", "budget", "was", "too", "small", ".") +
		conlluSentence("d2", "d2-1", "The", "ferry", "sailed", "at", "noon", ".")
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"parse", "--names"}, strings.NewReader(in), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var ids []string
	price := 0
	for _, line := range strings.Split(out.String(), "\n") {
		if id, ok := strings.CutPrefix(line, "# sent_id = "); ok {
			ids = append(ids, id)
		}
		c := strings.Split(line, "\t")
		if len(c) != 10 || c[1] != "Price" {
			continue
		}
		price++
		if c[3] != "PROPN" || c[4] != "NNP" || c[2] != "Price" {
			t.Errorf("sentence %s: Price tagged %s/%s, lemma %s; want PROPN/NNP, Price", ids[len(ids)-1], c[3], c[4], c[2])
		}
	}
	if strings.Join(ids, " ") != "d1-1 d1-2 d2-1" || price != 2 {
		t.Errorf("sentences %v, %d words Price; want d1-1 d1-2 d2-1 and 2:\n%s", ids, price, out.String())
	}
}
