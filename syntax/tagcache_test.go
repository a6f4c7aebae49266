package syntax

import (
	"slices"
	"strings"
	"testing"

	pc "dateline/internal/perceptron"
)

// TestTagFeaturesSplit checks that tagStatic and tagContext together give
// tagFeatures' features, for known and unknown words, first or not, with
// and without clusters and the first pass's tags; and that tagStatic's
// depend on the word alone.
func TestTagFeaturesSplit(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sc := m.getScratch()
	words := strings.Fields("Reallocated funds , she said , were zorbified in well-known ways by Ms. Okonkwo-Adebayo 's team")
	m.prepare(sc, words)
	first := make([]int32, len(words))
	for i := range first {
		first[i] = int32(i % 7)
	}
	for _, clus := range []bool{false, true} {
		for _, fst := range [][]int32{nil, first} {
			for i := range words {
				want := tagFeatures(nil, sc.ws, i, int32(i%5)-1, 3, fst, clus)
				got := tagContext(tagStatic(nil, &sc.ws[i+2], clus), sc.ws, i, int32(i%5)-1, 3, fst, clus)
				slices.Sort(want)
				slices.Sort(got)
				if !slices.Equal(got, want) {
					t.Errorf("word %q (clusters %v, second pass %v): split features differ from tagFeatures", words[i], clus, fst != nil)
				}
			}
		}
	}
	// The same word elsewhere, after other words, has the same static
	// features.
	other := strings.Fields("Yesterday she said so")
	sc2 := m.getScratch()
	m.prepare(sc2, other)
	if a, b := tagStatic(nil, &sc.ws[2+4], true), tagStatic(nil, &sc2.ws[2+2], true); !slices.Equal(a, b) {
		t.Errorf("static features of %q differ between two sentences", "said")
	}
}

// TestCachedTaggingIsExact tags sentences whose words recur, so that the
// second time their sums come from the cache, and checks that every tag
// and score margin is what tagging without the cache gives; also for a
// word written as another cached word's normalised form.
func TestCachedTaggingIsExact(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sents := []string{
		"The minister said the plan would cut costs .",
		"Costs rose , the minister said , as the plan stalled .",
		"She ’s sure the plan ’s costs will rise .",
		"She 's sure the plan 's costs will rise .",
		"Said the minister : the plan stalled .",
		"An extraordinarilyunpronounceablecompoundword appeared .",
	}
	cached := m.getScratch()
	for round := range 2 {
		for _, s := range sents {
			words := strings.Fields(s)
			plain := &scratch{scores: make([]float32, len(cached.scores))}
			m.prepare(plain, words)
			m.tag(plain, len(words)) // no words: no cache
			m.prepare(cached, words)
			cached.words = words
			m.tag(cached, len(words))
			cached.words = nil
			if !slices.Equal(cached.tags, plain.tags) || !slices.Equal(cached.margin, plain.margin) {
				t.Errorf("round %d, %q: tags %v margins %v with the cache, want %v %v", round, s, cached.tags, cached.margin, plain.tags, plain.margin)
			}
		}
	}
	if cached.cache == nil {
		t.Fatal("no cache was made")
	}
	n := 0
	for _, k := range cached.cache.keys {
		if k.n > 0 {
			n++
		}
	}
	if n == 0 {
		t.Errorf("the cache holds no word")
	}
}

// TestCacheFollowsTheTagger scores words through a scratch whose cache
// holds another tagger's sums (as when training replaces a tagger): the
// scores must be those of the tagger given.
func TestCacheFollowsTheTagger(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.tagger2 == nil {
		t.Fatal("the model has no second tagger to score with")
	}
	words := strings.Fields("Costs rose as the plan stalled")
	sc := m.getScratch()
	m.prepare(sc, words)
	want, got := make([]float32, len(sc.scores)), make([]float32, len(sc.scores))
	sc.sums = make([]int32, len(sc.scores))
	for _, pm := range []*pc.Model{m.tagger, m.tagger2} {
		for i := range words {
			m.sumOwnStrong(sc, pm, words, i, 2, 3)
			pm.Score(tagStrong(tagStatic(nil, &sc.ws[i+2], m.tagClusters), sc.ws, i, 2, 3), want)
			pm.ScaleSums(sc.sums[:pm.Classes()], got)
			if !slices.Equal(got[:pm.Classes()], want[:pm.Classes()]) {
				t.Fatalf("word %q: scores with the cache differ from the tagger's", words[i])
			}
		}
	}
}

// TestBest2SumsAsBest2: the best class and the margin over the second
// taken from a tagger's integer sums are those best2 takes from its
// scores, ties (to the lowest class) included, over the range of sums a
// word's few dozen int16 weights reach.
func TestBest2SumsAsBest2(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	pm := m.tagger
	r := newRand(7)
	sums := make([]int32, pm.Classes())
	scores := make([]float32, pm.Classes())
	for round := range 2000 {
		span := int32(1) << (4 + round%18) // up to 2^21
		for c := range sums {
			sums[c] = r.Int32N(2*span) - span
		}
		if round%3 == 0 { // a tie for the best, or for the second
			hi := slices.Max(sums)
			sums[r.IntN(len(sums))], sums[r.IntN(len(sums))] = hi, hi-int32(round%2)
		}
		for c, v := range sums {
			scores[c] = pm.ScoreOf(v)
		}
		wantBest, wantSecond := best2(scores)
		best, second := best2Sums(sums)
		if best != wantBest || pm.ScoreOf(sums[best])-pm.ScoreOf(sums[second]) != scores[wantBest]-wantSecond {
			t.Fatalf("round %d: best %d second %d from the sums, best2 gives %d and a margin of %v", round, best, second, wantBest, scores[wantBest]-wantSecond)
		}
	}
}
