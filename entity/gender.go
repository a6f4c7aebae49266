package entity

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"sync"

	"dateline/internal/gzfile"
)

//go:embed data/names.tsv.gz
var dataFS embed.FS

var (
	namesOnce sync.Once
	names     map[string]byte
	namesErr  error
)

// givenNames returns the table of given names and their gender ('m' or
// 'f'), decoding it on first use; it is shared read-only.
func givenNames() (map[string]byte, error) {
	namesOnce.Do(func() { names, namesErr = loadNames() })
	return names, namesErr
}

func loadNames() (map[string]byte, error) {
	const path = "data/names.tsv.gz"
	b, err := dataFS.ReadFile(path)
	if err != nil {
		return nil, err
	}
	zr, err := gzfile.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%q: %w", path, err)
	}
	m := make(map[string]byte, 1<<16)
	sc := bufio.NewScanner(zr)
	for line := 1; sc.Scan(); line++ {
		t := sc.Bytes()
		if len(t) == 0 || t[0] == '#' {
			continue
		}
		name, g, ok := bytes.Cut(t, []byte{'\t'})
		if !ok || len(g) != 1 || (g[0] != 'm' && g[0] != 'f') {
			return nil, fmt.Errorf("%q line %d: want name, tab, m or f; got %q", path, line, t)
		}
		m[string(name)] = g[0]
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%q: %w", path, err)
	}
	return m, nil
}

// genderOf is the usual gender of a person's given name: the first word of
// a name of two words or more ("Angela Merkel"), else 0.
func genderOf(words []string) byte {
	if len(words) < 2 {
		return 0
	}
	m, err := givenNames()
	if err != nil {
		return 0
	}
	return m[words[0]]
}
