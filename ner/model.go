// Package ner finds the names in a document: people, organisations,
// places, nationalities and events.
//
// A greedy two-pass averaged perceptron tags tokens with CoNLL-2003's
// types in IOB2 (PER, ORG, LOC, MISC). Its features are the word, its lower
// case and shape, prefixes and suffixes, a window of two words either side,
// gazetteer phrases (package gazetteer) and their flags, how the same word
// is cased elsewhere in the document's running text (so that all-caps
// headlines can be read), and the tags already given. The second pass adds
// the first pass's tags around the token and how the first pass tagged the
// same word elsewhere in the document, so that one name is tagged alike
// throughout. It is trained on the first pass's output over held-out folds
// (jackknifing), so it sees the first pass's real mistakes.
//
// The stage (NewStage) then refines the coarse types with the gazetteer:
// countries, cities and states are GPE, nationalities NORP, buildings
// FAC, named wars, games and cups EVENT.
//
// The model is trained by `dateline train ner` from CoNLL-2003 (see
// model/README.md), embedded compressed and loaded once.
package ner

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"dateline/gazetteer"
	"dateline/internal/gzfile"
	"dateline/internal/perceptron"
	"dateline/internal/rodata"
	"dateline/text"
)

//go:embed model
var modelFS embed.FS

// modelFile is the model's bytes (the same embedded data as modelFS's file),
// read where they are mapped, not copied, and given back once decoded.
//
//go:embed model/ner.model.zst
var modelFile string

// ModelPath is the embedded model's path.
const ModelPath = "model/ner.model.zst"

// ErrNoModel is returned when the binary was built with an empty model
// file (to build the trainer without a model, create an empty one).
var ErrNoModel = errors.New("no NER model embedded; run dateline train ner")

const magic = "DLNER\x02"

// Model is a trained tagger: the local first pass and the document-aware
// second pass in one table (see nAll). It is read-only and safe for
// concurrent use.
type Model struct {
	m *perceptron.Model
}

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model, decoding it on first use.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		if modelFile == "" {
			defaultErr = ErrNoModel
			return
		}
		// Only scored with: no copy of its keys (1.2 MB).
		defaultModel, defaultErr = readModel(strings.NewReader(modelFile), ModelPath, perceptron.ReadCompact)
		rodata.Release(modelFile)
	})
	return defaultModel, defaultErr
}

// Write encodes the model, Zstandard-compressed (gzfile.NewModelWriter).
func (m *Model) Write(w io.Writer) error {
	zw, err := gzfile.NewModelWriter(w)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(zw, magic); err != nil {
		return err
	}
	if _, err := m.m.WriteTo(zw); err != nil {
		return err
	}
	return zw.Close()
}

// ReadModel decodes a model written by Write; name is used in errors.
func ReadModel(r io.Reader, name string) (*Model, error) {
	return readModel(r, name, perceptron.Read)
}

// readModel is ReadModel reading the table with read.
func readModel(r io.Reader, name string, read func(io.Reader, string) (*perceptron.Model, error)) (*Model, error) {
	zr, err := gzfile.NewModelReader(r)
	if err != nil {
		return nil, fmt.Errorf("%q: not a NER model file: %w", name, err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("%q: no NER model header", name)
	}
	var m Model
	if m.m, err = read(br, name); err != nil {
		return nil, err
	}
	if m.m.Classes() != nAll {
		return nil, fmt.Errorf("%q: model has %d classes, want %d", name, m.m.Classes(), nAll)
	}
	return &m, nil
}

// Tagger tags documents with a model. It holds buffers and so serves one
// goroutine at a time; a Stage pools them.
type Tagger struct {
	m   *Model
	g   *gazetteer.Gazetteer
	b   builder
	dc  decoder
	p1  []int
	out []int
	ss  []sentRange
	wc  *wordCache
	// margin is the score margin of a decision taken without the weak
	// features (earlyMargin; +Inf: none, every decision takes them all).
	margin float32
}

// NewTagger returns a tagger for m using the gazetteer g.
func NewTagger(m *Model, g *gazetteer.Gazetteer) *Tagger {
	return &Tagger{m: m, g: g, b: builder{tagger: true}, margin: earlyMargin}
}

// Tag returns the CoNLL-typed entities of d's tokens, and the class of
// every token (valid until the next call).
func (t *Tagger) Tag(d *text.Document) []Span {
	t.ss = sentencesOf(t.ss[:0], d)
	f := t.b.build(d, t.ss, t.g)
	n := len(d.Tokens)
	t.p1, t.out = grow(t.p1, n), grow(t.out, n)
	clear(t.p1)
	clear(t.out)
	if t.wc == nil {
		t.wc = new(wordCache)
	}
	rs := rowsFor(t.m.m)
	t.dc.lead = leadSums(t.m.m, t.margin)
	t.dc.precompute(t.m.m, rs, t.wc, d, f, t.ss)
	t.dc.passesRows(t.m.m, rs, f, t.ss, t.p1, t.out)
	return spans(t.out)
}

// sentencesOf lists d's sentences as token ranges, skipping any that is
// out of range or overlaps the one before.
func sentencesOf(dst []sentRange, d *text.Document) []sentRange {
	last := 0
	for si, s := range d.Sentences {
		if s.FirstToken >= last && s.FirstToken < s.EndToken && s.EndToken <= len(d.Tokens) {
			dst = append(dst, sentRange{s.FirstToken, s.EndToken, si})
			last = s.EndToken
		}
	}
	return dst
}
