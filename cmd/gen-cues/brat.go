package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"dateline/text"
)

// article is one text with the annotation file chosen for it.
type article struct{ name, ann string }

// articles lists the texts of a split with, for each, the annotation of
// the first annotator in sorted order (as the bench scorer chooses).
func articles(dir string) ([]article, error) {
	files, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no attributions/*.ann under %q", dir)
	}
	sort.Strings(files)
	seen := map[string]bool{}
	var out []article
	for _, f := range files {
		base := strings.TrimSuffix(filepath.Base(f), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i < 0 {
			continue
		}
		name := base[:i]
		if seen[name] {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, "text", name+".txt")); err != nil {
			continue
		}
		seen[name] = true
		out = append(out, article{name: name, ann: f})
	}
	return out, nil
}

// attribution is one E line: the cue, content and source spans, in bytes.
type attribution struct {
	cue, content, source []text.Span
}

// byteOffsets maps code-point offsets to byte offsets.
func byteOffsets(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

// parseAnn reads the T and E lines of a brat file. T offsets are code
// points; off converts them to bytes.
func parseAnn(s string, off []int) ([]attribution, error) {
	spans := map[string][]text.Span{}
	var rels [][]string
	for ln, line := range strings.Split(s, "\n") {
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		switch {
		case len(f) < 2:
		case strings.HasPrefix(f[0], "T"):
			typ, rest, ok := strings.Cut(f[1], " ")
			if !ok || typ == "Discuss" || typ == "Discard" {
				continue
			}
			var ss []text.Span
			for _, frag := range strings.Split(rest, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(frag), " ")
				x, err1 := strconv.Atoi(a)
				y, err2 := strconv.Atoi(b)
				if !ok || err1 != nil || err2 != nil || x < 0 || y < x || y >= len(off) {
					return nil, fmt.Errorf("line %d: bad span %q", ln+1, frag)
				}
				ss = append(ss, text.Span{Start: off[x], End: off[y]})
			}
			spans[f[0]] = ss
		case strings.HasPrefix(f[0], "E"):
			rels = append(rels, strings.Fields(f[1]))
		}
	}
	var out []attribution
	for _, args := range rels {
		var a attribution
		for _, arg := range args {
			role, id, _ := strings.Cut(arg, ":")
			switch {
			case role == "Cue":
				a.cue = spans[id]
			case strings.HasPrefix(role, "Content"):
				a.content = append(a.content, spans[id]...)
			case strings.HasPrefix(role, "Source"):
				a.source = append(a.source, spans[id]...)
			}
		}
		out = append(out, a)
	}
	return out, nil
}
