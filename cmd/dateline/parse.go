package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"dateline/internal/conllu"
	"dateline/syntax"
)

func init() {
	register(command{name: "parse", summary: "tag and parse CoNLL-U sentences (UPOS, XPOS, lemma, head, relation)", run: runParse})
}

func runParse(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "conllu", "input and output format (only conllu)")
	modelPath := fs.String("model", "", "model file to use instead of the embedded one (from dateline train syntax)")
	names := fs.Bool("names", false, "run the ner stage over each document (# newdoc) first and tag its names as proper nouns, as the pipeline does (lowers EWT scores: see syntax/README.md)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), helpText("dateline parse [--format conllu] [--names] [FILE.conllu|-]... > OUT.conllu",
			"Reads CoNLL-U sentences (gold tokens: ID and FORM are used), fills LEMMA, UPOS,\n"+
				"XPOS, HEAD and DEPREL of every syntactic word with the embedded model, and writes\n"+
				"CoNLL-U. Comments, multiword token lines, word forms and MISC are kept as read.\n"+
				"Reads the files named, in order, or stdin when none or \"-\" is given. With\n"+
				"--names the ner stage first runs over each document (\"# newdoc\") and the\n"+
				"words of its names are tagged as proper nouns, as in dateline extract.",
			"dateline parse --format conllu < en_ewt-ud-dev.conllu > pred.conllu",
			"dateline parse a.conllu b.conllu > pred.conllu"))
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if *format != "conllu" {
		fmt.Fprintf(stderr, "dateline parse: --format %q is not supported; use conllu\n", *format)
		return 2
	}
	m, err := loadSyntaxModel(*modelPath)
	if errors.Is(err, syntax.ErrNoModel) {
		// A build without a model still passes the sentences through.
		fmt.Fprintf(stderr, "dateline parse: %v; writing the columns as _\n", err)
	} else if err != nil {
		fmt.Fprintf(stderr, "dateline parse: %v\n", err)
		return 1
	}
	w := bufio.NewWriterSize(stdout, 64*1024)
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
		hintStdin("parse", "CoNLL-U", stdin, stderr)
	}
	for _, name := range inputs {
		if err := parseFile(ctx, m, *names, name, stdin, w); err != nil {
			w.Flush()
			fmt.Fprintf(stderr, "dateline parse: %v\n", err)
			if errors.Is(err, conllu.ErrFormat) {
				// The usual cause: a sentence of plain text piped in.
				fmt.Fprintln(stderr, "dateline parse: parse reads CoNLL-U (a word a line, ten tab-separated columns); for the tags, lemmas and heads of plain text or HTML use 'dateline extract --with tokens'")
			}
			return 1
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "dateline parse: writing: %v\n", err)
		return 1
	}
	return 0
}

// parseFile parses the CoNLL-U file name ("-": stdin) into w. Files named
// on the command line were once ignored in silence (only stdin was read).
func parseFile(ctx context.Context, m *syntax.Model, names bool, name string, stdin io.Reader, w *bufio.Writer) error {
	in, label := stdin, "<stdin>"
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		in, label = f, name
	}
	r := conllu.NewReader(in, label)
	var p *docParser
	if m != nil {
		p = newDocParser(m, names)
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		s, err := r.Next()
		if err == io.EOF {
			if p != nil {
				return p.flush(ctx, w)
			}
			return nil
		}
		if err != nil {
			return err
		}
		if p != nil {
			if err := p.add(ctx, s, w); err != nil {
				return err
			}
			continue
		}
		clearColumns(s)
		if err := conllu.Write(w, s); err != nil {
			return fmt.Errorf("writing: %w", err)
		}
	}
}

// loadSyntaxModel reads the model file at path, or the embedded model when
// path is empty.
func loadSyntaxModel(path string) (*syntax.Model, error) {
	if path == "" {
		return syntax.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return syntax.LoadModel(f, path)
}
