package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"dateline"
	"dateline/export"
	"dateline/store"
)

func init() {
	register(command{name: "export", summary: "write extract output as GDELT 2.0 event records", run: runExport})
}

func runExport(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "gdelt-events", "output `format`: gdelt-events (GDELT 2.0 event table, 61 tab-separated columns)")
	header := fs.Bool("header", false, "write a first line with GDELT's column names (GDELT's own files have none)")
	db := fs.String("db", "", "export the articles stored in this database (a FILE or a postgres:// URL) instead of reading extract output")
	from := fs.String("from", "", "with --db, only articles published on or after this `date` (YYYY, YYYY-MM or YYYY-MM-DD)")
	to := fs.String("to", "", "with --db, only articles published on or before this `date`, inclusive")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), helpText("dateline export [flags] [FILE|-]...   or   dateline export --db FILE [--from DATE] [--to DATE]",
			"Reads Analysis JSON (the output of dateline extract, JSONL or pretty JSON) from the files\n"+
				"given or stdin, or the articles a database holds (--db), and writes every event as a\n"+
				"GDELT 2.0 event record, so GDELT tooling can read Dateline's events. Identical events of\n"+
				"one article become one record (NumMentions).",
			"dateline extract --format jsonl articles.jsonl | dateline export --format gdelt-events > events.tsv",
			"dateline export --header analyses.jsonl",
			"dateline export --db news.db --from 2025-08 > august.tsv"))
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if *format != "gdelt-events" {
		fmt.Fprintf(stderr, "dateline export: --format %q: the only format is gdelt-events\n", *format)
		return 2
	}
	if *db == "" && (*from != "" || *to != "") {
		fmt.Fprintf(stderr, "dateline export: --from and --to select stored articles: give --db too\n")
		return 2
	}
	// A bad date is a usage error, said before the database is opened and
	// in the flag's words, not the store's ("articles from …: bad query").
	for _, d := range []struct{ flag, v string }{{"--from", *from}, {"--to", *to}} {
		if store.CheckDate(d.flag, d.v) != nil {
			fmt.Fprintf(stderr, "dateline export: %s %q: want a date like 2025-08-18 (or 2025-08, 2025)\n", d.flag, d.v)
			return 2
		}
	}
	if *db != "" && fs.NArg() > 0 {
		fmt.Fprintf(stderr, "dateline export: unexpected argument %q: with --db the articles come from the database\n", fs.Arg(0))
		return 2
	}
	w := export.NewGDELTWriter(stdout, export.GDELTOptions{Header: *header})
	if *db != "" {
		st, code := openExisting(ctx, "export", *db, stderr)
		if st == nil {
			return code
		}
		defer st.Close()
		err := exportStore(ctx, st, *from, *to, w.Write)
		if ferr := w.Flush(); err == nil {
			err = ferr
		}
		if err != nil {
			fmt.Fprintf(stderr, "dateline export: %v\n", err)
			return 1
		}
		return 0
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
		hintStdin("export", "Analysis JSON", stdin, stderr)
	}
	// A file that cannot be opened or read is named and skipped; the
	// rest are still exported and the exit status is 1. Only a failed
	// write stops the run.
	failed := false
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			fmt.Fprintf(stderr, "dateline export: %v\n", err)
			return 1
		}
		var werr error
		write := func(a dateline.Analysis) error { werr = w.Write(a); return werr }
		if err := exportFile(in, stdin, write); err != nil {
			if werr != nil {
				fmt.Fprintf(stderr, "dateline export: writing: %v\n", werr)
				return 1
			}
			fmt.Fprintf(stderr, "dateline export: %v\n", err)
			failed = true
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "dateline export: %v\n", err)
		return 1
	}
	if failed {
		return 1
	}
	return 0
}

// exportFile feeds the analyses of one input ("-": stdin) to write; its
// errors name the input.
func exportFile(in string, stdin io.Reader, write func(dateline.Analysis) error) error {
	r, name := stdin, "stdin"
	if in != "-" {
		f, err := os.Open(in)
		if err != nil {
			if pe := (*os.PathError)(nil); errors.As(err, &pe) {
				err = pe.Err // the path is named already
			}
			return fmt.Errorf("%s: cannot open: %w", in, err)
		}
		defer f.Close()
		r, name = f, in
	}
	if err := export.ReadAnalyses(r, write); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
