package event

import "testing"

// TestVocabularyFlags: a word's number carries the flag of every table
// that files something under it, so the tables are found by the number
// alone, and a table's flag on a word says it starts one of its phrases.
func TestVocabularyFlags(t *testing.T) {
	lx, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for name, ix := range map[string]interface {
		starts(lx *Lexicon, w string) (listed, filed bool)
		words() []string
	}{"actors": &lx.actors, "agents": &lx.agents, "discards": &lx.discards} {
		for _, w := range ix.words() {
			if listed, filed := ix.starts(lx, w); !listed || !filed {
				t.Fatalf("%s: %q starts a phrase but its number finds no list", name, w)
			}
		}
	}
	for w := range lx.verbs {
		if len(lx.verbsOf(lx.word(w))) == 0 {
			t.Fatalf("verb %q not found by its number", w)
		}
	}
	for _, by := range lx.synFirst {
		for w := range by {
			if !lx.startsSynset(lx.word(w)) {
				t.Fatalf("%q starts a synonym-set member but its number does not say so", w)
			}
		}
	}
	// A word of the patterns that starts no phrase of a table finds none.
	for w := range lx.reqIDs {
		id := lx.word(w)
		if _, ok := lx.discards.byFirst[w]; !ok && lx.discards.list(id) != nil {
			t.Fatalf("%q starts no discard phrase but finds a list", w)
		}
		if _, ok := lx.verbs[w]; !ok && len(lx.verbsOf(id)) != 0 {
			t.Fatalf("%q is no verb but finds verbs", w)
		}
	}
}

func (ix *phraseIndex[T]) words() []string {
	var out []string
	for w := range ix.byFirst {
		out = append(out, w)
	}
	return out
}

// starts says whether w's number finds a list (listed) and whether that
// list is the one filed under w (filed).
func (ix *phraseIndex[T]) starts(lx *Lexicon, w string) (listed, filed bool) {
	l := ix.list(lx.word(w))
	if l == nil {
		return false, false
	}
	return true, len(l.es) > 0 && l.es[0].words[0].Text == w
}
