package syntax

import (
	"fmt"
	"os"
)

// keepParser returns the model at path with the tagger, lexicon and
// lemmatiser of m in place of its own: the tagger can be retrained
// without retraining the parser. The parser then sees better tags than
// those it learned from, and its decisions change only where the tags do,
// which keeps the parses that later stages were tuned on.
func keepParser(m *Model, path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("model to keep the parser of: %w", err)
	}
	defer f.Close()
	base, err := ReadModel(f, path)
	if err != nil {
		return nil, err
	}
	if len(base.tags) != len(m.tags) || len(base.rels) != len(m.rels) || base.rootRel != m.rootRel {
		return nil, fmt.Errorf("model %q: its tags or relations differ from the training treebank's", path)
	}
	for i := range m.tags {
		if base.tags[i] != m.tags[i] {
			return nil, fmt.Errorf("model %q: tag %d is %v, the treebank's is %v", path, i, base.tags[i], m.tags[i])
		}
	}
	for i := range m.rels {
		if base.rels[i] != m.rels[i] {
			return nil, fmt.Errorf("model %q: relation %d is %q, the treebank's is %q", path, i, base.rels[i], m.rels[i])
		}
	}
	base.tagger, base.tagger2, base.sureMargin = m.tagger, m.tagger2, m.sureMargin
	base.tagClusters, base.tagLex = m.tagClusters, m.tagLex
	base.amb, base.dict, base.lemmas = m.amb, m.dict, m.lemmas
	if err := base.finish(); err != nil {
		return nil, err
	}
	return base, nil
}
