// Package dateline turns news articles into evidence-linked records:
// entities, quotes with speakers, CAMEO events, times, amounts, tone and
// commitments, each with the byte span of its evidence in the article text.
//
// The library face is Analyze for one article and Pipeline.RunBatch for many.
package dateline

import (
	"context"
	"sync"

	"dateline/amount"
	"dateline/commitment"
	"dateline/entity"
	"dateline/event"
	"dateline/ner"
	"dateline/quote"
	"dateline/syntax"
	"dateline/text"
	"dateline/timex"
	"dateline/tone"
)

// Article is what a source yields; see text.Article.
type Article = text.Article

// Version is the program version, set at build time with -ldflags.
var Version = "0.1.0-dev"

// DefaultStages returns the built-in stages in pipeline order.
func DefaultStages() []Stage {
	return []Stage{
		text.NewSegmenter(),
		ner.NewStage(), // first: the parser is told which words are people's names
		syntax.NewStage(),
		entity.NewStage(),
		quote.NewStage(),
		timex.NewStage(),
		commitment.NewStage(),
		event.NewDefaultStage(),
		amount.NewStage(),
		tone.NewStage(),
	}
}

var (
	defaultOnce     sync.Once
	defaultPipeline *Pipeline
	defaultErr      error
)

// DefaultPipeline is built once and shared: stages are read-only.
func DefaultPipeline() (*Pipeline, error) {
	defaultOnce.Do(func() { defaultPipeline, defaultErr = NewPipeline(DefaultStages()...) })
	return defaultPipeline, defaultErr
}

// Option changes how Analyze works.
type Option func(*options)

type options struct {
	pipeline *Pipeline
	view     ViewOptions
}

// WithPipeline analyses with p instead of the default pipeline.
func WithPipeline(p *Pipeline) Option { return func(o *options) { o.pipeline = p } }

// WithTokens includes the tokens array in the Analysis.
func WithTokens() Option { return func(o *options) { o.view.Tokens = true } }

// Analyze runs the pipeline over one article and returns its Analysis. On a
// stage error the Analysis holds what earlier stages made and the error is a
// *StageError.
func Analyze(ctx context.Context, a Article, opts ...Option) (Analysis, error) {
	var o options
	for _, f := range opts {
		f(&o)
	}
	p := o.pipeline
	if p == nil {
		var err error
		if p, err = DefaultPipeline(); err != nil {
			return Analysis{}, err
		}
	}
	doc, err := p.Run(ctx, a)
	return NewAnalysis(doc, o.view), err
}
