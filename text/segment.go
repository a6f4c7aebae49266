package text

import "context"

// Segmenter is the first stage: paragraphs, sentences and tokens.
// STUB: replaced by the real tokenizer and sentence splitter.
type Segmenter struct{}

// NewSegmenter returns the segmentation stage.
func NewSegmenter() *Segmenter { return &Segmenter{} }

func (*Segmenter) Name() string       { return "segment.v1" }
func (*Segmenter) Requires() []string { return nil }
func (*Segmenter) Assigns() []string  { return []string{"paragraphs", "sentences", "tokens"} }

func (*Segmenter) Process(ctx context.Context, d *Document) error {
	d.Sentences = []Sentence{{Span: Span{0, len(d.Text)}}}
	return nil
}
