package ingest

import (
	"context"
	"sync/atomic"
	"testing"

	"dateline"
	"dateline/source"
	"dateline/text"
)

// countStage counts the documents it sees.
type countStage struct{ n *atomic.Int64 }

func (countStage) Name() string       { return "count.v1" }
func (countStage) Requires() []string { return nil }
func (countStage) Assigns() []string  { return nil }
func (c countStage) Process(context.Context, *text.Document) error {
	c.n.Add(1)
	return nil
}

func TestRunAnalysesAnInFlightDuplicateOnce(t *testing.T) {
	wire := story(councilStory, "Eastport", 8)
	tests := []struct {
		name      string
		batch     int
		items     []item
		wantRuns  int64
		wantKnown int64
	}{
		{"copy right after its first", 64, []item{
			art("a/1.txt", "Eastport budget", wire),
			art("a/2.txt", "Eastport budget", wire),
			art("a/3.txt", "Westport fish", story(fishStory, "Westport", 8)),
		}, 2, 1},
		{"two copies, first in a batch of its own", 1, []item{
			art("a/1.txt", "Eastport budget", wire),
			art("a/2.txt", "Eastport budget", wire),
			art("a/3.txt", "Eastport budget", wire),
		}, 1, 2},
		{"copy after many others", 4, []item{
			art("a/1.txt", "Eastport budget", wire),
			art("a/2.txt", "Westport fish", story(fishStory, "Westport", 8)),
			art("a/3.txt", "Northport fish", story(fishStory, "Northport", 8)),
			art("a/4.txt", "Southport fish", story(fishStory, "Southport", 8)),
			art("a/5.txt", "Westport budget", story(councilStory, "Westport", 8)),
			art("a/6.txt", "Eastport budget", wire),
		}, 5, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var runs atomic.Int64
			pipe, err := dateline.NewPipeline(text.NewSegmenter(), countStage{&runs})
			if err != nil {
				t.Fatal(err)
			}
			db := openStore(t)
			opt := Options{Workers: 2, BatchSize: tc.batch, Pipeline: pipe, DetectLanguage: detect}
			got, err := Run(t.Context(), db, []source.Source{memSource{name: "a", items: tc.items}}, opt)
			if err != nil {
				t.Fatal(err)
			}
			stored := int64(len(tc.items)) - tc.wantKnown
			if got.Stored != stored || got.Known != tc.wantKnown || got.NewSources != tc.wantKnown {
				t.Errorf("progress = %+v, want %d stored, %d known with new sources", got, stored, tc.wantKnown)
			}
			if n := runs.Load(); n != tc.wantRuns {
				t.Errorf("pipeline ran %d times, want %d", n, tc.wantRuns)
			}
			if s := stats(t, db); int64(s.Articles) != stored || s.Sources != len(tc.items) {
				t.Errorf("stats = %+v, want %d articles, %d sources", s, stored, len(tc.items))
			}
		})
	}
}
