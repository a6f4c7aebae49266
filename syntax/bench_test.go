package syntax

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"dateline/internal/conllu"
	"dateline/internal/cputime"
)

// devPath is UD English EWT dev, lent for evaluation in ../shared; it is
// read at run time, never copied into the repository.
var devPath = filepath.Join("..", "..", "shared", "bench", "data", "syntax", "en_ewt-ud-dev.conllu")

func devSentences(tb testing.TB) [][]string {
	tb.Helper()
	f, err := os.Open(devPath)
	if err != nil {
		tb.Fatalf("EWT dev (from ../shared): %v", err)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f, devPath)
	if err != nil {
		tb.Fatal(err)
	}
	out := make([][]string, 0, len(sents))
	for _, s := range sents {
		var words []string
		for _, i := range s.Words() {
			words = append(words, s.Lines[i].Form)
		}
		out = append(out, words)
	}
	return out
}

func benchModel(b *testing.B) *Model {
	b.Helper()
	if p := os.Getenv("SYNTAX_MODEL"); p != "" {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		m, err := LoadModel(f, p)
		if err != nil {
			b.Fatal(err)
		}
		return m
	}
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	return m
}

// BenchmarkParse tags, lemmatises and parses all of EWT dev per iteration
// and reports tokens per second and allocations per token.
func BenchmarkParse(b *testing.B) {
	m := benchModel(b)
	sents := devSentences(b)
	tokens := 0
	for _, s := range sents {
		tokens += len(s)
	}
	var s Sentence
	b.ReportAllocs()
	cpu0 := cputime.Now()
	b.ResetTimer()
	for b.Loop() {
		for _, words := range sents {
			s.Words = words
			m.Parse(&s)
		}
	}
	b.StopTimer()
	reportSpeed(b, tokens, cputime.Now()-cpu0)
}

// reportSpeed reports tokens per second of wall time and of CPU time: on
// a machine shared with other work the CPU figure is the one that says
// what a core can do.
func reportSpeed(b *testing.B, tokens int, cpu time.Duration) {
	n := float64(tokens) * float64(b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(n/cpu.Seconds(), "tokens/cpu-s")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkTag measures the tagger and lemmatiser alone.
func BenchmarkTag(b *testing.B) {
	m := benchModel(b)
	sents := devSentences(b)
	tokens := 0
	for _, s := range sents {
		tokens += len(s)
	}
	b.ReportAllocs()
	cpu0 := cputime.Now()
	b.ResetTimer()
	for b.Loop() {
		for _, words := range sents {
			m.tagWords(words)
		}
	}
	b.StopTimer()
	reportSpeed(b, tokens, cputime.Now()-cpu0)
}

// BenchmarkLoad decodes the embedded model as Default does, once per
// iteration: every process of the pipeline pays it once. It reports the
// CPU time of a load (cpu-ms/op) besides its wall time.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		f, err := modelFS.Open(ModelPath)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := LoadModel(f, ModelPath); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
	b.ReportMetric(float64(cputime.Now()-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}
