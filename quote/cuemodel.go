package quote

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"dateline/internal/gzfile"
	"dateline/internal/u64tab"
)

// CueModel decides whether a cue with content and no quotation marks is
// reported speech: a logistic regression over the features of
// work.cueFeatures, trained on an attribution corpus by
// `go run ./cmd/gen-cues -model` (see model/README.md). It replaces the
// fixed lexicon bar, which could not weigh who holds the content, how the
// verb is used and what the content looks like together. Read-only once
// built; safe for concurrent use.
type CueModel struct {
	w      map[string]float32
	byHash *u64tab.Table[float32] // w again, by the hash of each name (feattab.go)
	// joined: two names of w share a hash, and featSink reads w by the
	// joined name instead.
	joined    bool
	fixed     [nFixed]float32 // the weights of the features of no parts (fixedFeature)
	threshold float64
}

// NewCueModel returns a model with the given feature weights and decision
// threshold (a probability).
func NewCueModel(weights map[string]float64, threshold float64) *CueModel {
	m := &CueModel{w: make(map[string]float32, len(weights)), threshold: threshold}
	for f, v := range weights {
		m.w[f] = float32(v)
	}
	m.index()
	return m
}

// Threshold is the least probability at which a cue is reported.
func (m *CueModel) Threshold() float64 { return m.threshold }

// Prob is the model's probability that a cue with these features is the
// cue of an attribution whose content is the cue's.
func (m *CueModel) Prob(feats []string) float64 {
	var s float64
	for _, f := range feats {
		s += float64(m.w[f])
	}
	return sigmoid(s)
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// thresholdKey names the threshold line of the weights file; features
// never start with "!".
const thresholdKey = "!threshold"

// WriteTo writes the model as gzip-compressed TSV, features sorted, so the
// same weights always make the same bytes. header lines go first as "#"
// comments.
func (m *CueModel) WriteTo(out io.Writer, header ...string) error {
	keys := make([]string, 0, len(m.w))
	for f := range m.w {
		keys = append(keys, f)
	}
	slices.Sort(keys)
	zw, err := gzip.NewWriterLevel(out, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	for _, h := range header {
		fmt.Fprintf(bw, "# %s\n", h)
	}
	fmt.Fprintf(bw, "%s\t%s\n", thresholdKey, strconv.FormatFloat(m.threshold, 'g', 4, 64))
	for _, f := range keys {
		fmt.Fprintf(bw, "%s\t%s\n", f, strconv.FormatFloat(float64(m.w[f]), 'g', 5, 32))
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ReadCueModel reads a model written by WriteTo; name is used in errors.
func ReadCueModel(r io.Reader, name string) (*CueModel, error) {
	m := &CueModel{w: map[string]float32{}, threshold: -1}
	err := gzfile.Lines(r, func(ln int, line string) error {
		f, v, ok := strings.Cut(line, "\t")
		x, err := strconv.ParseFloat(v, 64)
		if !ok || err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return fmt.Errorf("line %d: want feature, tab, finite number; got %q", ln, line)
		}
		if f == thresholdKey {
			m.threshold = x
		} else {
			m.w[f] = float32(x)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("cue model %q: %w", name, err)
	}
	if m.threshold < 0 || m.threshold > 1 {
		return nil, fmt.Errorf("cue model %q: no %s line with a probability", name, thresholdKey)
	}
	m.index()
	return m, nil
}

//go:embed model
var modelFS embed.FS

// CueModelPath is where the trained weights sit inside the package.
const CueModelPath = "model/reported.tsv.gz"

// DefaultCueModel returns the embedded model, read once and shared; nil
// (and no error) when the binary carries none, and the lexicon bar
// decides.
var DefaultCueModel = sync.OnceValues(func() (*CueModel, error) {
	b, err := modelFS.ReadFile(CueModelPath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		return nil, err
	}
	return ReadCueModel(bytes.NewReader(b), CueModelPath)
})
