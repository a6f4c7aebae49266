package sqlite

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"dateline"
	"dateline/store"
)

// benchAnalysis is shaped like an average analysed BBC article: 2 KB of
// text, 8 entities with 36 mentions, 7 times, 5 amounts, 2 quotes, 1 event.
func benchAnalysis(i int) dateline.Analysis {
	words := strings.Repeat(fmt.Sprintf("word%d ", i), 300)
	a := dateline.Analysis{ID: fmt.Sprint(i), Title: ptr(fmt.Sprintf("Title %d", i)), Published: ptr("2025-03-04"),
		Language: "en", Text: words}
	for e := range 8 {
		ent := dateline.EntityJSON{ID: fmt.Sprintf("E%d", e+1), Name: fmt.Sprintf("Person %d", (i*7+e)%500), Type: "PERSON", Roles: []string{}}
		for m := range 36 / 8 {
			ent.Mentions = append(ent.Mentions, dateline.MentionJSON{Start: m * 10, End: m*10 + 6, Text: "word12", Kind: "name"})
		}
		a.Entities = append(a.Entities, ent)
	}
	for t := range 7 {
		a.Times = append(a.Times, dateline.TimeJSON{Text: "Monday", Start: t, End: t + 6, Type: "DATE", Value: "2025-03-03"})
	}
	for m := range 5 {
		a.Amounts = append(a.Amounts, dateline.AmountJSON{Text: "$5m", Start: m, End: m + 3, Kind: "money", Value: 5e6, Unit: "USD"})
	}
	for q := range 2 {
		a.Quotes = append(a.Quotes, dateline.QuoteJSON{ID: fmt.Sprintf("Q%d", q+1), Kind: "direct", Text: words[:40], Start: 0, End: 40, Speaker: ptr("E1")})
	}
	a.Events = []dateline.EventJSON{{ID: "V1", Code: "040", QuadClass: 1, Actor1: &dateline.ActorJSON{Entity: ptr("E1"), Code: "GBRGOV"}, Text: words[:30], End: 30}}
	return a
}

func ptr[T any](v T) *T { return &v }

// BenchmarkPutBatch writes batches of 64 articles; ns/op is per article.
func BenchmarkPutBatch(b *testing.B) {
	db, err := Open(b.Context(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	const batch = 64
	recs := make([]store.Record, 0, batch)
	n := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		recs = append(recs, store.Record{Analysis: benchAnalysis(i), Analysed: true, Source: store.Source{Input: fmt.Sprint("bench/", i)}})
		if len(recs) == batch || i == b.N-1 {
			if _, err := db.PutBatch(b.Context(), recs); err != nil {
				b.Fatal(err)
			}
			n += len(recs)
			recs = recs[:0]
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
