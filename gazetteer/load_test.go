package gazetteer

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
	"testing/fstest"
)

func gzFS(t *testing.T, name, text string) fstest.MapFS {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(text)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return fstest.MapFS{name: {Data: b.Bytes()}}
}

// TestReadTable: rows are the lines that are neither empty nor comments,
// split at tabs; the room asked for covers them; a row of the wrong width
// is an error naming the file and the line.
func TestReadTable(t *testing.T) {
	fsys := gzFS(t, "t.tsv.gz", "# harbours\tof a test\nPortwick\tXA\n\nSaltmere\tXB\r\nLast\tXC")
	room := 0
	var got []string
	err := readTable(fsys, "t.tsv.gz", 2, func(n int) { room = n }, func(f []string) error {
		got = append(got, strings.Join(f, "|"))
		return nil
	})
	if want := "Portwick|XA Saltmere|XB Last|XC"; err != nil || strings.Join(got, " ") != want {
		t.Errorf("rows = %q, %v; want %q", got, err, want)
	}
	if room < len(got) {
		t.Errorf("room for %d rows, want at least %d", room, len(got))
	}
	err = readTable(gzFS(t, "bad.tsv.gz", "a\tb\nc\n"), "bad.tsv.gz", 2, nil, func([]string) error { return nil })
	if err == nil || !strings.Contains(err.Error(), `"bad.tsv.gz" line 2`) {
		t.Errorf("short row: got %v, want an error naming the file and line 2", err)
	}
	if err := readTable(fstest.MapFS{"x.gz": {Data: []byte("plain")}}, "x.gz", 1, nil, func([]string) error { return nil }); err == nil {
		t.Error("not gzip: got no error")
	}
}
