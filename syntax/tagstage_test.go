package syntax

import (
	"strings"
	"testing"
)

// stagedSentences are sentences written for the staged tagger's tests.
var stagedSentences = []string{
	"The harbour board of Velmora approved a plan to dredge the channel before winter .",
	"Ms. Quillfeather , who chairs the board , said the dredging would last three months .",
	"Fishing crews fear the work will cloud the water and drive the shoals away .",
	"A spokesman for the crews called the timing reckless but promised to cooperate .",
}

// TestFirstPassDecidesOnStrongFeatures tags sentences written for this
// test with the first pass and checks each scored word against sums
// computed here: a word whose own and strong features part its best two
// tags by earlyMargin takes the best of those, with their margin; any
// other takes the best of all its features. Some words must go each way,
// and some early word's margin must differ from its full one (else the
// test could not tell the early decision from the full one).
func TestFirstPassDecidesOnStrongFeatures(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if earlyMargin <= defaultSureMargin {
		t.Fatalf("earlyMargin %v must exceed the second pass's sure margin %v", earlyMargin, defaultSureMargin)
	}
	pm := m.tagger
	sums := make([]int32, pm.Classes())
	var early, late, earlyDiffers int
	for _, line := range stagedSentences {
		words := strings.Fields(line)
		sc := m.getScratch()
		m.prepare(sc, words)
		sc.words = words
		sc.tags, sc.margin = make([]int32, len(words)), make([]float32, len(words))
		m.tagPass(sc, pm, nil, sc.tags)
		tm1, tm2 := int32(-1), int32(-1)
		for i, w := range words {
			if sc.ws[i+2].lexTag < 0 {
				pm.SumInto(&sc.lookup, tagStrong(tagStatic(nil, &sc.ws[i+2], m.tagClusters), sc.ws, i, tm1, tm2), sums)
				b, r := best2Sums(sums)
				strong := pm.ScoreOf(sums[b]) - pm.ScoreOf(sums[r])
				pm.SumInto(&sc.lookup, tagFeatures(nil, sc.ws, i, tm1, tm2, nil, m.tagClusters), sums)
				fb, fr := best2Sums(sums)
				full := pm.ScoreOf(sums[fb]) - pm.ScoreOf(sums[fr])
				wantTag, wantMargin := fb, full
				if strong >= earlyMargin {
					wantTag, wantMargin = b, strong
					early++
					if strong != full {
						earlyDiffers++
					}
				} else {
					late++
				}
				if sc.tags[i] != wantTag || sc.margin[i] != wantMargin {
					t.Errorf("%q: tag %d margin %v, want %d %v", w, sc.tags[i], sc.margin[i], wantTag, wantMargin)
				}
			}
			tm2, tm1 = tm1, sc.tags[i]
		}
		sc.words = nil
	}
	if early == 0 || late == 0 || earlyDiffers == 0 {
		t.Errorf("%d words decided early (%d with a margin other than the full one), %d on all features: the sentences do not test both ways", early, earlyDiffers, late)
	}
}

// TestExactTaggerDecidesOnAllFeatures checks that a model marked exact
// (training's jackknifed taggers) decides every first-pass word on all
// its features, with their margin, and that the sentences hold a word the
// staged tagger decides with another margin (else the test could not
// tell the two apart).
func TestExactTaggerDecidesOnAllFeatures(t *testing.T) {
	m := loadFresh(t)
	staged, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	m.exact = true
	pm := m.tagger
	sums := make([]int32, pm.Classes())
	differs := 0
	for _, line := range stagedSentences {
		words := strings.Fields(line)
		tagged := func(m *Model) *scratch {
			sc := m.getScratch()
			m.prepare(sc, words)
			sc.words = words
			sc.tags, sc.margin = make([]int32, len(words)), make([]float32, len(words))
			m.tagPass(sc, m.tagger, nil, sc.tags)
			return sc
		}
		sc, ss := tagged(m), tagged(staged)
		tm1, tm2 := int32(-1), int32(-1)
		for i, w := range words {
			if sc.ws[i+2].lexTag < 0 {
				pm.SumInto(&sc.lookup, tagFeatures(nil, sc.ws, i, tm1, tm2, nil, m.tagClusters), sums)
				b, r := best2Sums(sums)
				full := pm.ScoreOf(sums[b]) - pm.ScoreOf(sums[r])
				if sc.tags[i] != b || sc.margin[i] != full {
					t.Errorf("%q: tag %d margin %v, want %d %v", w, sc.tags[i], sc.margin[i], b, full)
				}
				if ss.margin[i] != full {
					differs++
				}
			}
			tm2, tm1 = tm1, sc.tags[i]
		}
	}
	if differs == 0 {
		t.Error("the staged tagger decided every word as the exact one: the sentences do not test the flag")
	}
}
