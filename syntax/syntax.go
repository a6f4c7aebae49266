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
	"io/fs"
	"runtime/debug"
	"sync"
)

//go:embed model
var modelFS embed.FS

// ModelPath is the embedded model's path inside modelFS.
const ModelPath = "model/syntax.model.gz"

// ErrNoModel is returned when the binary was built without a model.
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
		// Open, not ReadFile: ReadFile copies the file (17 MB) to the heap.
		f, err := modelFS.Open(ModelPath)
		if errors.Is(err, fs.ErrNotExist) {
			defaultErr = ErrNoModel
			return
		}
		if err != nil {
			defaultErr = err
			return
		}
		defer f.Close()
		// Decoding makes short-lived garbage several times the size of
		// the model's lasting tables; collecting it sooner keeps the peak
		// resident memory down (about 25 MB with the DLSYNTAX4 model).
		gc := debug.SetGCPercent(50)
		defaultModel, defaultErr = LoadModel(f, ModelPath)
		debug.SetGCPercent(gc)
	})
	return defaultModel, defaultErr
}
