package quote

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"sync"

	"dateline/internal/gzfile"
)

// Frame is how a cue verb holds its content.
type Frame uint8

const (
	FrameCcomp     Frame = iota // said that …, believes …
	FrameXcomp                  // urged Ukraine to …, wants to …
	FrameObj                    // mentioned the plan, denied the report
	FrameParataxis              // …, officials said.
	FrameQuote                  // next to a quotation: “…,” she said
	FramePassive                // the plan was first reported by the Post
	FrameAdvcl                  // the verb hangs as an adverbial clause from what it reports
	FrameAbout                  // complained about the plan, warned of a crisis
	nFrames
)

var frameNames = [nFrames]string{"ccomp", "xcomp", "obj", "parataxis", "quote", "passive", "advcl", "about"}

func (f Frame) String() string {
	if f < nFrames {
		return frameNames[f]
	}
	return "frame(" + strconv.Itoa(int(f)) + ")"
}

// ParseFrame returns the frame named s.
func ParseFrame(s string) (Frame, bool) {
	for i, n := range frameNames {
		if n == s {
			return Frame(i), true
		}
	}
	return 0, false
}

// count is corpus evidence for a lemma in one frame: how often the verb
// was seen holding such a complement (N) and how often it was annotated as
// the cue of an attribution whose content is that complement (Cue).
type count struct{ N, Cue uint32 }

type entry struct {
	prior  [nFrames]float32
	counts [nFrames]count
}

// Lexicon scores cue verbs by lemma and frame. It is read-only once built
// and shared by all goroutines.
type Lexicon struct {
	m  map[string]*entry
	ix lexIndex // m again, by hash (lexindex.go)
}

// smoothing is how many corpus observations the seed prior is worth.
const smoothing = 3

// Score is the chance that a verb with this lemma, holding a complement in
// frame f, is the cue of an attribution: corpus counts smoothed towards the
// seed prior. Unknown lemmas score 0.
func (l *Lexicon) Score(lemma string, f Frame) float64 { return l.lookup(lemma).score(f) }

// score is Score of the entry's lemma; 0 for a nil entry.
func (e *entry) score(f Frame) float64 {
	if e == nil || f >= nFrames {
		return 0
	}
	c, p := e.counts[f], float64(e.prior[f])
	return (float64(c.Cue) + smoothing*p) / (float64(c.N) + smoothing)
}

// Known reports whether lemma is in the lexicon at all.
func (l *Lexicon) Known(lemma string) bool { return l.lookup(lemma) != nil }

func (l *Lexicon) entry(lemma string) *entry {
	e := l.m[lemma]
	if e == nil {
		e = &entry{}
		l.m[lemma] = e
	}
	return e
}

// seedLexicon holds the hand-written priors only.
func seedLexicon() *Lexicon {
	l := &Lexicon{m: make(map[string]*entry, 512)}
	set := func(words []string, p [nFrames]float32) {
		for _, w := range words {
			e := l.entry(w)
			for f := range p {
				e.prior[f] = max(e.prior[f], p[f])
			}
		}
	}
	// A speech verb with a bare object ("said nothing") is seldom reported
	// speech; a stance verb seldom frames a quotation.
	set(speechVerbs, [nFrames]float32{speechPrior, speechPrior, speechPrior / 2, speechPrior, speechPrior, speechPrior / 2, speechPrior / 2, speechPrior / 2})
	set(loudVoiceVerbs, [nFrames]float32{FrameQuote: speechPrior})
	set(stanceVerbs, [nFrames]float32{stancePrior, stancePrior, stancePrior / 2, stancePrior, stancePrior / 2, stancePrior / 2, stancePrior / 2, stancePrior / 2})
	l.index()
	return l
}

// ReadLexicon adds mined counts to the seed priors. The stream is the
// gzip-compressed TSV that gen-cues writes: "#" comment lines, then
// lemma, frame, n, cue per line. name is used in errors.
func ReadLexicon(r io.Reader, name string) (*Lexicon, error) {
	l := seedLexicon()
	err := gzfile.Lines(r, func(ln int, line string) error {
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return fmt.Errorf("line %d: want 4 tab-separated fields, got %d", ln, len(f))
		}
		fr, ok := ParseFrame(f[1])
		if !ok {
			return fmt.Errorf("line %d: unknown frame %q", ln, f[1])
		}
		n, err1 := strconv.ParseUint(f[2], 10, 32)
		c, err2 := strconv.ParseUint(f[3], 10, 32)
		if err := errors.Join(err1, err2); err != nil || c > n {
			return fmt.Errorf("line %d: counts %q/%q must be integers with cue ≤ n", ln, f[3], f[2])
		}
		l.entry(f[0]).counts[fr] = count{N: uint32(n), Cue: uint32(c)}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("cue lexicon %q: %w", name, err)
	}
	l.index()
	return l, nil
}

//go:embed lexicon
var lexiconFS embed.FS

// LexiconPath is where the generated counts sit inside the package.
const LexiconPath = "lexicon/cues.tsv.gz"

// DefaultLexicon returns the embedded lexicon (the seed priors plus the
// mined counts when the binary carries them), built once and shared.
var DefaultLexicon = sync.OnceValues(func() (*Lexicon, error) {
	b, err := lexiconFS.ReadFile(LexiconPath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return seedLexicon(), nil
	case err != nil:
		return nil, err
	}
	return ReadLexicon(bytes.NewReader(b), LexiconPath)
})
