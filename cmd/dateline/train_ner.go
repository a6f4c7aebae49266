package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"dateline/ner"
)

// runTrainNER is `dateline train ner`: it trains the NER tagger on
// CoNLL-2003 style files and writes the model (Zstandard) that package ner
// embeds.
func runTrainNER(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("train ner", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o ner.TrainOptions
	train := fs.String("train", "", "training data (CoNLL-2003 columns: word first, NER tag last)")
	dev := fs.String("dev", "", "development data, same format, scored after training")
	out := fs.String("out", "", "model file to write (Zstandard); none: only score")
	fs.IntVar(&o.Epochs, "epochs", 0, "epochs per pass (0: default)")
	fs.IntVar(&o.Folds, "folds", 0, "jackknife folds for the second pass (0: default)")
	fs.Uint64Var(&o.Seed, "seed", 1, "random seed")
	fs.Float64Var(&o.MinWeight, "min-weight", 0, "drop averaged weights below this (0: default)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), helpText("dateline train ner --train FILE --dev FILE [--out FILE] [flags]",
			"Trains the named-entity tagger of package ner (a two-pass averaged perceptron) on\n"+
				"CoNLL-2003 style files, prints its entity F1 on --dev and writes the gzip model that\n"+
				"package ner embeds (see ner/model/README.md).",
			"nice dateline train ner --train ../shared/bench/data/ner/conll2003/train.txt \\\n"+
				"      --dev ../shared/bench/data/ner/conll2003/valid.txt --seed 2 --out ner/model/ner.model.zst"))
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if *train == "" || *dev == "" {
		fmt.Fprintln(stderr, "dateline train ner: --train and --dev are required")
		fs.Usage()
		return 2
	}
	read := func(path string) ([]ner.Doc, error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return ner.ReadCoNLL(f, path)
	}
	tr, err := read(*train)
	if err == nil {
		var dv []ner.Doc
		if dv, err = read(*dev); err == nil {
			o.Log = stderr
			start := time.Now()
			var m *ner.Model
			var sc ner.Score
			if m, sc, err = ner.Train(tr, dv, o); err == nil {
				if *out != "" {
					err = writeNERModel(m, *out)
				}
				if err == nil {
					fmt.Fprintf(stdout, "trained in %s: dev %s\n", time.Since(start).Round(time.Second), sc)
					return 0
				}
			}
		}
	}
	fmt.Fprintf(stderr, "dateline train ner: %v\n", err)
	return 1
}

// writeNERModel writes through a temporary file, so a failed run never
// leaves half a model.
func writeNERModel(m *ner.Model, path string) error {
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
