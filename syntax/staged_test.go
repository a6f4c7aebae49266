package syntax

import (
	"math"
	"slices"
	"testing"

	pc "dateline/internal/perceptron"
)

// TestWeakTemplatesLookedUpOnlyWhenUnsure: a decision whose strong
// templates lead by the exit margin looks up no weak template and takes
// the strong sums' best action; one below it looks them up and takes the
// full sums' best, as the parser without stages.
func TestWeakTemplatesLookedUpOnlyWhenUnsure(t *testing.T) {
	m := loadFresh(t)
	if len(m.parseWeak) == 0 {
		t.Fatal("the committed model stages no template")
	}
	words := []string{"Three", "ferries", "crossed", "the", "windy", "strait", "before", "noon", "."}
	decide := func(exit float32) (int, []uint64) {
		sc, s := afterTwoShifts(m, words)
		sc.stack.reset(len(words))
		var ok [nActions]bool
		s.legal(&ok)
		front := frontSums{at: -1, kidsAt: -1}
		m.parseExit = exit
		a := m.decideParse(sc, s, &front, &ok)
		return a, slices.Clone(sc.feats)
	}
	sc, s := afterTwoShifts(m, words)
	m.stateFeatures(&sc.pv, &sc.x, s)
	weak := gather(nil, sc.pv[:], m.parseWeak)

	a, feats := decide(0) // every lead is safe
	for _, f := range weak {
		if slices.Contains(feats, f) {
			t.Fatal("a decision with a safe lead looked up a weak template")
		}
	}
	strong := m.scoreAll(words, false)
	if a != strong {
		t.Errorf("safe lead: action %d, want the strong sums' %d", a, strong)
	}
	a, feats = decide(float32(math.Inf(1))) // no lead is safe
	if !slices.Equal(feats, weak) {
		t.Errorf("an unsure decision looked up %d features, want the %d weak ones", len(feats), len(weak))
	}
	if full := m.scoreAll(words, true); a != full {
		t.Errorf("unsure lead: action %d, want the full model's %d", a, full)
	}
}

// scoreAll is the best legal action after two shifts of words, by the
// sums of all the parser's templates (withWeak) or all but the weak ones.
func (m *Model) scoreAll(words []string, withWeak bool) int {
	sc, s := afterTwoShifts(m, words)
	feats := m.parseFeatures(nil, &sc.pv, &sc.x, s)
	if !withWeak {
		weak := gather(nil, sc.pv[:], m.parseWeak)
		feats = slices.DeleteFunc(feats, func(f uint64) bool { return slices.Contains(weak, f) })
	}
	sums := make([]int32, m.parser.Classes())
	m.parser.SumInto(&sc.lookup, feats, sums)
	var ok [nActions]bool
	s.legal(&ok)
	best, _ := pc.ArgmaxSums(sums, ok[:])
	return best
}

// TestWeakTemplatesAreLookedUpAtEveryDecision: every weak template of the
// list is one the committed parser looks up at every decision (not kept
// per stack top or front, where leaving it out would save no lookup).
func TestWeakTemplatesAreLookedUpAtEveryDecision(t *testing.T) {
	m := loadFresh(t)
	if len(m.parseWeak) != len(weakParseTemplates) {
		t.Errorf("parseWeak %v, want all of %v", m.parseWeak, weakParseTemplates)
	}
	for _, g := range [][]uint8{m.parseBuf, m.parseKids, m.parseStack, m.parseTop, m.parseRest} {
		for _, w := range m.parseWeak {
			if slices.Contains(g, w) {
				t.Errorf("weak template %d is also in a group looked up first", w)
			}
		}
	}
}

// loadFresh decodes the embedded model anew, for a test that changes its
// settings.
func loadFresh(t testing.TB) *Model {
	t.Helper()
	f, err := modelFS.Open(ModelPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := LoadModel(f, ModelPath)
	if err != nil {
		t.Fatal(err)
	}
	return m
}
