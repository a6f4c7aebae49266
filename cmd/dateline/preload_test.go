package main

import (
	"errors"
	"slices"
	"testing"

	"dateline"
)

// TestPreloadOnFirst: the models start decoding once, with the first
// article read, not with an input that failed before it, and every input
// passes on in order.
func TestPreloadOnFirst(t *testing.T) {
	inputs := []dateline.Input{
		{Article: dateline.Article{ID: "missing.txt"}, Err: errors.New("no such file")},
		{Article: dateline.Article{ID: "a", Text: "Mira Vell opened the ferry."}},
		{Article: dateline.Article{ID: "b", Text: "The ferry sailed."}},
	}
	var preloaded []string
	var got []string
	for in := range preloadOnFirst(slices.Values(inputs), func(a dateline.Article) { preloaded = append(preloaded, a.ID) }) {
		got = append(got, in.Article.ID)
	}
	if !slices.Equal(preloaded, []string{"a"}) {
		t.Errorf("preloaded with %q, want once with the first article read, a", preloaded)
	}
	if !slices.Equal(got, []string{"missing.txt", "a", "b"}) {
		t.Errorf("inputs passed on: %q", got)
	}
	// A run whose inputs all fail decodes nothing.
	preloaded = nil
	for range preloadOnFirst(slices.Values(inputs[:1]), func(a dateline.Article) { preloaded = append(preloaded, a.ID) }) {
	}
	if len(preloaded) != 0 {
		t.Errorf("preloaded with %q for a run of failed inputs", preloaded)
	}
}
