package syntax

import (
	"strings"
	"testing"
)

// TestWordClassesShareSupersenses: words of one WordNet supersense get one
// class whatever their inflection, irregular forms included, and a word
// whose tag selects no sense gets its universal tag.
func TestWordClassesShareSupersenses(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	classes := func(sentence string) map[string]uint64 {
		words := strings.Fields(sentence)
		sc := m.getScratch()
		defer m.pool.Put(sc)
		m.prepare(sc, words)
		m.tag(sc, len(words))
		m.setSent(&sc.x, sc.ws, sc.tags)
		lemmas := make([]string, len(words))
		for i, w := range words {
			lemmas[i] = m.lemmas.lemma(w, sc.tags[i])
		}
		// The classes as a model trained with them sees them.
		cm := &Model{senses: true, senseKind: m.senseKind, uposOf: m.uposOf}
		cm.setClasses(&sc.x, sc.ws, sc.tags, words, lemmas)
		out := map[string]uint64{}
		for i, w := range words {
			out[w] = sc.x.c[i]
		}
		return out
	}
	c := classes("The reporters said on Monday that the minister told them last week that officials warned the senator .")
	for _, tt := range []struct {
		name string
		a, b string
		same bool
	}{
		{"regular past tense and irregular past tense of speech verbs", "warned", "told", true},
		{"irregular past tenses of speech verbs", "said", "told", true},
		{"day names and time nouns", "Monday", "week", true},
		{"plural and singular person nouns", "reporters", "minister", true},
		{"person nouns and time nouns differ", "minister", "week", false},
		{"speech verbs and time nouns differ", "said", "week", false},
		{"a determiner is not a noun", "The", "week", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := c[tt.a] == c[tt.b]; got != tt.same {
				t.Errorf("class(%s) = %x, class(%s) = %x: same = %v, want %v", tt.a, c[tt.a], tt.b, c[tt.b], got, tt.same)
			}
		})
	}
}

// TestModelWithoutSensesHasNoClasses: a model trained before the word
// classes parses with the features it was trained on, no more.
func TestModelWithoutSensesHasNoClasses(t *testing.T) {
	m := &Model{senseKind: []uint8{senseNoun}, uposOf: []uint64{1}}
	x := sent{c: []uint64{5, 6}}
	m.setClasses(&x, make([]word, 5), []int32{0}, []string{"weeks"}, []string{"week"})
	if len(x.c) != 0 {
		t.Errorf("classes of a model without senses = %v, want none", x.c)
	}
	m.senses = true
	m.setClasses(&x, make([]word, 5), []int32{0}, []string{"weeks"}, []string{"week"})
	if len(x.c) != 2 || x.c[0] == 1 {
		t.Errorf("classes of \"week\" as a noun = %v, want its supersense and the root's", x.c)
	}
}

func TestDecodeSensesRejectsGarbage(t *testing.T) {
	if _, err := decodeSenses([]byte("not gzip")); err == nil {
		t.Error("decodeSenses(not gzip) = nil error, want one")
	}
	if n := senses().Len(); n < 50000 {
		t.Errorf("embedded supersense lexicon has %d words, want > 50000", n)
	}
}

func TestNounSense(t *testing.T) {
	for _, tc := range []struct {
		word string
		want int
	}{
		{"prisoners", NounPerson}, {"Hostage", NounPerson}, {"crew", NounGroup},
		{"water", 27}, {"xqzzy", -1},
	} {
		if got := NounSense(tc.word); got != tc.want {
			t.Errorf("NounSense(%q) = %d, want %d", tc.word, got, tc.want)
		}
	}
}
