package dateline

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"slices"

	"dateline/internal/ordered"
	"dateline/text"
)

// Stage is one pure step of analysis. Name carries a version ("quotes.v1")
// that records cite. Requires and Assigns name the Document fields a stage
// reads and fills ("tokens", "syntax", "entities", …); NewPipeline refuses a
// stage whose requirement no earlier stage assigns, and two stages that
// assign the same thing. Process does no I/O.
type Stage interface {
	Name() string
	Requires() []string
	Assigns() []string
	Process(ctx context.Context, doc *text.Document) error
}

// Pipeline runs stages in order over documents. It is safe for concurrent
// use: stages keep no per-document state.
type Pipeline struct {
	stages []Stage
}

// ErrRequirement is returned by NewPipeline when a stage needs what no
// earlier stage provides.
var ErrRequirement = errors.New("unmet stage requirement")

// NewPipeline checks that every stage's requirements are assigned by an
// earlier stage and that no two stages assign the same field.
func NewPipeline(stages ...Stage) (*Pipeline, error) {
	assigned := map[string]string{} // field -> stage that assigns it
	for _, s := range stages {
		for _, r := range s.Requires() {
			if _, ok := assigned[r]; !ok {
				return nil, fmt.Errorf("stage %s requires %q, which no earlier stage assigns: %w", s.Name(), r, ErrRequirement)
			}
		}
		for _, a := range s.Assigns() {
			if by, ok := assigned[a]; ok {
				return nil, fmt.Errorf("stage %s assigns %q, already assigned by %s", s.Name(), a, by)
			}
			assigned[a] = s.Name()
		}
	}
	return &Pipeline{stages: slices.Clone(stages)}, nil
}

// Stages returns the names of the pipeline's stages, in order.
func (p *Pipeline) Stages() []string {
	names := make([]string, len(p.stages))
	for i, s := range p.stages {
		names[i] = s.Name()
	}
	return names
}

// StageError names the article and the stage that failed on it.
type StageError struct {
	Article string // the article's id, or its origin when it has none
	Stage   string
	Err     error
}

func (e *StageError) Error() string {
	return fmt.Sprintf("article %q: stage %s: %v", e.Article, e.Stage, e.Err)
}

func (e *StageError) Unwrap() error { return e.Err }

// MaxAnalysedBytes is the longest text the stages are run on. A news
// article's text is rarely over 100 KB; a text file or page of megabytes
// is a book, a log or a whole site, and one document that large costs
// memory in proportion (the NER's features of every token at once: about
// 600 MB for 2 MB of text) and time more than in proportion (pronouns and
// nested cues are looked for among all of a document's mentions): 512 KB
// of BBC text run together cost 3.2 CPU s and 329 MB of peak memory in
// extract, 1 MB 8.3 s and 427 MB. Such an article is kept with its text,
// not analysed, and its error says why.
const MaxAnalysedBytes = 512 << 10

// ErrTooLong is the error of an article whose text is over
// MaxAnalysedBytes.
var ErrTooLong = errors.New("text too long to analyse")

// SizeStage is the stage a StageError names for an article over
// MaxAnalysedBytes, which no stage was run on.
const SizeStage = "size"

// Run processes one article. A stage that fails or panics yields a
// *StageError; the document returned holds what the earlier stages made.
// An article over MaxAnalysedBytes yields a *StageError wrapping
// ErrTooLong, and no stage runs on it.
func (p *Pipeline) Run(ctx context.Context, a text.Article) (*text.Document, error) {
	doc := text.NewDocument(a)
	name := a.ID
	if name == "" {
		name = a.Origin.String()
	}
	if len(a.Text) > MaxAnalysedBytes {
		err := fmt.Errorf("%w: %.1f MB, over the %d KiB limit (dateline.MaxAnalysedBytes)", ErrTooLong, float64(len(a.Text))/1e6, MaxAnalysedBytes>>10)
		return doc, &StageError{Article: name, Stage: SizeStage, Err: err}
	}
	for _, s := range p.stages {
		if err := ctx.Err(); err != nil {
			return doc, err
		}
		if err := runStage(ctx, s, doc); err != nil {
			return doc, &StageError{Article: name, Stage: s.Name(), Err: err}
		}
		doc.Stages = append(doc.Stages, s.Name())
	}
	return doc, nil
}

// runStage turns a panic into an error: one bad article must not stop a batch.
func runStage(ctx context.Context, s Stage, doc *text.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return s.Process(ctx, doc)
}

// Input is one item of a batch: an article, or the error a source met while
// reading one (which then flows through to the output in its place).
type Input struct {
	Article text.Article
	Err     error
}

// Result is one processed item: the document, or the error that stopped it
// (a source error or a *StageError). Doc is nil only for source errors.
type Result struct {
	Input
	Doc *text.Document
}

// RunBatch processes inputs with at most workers goroutines (0 means
// GOMAXPROCS) and calls emit with each result in input order. It stops early
// when emit returns an error or ctx is done, and returns that error.
func (p *Pipeline) RunBatch(ctx context.Context, inputs iter.Seq[Input], workers int, emit func(Result) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if err := ordered.Run(ctx, inputs, workers, p.process, emit); err != nil {
		return err
	}
	return ctx.Err()
}

func (p *Pipeline) process(ctx context.Context, in Input) Result {
	if in.Err != nil {
		return Result{Input: in}
	}
	doc, err := p.Run(ctx, in.Article)
	return Result{Input: Input{Article: in.Article, Err: err}, Doc: doc}
}
