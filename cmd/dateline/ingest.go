package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"dateline/ingest"
	"dateline/source"
	"dateline/store"
	"dateline/store/open"
)

func init() {
	register(command{name: "ingest", summary: "analyse articles into a database, once each, resumably", run: runIngest})
}

func runIngest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "the database: a `FILE` (SQLite; created if missing) or a postgres:// URL")
	queueURL := fs.String("queue", "", "publish article jobs to the NATS JetStream server at this nats:// `URL` for 'dateline worker' to analyse, instead of analysing here (--db is then optional: it continues the story groups)")
	workers := fs.Int("workers", 0, "articles analysed at once (0: one per CPU)")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` for articles that carry none")
	batch := fs.Int("batch", 0, "most articles committed in one transaction (0: "+strconv.Itoa(ingest.DefaultBatchSize)+"); a kill loses at most one batch, which the next run redoes")
	batchDelay := fs.Duration("batch-delay", time.Second, "longest an analysed article waits for its batch to fill before the batch is committed anyway (a slow source's articles reach the store at this pace; a long one makes batches depend on --batch alone)")
	langs := fs.String("languages", "en", "comma-separated ISO 639-1 `codes` to analyse; other languages are stored, not analysed")
	follow := fs.Bool("follow", false, "keep polling the SOURCEs, which must be feed URLs or feed files, ingesting each new item as it appears, until interrupted")
	interval := fs.Duration("interval", 0, "with --follow, the `time` between polls of a feed (0: 5m)")
	noFetch := fs.Bool("no-fetch-pages", false, noFetchUsage)
	fetchWait := fs.Duration("fetch-timeout", source.DefaultFetchTimeout, fetchTimeoutUsage)
	assume := fs.String("assume-language", "", "take articles that do not say their language to be in `CODE` instead of detecting it (saves about 1.5 ms of CPU an article)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), helpText("dateline ingest --db FILE [flags] SOURCE...",
			"Reads every SOURCE (text, HTML, JSONL, WARC, feeds, directories of these, \"-\" for stdin),\n"+
				"analyses each article and stores it with its records. Exact duplicates are stored once with\n"+
				"every source. Running it again changes nothing; a run that was killed, even with kill -9,\n"+
				"finishes when run again, with nothing lost or duplicated. Progress goes to stderr, with a\n"+
				"line naming each input that fails and why; those are also kept as error records (see\n"+
				"'dateline errors'); the exit status stays 0. With --follow it keeps polling the\n"+
				"feeds (conditional GETs, polite per host) and stores each new item as it appears, until\n"+
				"interrupted: the first Ctrl-C finishes the articles in hand, a second one stops at once.",
			"dateline ingest --db news.db corpus/",
			"dateline ingest --db news.db --workers 2 --published 2025-08-18 a.txt b.html feed.jsonl",
			"dateline ingest --db news.db --follow --interval 15m https://example.org/rss.xml feeds/local.atom",
			"dateline ingest --queue nats://127.0.0.1:4222 corpus/   # workers analyse: see 'dateline worker'",
			"dateline stats --db news.db"))
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "dateline ingest: "+format+"\n", a...)
		return 2
	}
	if *db == "" && *queueURL == "" {
		return fail("--db FILE is required: the database to ingest into")
	}
	if fs.NArg() == 0 {
		return fail("name at least one SOURCE (a file, a directory, or - for stdin)")
	}
	switch {
	case *batchDelay <= 0:
		return fail("--batch-delay %v: want a positive duration", *batchDelay)
	case *interval < 0:
		return fail("--interval %v: want a positive duration", *interval)
	case *fetchWait <= 0:
		return fail("--fetch-timeout %v: want a positive duration", *fetchWait)
	case *interval != 0 && !*follow:
		return fail("--interval applies only with --follow")
	case *follow && *queueURL != "":
		return fail("--follow cannot be used with --queue")
	}
	if *follow {
		if msg := followable(fs.Args()); msg != "" {
			return fail("%s", msg)
		}
	}
	sopt := source.Options{Stdin: stdin, SkipFeedPages: *noFetch, FetchTimeout: *fetchWait}
	if *published != "" {
		t, err := time.Parse("2006-01-02", *published)
		if err != nil {
			return fail("--published %q: want a date like 2025-08-18", *published)
		}
		sopt.Published = t
	}
	if *queueURL != "" {
		return publishToQueue(ctx, *queueURL, *db, fs.Args(), sopt, stderr)
	}
	opt := ingest.Options{Workers: *workers, BatchSize: *batch, BatchDelay: *batchDelay, Languages: splitList(*langs), DetectLanguage: detectLanguage}
	if *assume != "" {
		code := *assume
		opt.DetectLanguage = func(string) string { return code }
	}
	if err := opt.Validate(); err != nil {
		return fail("%v", err)
	}

	limit := limitIngestMemory()
	st, err := open.Store(ctx, *db)
	if err != nil {
		fmt.Fprintf(stderr, "dateline ingest: %v\n", err)
		return 1
	}
	defer st.Close()

	if *follow {
		return runFollow(ctx, st, *db, fs.Args(), sopt, *interval, opt, stderr)
	}

	prog := newProgressWriter(stderr, estimateTotal(fs.Args()))
	// The readers' notes (bad bytes replaced, a .html file read as text,
	// files of a folder no reader takes) print as the failures do.
	sopt.Logger = slog.New(inputLog{p: prog})

	// An input that cannot even be opened is an error record like any
	// other; the rest of the batch goes on.
	var sources []source.Source
	var unopened int64
	for _, name := range fs.Args() {
		src, err := source.Open(name, sopt)
		if err != nil {
			unopened++
			fmt.Fprintf(stderr, "dateline ingest: %v\n", err)
			if err := st.PutError(ctx, store.ErrorRecord{Input: name, Message: err.Error(), Time: time.Now()}); err != nil {
				fmt.Fprintf(stderr, "dateline ingest: %v\n", err)
				return 1
			}
			continue
		}
		sources = append(sources, src)
	}

	prog.unopened = unopened
	restore := holdCollector(limit)
	defer restore()
	release := func() (int64, error) {
		restore()
		return releaseReadOnlyPages()
	}
	opt.Progress, opt.ProgressEvery = releaseAfterFirstBatch(prog.update, release), prog.every
	opt.Logger = slog.New(inputLog{p: prog})
	final, err := ingest.Run(ctx, st, sources, opt)
	prog.finish()
	// Inputs that could not be opened are unreadable inputs too: the
	// summary counts them as the error table does.
	final.Read += unopened
	final.InputErrors += unopened
	summarise(stderr, final)
	if s, serr := st.Stats(context.WithoutCancel(ctx)); serr == nil {
		fmt.Fprintf(stderr, "dateline ingest: %s now holds %d articles (%d duplicate inputs), %d errors\n",
			redactDB(*db), s.Articles, s.DuplicateInputs, s.Errors)
	}
	switch {
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "dateline ingest: interrupted; run the same command again to finish")
		return 1
	case err != nil:
		fmt.Fprintf(stderr, "dateline ingest: %v\n", err)
		return 1
	}
	return 0
}

func summarise(w io.Writer, p ingest.Progress) {
	fmt.Fprintf(w, "dateline ingest: %d inputs in %s (%.1f/s): %d new articles (%d not analysed, %d with a failed stage), "+
		"%d already stored (%d new sources), %d unreadable\n",
		p.Done(), p.Elapsed.Round(time.Millisecond), p.PerSecond(), p.Stored, p.NotAnalysed, p.Failed,
		p.Known, p.NewSources, p.InputErrors)
}

// detectLanguage asks the full detector only when the cheap English test
// is in doubt: it costs more CPU than all the analysis stages together.
func detectLanguage(text string) string {
	if ingest.ObviouslyEnglish(text) {
		return "en"
	}
	return source.DetectLanguage(text)
}

// redactDB names a database in messages without the password a
// postgres:// URL may carry.
func redactDB(db string) string {
	if u, err := url.Parse(db); err == nil && u.User != nil {
		return u.Redacted()
	}
	return db
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// followable says what is wrong with the SOURCEs of --follow, "" when
// nothing is: a directory, stdin or a path that does not exist was polled
// in silence until Ctrl-C, an error record at each poll. URLs are not
// checked (a feed may be down for a while).
func followable(sources []string) string {
	for _, src := range sources {
		if strings.Contains(src, "://") {
			continue
		}
		if src == "-" {
			return "--follow polls feeds again and again: it cannot read stdin"
		}
		fi, err := os.Stat(src)
		switch {
		case err != nil:
			return fmt.Sprintf("--follow %s: %v", src, err)
		case fi.IsDir():
			return fmt.Sprintf("--follow %s: a directory; --follow takes feed URLs or feed files (ingest a directory without --follow)", src)
		}
	}
	return ""
}
