// Package ingest is the ingest loop as a library: sources → language →
// pipeline → store, with bounded concurrency.
//
// It is idempotent and resumable because the store is: every article is
// written in one transaction keyed by its content hash, so a run killed at
// any moment leaves whole articles or none, and running it again skips
// (cheaply, by hash) what is stored and finishes the rest. Failures of one
// input become error records in the store; the run goes on.
package ingest

import (
	"context"
	"dateline/internal/ordered"
	"dateline/internal/ticker"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"slices"
	"sync/atomic"
	"time"

	"dateline"
	"dateline/dedup"
	"dateline/source"
	"dateline/store"
	"dateline/text"
)

// DefaultBatchSize is the most articles a batch commits when
// Options.BatchSize is 0. A commit writes to SQLite's log every page the
// batch changed, and several indexes have random keys (an entity's id, its
// name key, an article's hash), so a batch changes their pages all over:
// near the end of a BBC ingest a batch of 64 changed 1,639 pages, about
// 1,300 of them such index pages, and one of 128 changes hardly more of
// them (2,209 pages). 128 instead of 64: the store writes 21% fewer
// bytes, its share of an ingest's CPU profile 12.0% -> 11.3% (medians of
// 8 pairs), peak RSS about 5 MB more (store/sqlite/README.md).
const DefaultBatchSize = 128

// Options configure Run. The zero value works.
type Options struct {
	// Workers is the number of articles analysed at once; 0 means one per
	// CPU.
	Workers int
	// Pipeline analyses articles; nil means dateline.DefaultPipeline.
	Pipeline *dateline.Pipeline
	// Languages are the ISO 639-1 codes the stages analyse; other articles
	// are stored with their language and metadata, not analysed. Nil means
	// English only. An article whose language cannot be told is analysed.
	Languages []string
	// DetectLanguage names the language of an article that does not say
	// (source.DetectLanguage is the one the CLI uses); nil leaves such
	// articles without a language, and they are analysed.
	DetectLanguage func(text string) string
	// StoryWindow is the near-duplicate index's window (see dedup.Index);
	// 0 means dedup.DefaultWindow.
	StoryWindow int
	// BatchSize is the most articles written in one transaction, and
	// BatchDelay the longest an analysed article waits for its batch to
	// fill (0: DefaultBatchSize articles, 1s). Each article is still
	// written whole or not at all; a crash loses at most one batch, which a
	// re-run redoes.
	BatchSize  int
	BatchDelay time.Duration
	// Progress, when set, is called every ProgressEvery (default 1s) and
	// once at the end, from a goroutine of its own.
	Progress      func(Progress)
	ProgressEvery time.Duration
	// Logger receives one line per input error; nil discards them.
	Logger *slog.Logger
}

// Validate names the field at fault.
func (o Options) Validate() error {
	switch {
	case o.Workers < 0:
		return fmt.Errorf("ingest: Options.Workers %d: want 0 (one per CPU) or more", o.Workers)
	case o.ProgressEvery < 0:
		return fmt.Errorf("ingest: Options.ProgressEvery %v: want 0 (1s) or more", o.ProgressEvery)
	case o.BatchSize < 0:
		return fmt.Errorf("ingest: Options.BatchSize %d: want 0 (%d) or more", o.BatchSize, DefaultBatchSize)
	case o.BatchDelay < 0:
		return fmt.Errorf("ingest: Options.BatchDelay %v: want 0 (1s) or more", o.BatchDelay)
	}
	return nil
}

// Progress counts what a run has done so far.
type Progress struct {
	Read        int64 // articles and input errors read from the sources
	Stored      int64 // new articles stored
	Known       int64 // articles already stored: an earlier run or an exact duplicate
	NewSources  int64 // of Known: a source not recorded before (a duplicate input)
	NotAnalysed int64 // of Stored: kept without analysis (their language)
	Failed      int64 // of Stored: a stage failed; the error is kept with the article
	InputErrors int64 // inputs that could not be read
	Pending     int64 // analysed, waiting for their batch to be committed
	Elapsed     time.Duration
}

// Done is the number of inputs finished: stored, known or failed to read.
func (p Progress) Done() int64 { return p.Stored + p.Known + p.InputErrors }

// Errors counts stage and input errors.
func (p Progress) Errors() int64 { return p.Failed + p.InputErrors }

// PerSecond is the rate of finished inputs.
func (p Progress) PerSecond() float64 {
	if p.Elapsed <= 0 {
		return 0
	}
	return float64(p.Done()) / p.Elapsed.Seconds()
}

type counters struct {
	read, stored, known, newSources, notAnalysed, failed, inputErrors, pending atomic.Int64
	start                                                                      time.Time
}

func (c *counters) snapshot() Progress {
	return Progress{Read: c.read.Load(), Stored: c.stored.Load(), Known: c.known.Load(),
		NewSources: c.newSources.Load(), NotAnalysed: c.notAnalysed.Load(), Failed: c.failed.Load(),
		InputErrors: c.inputErrors.Load(), Pending: c.pending.Load(), Elapsed: time.Since(c.start)}
}

// job is one item read from a source; result is what a worker made of it.
type job struct {
	art  text.Article
	hash string
	err  error  // the source could not read this input
	name string // the input, for messages
	// dup: an earlier input of this run has the same content hash and is
	// not stored yet; this one is not analysed, only its source is added
	// once that copy is stored (writer.settle).
	dup bool
}

type result struct {
	job
	analysis dateline.Analysis
	analysed bool
	stageErr *dateline.StageError
	sketch   dedup.Sketch
	skip     bool // cancelled mid-analysis: not stored, a re-run does it
}

// Run reads every source and stores what it reads. It returns the final
// counts and a non-nil error only when the run could not go on (the store
// failed, or ctx was cancelled); per-input failures are error records.
func Run(ctx context.Context, st store.Store, sources []source.Source, opt Options) (Progress, error) {
	if err := opt.Validate(); err != nil {
		return Progress{}, err
	}
	r, err := newRunner(ctx, st, opt)
	if err != nil {
		return Progress{}, err
	}
	stopProgress := r.reportProgress()
	var prodErr error
	w := r.startWriter()
	err = ordered.Run(ctx, r.jobs(ctx, sources, &prodErr), r.workers, r.work, w.send)
	if werr := w.close(); err == nil {
		err = werr
	}
	final := r.c.snapshot()
	stopProgress(final)
	switch {
	case err != nil:
		return final, err
	case prodErr != nil:
		return final, prodErr
	}
	return final, ctx.Err()
}

type runner struct {
	st        store.Store
	opt       Options
	pipe      *dateline.Pipeline
	workers   int
	languages []string
	detect    func(string) string
	index     *dedup.Index
	log       *slog.Logger
	c         counters
	flight    inFlight
	// writeCtx outlives a cancelled run: a write that started finishes (it
	// is one transaction either way) instead of failing half-reported.
	writeCtx context.Context
}

func newRunner(ctx context.Context, st store.Store, opt Options) (*runner, error) {
	r := &runner{st: st, opt: opt, pipe: opt.Pipeline, workers: opt.Workers, languages: opt.Languages,
		detect: opt.DetectLanguage, log: opt.Logger, writeCtx: context.WithoutCancel(ctx)}
	r.c.start = time.Now()
	if r.pipe == nil {
		p, err := dateline.DefaultPipeline()
		if err != nil {
			return nil, fmt.Errorf("ingest: build the default pipeline: %w", err)
		}
		r.pipe = p
	}
	if r.workers == 0 {
		r.workers = runtime.GOMAXPROCS(0)
	}
	if r.languages == nil {
		r.languages = []string{"en"}
	}
	if r.log == nil {
		r.log = slog.New(slog.DiscardHandler)
	}
	window := opt.StoryWindow
	if window <= 0 {
		window = dedup.DefaultWindow
	}
	r.index = dedup.NewIndex(window)
	if err := r.restoreIndex(ctx, 2*window); err != nil {
		return nil, err
	}
	return r, nil
}

// restoreIndex puts the latest stored articles back in the near-duplicate
// index, so a resumed run groups new articles as an uninterrupted one would.
func (r *runner) restoreIndex(ctx context.Context, n int) error {
	err := r.st.RecentSketches(ctx, n, func(id, group string, b []byte) error {
		var s dedup.Sketch
		if err := s.UnmarshalBinary(b); err != nil {
			return nil // made by another version: that article is not matched again
		}
		r.index.Restore(id, group, s)
		return nil
	})
	if err != nil {
		return fmt.Errorf("ingest: rebuild the near-duplicate index: %w", err)
	}
	return nil
}

// work runs on a worker goroutine: language, analysis, sketch.
func (r *runner) work(ctx context.Context, j job) result {
	res := result{job: j}
	if j.err != nil {
		return res
	}
	if j.dup {
		return res
	}
	a := j.art
	if a.Language == "" && r.detect != nil {
		a.Language = r.detect(a.Text)
	}
	res.analysed = a.Language == "" || slices.Contains(r.languages, a.Language)
	doc := text.NewDocument(a)
	if res.analysed {
		var err error
		doc, err = r.pipe.Run(ctx, a)
		if ctx.Err() != nil {
			return result{job: j, skip: true}
		}
		if err != nil {
			if !errors.As(err, &res.stageErr) {
				res.stageErr = &dateline.StageError{Article: j.name, Err: err}
			}
		}
	}
	res.analysis = dateline.NewAnalysis(doc, dateline.ViewOptions{})
	res.sketch = dedup.SketchOf(a.Text)
	return res
}

// keepInputError records an input that could not be read.
func (r *runner) keepInputError(res result) error {
	r.c.inputErrors.Add(1)
	r.log.Warn("input failed", "input", res.name, "err", res.err)
	err := r.st.PutError(r.writeCtx, store.ErrorRecord{Input: res.name, Message: res.err.Error(), Time: time.Now()})
	if err != nil {
		return fmt.Errorf("ingest: keep the error of %s: %w", res.name, err)
	}
	return nil
}

// record turns an analysed article into what the store writes; it runs in
// input order, so story groups go to the earliest copy.
func (r *runner) record(res result) store.Record {
	id := store.ArticleID(res.hash)
	group, _ := r.index.AddSketch(id, res.sketch)
	sketch, _ := res.sketch.MarshalBinary()
	rec := store.Record{Analysis: res.analysis, Hash: res.hash, Analysed: res.analysed && res.stageErr == nil,
		Source: sourceOf(res.job), StoryGroup: group, Sketch: sketch}
	if se := res.stageErr; se != nil {
		r.log.Warn("stage failed", "input", res.name, "stage", se.Stage, "err", se.Err)
		rec.Err = &store.ErrorRecord{Input: res.name, Stage: se.Stage, Message: se.Err.Error(), Time: time.Now()}
	}
	return rec
}

// count adds a written batch to the progress counts.
func (r *runner) count(batch []result, out []store.PutResult) {
	for i, o := range out {
		switch {
		case !o.Created:
			r.c.known.Add(1)
			if o.NewSource {
				r.c.newSources.Add(1)
			}
		default:
			r.c.stored.Add(1)
			if !batch[i].analysed {
				r.c.notAnalysed.Add(1)
			}
			if batch[i].stageErr != nil {
				r.c.failed.Add(1)
			}
		}
	}
}

// reportProgress calls opt.Progress on a ticker; the returned func stops it
// and reports the final counts.
func (r *runner) reportProgress() func(final Progress) {
	if r.opt.Progress == nil {
		return func(Progress) {}
	}
	stop := ticker.Every(r.opt.ProgressEvery, func() { r.opt.Progress(r.c.snapshot()) })
	return func(final Progress) {
		stop()
		r.opt.Progress(final)
	}
}

func sourceOf(j job) store.Source {
	return store.Source{Input: j.name, ItemID: j.art.ID, URL: j.art.URL}
}
