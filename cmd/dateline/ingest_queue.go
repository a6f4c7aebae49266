package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"time"

	"dateline/dedup"
	"dateline/queue"
	"dateline/source"
	"dateline/store"
	"dateline/store/open"
)

// publishToQueue is `dateline ingest --queue URL`: it reads the sources
// as a local ingest would and publishes a job per article for 'dateline
// worker' to analyse and store. With --db it first rebuilds the
// near-duplicate index from the store, so story groups continue across
// runs as a local ingest's do.
func publishToQueue(ctx context.Context, url, db string, names []string, sopt source.Options, stderr io.Writer) int {
	cfg, err := queueConfig(url)
	if err != nil {
		fmt.Fprintf(stderr, "dateline ingest: %v\n", err)
		return 2
	}
	q, err := queue.Connect(ctx, cfg, "dateline ingest")
	if err != nil {
		fmt.Fprintf(stderr, "dateline ingest: %v\n", err)
		return 1
	}
	defer q.Close()
	index := dedup.NewIndex(0)
	if db != "" {
		st, err := open.Store(ctx, db)
		if err != nil {
			fmt.Fprintf(stderr, "dateline ingest: %v\n", err)
			return 1
		}
		err = st.RecentSketches(ctx, 2*dedup.DefaultWindow, func(id, group string, b []byte) error {
			var s dedup.Sketch
			if s.UnmarshalBinary(b) == nil {
				index.Restore(id, group, s)
			}
			return nil
		})
		st.Close()
		if err != nil {
			fmt.Fprintf(stderr, "dateline ingest: rebuild the near-duplicate index: %v\n", err)
			return 1
		}
	}
	// The readers' notes (files no reader takes, bad bytes replaced) and
	// the failed inputs print as a local ingest prints them.
	logger := slog.New(inputLog{p: newProgressWriter(stderr, 0)})
	sopt.Logger = logger
	var sources []source.Source
	for _, name := range names {
		src, err := source.Open(name, sopt)
		if err != nil {
			fmt.Fprintf(stderr, "dateline ingest: %v\n", err)
			e := &store.ErrorRecord{Input: name, Message: err.Error(), Time: time.Now()}
			if _, err := q.Publish(ctx, queue.Job{Kind: queue.KindError, Error: e, Source: store.Source{Input: name}}); err != nil {
				fmt.Fprintf(stderr, "dateline ingest: %v\n", err)
				return 1
			}
			continue
		}
		sources = append(sources, src)
	}
	progress := func(p queue.PublishProgress) {
		fmt.Fprintf(stderr, "dateline ingest: %d read in %s (%.1f/s): %d published, %d exact duplicates, %d unreadable\n",
			p.Read, p.Elapsed.Round(time.Second), p.PerSecond(), p.Published, p.Duplicates, p.InputErrors)
	}
	_, err = q.PublishSources(ctx, sources, queue.PublishOptions{Index: index, Progress: progress,
		ProgressEvery: 5 * time.Second, Logger: logger})
	if s, serr := q.Stats(context.WithoutCancel(ctx)); serr == nil {
		fmt.Fprintf(stderr, "dateline ingest: stream %s: %d jobs waiting, %d in progress, %d dead letters\n",
			cfg.Stream, s.Waiting, s.InProgress, s.Dead)
	}
	switch {
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "dateline ingest: interrupted; run the same command again to finish (jobs published twice are dropped by id)")
		return 1
	case err != nil:
		fmt.Fprintf(stderr, "dateline ingest: %v\n", err)
		return 1
	}
	return 0
}

// queueConfig is queue.DefaultConfig with the URL and the DATELINE_QUEUE_*
// environment variables: publishers and workers read the same ones, so
// they agree on the stream's name, subjects and limits.
func queueConfig(url string) (queue.Config, error) {
	cfg := queue.DefaultConfig()
	cfg.URL = url
	str := func(key string, dst *string) {
		if v := os.Getenv(key); v != "" {
			*dst = v
		}
	}
	str("DATELINE_QUEUE_STREAM", &cfg.Stream)
	str("DATELINE_QUEUE_SUBJECT", &cfg.Subject)
	str("DATELINE_QUEUE_DEAD_STREAM", &cfg.DeadStream)
	str("DATELINE_QUEUE_DEAD_SUBJECT", &cfg.DeadSubject)
	str("DATELINE_QUEUE_CONSUMER", &cfg.Consumer)
	for key, dst := range map[string]*int64{"DATELINE_QUEUE_MAX_MSGS": &cfg.MaxMsgs} {
		if v := os.Getenv(key); v != "" {
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				return cfg, fmt.Errorf("%s=%q: want a number", key, v)
			}
			*dst = n
		}
	}
	for key, dst := range map[string]*int{"DATELINE_QUEUE_REPLICAS": &cfg.Replicas} {
		if v := os.Getenv(key); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				return cfg, fmt.Errorf("%s=%q: want a number", key, v)
			}
			*dst = n
		}
	}
	if v := os.Getenv("DATELINE_QUEUE_DUPLICATES"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			return cfg, fmt.Errorf("DATELINE_QUEUE_DUPLICATES=%q: want a duration like 24h", v)
		}
		cfg.Duplicates = d
	}
	return cfg, cfg.Validate()
}
