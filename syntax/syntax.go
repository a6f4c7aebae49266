// Package syntax tags, lemmatises and parses English sentences: Universal
// Dependencies UPOS and Penn Treebank XPOS tags, lemmas, and labelled
// dependency trees.
//
// The tagger is a two-pass greedy averaged perceptron over word, affix,
// shape and tag-context features; lemmas come from suffix rules and an
// exception list learned from the treebank; the parser is a greedy
// arc-hybrid transition parser trained with a dynamic oracle, with a
// separate labeller that names each arc as it is made. All of it is one
// model trained by `dateline train syntax` from UD English EWT (see
// model/README.md), embedded in the binary and loaded once on first use.
package syntax

import (
	"embed"
	"errors"
	"strings"
	"sync"

	"dateline/internal/rodata"
)

//go:embed model
var modelFS embed.FS

// modelFile is the model's bytes (the same embedded data as modelFS's file:
// the linker keeps one copy), read straight from where they are mapped and
// given back once decoded.
//
//go:embed model/syntax.model.zst
var modelFile string

// ModelPath is the embedded model's path inside modelFS.
const ModelPath = "model/syntax.model.zst"

// ErrNoModel is returned when the binary was built with an empty model
// file: to build the trainer without a model, create an empty
// model/syntax.model.zst.
var ErrNoModel = errors.New("no syntax model embedded; run dateline train syntax")

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model, decoding it on first use. The model
// is shared and read-only.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		if modelFile == "" {
			defaultErr = ErrNoModel
			return
		}
		// The rows decoded before their tables are built, the load's
		// garbage, are kept outside the heap and unmapped at once
		// (perceptron.ReadCompact): GOGC is no longer lowered for the
		// load, which is process-wide and gave whatever other goroutines
		// decoded meanwhile (extract's preloading) more collections.
		defaultModel, defaultErr = LoadModel(strings.NewReader(modelFile), ModelPath)
		// The tables hold all of it now: its 16 MB of pages, read once,
		// need not count in the process's resident memory.
		rodata.Release(modelFile)
	})
	return defaultModel, defaultErr
}
