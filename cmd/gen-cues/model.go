package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"dateline/entity"
	"dateline/ner"
	"dateline/quote"
	"dateline/syntax"
	"dateline/text"
)

// doc is what the cue model learns from in one article: the reportable
// cues the stage finds, labelled against the article's attributions, and
// what the stage's quotations already score there.
type doc struct {
	Cands []cand
	Gold  int // attributions annotated
	TP0   int // attributions whose content a quotation of the stage matches
	P0    int // quotations the stage makes
}

// cand is one reportable cue: its features, the attribution its content
// matches (-1: none) and the candidates whose content holds its cue.
type cand struct {
	Feats  []string
	Gold   int
	Bar    bool // the lexicon bar reports it
	CueHit bool // an attribution has its cue on the token, whatever its content
	// SpeakerOK: the attribution its content matches has a source that
	// one of the spans naming the cue's subject overlaps.
	SpeakerOK bool
	Inside    []int
	Group     int // the cue: candidates of one cue are ends of its content, one at most kept
	// Content is the candidate's content; of cues with the same content
	// the stage keeps the likeliest. Score is the lexicon's.
	Content text.Span
	Score   float64
}

// extract parses every article with the stages the quote stage needs
// (segment, ner, syntax, entities) and lists its reportable cues. cache,
// when set, keeps the result between runs of the trainer: parsing is the
// slow part, and the features only change with the code.
func extract(dir, cache string) ([]doc, error) {
	if cache != "" {
		if docs, err := readCache(cache); err == nil {
			return docs, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	lex, err := quote.DefaultLexicon()
	if err != nil {
		return nil, err
	}
	arts, err := articles(dir)
	if err != nil {
		return nil, err
	}
	stages := []interface {
		Process(context.Context, *text.Document) error
	}{text.NewSegmenter(), ner.NewStage(), syntax.NewStage(), entity.NewStage()}
	ctx := context.Background()
	var docs []doc
	for _, a := range arts {
		raw, err := os.ReadFile(filepath.Join(dir, "text", a.name+".txt"))
		if err != nil {
			return nil, err
		}
		ann, err := os.ReadFile(a.ann)
		if err != nil {
			return nil, err
		}
		atts, err := parseAnn(string(ann), byteOffsets(string(raw)))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.ann, err)
		}
		d := text.NewDocument(text.Article{ID: a.name, Text: string(raw)})
		for _, s := range stages {
			if err := s.Process(ctx, d); err != nil {
				return nil, fmt.Errorf("%s: %w", a.name, err)
			}
		}
		docs = append(docs, label(d, atts, lex))
	}
	if cache != "" {
		if err := writeCache(cache, docs); err != nil {
			return nil, err
		}
	}
	return docs, nil
}

// label matches the stage's candidates in d against the attributions:
// first the quotations (one attribution each), then each candidate to the
// attribution its content matches best among those left.
func label(d *text.Document, atts []attribution, lex *quote.Lexicon) doc {
	cs, quoted, used := quote.ReportedCandidates(d, lex, true)
	out := doc{Gold: len(atts), P0: len(quoted)}
	taken := make([]bool, len(atts))
	for _, q := range quoted {
		if g := bestMatch([]text.Span{q}, atts, taken); g >= 0 {
			taken[g] = true
			out.TP0++
		}
	}
	kept := cs[:0]
next:
	for _, c := range cs {
		for _, u := range used {
			if u.Holds(c.Tok) {
				continue next // inside a quotation's cue: never reported
			}
		}
		kept = append(kept, c)
	}
	for i, c := range kept {
		x := cand{Group: c.Cue, Content: c.Content, Score: c.Score, Feats: c.Features, Bar: c.Bar, Gold: bestMatch([]text.Span{c.Content}, atts, taken)}
		for _, a := range atts {
			x.CueHit = x.CueHit || overlaps(a.cue, d.Tokens[c.Tok].Span)
		}
		if x.Gold >= 0 {
			for _, s := range c.Speaker {
				x.SpeakerOK = x.SpeakerOK || overlaps(atts[x.Gold].source, s)
			}
		}
		for j := range kept {
			if j != i && kept[j].Cue != c.Cue && kept[j].Holds(c.Tok) {
				x.Inside = append(x.Inside, j)
			}
		}
		out.Cands = append(out.Cands, x)
	}
	return out
}

// bestMatch returns the attribution not taken whose content shares at
// least half of its bytes and half of the span's with s (the bench's test,
// in bytes rather than words), the largest share first; -1 when none.
func bestMatch(s []text.Span, atts []attribution, taken []bool) int {
	best, bestDice := -1, 0.0
	size := 0
	for _, x := range s {
		size += x.Len()
	}
	for i, a := range atts {
		if taken[i] {
			continue
		}
		ov, gs := 0, 0
		for _, g := range a.content {
			gs += g.Len()
			for _, x := range s {
				ov += max(0, min(g.End, x.End)-max(g.Start, x.Start))
			}
		}
		if gs == 0 || size == 0 || 2*ov < gs || 2*ov < size {
			continue
		}
		if dice := 2 * float64(ov) / float64(gs+size); dice > bestDice {
			best, bestDice = i, dice
		}
	}
	return best
}

func readCache(path string) ([]doc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("cache %q: %w", path, err)
	}
	var docs []doc
	if err := gob.NewDecoder(zr).Decode(&docs); err != nil {
		return nil, fmt.Errorf("cache %q: %w", path, err)
	}
	return docs, nil
}

func writeCache(path string, docs []doc) error {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if err := gob.NewEncoder(zw).Encode(docs); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// indexFeatures numbers the features seen in at least minCount
// candidates of docs, in sorted order.
func indexFeatures(docs []doc, minCount int) ([]string, map[string]int32) {
	n := map[string]int{}
	for _, d := range docs {
		for _, c := range d.Cands {
			for _, f := range c.Feats {
				n[f]++
			}
		}
	}
	var names []string
	for f, k := range n {
		if k >= minCount {
			names = append(names, f)
		}
	}
	slices.Sort(names)
	idx := make(map[string]int32, len(names))
	for i, f := range names {
		idx[f] = int32(i)
	}
	return names, idx
}
