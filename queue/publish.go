package queue

import (
	"context"
	"dateline/internal/ticker"
	"errors"
	"log/slog"
	"sync/atomic"
	"time"

	"dateline/dedup"
	"dateline/source"
	"dateline/store"
)

// PublishOptions tune PublishSources. The zero value works.
type PublishOptions struct {
	// Index groups near-duplicates as the articles are read, in order;
	// nil means a new dedup.Index of the default window (give one
	// restored from the store to continue an earlier run's groups).
	Index *dedup.Index
	// Progress, when set, is called every ProgressEvery (default 1s) and
	// once at the end.
	Progress      func(PublishProgress)
	ProgressEvery time.Duration
	Logger        *slog.Logger
}

// PublishProgress counts what a publisher has done.
type PublishProgress struct {
	Read        int64 // articles and input errors read
	Published   int64 // article jobs the stream took
	Duplicates  int64 // articles the stream had already (within its window): sent as source jobs
	InputErrors int64 // inputs that could not be read, or too large for a message: sent as error jobs
	Elapsed     time.Duration
}

// PerSecond is the rate of articles read.
func (p PublishProgress) PerSecond() float64 {
	if p.Elapsed <= 0 {
		return 0
	}
	return float64(p.Read) / p.Elapsed.Seconds()
}

// PublishSources reads every source in order and publishes a job per
// article (message id: its content hash) and per input error. An exact
// duplicate, which the stream drops by its id, is published as a source
// job instead, so the store still records every origin. It returns when
// everything read is in the stream, or on the first publish that fails
// for good.
func (q *Queue) PublishSources(ctx context.Context, sources []source.Source, opt PublishOptions) (PublishProgress, error) {
	index := opt.Index
	if index == nil {
		index = dedup.NewIndex(0)
	}
	log := opt.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var read, published, dups, inputErrs atomic.Int64
	start := time.Now()
	snapshot := func() PublishProgress {
		return PublishProgress{Read: read.Load(), Published: published.Load(), Duplicates: dups.Load(),
			InputErrors: inputErrs.Load(), Elapsed: time.Since(start)}
	}
	stop := report(opt.Progress, opt.ProgressEvery, snapshot)
	defer stop()
	for _, src := range sources {
		for a, err := range src.Articles(ctx) {
			if ctx.Err() != nil {
				return snapshot(), ctx.Err()
			}
			read.Add(1)
			name := source.InputName(src, a, err)
			if err != nil {
				inputErrs.Add(1)
				log.Warn("input failed", "input", name, "err", err)
				e := &store.ErrorRecord{Input: name, Message: err.Error(), Time: time.Now()}
				if _, err := q.Publish(ctx, Job{Kind: KindError, Error: e, Source: store.Source{Input: name}}); err != nil {
					return snapshot(), err
				}
				continue
			}
			hash := store.ContentHash(a.Title, a.Text)
			sketch := dedup.SketchOf(a.Text)
			group, _ := index.AddSketch(store.ArticleID(hash), sketch)
			sk, _ := sketch.MarshalBinary()
			src := store.Source{Input: name, ItemID: a.ID, URL: a.URL}
			res, err := q.Publish(ctx, Job{Kind: KindArticle, Hash: hash, Article: WireArticle(a), Source: src,
				StoryGroup: group, Sketch: sk})
			if errors.Is(err, ErrTooLarge) {
				// One article the queue cannot carry is an input error,
				// kept in the store; the batch goes on.
				inputErrs.Add(1)
				log.Warn("article too large for the queue", "input", name, "err", err)
				e := &store.ErrorRecord{Input: name, Message: err.Error(), Time: time.Now()}
				if _, err := q.Publish(ctx, Job{Kind: KindError, Error: e, Source: store.Source{Input: name}}); err != nil {
					return snapshot(), err
				}
				continue
			}
			if err != nil {
				return snapshot(), err
			}
			if !res.Duplicate {
				published.Add(1)
				continue
			}
			dups.Add(1)
			if _, err := q.Publish(ctx, Job{Kind: KindSource, Hash: hash, Source: src}); err != nil {
				return snapshot(), err
			}
		}
	}
	return snapshot(), ctx.Err()
}

// report calls fn with snapshots on a ticker; the returned func stops it
// and reports once more.
func report(fn func(PublishProgress), every time.Duration, snapshot func() PublishProgress) (stop func()) {
	if fn == nil {
		return func() {}
	}
	stopTicker := ticker.Every(every, func() { fn(snapshot()) })
	return func() {
		stopTicker()
		fn(snapshot())
	}
}
