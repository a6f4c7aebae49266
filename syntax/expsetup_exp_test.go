//go:build experiment

package syntax

// The setup the measured experiments share: EWT read and converted, the
// training options of the committed model, and where their models are kept.

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
)

// expSetup reads EWT train and dev, and returns the training options of
// the experiments (those of the committed model: no clusters, three
// parsers; seed 0, which the figures in README.md were measured with) and
// a model reader. VOTE_PARSERS sets the number of averaged parsers.
func expSetup(t *testing.T, dir string) (o TrainOptions, v *vocab, train, dev []*tsent, load func(string) *Model) {
	t.Helper()
	data := filepath.Join("..", "..", "shared", "bench", "data", "syntax")
	o = TrainOptions{Train: filepath.Join(data, "en_ewt-ud-train.conllu"), Dev: filepath.Join(data, "en_ewt-ud-dev.conllu"),
		TagCache: filepath.Join(dir, "tags"), Log: os.Stderr, NoClusters: true, ParseModels: 3}
	if k, err := strconv.Atoi(os.Getenv("VOTE_PARSERS")); err == nil {
		o.ParseModels = k
	}
	o.defaults()
	rawTrain, err := readTreebank(o.Train)
	if err != nil {
		t.Fatal(err)
	}
	rawDev, err := readTreebank(o.Dev)
	if err != nil {
		t.Fatal(err)
	}
	v = newVocab(rawTrain)
	if train, err = v.convert(rawTrain); err != nil {
		t.Fatal(err)
	}
	if dev, err = v.convert(rawDev); err != nil {
		t.Fatal(err)
	}
	return o, v, train, dev, func(p string) *Model { return readExpModel(t, p) }
}

// readExpModel reads the model file p.
func readExpModel(t *testing.T, p string) *Model {
	t.Helper()
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := ReadModel(f, p)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// expDir is the experiments' working directory: jackknifed tags and
// trained models are kept there between runs (SYNTAX_VOTE, else a folder
// in the system's temporary directory).
func expDir(t *testing.T) string {
	dir := os.Getenv("SYNTAX_VOTE")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "syntax-vote")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// rtlPath is where the right-to-left parser of n parsers is kept
// (VOTE_NOTRIM: the one trained with the closing punctuation).
func rtlPath(dir string, n int) string {
	tag := ""
	if os.Getenv("VOTE_NOTRIM") != "" {
		tag = "-notrim"
	}
	return filepath.Join(dir, fmt.Sprintf("r2l%s.%d.model.gz", tag, n))
}

// cpuSeconds is the process's user and system CPU time.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// writeExpModel writes m to path.
func writeExpModel(t *testing.T, m *Model, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Write(f); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
