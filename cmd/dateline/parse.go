package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

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
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), helpText("dateline parse [--format conllu] [FILE.conllu|-]... > OUT.conllu",
			"Reads CoNLL-U sentences (gold tokens: ID and FORM are used), fills LEMMA, UPOS,\n"+
				"XPOS, HEAD and DEPREL of every syntactic word with the embedded model, and writes\n"+
				"CoNLL-U. Comments, multiword token lines, word forms and MISC are kept as read.\n"+
				"Reads the files named, in order, or stdin when none or \"-\" is given.",
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
		if err := parseFile(ctx, m, name, stdin, w); err != nil {
			w.Flush()
			fmt.Fprintf(stderr, "dateline parse: %v\n", err)
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
func parseFile(ctx context.Context, m *syntax.Model, name string, stdin io.Reader, w *bufio.Writer) error {
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
	var sent syntax.Sentence
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		s, err := r.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		fill(m, &sent, s)
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

// fill parses the syntactic words of s and writes the analysis into its
// lines; multiword token ranges and empty nodes keep only ID, FORM and MISC.
func fill(m *syntax.Model, sent *syntax.Sentence, s *conllu.Sentence) {
	for i := range s.Lines {
		l := &s.Lines[i]
		l.Lemma, l.UPOS, l.XPOS, l.Feats, l.Head, l.Deprel, l.Deps = "_", "_", "_", "_", "_", "_", "_"
	}
	words := s.Words()
	sent.Words = sent.Words[:0]
	for _, i := range words {
		sent.Words = append(sent.Words, s.Lines[i].Form)
	}
	if m == nil {
		return
	}
	m.Parse(sent)
	for k, i := range words {
		l := &s.Lines[i]
		l.Lemma, l.UPOS, l.XPOS, l.Deprel = sent.Lemma[k], sent.UPOS[k], sent.XPOS[k], sent.Rel[k]
		l.Head = strconv.Itoa(sent.Head[k] + 1)
	}
}
