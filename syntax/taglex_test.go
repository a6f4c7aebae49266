package syntax

import (
	"strings"
	"testing"
)

func TestTagLexiconClassesAndFirstTags(t *testing.T) {
	lex := tagLex()
	if len(lex) < 80000 {
		t.Fatalf("embedded tag lexicon has %d words, want more than 80,000", len(lex))
	}
	get := func(s string, first bool) word {
		w := makeWord(s, first)
		lex.lookup(&w)
		return w
	}
	// Words of one list share its class; a word the lexicon lacks is 1.
	if a, b := get("pious", false), get("ornate", false); a.tl != b.tl || a.tl < 2 {
		t.Errorf("pious and ornate (both only JJ): classes %d and %d, want one class", a.tl, b.tl)
	}
	if a, b := get("harbor", false), get("pious", false); a.tlFirst == b.tlFirst {
		t.Errorf("harbor (NN first) and pious (JJ) share first tag %d", a.tlFirst)
	}
	if w := get("Qzxwvbn", false); w.tl != 1 || w.tlFirst != 1 {
		t.Errorf("unknown word: tl=%d tlFirst=%d, want 1 and 1", w.tl, w.tlFirst)
	}
	// Case is kept where the lexicon has both forms ("May" the name,
	// "may" the modal); a capitalised sentence opener the lexicon has
	// only in lower case finds that.
	if a, b := get("May", false), get("may", false); a.tl == b.tl {
		t.Errorf("May and may share class %d, want the lexicon's two entries", a.tl)
	}
	if a, b := get("Pious", true), get("pious", false); a.tl != b.tl || a.tlFirst != b.tlFirst {
		t.Errorf("sentence-initial Pious: class %d/%d, want pious's %d/%d", a.tl, a.tlFirst, b.tl, b.tlFirst)
	}
}

// TestTagLexFeaturesOnlyForModelsTrainedWithIt: a model trained without
// the tag lexicon gets exactly the tagger features it was trained on.
func TestTagLexFeaturesOnlyForModelsTrainedWithIt(t *testing.T) {
	words := strings.Fields("Officials cautioned reporters on Tuesday .")
	count := func(tl bool) (known, unknown int) {
		m := tinyModel(t)
		m.tagLex = tl
		sc := m.getScratch()
		m.prepare(sc, words)
		sc.ws[2].known, sc.ws[3].known = true, false
		return len(tagFeatures(nil, sc.ws, 0, -1, -1, nil, false)), len(tagFeatures(nil, sc.ws, 1, 0, -1, nil, false))
	}
	k0, u0 := count(false)
	k1, u1 := count(true)
	if k1 != k0+4 || u1 != u0+6 {
		t.Errorf("features with the tag lexicon: known %d -> %d (want +4), unknown %d -> %d (want +6)", k0, k1, u0, u1)
	}
}
