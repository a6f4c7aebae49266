package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"time"

	"dateline/store"
)

func init() {
	register(command{name: "errors", summary: "list the inputs and stages that failed during ingest", run: runErrors})
}

func runErrors(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("errors", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "the database: a `FILE` or a postgres:// URL")
	format := fs.String("format", "text", "output `format`: text (one error a line) or jsonl")
	input := fs.String("input", "", "only errors whose input contains `TEXT`")
	stage := fs.String("stage", "", "only errors of the `STAGE` (e.g. quotes.v1; read: inputs that could not be read)")
	limit := fs.Int("limit", 0, "at most `N` errors, newest first (0: all)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), helpText("dateline errors --db FILE [flags]",
			"Lists the error records an ingest kept, newest first: the input (file, file:offset, URL), the\n"+
				"stage that failed (\"read\" for an input that could not be read) and why.",
			"dateline errors --db news.db",
			"dateline errors --db news.db --stage quotes.v1 --format jsonl"))
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if *format != "text" && *format != "jsonl" {
		fmt.Fprintf(stderr, "dateline errors: --format %q: want text or jsonl\n", *format)
		return 2
	}
	st, code := openExisting(ctx, "errors", *db, stderr)
	if st == nil {
		return code
	}
	defer st.Close()
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	q := store.ErrorQuery{Input: *input, Stage: *stage, Limit: store.MaxLimit}
	shown := 0
	for {
		p, err := st.Errors(ctx, q)
		if err != nil {
			fmt.Fprintf(stderr, "dateline errors: %v\n", err)
			return 1
		}
		for _, e := range p.Items {
			if *limit > 0 && shown == *limit {
				return 0
			}
			shown++
			// An input that could not be read has no stage in the store;
			// both formats name it "read", as --stage takes it.
			if e.Stage == "" {
				e.Stage = store.StageRead
			}
			if *format == "jsonl" {
				err = enc.Encode(e)
			} else {
				_, err = fmt.Fprintf(stdout, "%s  %s  %s: %s\n", e.Time.Local().Format(time.DateTime), e.Input, e.Stage, e.Message)
			}
			if err != nil {
				fmt.Fprintf(stderr, "dateline errors: %v\n", err)
				return 1
			}
		}
		if p.Next == "" {
			if shown == 0 && *format == "text" {
				// stdout stays empty for scripts; a person is told why.
				fmt.Fprintln(stderr, "dateline errors: no error records match")
			}
			return 0
		}
		q.Cursor = p.Next
	}
}
