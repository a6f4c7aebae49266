package text

import (
	"context"
	"os"
	"strings"
	"testing"
)

// BenchmarkSegment measures segmentation speed on a news article written
// for this test (testdata/news.txt), repeated to about 27 KB so that
// per-document costs do not dominate. Run with -benchmem.
func BenchmarkSegment(b *testing.B) {
	raw, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(raw), 10)
	sg := NewSegmenter()
	ctx := context.Background()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		d := NewDocument(Article{Text: text})
		if err := sg.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
}

// TestNewsFixture pins the segmentation of the benchmark article, so the
// benchmark measures a segmenter that gets it right.
func TestNewsFixture(t *testing.T) {
	raw, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := string(raw)
	paras, sents, toks := segment(s, false)
	checkSegmentation(t, s, paras, sents, toks)
	if got, want := len(sents), 30; got != want {
		for i, se := range sents {
			t.Logf("sentence %d: %s", i+1, s[se.Start:se.End])
		}
		t.Errorf("got %d sentences, want %d", got, want)
	}
}
