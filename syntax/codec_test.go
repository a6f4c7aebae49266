package syntax

import (
	"bytes"
	"compress/gzip"
	"io"
	"slices"
	"testing"

	pc "dateline/internal/perceptron"
)

// tinyModel is a model with one tag and one relation and empty weights.
func tinyModel(t *testing.T) *Model {
	t.Helper()
	m := &Model{
		tags: []Tag{{"NOUN", "NN"}}, rels: []string{"root"},
		amb: map[uint64]uint64{}, dict: map[uint64]int32{},
		lemmas: &lemmatizer{except: map[uint64]string{}, rules: map[uint64]rule{}},
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
	m.finish()
	return m
}

// TestHeaderSaysWhetherTheParserUsesRetiredTemplates: a model trained
// with the retired parser templates must be parsed with them after a
// round trip through its file, and a newer one without them.
func TestHeaderSaysWhetherTheParserUsesRetiredTemplates(t *testing.T) {
	for _, tt := range []struct {
		retired bool
		header  string
	}{
		{false, "DLSYNTAX2\n"},
		{true, "DLSYNTAX1\n"},
	} {
		m := tinyModel(t)
		m.retired = tt.retired
		var b bytes.Buffer
		if err := m.Write(&b); err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		raw, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		if got := string(raw[:len(tt.header)]); got != tt.header {
			t.Errorf("retired=%v: header %q, want %q", tt.retired, got, tt.header)
		}
		m2, err := ReadModel(bytes.NewReader(b.Bytes()), "tiny")
		if err != nil {
			t.Fatal(err)
		}
		if m2.retired != tt.retired {
			t.Errorf("retired=%v: read back retired=%v", tt.retired, m2.retired)
		}
	}
}

// TestRetiredTemplatesAddFeatures: the retired templates come on top of
// the current ones, never instead of them.
func TestRetiredTemplatesAddFeatures(t *testing.T) {
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
	cur := parseFeatures(nil, &x, &s, false)
	all := parseFeatures(nil, &x, &s, true)
	const current, retired = 65, 48
	if len(cur) != current || len(all) != current+retired {
		t.Fatalf("got %d features, %d with the retired templates; want %d and %d", len(cur), len(all), current, current+retired)
	}
	for _, f := range cur {
		if !slices.Contains(all, f) {
			t.Errorf("feature %x is missing with the retired templates", f)
		}
	}
}
