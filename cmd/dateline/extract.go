package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"dateline"
	"dateline/source"
	"dateline/store"
)

func init() {
	register(command{name: "extract", summary: "analyse articles and print their Analysis JSON", run: runExtract})
}

type extractFlags struct {
	published string
	format    string
	workers   int
	with      string
	petrarch  string // PETR_config.ini whose dictionaries code events
	quoteConf string // calibrated (default) or raw quote confidences
	noFetch   bool   // never fetch a feed item's page
	fetchWait time.Duration
}

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var f extractFlags
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.published, "published", "", "publication date `YYYY-MM-DD` for articles that carry none (the reference for relative times)")
	fs.StringVar(&f.format, "format", "auto", "output `format`: json (pretty), jsonl (one Analysis a line), auto (json for one article on a terminal, else jsonl)")
	fs.IntVar(&f.workers, "workers", 0, "articles analysed at once (0: one per CPU)")
	fs.StringVar(&f.with, "with", "", "optional parts to include: tokens")
	fs.StringVar(&f.petrarch, "petrarch-config", "", "code events with the dictionaries named in this PETRARCH-2 `PETR_config.ini` instead of the built-in ones")
	fs.BoolVar(&f.noFetch, "no-fetch-pages", false, noFetchUsage)
	fs.DurationVar(&f.fetchWait, "fetch-timeout", source.DefaultFetchTimeout, fetchTimeoutUsage)
	fs.StringVar(&f.quoteConf, "quote-confidence", "calibrated", "quote confidences: `calibrated` (the share of such quotes found right) or raw (the rules' own scores, from which the map is fitted)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), helpText("dateline extract [flags] [FILE|DIR|-]...",
			"Reads articles (plain text, HTML, JSONL lines {\"id\",\"text\"|\"html\",\"url\",\"title\",\"published\"},\n"+
				"directories of these, or stdin when no input or \"-\" is given) and writes the Analysis of each,\n"+
				"in input order. A bad input prints one line to stderr naming it; the rest go on; the exit\n"+
				"status is 1 if any input or stage failed.",
			"dateline extract --published 2025-08-18 examples/summit/article.txt",
			"dateline extract --format jsonl examples/ > analyses.jsonl",
			"cat articles.jsonl | dateline extract --format jsonl --workers 2 -",
			"dateline extract --with tokens article.html"))
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if f.fetchWait <= 0 {
		fmt.Fprintf(stderr, "dateline extract: --fetch-timeout %v: want a positive duration\n", f.fetchWait)
		return 2
	}
	opt := source.Options{SkipFeedPages: f.noFetch, FetchTimeout: f.fetchWait}
	if f.published != "" {
		t, err := time.Parse("2006-01-02", f.published)
		if err != nil {
			fmt.Fprintf(stderr, "dateline extract: --published %q: want a date like 2025-08-18\n", f.published)
			return 2
		}
		opt.Published = t
	}
	switch f.quoteConf {
	case "calibrated", "raw":
	default:
		fmt.Fprintf(stderr, "dateline extract: --quote-confidence %q: want calibrated or raw\n", f.quoteConf)
		return 2
	}
	var view dateline.ViewOptions
	switch f.with {
	case "":
	case "tokens":
		view.Tokens = true
	default:
		fmt.Fprintf(stderr, "dateline extract: --with %q: the only optional part is \"tokens\"\n", f.with)
		return 2
	}
	switch f.format {
	case "auto", "json", "jsonl":
	default:
		fmt.Fprintf(stderr, "dateline extract: --format %q: want json, jsonl or auto\n", f.format)
		return 2
	}
	pipe, err := extractPipeline(f.petrarch, f.quoteConf)
	if err != nil {
		fmt.Fprintf(stderr, "dateline extract: %v\n", err)
		return 1
	}
	if f.workers > 0 {
		opt.Workers = f.workers // HTML lines of a JSONL stream are extracted in parallel too
	}
	// The readers' notes (files of a folder no reader takes, bad bytes
	// replaced) print as ingest prints them.
	// The readers log from the goroutine that reads the inputs while the
	// results are written from this one: every line goes through one
	// writer, which holds a lock (writes to stderr from two goroutines
	// lost lines in a test writing to a buffer).
	lines := newProgressWriter(stderr, 0)
	opt.Logger = slog.New(inputLog{p: lines, cmd: "extract"})
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
		hintStdin("extract", "articles", stdin, stderr)
	}
	out := newAnalysisWriter(stdout, f.format)
	failed := false
	// The collector is held while the models are decoded and the first
	// article analysed, and given back its pacing at the second result:
	// a run of one article (what a user at a terminal waits for) ends
	// without a collection, a longer one collects as before.
	restore := holdStartCollector()
	results := 0
	otherLangs := map[string]int{} // articles in each language other than English
	// The models are decoded while the first article is read and
	// segmented; the language detector's, when the article will need it
	// (a short text is seldom obviously English), while it is analysed.
	read := preloadOnFirst(readInputs(ctx, inputs, stdin, opt), func(a dateline.Article) {
		preloadModels(f.petrarch == "")
		if a.Language == "" {
			go detectLanguage(a.Text)
		}
	})
	err = pipe.RunBatch(ctx, read, f.workers, func(r dateline.Result) error {
		if results++; results == 2 {
			restore()
		}
		if r.Err != nil {
			failed = true
			lines.logLine("dateline extract: " + errorLine(r))
		}
		if r.Doc == nil { // the source could not read this input
			return out.write(errorRecord(r))
		}
		if r.Doc.Language == "" {
			// As ingest does; the cheap English test first keeps it off
			// the profile of an English corpus.
			r.Doc.Language = detectLanguage(r.Doc.Text)
		}
		if lang := r.Doc.Language; lang != "" && lang != "en" && r.Err == nil {
			// The models are English ones: a French article came out
			// with a name or two and no quotes, and nothing said why.
			// Said for the first article of each language, and counted
			// at the end: a corpus in German is not a line an article.
			if otherLangs[lang]++; otherLangs[lang] == 1 {
				lines.logLine(fmt.Sprintf("dateline extract: %s: warning: language %q: the stages are trained on English text, so its records are few and unreliable (ingest stores such articles without analysing them)", inputName(r.Article), lang))
			}
		}
		for _, fl := range r.Doc.Flags {
			if source.Logged(fl) {
				continue // said above, when the reader met it
			}
			lines.logLine(fmt.Sprintf("dateline extract: %s: warning: %s", inputName(r.Article), fl))
		}
		a := dateline.NewAnalysis(r.Doc, view)
		if r.Err != nil {
			a.Error = errorJSON(r)
		}
		return out.write(a)
	})
	if err == nil {
		err = out.close()
	}
	if n := otherLangs; len(n) > 0 && results > 1 {
		langs := slices.Sorted(maps.Keys(n))
		parts := make([]string, len(langs))
		total := 0
		for i, l := range langs {
			parts[i] = fmt.Sprintf("%s %d", l, n[l])
			total += n[l]
		}
		lines.logLine(fmt.Sprintf("dateline extract: %d of %d articles not in English (%s), analysed by English models", total, results, strings.Join(parts, ", ")))
	}
	if err != nil {
		fmt.Fprintf(stderr, "dateline extract: %v\n", err)
		return 1
	}
	if failed {
		return 1
	}
	return 0
}

// errorRecord stands in the output for an input the source could not read,
// so that a JSONL consumer sees one line per input and nothing vanishes. Its
// stage is "read", as 'dateline errors' names such inputs, so that every error record
// says where it failed (the README's {"id", "error": {"input", "stage",
// "message"}}).
func errorRecord(r dateline.Result) dateline.Analysis {
	e := errorJSON(r)
	if e.Stage == "" {
		e.Stage = store.StageRead
	}
	return dateline.Analysis{ID: r.Article.ID, Error: e}
}

func errorJSON(r dateline.Result) *dateline.ErrorJSON {
	e := &dateline.ErrorJSON{Input: inputName(r.Article), Message: r.Err.Error()}
	var se *dateline.StageError
	if errors.As(r.Err, &se) {
		e.Stage, e.Message = se.Stage, se.Err.Error()
	}
	var ie *source.InputError
	if errors.As(r.Err, &ie) {
		e.Input = ie.Input
	}
	return e
}

// errorLine says why an article failed, naming its input as ingest does
// ("dir/a.txt: stage size: …"): a stage error's own text names the article
// by id, which is the file's base name, the same for dir1/a.txt and
// dir2/a.txt.
func errorLine(r dateline.Result) string {
	var se *dateline.StageError
	if errors.As(r.Err, &se) {
		return inputName(r.Article) + ": stage " + se.Stage + ": " + se.Err.Error()
	}
	return r.Err.Error()
}

func inputName(a dateline.Article) string {
	if a.Origin.Path != "" {
		return a.Origin.String()
	}
	return a.ID
}

// analysisWriter writes pretty JSON for a single article on a terminal (or
// with --format json) and JSONL otherwise. In auto mode it holds the first
// Analysis until it knows whether a second one follows.
type analysisWriter struct {
	w       io.Writer
	format  string
	held    *dateline.Analysis
	count   int
	pretty  bool
	enc     *json.Encoder
	started bool
	buf     []byte // a JSONL line (Analysis.AppendJSON)
}

func newAnalysisWriter(w io.Writer, format string) *analysisWriter {
	aw := &analysisWriter{w: w, format: format, enc: json.NewEncoder(w)}
	aw.enc.SetEscapeHTML(false)
	if format == "json" || (format == "auto" && isTerminal(w)) {
		aw.pretty = true
	}
	return aw
}

func (aw *analysisWriter) write(a dateline.Analysis) error {
	aw.count++
	if aw.format == "jsonl" || !aw.pretty {
		// The analysis writes itself, the bytes the encoder writes
		// without reflection; the encoder says what it cannot write.
		b, err := a.AppendJSON(aw.buf[:0], false)
		if err != nil {
			return aw.enc.Encode(a)
		}
		aw.buf = append(b, '\n')
		_, err = aw.w.Write(aw.buf)
		return err
	}
	if aw.format == "auto" {
		// A second article on a terminal: fall back to JSONL for all.
		if aw.count == 1 {
			aw.held = &a
			return nil
		}
		if aw.held != nil {
			if err := aw.enc.Encode(aw.held); err != nil {
				return err
			}
			aw.held = nil
		}
		return aw.enc.Encode(a)
	}
	aw.enc.SetIndent("", "  ")
	return aw.enc.Encode(a)
}

func (aw *analysisWriter) close() error {
	if aw.held != nil {
		aw.enc.SetIndent("", "  ")
		return aw.enc.Encode(aw.held)
	}
	return nil
}

// hintStdin says on stderr that a command given no FILE reads stdin, when
// stdin is a terminal: otherwise it seems to hang.
func hintStdin(cmd, what string, stdin io.Reader, stderr io.Writer) {
	if f, ok := stdin.(*os.File); ok && isTerminal(f) {
		fmt.Fprintf(stderr, "dateline %s: reading %s from stdin; end with Ctrl-D (or name FILEs to read)\n", cmd, what)
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
