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
	sentence := func(id string, words ...string) string {
		var b strings.Builder
		b.WriteString("# sent_id = " + id + "\n")
		for i, w := range words {
			b.WriteString(strings.Join([]string{strconv.Itoa(i + 1), w, "_", "_", "_", "_", "_", "_", "_", "_"}, "\t") + "\n")
		}
		return b.String() + "\n"
	}
	a, b := filepath.Join(dir, "a.conllu"), filepath.Join(dir, "b.conllu")
	os.WriteFile(a, []byte(sentence("a1", "The", "ferry", "sailed", ".")), 0o644)
	os.WriteFile(b, []byte(sentence("b1", "Workers", "painted", "the", "hall", ".")), 0o644)
	for _, tc := range []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"two files in order", []string{"parse", a, b}, 0, []string{"# sent_id = a1", "# sent_id = b1"}},
		{"a missing file is named", []string{"parse", filepath.Join(dir, "none.conllu")}, 1, []string{"none.conllu"}},
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
