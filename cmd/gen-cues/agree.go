package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
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
	err = eachMultiplyAnnotated(dir, func(anns [][]attribution) {
		nArts++
		first := contentsOf(anns[0])
		for _, o := range anns[1:] {
			tp += matchCount(first, contentsOf(o))
			gold += len(first)
			other += len(o)
		}
	})
	return tp, gold, other, nArts, err
}

// boundaryAgreement measures how far the annotators agree on where a
// content runs when they agree on its cue: the gold annotator's
// attributions paired one to one, in order, with another annotator's
// whose cue overlaps theirs; of those pairs, how many contents pass the
// bench's half-and-half test and how many are the same bytes. The part of
// the annotators' disagreement that is boundaries rather than choice of
// cue, against which the stage's contents on a right cue are read.
func boundaryAgreement(dir string) (pairs, match, exact int, err error) {
	err = eachMultiplyAnnotated(dir, func(anns [][]attribution) {
		for _, o := range anns[1:] {
			used := make([]bool, len(o))
			for _, a := range anns[0] {
				for j, b := range o {
					if used[j] || !overlapsAny(a.cue, b.cue) {
						continue
					}
					used[j] = true
					pairs++
					if matchCount([][]text.Span{a.content}, [][]text.Span{b.content}) == 1 {
						match++
					}
					if slices.Equal(a.content, b.content) {
						exact++
					}
					break
				}
			}
		}
	})
	return pairs, match, exact, err
}

// eachMultiplyAnnotated calls f with the attributions that have a
// content, one list per annotator (the bench's gold annotator first), of
// every article of dir annotated twice or more.
func eachMultiplyAnnotated(dir string, f func(anns [][]attribution)) error {
	files, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return err
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
		files := byArt[name]
		if len(files) < 2 {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
		if err != nil {
			return err
		}
		off := byteOffsets(string(raw))
		var anns [][]attribution
		for _, fn := range files {
			b, err := os.ReadFile(fn)
			if err != nil {
				return err
			}
			atts, err := parseAnn(string(b), off)
			if err != nil {
				return fmt.Errorf("%s: %w", fn, err)
			}
			atts = slices.DeleteFunc(atts, func(a attribution) bool { return len(a.content) == 0 })
			anns = append(anns, atts)
		}
		f(anns)
	}
	return nil
}

func contentsOf(atts []attribution) [][]text.Span {
	out := make([][]text.Span, len(atts))
	for i, a := range atts {
		out[i] = a.content
	}
	return out
}

// overlapsAny reports whether a span of a overlaps a span of b.
func overlapsAny(a, b []text.Span) bool {
	for _, s := range b {
		if overlaps(a, s) {
			return true
		}
	}
	return false
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
