package synth

import (
	"context"
	"path/filepath"
	"testing"

	"dateline/store"
	"dateline/store/sqlite"
)

func open(t *testing.T) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "synth.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestGenerate(t *testing.T) {
	db := open(t)
	sum, err := Generate(t.Context(), db, Options{Articles: 60, QuotesPerArticle: 5, Speakers: 40, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	st, err := db.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if sum.Articles != 60 || st.Articles != 60 || st.Quotes != 300 || sum.Quotes != 300 || st.Events != sum.Events || sum.Events == 0 {
		t.Errorf("summary %+v, stats %+v: want 60 articles, 300 quotes and the events counted alike", sum, st)
	}
	t.Run("spans point at the quoted words", func(t *testing.T) {
		page, err := db.Articles(t.Context(), store.ArticleQuery{Limit: 5})
		if err != nil {
			t.Fatal(err)
		}
		for _, art := range page.Items {
			a, err := db.Analysis(t.Context(), art.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range a.Quotes {
				if got := a.Text[q.Start:q.End]; got != q.Text {
					t.Errorf("%s %s: text at span = %q, quote = %q", art.ID, q.ID, got, q.Text)
				}
			}
			for _, e := range a.Entities {
				for _, m := range e.Mentions {
					if a.Text[m.Start:m.End] != e.Name {
						t.Errorf("%s %s: mention %q, name %q", art.ID, e.ID, a.Text[m.Start:m.End], e.Name)
					}
				}
			}
		}
	})
	t.Run("the first speaker is quoted most", func(t *testing.T) {
		counts := map[string]int{}
		for _, name := range sum.TopSpeakers[:3] {
			p, err := db.Quotes(t.Context(), store.QuoteQuery{Speaker: name, Limit: store.MaxLimit})
			if err != nil {
				t.Fatal(err)
			}
			counts[name] = len(p.Items)
		}
		if a, b := counts[sum.TopSpeakers[0]], counts[sum.TopSpeakers[2]]; a <= b {
			t.Errorf("quotes by the top speakers = %v: want the first ahead of the third", counts)
		}
	})
	t.Run("the same seed writes the same articles", func(t *testing.T) {
		other := open(t)
		if _, err := Generate(t.Context(), other, Options{Articles: 60, QuotesPerArticle: 5, Speakers: 40, Seed: 7}); err != nil {
			t.Fatal(err)
		}
		p1, _ := db.Articles(t.Context(), store.ArticleQuery{Limit: store.MaxLimit})
		p2, _ := other.Articles(t.Context(), store.ArticleQuery{Limit: store.MaxLimit})
		if len(p1.Items) != len(p2.Items) {
			t.Fatalf("%d vs %d articles", len(p1.Items), len(p2.Items))
		}
		for i := range p1.Items {
			if p1.Items[i].Hash != p2.Items[i].Hash {
				t.Fatalf("article %d differs between two runs with one seed", i)
			}
		}
	})
}

func BenchmarkGenerate(b *testing.B) {
	db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := Generate(context.Background(), db, Options{Articles: 100, Seed: uint64(i)}); err != nil {
			b.Fatal(err)
		}
	}
}
