package ingest

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"dateline"
	"dateline/source"
	"dateline/store/sqlite"
	"dateline/text"
)

// benchCorpus makes n articles of about 2 KB (the BBC corpus's mean) from
// made-up sentences, each distinct.
func benchCorpus(n int) []source.Source {
	r := rand.New(rand.NewPCG(1, 2))
	people := []string{"Mayor Ana Ortiz", "Minister Tomas Berg", "Judge Lena Fischer", "the union leader", "Dr Mei Lin"}
	verbs := []string{"said", "promised", "warned", "announced", "denied"}
	objects := []string{"the budget would rise by 4% next year", "talks with Germany had failed on Monday",
		"the company would cut 300 jobs by March", "the new bridge would cost $12 million", "the strike would end"}
	items := make([]item, n)
	for i := range items {
		var b strings.Builder
		for s := 0; b.Len() < 2000; s++ {
			fmt.Fprintf(&b, "%s %s that %s (report %d.%d).", people[r.IntN(len(people))], verbs[r.IntN(len(verbs))],
				objects[r.IntN(len(objects))], i, s)
			if s%4 == 3 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		items[i] = item{art: text.Article{ID: fmt.Sprint(i), Title: fmt.Sprintf("Report %d", i), Text: b.String(),
			Origin: text.Origin{Path: fmt.Sprintf("bench/%d.txt", i)}}}
	}
	return []source.Source{memSource{name: "bench", items: items}}
}

// BenchmarkRun ingests 200 articles with the default pipeline and
// language identification into a new SQLite file; articles/s is reported.
func BenchmarkRun(b *testing.B) {
	pipe, err := dateline.DefaultPipeline()
	if err != nil {
		b.Fatal(err)
	}
	const n = 200
	srcs := benchCorpus(n)
	source.DetectLanguage("warm the language models up before timing")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := sqlite.Open(b.Context(), filepath.Join(b.TempDir(), fmt.Sprintf("bench%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := Run(b.Context(), db, srcs, Options{Pipeline: pipe, DetectLanguage: source.DetectLanguage}); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}
