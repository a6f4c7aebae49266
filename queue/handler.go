package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"dateline"
	"dateline/store"
	"dateline/text"
)

// Analyser is the Handler of dateline worker: it does for one job what a
// local ingest does for one article (language, analysis, one transaction
// in the store), so a database filled by workers holds what one filled by
// `dateline ingest` would.
type Analyser struct {
	Store store.Store
	// Pipeline analyses articles; nil means dateline.DefaultPipeline.
	Pipeline *dateline.Pipeline
	// Languages the stages analyse (nil: English only); DetectLanguage
	// names an article's language when the job does not.
	Languages      []string
	DetectLanguage func(text string) string
	// MaxRetryWait caps the pause between tries of a store that is
	// unavailable (0: 30s). While it is down the job is held, not failed:
	// an outage is not the article's fault and must not dead-letter it.
	MaxRetryWait time.Duration
	// SourceWait is how long a source job waits for its article to be
	// stored before the attempt fails (0: 5s; negative: not at all).
	SourceWait time.Duration
	Logger     *slog.Logger
}

// Outcomes the Analyser reports.
const (
	OutcomeStored      = "stored"       // a new article, analysed
	OutcomeNotAnalysed = "not_analysed" // a new article in a language the stages do not cover
	OutcomeStageFailed = "stage_failed" // a new article whose analysis failed; the error is stored with it
	OutcomeKnown       = "known"        // stored before (a re-run, a redelivery, a duplicate)
	OutcomeSource      = "source"       // a source job done
	OutcomeError       = "error"        // an error job kept
)

// Handle does one job; see Handler.
func (a *Analyser) Handle(ctx context.Context, j Job) (string, error) {
	switch j.Kind {
	case KindArticle:
		return a.article(ctx, j)
	case KindSource:
		return a.source(ctx, j)
	case KindError:
		e := *j.Error
		if e.Time.IsZero() {
			e.Time = time.Now()
		}
		return OutcomeError, a.retry(ctx, "keep error of "+e.Input, func() error { return a.Store.PutError(ctx, e) })
	}
	return "", fmt.Errorf("queue: job kind %q: this worker does article, source and error jobs", j.Kind)
}

func (a *Analyser) article(ctx context.Context, j Job) (string, error) {
	// A redelivered or re-published article is found by its hash before
	// any analysis: only its source may be new.
	var id string
	err := a.retry(ctx, "look up "+j.Hash, func() error {
		var err error
		id, err = a.Store.LookupHash(ctx, j.Hash)
		return err
	})
	switch {
	case err == nil:
		return OutcomeKnown, a.retry(ctx, "add source to "+id, func() error {
			_, err := a.Store.AddSource(ctx, id, j.Source)
			return err
		})
	case !errors.Is(err, store.ErrNotFound):
		return "", err
	}
	rec, outcome, err := a.analyse(ctx, j)
	if err != nil {
		return "", err
	}
	var res store.PutResult
	err = a.retry(ctx, "store "+j.Hash, func() error {
		var err error
		res, err = a.Store.Put(ctx, rec)
		return err
	})
	if err != nil {
		return "", err
	}
	if !res.Created {
		return OutcomeKnown, nil // another worker stored it meanwhile
	}
	return outcome, nil
}

// analyse runs the stages on an article in a language they cover and
// makes the record a local ingest would store.
func (a *Analyser) analyse(ctx context.Context, j Job) (store.Record, string, error) {
	art := j.Article.Article()
	if art.Language == "" && a.DetectLanguage != nil {
		art.Language = a.DetectLanguage(art.Text)
	}
	langs := a.Languages
	if langs == nil {
		langs = []string{"en"}
	}
	analysed := art.Language == "" || slices.Contains(langs, art.Language)
	doc := text.NewDocument(art)
	outcome := OutcomeNotAnalysed
	var stageErr *dateline.StageError
	if analysed {
		pipe := a.Pipeline
		if pipe == nil {
			p, err := dateline.DefaultPipeline()
			if err != nil {
				return store.Record{}, "", fmt.Errorf("queue: build the default pipeline: %w", err)
			}
			pipe = p
		}
		var err error
		doc, err = pipe.Run(ctx, art)
		if ctx.Err() != nil {
			return store.Record{}, "", ctx.Err()
		}
		outcome = OutcomeStored
		if err != nil {
			if !errors.As(err, &stageErr) {
				stageErr = &dateline.StageError{Article: j.Source.Input, Err: err}
			}
			outcome = OutcomeStageFailed
		}
	}
	rec := store.Record{Analysis: dateline.NewAnalysis(doc, dateline.ViewOptions{}), Hash: j.Hash,
		Analysed: analysed && stageErr == nil, Source: j.Source, StoryGroup: j.StoryGroup, Sketch: j.Sketch}
	if stageErr != nil {
		a.logger().Warn("stage failed", "input", j.Source.Input, "stage", stageErr.Stage, "err", stageErr.Err)
		rec.Err = &store.ErrorRecord{Input: j.Source.Input, Stage: stageErr.Stage, Message: stageErr.Err.Error(), Time: time.Now()}
	}
	return rec, outcome, nil
}

// source records one more origin of an article. The article's own job,
// published just before, is often still being analysed by another worker:
// the lookup is tried for up to SourceWait before this attempt fails (and
// the job is tried again later).
func (a *Analyser) source(ctx context.Context, j Job) (string, error) {
	var id string
	lookup := func() error {
		return a.retry(ctx, "look up "+j.Hash, func() error {
			var err error
			id, err = a.Store.LookupHash(ctx, j.Hash)
			return err
		})
	}
	wait := a.SourceWait
	if wait == 0 {
		wait = 5 * time.Second
	}
	deadline := time.Now().Add(wait)
	err := lookup()
	for pause := 100 * time.Millisecond; errors.Is(err, store.ErrNotFound) && time.Now().Add(pause).Before(deadline); pause = min(2*pause, time.Second) {
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(pause):
		}
		err = lookup()
	}
	if err != nil {
		return "", fmt.Errorf("queue: source %q of article %s: %w (its article job may still be queued)", j.Source.Input, j.Hash, err)
	}
	return OutcomeSource, a.retry(ctx, "add source to "+id, func() error {
		_, err := a.Store.AddSource(ctx, id, j.Source)
		return err
	})
}

// retry runs fn until it succeeds, fails for good, or ctx ends. Errors
// whose Temporary() is true (the store is unreachable) are retried with a
// growing pause; the job stays with this worker meanwhile.
func (a *Analyser) retry(ctx context.Context, what string, fn func() error) error {
	maxWait := a.MaxRetryWait
	if maxWait <= 0 {
		maxWait = 30 * time.Second
	}
	wait := 100 * time.Millisecond
	for {
		err := fn()
		if err == nil || !Temporary(err) {
			return err
		}
		a.logger().Warn("store unavailable; retrying", "op", what, "err", err, "pause", wait)
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w (stopped while retrying: %v)", err, ctx.Err())
		case <-time.After(wait):
		}
		wait = min(2*wait, maxWait)
	}
}

func (a *Analyser) logger() *slog.Logger {
	if a.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return a.Logger
}

// Temporary reports whether err says a retry may succeed (the net.Error
// convention: store/postgres marks an unreachable server so).
func Temporary(err error) bool {
	var t interface{ Temporary() bool }
	return errors.As(err, &t) && t.Temporary()
}
