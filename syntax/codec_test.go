package syntax

import (
	"bytes"
	"dateline/internal/gzfile"
	"io"
	"slices"
	"testing"

	pc "dateline/internal/perceptron"
	"dateline/internal/u64tab"
)

// tinyModel is a model with one tag and one relation and empty weights.
func tinyModel(t *testing.T) *Model {
	t.Helper()
	m := &Model{
		tags: []Tag{{"NOUN", "NN"}}, rels: []string{"root"},
		amb: u64tab.New[uint64](0), dict: u64tab.New[int32](0),
		lemmas: newLemmatizer(),
	}
	var err error
	if m.tagger, err = pc.NewTrainer(1).Model(pc.Options{}); err != nil {
		t.Fatal(err)
	}
	if m.parser, err = pc.NewTrainer(nActions).Model(pc.Options{}); err != nil {
		t.Fatal(err)
	}
	if m.labeler, err = pc.NewTrainer(1).Model(pc.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := m.finish(); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestHeaderSaysWhetherTheParserUsesAllTemplates: a model trained with
// all the parser templates must be parsed with them after a round trip
// through its file, and a fast one without the extra ones.
func TestHeaderSaysWhetherTheParserUsesAllTemplates(t *testing.T) {
	for _, tt := range []struct {
		all, senses  bool
		tagCl, parCl bool
		tagLex       bool
		header       string
	}{
		{false, false, false, false, false, "DLSYNTAX2\n"},
		{true, false, false, false, false, "DLSYNTAX1\n"},
		{true, true, false, false, false, "DLSYNTAX3\n"},
		{true, true, true, true, false, "DLSYNTAX4\n"},
		{true, false, true, false, false, "DLSYNTAX4\n"},
		{false, false, false, true, false, "DLSYNTAX4\n"},
		{true, true, false, false, true, "DLSYNTAX4\n"},
	} {
		m := tinyModel(t)
		m.allTemplates, m.senses = tt.all, tt.senses
		m.tagClusters, m.parseClusters, m.tagLex = tt.tagCl, tt.parCl, tt.tagLex
		var b bytes.Buffer
		if err := m.Write(&b); err != nil {
			t.Fatal(err)
		}
		zr, err := gzfile.NewModelReader(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		raw, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		if got := string(raw[:len(tt.header)]); got != tt.header {
			t.Errorf("all=%v: header %q, want %q", tt.all, got, tt.header)
		}
		m2, err := ReadModel(bytes.NewReader(b.Bytes()), "tiny")
		if err != nil {
			t.Fatal(err)
		}
		if m2.allTemplates != tt.all || m2.senses != tt.senses || m2.tagClusters != tt.tagCl || m2.parseClusters != tt.parCl || m2.tagLex != tt.tagLex {
			t.Errorf("all=%v senses=%v clusters=%v/%v taglex=%v: read back all=%v senses=%v clusters=%v/%v taglex=%v", tt.all, tt.senses, tt.tagCl, tt.parCl, tt.tagLex,
				m2.allTemplates, m2.senses, m2.tagClusters, m2.parseClusters, m2.tagLex)
		}
	}
}

// TestExtraTemplatesAddFeatures: the extra templates come on top of the
// fast parser's, never instead of them.
func TestExtraTemplatesAddFeatures(t *testing.T) {
	var x sent
	m := tinyModel(t)
	words := []string{"Dogs", "bark", "loudly", "."}
	ws := make([]word, len(words)+4)
	for i, w := range words {
		ws[i+2] = makeWord(w, i == 0)
	}
	m.setSent(&x, ws, make([]int32, len(words)))
	var s state
	s.reset(len(words))
	s.apply(shift, -1)
	s.apply(shift, -1)
	var v parseVec
	cur := m.parseFeatures(nil, &v, &x, &s)
	m.allTemplates = true
	if err := m.setTemplates(); err != nil {
		t.Fatal(err)
	}
	all := m.parseFeatures(nil, &v, &x, &s)
	const fast, extra = 65, 48
	if len(cur) != fast || len(all) != fast+extra {
		t.Fatalf("got %d features, %d with the extra templates; want %d and %d", len(cur), len(all), fast, fast+extra)
	}
	for _, f := range cur {
		if !slices.Contains(all, f) {
			t.Errorf("feature %x is missing with the extra templates", f)
		}
	}
}
