package entity

import (
	"context"
	"testing"

	"dateline/internal/cputime"
	"dateline/ner"
	"dateline/text"
)

// article is a news-like text written for the benchmark.
const article = `Norwegian Prime Minister Jonas Gahr Store met German Chancellor Friedrich Merz in Berlin on Tuesday to discuss energy supplies, as European leaders prepare for a difficult winter.
"We have agreed to deepen our cooperation on gas and on offshore wind," Store told reporters after the meeting. He said Norway would keep its pipelines running at full capacity.
Merz welcomed the commitment, adding that Germany would invest 4 billion euros in new terminals on the North Sea coast. The chancellor has faced criticism from industry groups over rising prices.
Officials from the European Commission in Brussels said the plan could serve as a model for other member states. American colleagues have offered liquefied natural gas, a spokeswoman for the commission said.
In Moscow, the Kremlin dismissed the talks. Russian President Vladimir Putin said Europe would pay a high price for its decisions, according to the state news agency TASS.
Store, who has led the Labour Party since 2014, said he expected further talks with Dutch and Danish ministers later this month in Copenhagen.
`

// BenchmarkNERAndEntities measures the ner and entities stages together
// on a segmented article; tokens/s is what the target speaks of.
func BenchmarkNERAndEntities(b *testing.B) {
	base := text.NewDocument(text.Article{Text: article})
	ctx := context.Background()
	if err := text.NewSegmenter().Process(ctx, base); err != nil {
		b.Fatal(err)
	}
	nerStage, entStage := ner.NewStage(), NewStage()
	d := *base
	d.Tokens = append([]text.Token(nil), base.Tokens...)
	if err := nerStage.Process(ctx, &d); err != nil { // load the model outside the timing
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu0 := cputime.Now()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := *base
		d.Tokens = append(d.Tokens[:0:0], base.Tokens...)
		if err := nerStage.Process(ctx, &d); err != nil {
			b.Fatal(err)
		}
		if err := entStage.Process(ctx, &d); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	toks := float64(len(base.Tokens)) * float64(b.N)
	b.ReportMetric(toks/b.Elapsed().Seconds(), "tokens/s")
	// On a machine shared with other jobs the wall clock overstates the
	// cost; CPU seconds of this process measure the per-core speed.
	if cpu := cputime.Now() - cpu0; cpu > 0 {
		b.ReportMetric(toks/cpu.Seconds(), "tokens/cpu-s")
	}
}

// TestBenchmarkArticle pins what the benchmark article yields, so that the
// benchmark measures real work.
func TestBenchmarkArticle(t *testing.T) {
	d := text.NewDocument(text.Article{Text: article})
	ctx := context.Background()
	for _, s := range []interface {
		Process(context.Context, *text.Document) error
	}{text.NewSegmenter(), ner.NewStage(), NewStage()} {
		if err := s.Process(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if len(d.Entities) < 15 {
		t.Errorf("got %d entities, want at least 15", len(d.Entities))
	}
	for _, tc := range []struct{ phrase, want string }{
		{"Jonas Gahr Store", "Jonas Gahr Store PERSON NOR [Prime Minister] NORGOV"},
		{"Friedrich Merz", "Friedrich Merz PERSON DEU [Chancellor] DEUGOV"},
		{"Vladimir Putin", "Vladimir Putin PERSON RUS [President] RUSGOV"},
		{"He", "Jonas Gahr Store PERSON NOR [Prime Minister] NORGOV"},
		{"The chancellor", "Friedrich Merz PERSON DEU [Chancellor] DEUGOV"},
		{"Kremlin", "Kremlin FAC RUS [] RUSGOV"},
		{"European leaders", "European leaders GROUP  [] EURGOV"},
	} {
		if got := describe(entityOf(t, d, tc.phrase, 0)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.phrase, got, tc.want)
		}
	}
}
