package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"dateline/text"
)

// agreement measures how well the annotators of a split agree on what
// was attributed, scored as the bench scores the stage: the annotator
// the bench takes as gold (the first in sorted order) against each other
// annotator of the same article, contents matched one to one when they
// share half of each other's bytes. It is the ceiling a content F1 on
// this corpus can be read against: a stage that agreed with the gold
// annotator as often as a second annotator does would score this.
func agreement(dir string) (tp, gold, other, nArts int, err error) {
	files, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return 0, 0, 0, 0, err
	}
	sort.Strings(files)
	byArt := map[string][]string{}
	var names []string
	for _, f := range files {
		base := strings.TrimSuffix(filepath.Base(f), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i < 0 {
			continue
		}
		if byArt[base[:i]] == nil {
			names = append(names, base[:i])
		}
		byArt[base[:i]] = append(byArt[base[:i]], f)
	}
	for _, name := range names {
		anns := byArt[name]
		if len(anns) < 2 {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
		if err != nil {
			return 0, 0, 0, 0, err
		}
		off := byteOffsets(string(raw))
		var contents [][][]text.Span
		for _, f := range anns {
			b, err := os.ReadFile(f)
			if err != nil {
				return 0, 0, 0, 0, err
			}
			atts, err := parseAnn(string(b), off)
			if err != nil {
				return 0, 0, 0, 0, fmt.Errorf("%s: %w", f, err)
			}
			var cs [][]text.Span
			for _, a := range atts {
				if len(a.content) > 0 {
					cs = append(cs, a.content)
				}
			}
			contents = append(contents, cs)
		}
		nArts++
		for _, o := range contents[1:] {
			tp += matchCount(contents[0], o)
			gold += len(contents[0])
			other += len(o)
		}
	}
	return tp, gold, other, nArts, nil
}

// matchCount pairs contents of a and b one to one, best overlap first
// (Dice of their bytes), a pair counting when its shared bytes are half
// of each side or more; it returns the number of pairs.
func matchCount(a, b [][]text.Span) int {
	type pair struct {
		dice float64
		i, j int
	}
	var ps []pair
	for i, x := range a {
		for j, y := range b {
			ov, sx, sy := 0, spansLen(x), spansLen(y)
			for _, s := range x {
				for _, t := range y {
					ov += max(0, min(s.End, t.End)-max(s.Start, t.Start))
				}
			}
			if ov > 0 && 2*ov >= sx && 2*ov >= sy {
				ps = append(ps, pair{2 * float64(ov) / float64(sx+sy), i, j})
			}
		}
	}
	sort.SliceStable(ps, func(p, q int) bool { return ps[p].dice > ps[q].dice })
	usedA, usedB := map[int]bool{}, map[int]bool{}
	n := 0
	for _, p := range ps {
		if !usedA[p.i] && !usedB[p.j] {
			usedA[p.i], usedB[p.j] = true, true
			n++
		}
	}
	return n
}

func spansLen(ss []text.Span) int {
	n := 0
	for _, s := range ss {
		n += s.Len()
	}
	return n
}
