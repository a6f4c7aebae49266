package syntax

import (
	"slices"
	"testing"
)

// TestStackTemplatesKeepWhileTheWordIsOnTop: the parser features kept per
// stack top are the same when the word comes back to the top after a word
// pushed on it was attached to it, though the buffer moved and the word
// got a dependent; features over those change.
func TestStackTemplatesKeepWhileTheWordIsOnTop(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"Two", "engineers", "inspected", "the", "cracked", "pier", "on", "Friday", "."}
	sc, s := afterTwoShifts(m, words) // "Two" "engineers" on the stack
	s.apply(shift, -1)                // "inspected" on them
	var before parseVec
	m.stateFeatures(&before, &sc.x, s)
	s.apply(shift, -1) // "the"
	s.apply(right, 5)  // "the" attached to "inspected", which is on top again
	if s.stackAt(0) != 2 || s.b != 4 {
		t.Fatalf("stack top %d, buffer front %d; want 2, 4", s.stackAt(0), s.b)
	}
	var after parseVec
	m.stateFeatures(&after, &sc.x, s)
	for _, id := range stackTemplates {
		if before[id] != after[id] {
			t.Errorf("stack template %d changed while its word came back to the top", id)
		}
	}
	if before[fS0rl] == after[fS0rl] || before[fS0wB0w] == after[fS0wB0w] {
		t.Error("the top word's new dependent or the buffer's move changed no feature over them")
	}
	for _, id := range []uint8{fS0rl, fS0wvl, fS0psl, fS0pB0p, fS1pS0pS0sl, fS1pS0lwS0p} {
		if slices.Contains(stackTemplates, id) {
			t.Errorf("template %d, over the top's dependents or the buffer, is kept per stack top", id)
		}
	}
}

// TestTopTemplatesKeepUntilTheTopGetsADependent: the features over the
// stack top's dependents are as they were when it comes back to the top
// after the word pushed on it went to the buffer front (a left arc), and
// change when a word pushed on it is attached to it (a right arc).
func TestTopTemplatesKeepUntilTheTopGetsADependent(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"Volunteers", "quickly", "repaired", "every", "damaged", "fence", "nearby", "."}
	sc, s := afterTwoShifts(m, words)
	s.apply(shift, -1) // "repaired" on top
	var before, afterLeft, afterRight parseVec
	m.stateFeatures(&before, &sc.x, s)
	s.apply(shift, -1) // "every"
	s.apply(left, 3)   // "every" attached to "damaged", the front
	m.stateFeatures(&afterLeft, &sc.x, s)
	s.apply(shift, -1) // "damaged"
	s.apply(right, 4)  // "damaged" attached to "repaired"
	m.stateFeatures(&afterRight, &sc.x, s)
	if s.stackAt(0) != 2 {
		t.Fatalf("stack top %d, want 2", s.stackAt(0))
	}
	for _, id := range topTemplates {
		if before[id] != afterLeft[id] {
			t.Errorf("top template %d changed after a left arc from above it", id)
		}
	}
	if afterLeft[fS0rl] == afterRight[fS0rl] || afterLeft[fS0rw] == afterRight[fS0rw] {
		t.Error("the top's new right dependent changed no feature over it")
	}
}

// TestKidsTemplatesKeepUntilTheFrontGetsADependent: the features over
// the buffer front's left dependents stay as they were after a right arc
// between two stack words, and change when the front gets a dependent.
func TestKidsTemplatesKeepUntilTheFrontGetsADependent(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"Heavy", "rain", "flooded", "the", "lower", "streets", "."}
	sc, s := afterTwoShifts(m, words) // "Heavy" "rain" on the stack, "flooded" in front
	var before, afterRight, afterLeft parseVec
	m.stateFeatures(&before, &sc.x, s)
	s.apply(right, 4) // "rain" attached to "Heavy"
	m.stateFeatures(&afterRight, &sc.x, s)
	s.apply(left, 6) // "Heavy" attached to "flooded", the front
	m.stateFeatures(&afterLeft, &sc.x, s)
	for _, id := range kidsTemplates {
		if before[id] != afterRight[id] {
			t.Errorf("kids template %d changed after a right arc", id)
		}
	}
	if afterRight[fB0lw] == afterLeft[fB0lw] {
		t.Error("the front's new left dependent changed no feature over it")
	}
}

// TestKeptSumsParseAsTheFullLookup: parsing with the parser's sums kept
// per stack top and the labeller's per head gives the trees of looking
// every feature up at every decision.
func TestKeptSumsParseAsTheFullLookup(t *testing.T) {
	m, full := loadFresh(t), loadFresh(t)
	if m.labelHead == 0 || len(m.parseStack) == 0 {
		t.Fatal("the embedded model keeps no sums")
	}
	// Both decide on all the templates (staged.go is tested apart); full
	// looks up all of them at every decision and every arc.
	m.parseRest, m.parseWeak = append(m.parseRest, m.parseWeak...), nil
	full.labelHead = 0
	full.parseStack, full.parseTop, full.parseKids, full.parseRest, full.parseWeak = nil, nil, nil, full.parseState, nil
	for _, text := range [][]string{
		{"The", "council", "said", "on", "Monday", "that", "the", "new", "bridge", ",", "which", "cost", "millions", ",", "would", "open", "in", "May", "."},
		{"Farmers", "in", "the", "north", "sold", "wheat", ",", "barley", "and", "oats", "to", "three", "big", "mills", "."},
		{"She", "gave", "the", "old", "books", "to", "her", "younger", "brother", "and", "kept", "the", "maps", "."},
	} {
		a, b := Sentence{Words: text}, Sentence{Words: text}
		m.Parse(&a)
		full.Parse(&b)
		if !slices.Equal(a.Head, b.Head) || !slices.Equal(a.Rel, b.Rel) {
			t.Errorf("%v: heads %v rels %v, want %v %v", text, a.Head, a.Rel, b.Head, b.Rel)
		}
	}
}
