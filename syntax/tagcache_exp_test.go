//go:build experiment

package syntax

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"
	"time"

	"dateline/internal/cputime"
	"dateline/text"
)

// TestWordCacheSizeOnNews tags the sentences of a file of news articles
// (JSON lines with a "text", e.g. the bench's BBC throughput input, given
// by TAGCACHE_INPUT; read at run time, nothing kept) with word caches of
// several sizes, rounds alternating in one process, and reports the CPU
// of each and its hit rate: news text meets more words than EWT dev.
func TestWordCacheSizeOnNews(t *testing.T) {
	path := os.Getenv("TAGCACHE_INPUT")
	if path == "" {
		t.Skip("TAGCACHE_INPUT not set")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var sents [][]string
	tokens := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		d := text.NewDocument(text.Article{Text: a.Text})
		if err := text.NewSegmenter().Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, se := range d.Sentences {
			var ws []string
			for _, tk := range d.Tokens[se.FirstToken:se.EndToken] {
				ws = append(ws, d.Text[tk.Start:tk.End])
			}
			if len(ws) > 0 {
				sents = append(sents, ws)
				tokens += len(ws)
			}
		}
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	bits := []int{8, 10, 11, 12}
	var dur [4]time.Duration
	for round := range 6 {
		for k := range bits {
			j := (k + round) % len(bits)
			wordCacheBits = bits[j]
			c0 := cputime.Now()
			for _, ws := range sents {
				m.tagWords(ws)
			}
			dur[j] += cputime.Now() - c0
		}
	}
	for j, b := range bits {
		t.Logf("%5d slots: %.0f tokens/cpu-s (%.3f of 256 slots)", 1<<b, float64(6*tokens)/dur[j].Seconds(), float64(dur[0])/float64(dur[j]))
	}
	wordCacheBits = cacheBits
}
