package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"dateline/ingest"
	"dateline/source"
	"dateline/store"
)

// followFetch is the fetch configuration --follow uses; the zero value
// takes the library's polite defaults. Tests shorten it.
var followFetch source.FetchConfig

// runFollow polls feeds until ctx is cancelled, ingesting each new item as
// it arrives. The store is idempotent, so a restart that re-reads items it
// stored before changes nothing. A cancel (the first SIGINT/SIGTERM) lets
// the articles in hand be written; it is a clean stop, exit 0.
func runFollow(ctx context.Context, st store.Store, db string, feeds []string, sopt source.Options, interval time.Duration, opt ingest.Options, stderr io.Writer) int {
	prog := newProgressWriter(stderr, 0)
	// The readers' notes on the pages fetched (bad bytes replaced, a page
	// with no markup) print as a one-off ingest prints them.
	sopt.Logger = slog.New(inputLog{p: prog})
	fl, err := source.NewFollower(feeds, sopt, source.FollowConfig{Interval: interval, Feed: source.FeedConfig{Fetch: followFetch}})
	if err != nil {
		fmt.Fprintf(stderr, "dateline ingest: %v\n", err)
		return 2
	}
	// main's signal.NotifyContext keeps catching signals after the first;
	// once draining has begun, restore the default so a second one kills.
	stopAfter := context.AfterFunc(ctx, func() { signal.Reset(os.Interrupt, syscall.SIGTERM) })
	defer stopAfter()

	if interval == 0 {
		interval = source.DefaultFollowInterval
	}
	fmt.Fprintf(stderr, "dateline ingest: following %d feed(s) every %s; Ctrl-C stops (a second Ctrl-C forces)\n", len(feeds), interval)
	// An idle follower would otherwise print the same line forever: show a
	// line only when something new was read or stored.
	// The key is the counts themselves, not their sum: a commit moves an
	// article from pending to stored and leaves the sum as it was, so the
	// last line said "0 new" for articles already stored.
	type seen struct{ read, stored, known, errs, pending int64 }
	last := seen{read: -1}
	opt.Progress = func(p ingest.Progress) {
		if n := (seen{p.Read, p.Stored, p.Known, p.Errors(), p.Pending}); n != last {
			last = n
			prog.update(p)
		}
	}
	opt.ProgressEvery = time.Second
	opt.Logger = slog.New(inputLog{p: prog}) // one "dateline ingest: INPUT: why" line, as without --follow
	final, err := ingest.Run(ctx, st, []source.Source{fl}, opt)
	prog.finish()
	summarise(stderr, final)
	if s, serr := st.Stats(context.WithoutCancel(ctx)); serr == nil {
		fmt.Fprintf(stderr, "dateline ingest: %s now holds %d articles (%d duplicate inputs), %d errors\n",
			redactDB(db), s.Articles, s.DuplicateInputs, s.Errors)
	}
	switch {
	case err == nil, errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "dateline ingest: stopped following")
		return 0
	default:
		fmt.Fprintf(stderr, "dateline ingest: %v\n", err)
		return 1
	}
}
