package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"

	"dateline/store"
	"dateline/store/open"
)

func init() {
	register(command{name: "stats", summary: "count the articles and records in a database", run: runStats})
}

func runStats(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "the database: a `FILE` or a postgres:// URL")
	format := fs.String("format", "text", "output `format`: text or json")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), helpText("dateline stats --db FILE [--format json]",
			"Counts what a database holds: distinct articles (\"articles\"), how many were analysed, how many\n"+
				"are not in English, inputs that were exact duplicates of a stored article, and the entities,\n"+
				"mentions, quotes, events, times, amounts, commitments and error records.",
			"dateline stats --db news.db",
			"dateline stats --db news.db --format json | jq .articles"))
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "dateline stats: --format %q: want text or json\n", *format)
		return 2
	}
	st, code := openExisting(ctx, "stats", *db, stderr)
	if st == nil {
		return code
	}
	defer st.Close()
	s, err := st.Stats(ctx)
	if err != nil {
		fmt.Fprintf(stderr, "dateline stats: %v\n", err)
		return 1
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(s); err != nil {
			fmt.Fprintf(stderr, "dateline stats: %v\n", err)
			return 1
		}
		return 0
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	for _, row := range []struct {
		name string
		n    int
	}{
		{"articles", s.Articles}, {"analysed", s.Analysed}, {"non-English", s.NonEnglish},
		{"sources", s.Sources}, {"duplicate inputs", s.DuplicateInputs}, {"story groups", s.StoryGroups},
		{"entities", s.Entities}, {"mentions", s.Mentions}, {"quotes", s.Quotes}, {"events", s.Events},
		{"times", s.Times}, {"amounts", s.Amounts}, {"commitments", s.Commitments}, {"errors", s.Errors},
	} {
		fmt.Fprintf(tw, "%d\t  %s\t\n", row.n, row.name)
	}
	if err := tw.Flush(); err != nil {
		fmt.Fprintf(stderr, "dateline stats: %v\n", err)
		return 1
	}
	return 0
}

// openExisting opens a database that must exist already (a file or a
// postgres:// URL): a typo in --db should say so, not create an empty file
// and report zero.
func openExisting(ctx context.Context, cmd, db string, stderr io.Writer) (store.Store, int) {
	if db == "" {
		fmt.Fprintf(stderr, "dateline %s: --db FILE is required: a database file or a postgres:// URL\n", cmd)
		return nil, 2
	}
	st, err := open.Existing(ctx, db)
	if err != nil {
		fmt.Fprintf(stderr, "dateline %s: %v\n", cmd, err)
		return nil, 1
	}
	return st, 0
}
