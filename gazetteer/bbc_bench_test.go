package gazetteer

import (
	"testing"

	"dateline/internal/bbccorpus"
	"dateline/internal/cputime"
	"dateline/text"
)

// BenchmarkMatchBBC matches the sentences of one article in eight of the
// BBC corpus (read at run time from ../shared beside the repo, never
// copied into it), as SentenceMatches does for the NER and entity stages:
// BenchmarkMatch matches one paragraph over and over, so its words stay in
// the processor's caches. Run with -cpu 1.
func BenchmarkMatchBBC(b *testing.B) {
	g := Default()
	var sents [][]string
	docs, toks := bbccorpus.Documents(b, "..", 8, text.NewSegmenter())
	for _, d := range docs {
		for _, s := range d.Sentences {
			var words []string
			for _, t := range d.Tokens[s.FirstToken:s.EndToken] {
				words = append(words, d.Text[t.Start:t.End])
			}
			sents = append(sents, words)
		}
	}
	var buf []Match
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		for _, s := range sents {
			buf = g.AppendMatches(buf[:0], s)
		}
	}
	cputime.ReportRate(b, toks, cpu0, "tokens/cpu-s")
}
