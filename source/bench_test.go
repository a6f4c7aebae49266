package source

import (
	"context"
	"os"
	"strings"
	"testing"
)

// BenchmarkClean runs on an article-shaped text: a few furniture lines
// around paragraphs of a few sentences each.
func BenchmarkClean(b *testing.B) {
	para := strings.Repeat("The council met on Monday and argued about the budget for hours, officials said. ", 3)
	s := "Skip to content\nEnglish | Español\nBy Jane Doe | Updated 3:45 PM, Aug 18, 2025\n" +
		strings.Repeat(para+"\n", 6) + "Share this article\n" + strings.Repeat(para+"\n", 6) + "Advertisement\n"
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Clean(s)
	}
}

func BenchmarkExtractHTML(b *testing.B) {
	page, err := os.ReadFile("testdata/html/news.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := ExtractHTML("news.html", string(page), "", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkJSONLText(b *testing.B) {
	line := `{"id":"x","text":"` + strings.Repeat("The council met on Monday and argued about the budget. ", 40) + `","published":"2025-08-18"}` + "\n"
	in := strings.Repeat(line, 1000)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		src, err := OpenReader("bench", strings.NewReader(in), Options{})
		if err != nil {
			b.Fatal(err)
		}
		for _, err := range src.Articles(context.Background()) {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}
