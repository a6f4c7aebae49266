package main

import (
	"dateline/internal/npmpack"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// senses maps a word to the lexicographer file ("supersense": 26
// noun.person, 28 noun.time, 32 verb.communication, …) of its most
// frequent noun sense and of its most frequent verb sense, -1 for none.
// The parser uses them as word classes: "said", "told" and "warned" share
// verb.communication, "Monday" and "week" noun.time, so what the treebank
// teaches about one word carries over to the others of its class.
type senses map[string]*[2]int

// readSenses reads index.noun and index.verb (whose synset offsets are in
// order of sense frequency), the lexicographer file of each first synset
// from data.noun and data.verb. The package has no exception lists
// (noun.exc, verb.exc): the parser finds "went" under "go" with the
// lemmatiser's exceptions learned from the treebank.
func readSenses(tgz string) (senses, error) {
	s := senses{}
	for k, pos := range []string{"noun", "verb"} {
		index, err := npmpack.ReadFile(tgz, "package/dict/index."+pos, 64<<20)
		if err != nil {
			return nil, err
		}
		data, err := npmpack.ReadFile(tgz, "package/dict/data."+pos, 64<<20)
		if err != nil {
			return nil, err
		}
		files, err := lexFiles(data)
		if err != nil {
			return nil, fmt.Errorf("%q data.%s: %w", tgz, pos, err)
		}
		if err := s.addIndex(index, files, k); err != nil {
			return nil, fmt.Errorf("%q index.%s: %w", tgz, pos, err)
		}
	}
	return s, nil
}

// lexFiles reads a data file: "offset lex_filenum ss_type …" per synset.
func lexFiles(src []byte) (map[string]int, error) {
	files := map[string]int{}
	err := dictLines(src, func(line string) error {
		f := strings.SplitN(line, " ", 3)
		if len(f) < 3 {
			return fmt.Errorf("short line %q", line)
		}
		n, err := strconv.Atoi(f[1])
		if err != nil || n < 0 || n > 99 {
			return fmt.Errorf("bad lexicographer file in line %q", line)
		}
		files[f[0]] = n
		return nil
	})
	if err == nil && len(files) == 0 {
		err = fmt.Errorf("no synsets")
	}
	return files, err
}

// addIndex gives each single word of an index file the lexicographer file
// of its first (most frequent) synset, in slot k (0 noun, 1 verb).
func (s senses) addIndex(src []byte, files map[string]int, k int) error {
	return dictLines(src, func(line string) error {
		f := strings.Fields(line)
		if len(f) < 6 {
			return fmt.Errorf("short line %q", line)
		}
		synsets, err1 := strconv.Atoi(f[2])
		ptrs, err2 := strconv.Atoi(f[3])
		first := 4 + ptrs + 2
		if err1 != nil || err2 != nil || synsets < 1 || first >= len(f) {
			return fmt.Errorf("bad counts in line %q", line)
		}
		file, ok := files[f[first]]
		if !ok {
			return fmt.Errorf("line %q: synset %s not in the data file", line, f[first])
		}
		if !strings.Contains(f[0], "_") {
			s.get(f[0])[k] = file
		}
		return nil
	})
}

func (s senses) get(w string) *[2]int {
	e := s[w]
	if e == nil {
		e = &[2]int{-1, -1}
		s[w] = e
	}
	return e
}

// write writes "word<TAB>noun<TAB>verb" lines, sorted; "-" for none.
func (s senses) write(w io.Writer) {
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	num := func(n int) string {
		if n < 0 {
			return "-"
		}
		return strconv.Itoa(n)
	}
	for _, k := range keys {
		e := s[k]
		fmt.Fprintf(w, "%s\t%s\t%s\n", k, num(e[0]), num(e[1]))
	}
}
