package syntax

import (
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestJackknifeBothTagsEverySentenceTheSameWay: the two-pass jackknife
// gives every training sentence one tag per word, the same when trained
// again, and the same from its cache.
func TestJackknifeBothTagsEverySentenceTheSameWay(t *testing.T) {
	v := &vocab{tags: []Tag{{"DET", "DT"}, {"NOUN", "NN"}, {"VERB", "VBD"}, {"PUNCT", "."}}}
	var train []*tsent
	for _, s := range []string{
		"the dog barked .", "a cat slept .", "the bird sang .", "a fox ran .",
		"the horse jumped .", "a goat ate .", "the owl hooted .", "a cow mooed .",
	} {
		// Article, noun, verb, full stop: the tag is the position.
		train = append(train, &tsent{words: strings.Fields(s), tags: []int32{0, 1, 2, 3}})
	}
	o := TrainOptions{Jackknife: 2, TagEpochs: 2, Seed: 1, TagCache: filepath.Join(t.TempDir(), "tags")}
	o.defaults()
	first, err := jackknife(train, v, false, o, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	run := func(cache string) ([][]int32, string) {
		t.Helper()
		var log strings.Builder
		o.TagCache, o.Log = cache, &log
		got, err := jackknifeBoth(train, v, false, first, o, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		o.Log = io.Discard
		return got, log.String()
	}
	cache := o.TagCache
	trained, _ := run(cache)
	for i, tags := range trained {
		if len(tags) != len(train[i].words) {
			t.Fatalf("sentence %d: %d tags for %d words", i, len(tags), len(train[i].words))
		}
	}
	cached, log := run(cache)
	if !strings.Contains(log, "from "+cache) {
		t.Errorf("second run did not read the cache; log %q", log)
	}
	again, _ := run("")
	for name, got := range map[string][][]int32{"from the cache": cached, "trained again": again} {
		if !slices.EqualFunc(got, trained, slices.Equal[[]int32]) {
			t.Errorf("tags %s = %v, want %v", name, got, trained)
		}
	}
}
