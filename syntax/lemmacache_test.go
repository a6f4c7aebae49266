package syntax

import (
	"strings"
	"testing"
)

// TestCachedLemmasAreExact lemmatises words under several tags twice,
// the second time from the cache, against lemmaKeyed; and checks that the
// cache keeps no string sharing the memory of a word it was given (the
// text of a document).
func TestCachedLemmasAreExact(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("said Said told ran running went Went ’s 's studies parties Reuters is was Parliament stopped realised the THE a-b-c")
	sc := &scratch{}
	m.prepare(sc, words)
	var docs []string
	for round := range 2 {
		for i, s := range words {
			w := &sc.ws[i+2]
			for tag := range int32(len(m.tags)) {
				// A copy of the word, as a document's text would hold it.
				doc := strings.Clone(s)
				docs = append(docs, doc)
				got := m.lemmaCached(sc, doc, w, tag)
				if want := m.lemmas.lemmaKeyed(s, w.lower, tag); got != want {
					t.Fatalf("round %d: lemma of %q as %v = %q, want %q", round, s, m.tags[tag], got, want)
				}
			}
		}
	}
	hits := 0
	for i, lem := range sc.lemmaCache.lemmas {
		if sc.lemmaCache.keys[i].to > 0 {
			hits++
		}
		for _, doc := range docs {
			if within(lem, doc) {
				t.Fatalf("the cache keeps lemma %q in the memory of a word", lem)
			}
		}
	}
	if hits == 0 {
		t.Errorf("no lemma kept as a part of its word")
	}
}

func TestWithin(t *testing.T) {
	s := "reporters"
	tests := []struct {
		name string
		a    string
		want bool
	}{
		{"the string itself", s, true},
		{"a prefix", s[:8], true},
		{"a suffix", s[3:], true},
		{"an equal copy", strings.Clone(s), false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := within(tt.a, s); got != tt.want {
				t.Errorf("within(%q, %q) = %v, want %v", tt.a, s, got, tt.want)
			}
		})
	}
}
