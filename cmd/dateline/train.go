package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"dateline/syntax"
)

func init() {
	register(command{name: "train", summary: "train a model from annotated data (train syntax|ner …)", run: runTrain})
}

// trainUsage is what `dateline train` alone or with --help prints.
const trainUsage = `Usage: dateline train MODEL --train FILE --dev FILE [--out FILE] [flags]

Trains one of the models the pipeline embeds:
  syntax   UPOS/XPOS tagger, lemmatiser and dependency parser (CoNLL-U treebanks)
  ner      named-entity tagger (CoNLL-2003 style files)

Run 'dateline train MODEL --help' for its flags and an example.
`

func runTrain(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// Training runs for minutes and does not stop part-way: main catches
	// SIGINT and SIGTERM for the commands that drain, so without this a
	// training run ignored both and only kill -9 ended it.
	stopOnSignal := context.AfterFunc(ctx, func() {
		fmt.Fprintln(stderr, "dateline train: interrupted; no model written")
		os.Exit(130)
	})
	defer stopOnSignal()
	if len(args) > 0 && args[0] == "ner" {
		return runTrainNER(ctx, args[1:], stdin, stdout, stderr)
	}
	if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
		fmt.Fprint(stdout, trainUsage)
		return 0
	}
	if len(args) == 0 || args[0] != "syntax" {
		if len(args) > 0 {
			fmt.Fprintf(stderr, "dateline train: unknown model %q; want syntax or ner\n\n", args[0])
		}
		fmt.Fprint(stderr, trainUsage)
		return 2
	}
	fs := flag.NewFlagSet("train syntax", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o syntax.TrainOptions
	fs.StringVar(&o.Train, "train", "", "training treebank (CoNLL-U)")
	fs.StringVar(&o.Dev, "dev", "", "development treebank (CoNLL-U)")
	out := fs.String("out", "", "model file to write (Zstandard)")
	fs.Uint64Var(&o.Seed, "seed", 1, "random seed")
	fs.IntVar(&o.ParseEpochs, "epochs", 0, "parser epochs (0: default)")
	fs.IntVar(&o.TagEpochs, "tag-epochs", 0, "tagger epochs (0: default)")
	fs.IntVar(&o.Jackknife, "jackknife", 0, "folds (0: default; 1: gold tags)")
	fs.IntVar(&o.EvalEvery, "eval-every", 0, "score the parser on dev every N epochs (0: only at the end)")
	fs.StringVar(&o.TagCache, "tag-cache", "", "keep jackknifed training tags in this file (+suffix) between experiments")
	fs.Float64Var(&o.MinWeight, "min-weight", 0, "drop tagger weights smaller than this (0: default)")
	fs.Float64Var(&o.ParseMinWeight, "parse-min-weight", 0, "drop parser and labeller weights smaller than this (0: default)")
	fs.IntVar(&o.TagModels, "tag-models", 1, "taggers to train on different orders and average")
	fs.IntVar(&o.ParseModels, "parse-models", 0, "parsers to train on different orders and average (0: default)")
	fs.BoolVar(&o.FastParser, "fast-parser", false, "parse with 65 of the 113 templates: faster, less accurate")
	fs.BoolVar(&o.NoSenses, "no-senses", false, "train the full parser without the WordNet supersense word classes")
	fs.BoolVar(&o.NoClusters, "no-clusters", false, "train without the GloVe word clusters (tagger and parser)")
	fs.BoolVar(&o.NoTagClusters, "no-tag-clusters", false, "train the tagger without the word clusters")
	fs.BoolVar(&o.NoParseClusters, "no-parse-clusters", false, "train the parser and labeller without the word clusters")
	fs.BoolVar(&o.TagLex, "tag-lex", false, "train the tagger with the tag lexicon of Brill's tagger too (syntax/taglex)")
	drop := fs.String("parse-drop", "", "comma-separated positions of parser templates to train without (redundant templates; see syntax/templates.go)")
	labelDrop := fs.String("label-drop", "", "comma-separated positions of labeller templates to train without")
	dropAfter := fs.String("parse-drop-after", "", "comma-separated positions of parser templates to leave out after training")
	labelDropAfter := fs.String("label-drop-after", "", "comma-separated positions of labeller templates to leave out after training")
	fs.BoolVar(&o.TagOnly, "tag-only", false, "train the tagger only (experiments)")
	fs.StringVar(&o.KeepParser, "keep-parser", "", "train the tagger only and keep the parser and labeller of this model file")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), helpText("dateline train syntax --train FILE --dev FILE --out FILE [flags]",
			"Trains the tagger, lemmatiser and dependency parser of package syntax on CoNLL-U treebanks,\n"+
				"prints their scores on --dev and writes the gzip model that package syntax embeds (see\n"+
				"syntax/model/README.md for the command that made it).",
			"nice dateline train syntax --train ../shared/bench/data/syntax/en_ewt-ud-train.conllu \\\n"+
				"      --dev ../shared/bench/data/syntax/en_ewt-ud-dev.conllu --out syntax/model/syntax.model.zst"))
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args[1:], stdout, stderr); !ok {
		return code
	}
	for _, d := range []struct {
		flag, list string
		to         *[]int
	}{{"parse-drop", *drop, &o.ParseDrop}, {"label-drop", *labelDrop, &o.LabelDrop},
		{"parse-drop-after", *dropAfter, &o.ParseDropAfter}, {"label-drop-after", *labelDropAfter, &o.LabelDropAfter}} {
		for _, f := range strings.FieldsFunc(d.list, func(r rune) bool { return r == ',' }) {
			p, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil {
				fmt.Fprintf(stderr, "dateline train syntax: --%s %q: %q is not a number\n", d.flag, d.list, f)
				return 2
			}
			*d.to = append(*d.to, p)
		}
	}
	if o.Train == "" || o.Dev == "" || (*out == "" && !o.TagOnly) {
		fmt.Fprintln(stderr, "dateline train syntax: --train, --dev and --out are required")
		fs.Usage()
		return 2
	}
	o.Log = stderr
	start := time.Now()
	m, sc, err := syntax.Train(o)
	if err != nil {
		fmt.Fprintf(stderr, "dateline train syntax: %v\n", err)
		return 1
	}
	if *out != "" {
		if err := writeModel(m, *out); err != nil {
			fmt.Fprintf(stderr, "dateline train syntax: %v\n", err)
			return 1
		}
	}
	fmt.Fprintf(stdout, "trained in %s: dev %s\n", time.Since(start).Round(time.Second), sc)
	return 0
}

// writeModel writes m to path through a temporary file, so a failed run
// never leaves half a model.
func writeModel(m *syntax.Model, path string) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := m.Write(f); err != nil {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("writing %q: %w", path, err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %q: %w", path, err)
	}
	return os.Rename(tmp, path)
}
