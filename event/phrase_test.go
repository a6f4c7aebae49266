package event

import (
	"math/rand/v2"
	"testing"

	"dateline/event/petrarch"
)

// scanMatch is phraseIndex.match without the second-word index: every
// phrase under the first word, longest first. The index must agree with it.
func scanMatch[T comparable](ix *phraseIndex[T], forms, lemmas []string, i int) (T, int) {
	var best T
	bestN := 0
	try := func(key string) {
		for _, e := range ix.byFirst[key].es {
			if len(e.words) <= bestN {
				return
			}
			if e.matches(forms, lemmas, i) {
				best, bestN = e.val, len(e.words)
				return
			}
		}
	}
	try(forms[i])
	if lemmas[i] != forms[i] {
		try(lemmas[i])
	}
	return best, bestN
}

func words(ws ...string) []petrarch.Word {
	out := make([]petrarch.Word, len(ws))
	for i, w := range ws {
		out[i] = petrarch.Word{Text: w}
	}
	return out
}

func TestPhraseIndexTrie(t *testing.T) {
	var ix phraseIndex[int]
	// Enough phrases under one first word for the second-word index.
	for n := range trieMin {
		ix.add(words("MINISTER", "OF", string(rune('A'+n))), 100+n)
	}
	ix.add(words("MINISTER"), 1)
	ix.add(words("MINISTER", "FOR", "TRADE"), 2)
	ix.add(words("MINISTER", "TRADE"), 3)
	ix.add(words("MINISTER", "PORT"), 4)
	ix.add(words("MINISTER", "", "X"), 5)
	ix.sort()
	if ix.byFirst["MINISTER"].trie == nil {
		t.Fatalf("no trie for a first word with %d phrases", len(ix.byFirst["MINISTER"].es))
	}
	tests := []struct {
		name          string
		forms, lemmas []string
		want, wantN   int
	}{
		{"three words beat one", []string{"MINISTER", "FOR", "TRADE"}, []string{"MINISTER", "FOR", "TRADE"}, 2, 3},
		{"the second word through its lemma", []string{"MINISTER", "OFS", "B"}, []string{"MINISTER", "OF", "B"}, 101, 3},
		{"the second word as a regular plural", []string{"MINISTER", "PORTS"}, []string{"MINISTER", "PORTS"}, 4, 2},
		{"a second word no phrase has: the one-word phrase", []string{"MINISTER", "SAID"}, []string{"MINISTER", "SAY"}, 1, 1},
		{"the last token: the one-word phrase", []string{"THE", "MINISTER"}, []string{"THE", "MINISTER"}, 1, 1},
		{"a phrase cut short by the end of the tokens", []string{"MINISTER", "FOR"}, []string{"MINISTER", "FOR"}, 1, 1},
		{"an empty dictionary word matches a bare S", []string{"MINISTER", "S", "X"}, []string{"MINISTER", "S", "X"}, 5, 3},
		{"the first word through its lemma", []string{"MINISTERS", "TRADE"}, []string{"MINISTER", "TRADE"}, 3, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := 0
			if tt.forms[0] == "THE" {
				i = 1
			}
			got, n := ix.match(tt.forms, tt.lemmas, i)
			if got != tt.want || n != tt.wantN {
				t.Errorf("match(%v) = %d, %d tokens; want %d, %d", tt.forms, got, n, tt.want, tt.wantN)
			}
			if sg, sn := scanMatch(&ix, tt.forms, tt.lemmas, i); sg != got || sn != n {
				t.Errorf("match(%v) = %d, %d; a scan of every phrase gives %d, %d", tt.forms, got, n, sg, sn)
			}
		})
	}
}

// TestPhraseIndexAgreesWithScan runs the built-in lexicon's indexes over
// token sequences made from its own phrases, cut, changed and pluralised,
// and checks each match against a scan of every phrase.
func TestPhraseIndexAgreesWithScan(t *testing.T) {
	lx, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	var firsts []string
	for k := range lx.agents.byFirst {
		firsts = append(firsts, k)
	}
	for k := range lx.actors.byFirst {
		if len(lx.actors.byFirst[k].es) >= trieMin {
			firsts = append(firsts, k)
		}
	}
	pick := func() []petrarch.Word {
		k := firsts[r.IntN(len(firsts))]
		if es := lx.agents.byFirst[k].es; len(es) > 0 {
			return es[r.IntN(len(es))].words
		}
		es := lx.actors.byFirst[k].es
		return es[r.IntN(len(es))].words
	}
	for range 20000 {
		ws := pick()
		var forms, lemmas []string
		for _, w := range ws {
			f := w.Text
			switch r.IntN(6) {
			case 0:
				f += "S"
			case 1:
				f = pick()[0].Text
			}
			forms, lemmas = append(forms, f), append(lemmas, w.Text)
		}
		if r.IntN(3) == 0 && len(forms) > 1 {
			cut := 1 + r.IntN(len(forms)-1)
			forms, lemmas = forms[:cut], lemmas[:cut]
		}
		a, an := lx.actors.match(forms, lemmas, 0)
		sa, san := scanMatch(&lx.actors, forms, lemmas, 0)
		g, gn := lx.agents.match(forms, lemmas, 0)
		sg, sgn := scanMatch(&lx.agents, forms, lemmas, 0)
		if a != sa || an != san || g != sg || gn != sgn {
			t.Fatalf("match(%v, %v): actor %p/%d agent %p/%d; a scan gives actor %p/%d agent %p/%d",
				forms, lemmas, a, an, g, gn, sa, san, sg, sgn)
		}
	}
}

// BenchmarkPhraseMatch looks up actors and agents at every token of news
// sentences written for it, through the index (index) and by a scan of
// every phrase under the first word (scan, the code before the index).
func BenchmarkPhraseMatch(b *testing.B) {
	lx, err := Builtin()
	if err != nil {
		b.Fatal(err)
	}
	forms := []string{"THE", "PRIME", "MINISTER", "AND", "THE", "FOREIGN", "MINISTER", "MET", "THE", "INTERNATIONAL",
		"MONETARY", "FUND", "AND", "THE", "WORLD", "BANK", "IN", "WASHINGTON", "WHILE", "THE", "DEFENCE", "MINISTRY",
		"SAID", "THE", "MILITARY", "AND", "STATE", "MEDIA", "BACKED", "THE", "MINISTERS", "OF", "UNITED", "NATIONS"}
	lemmas := make([]string, len(forms))
	copy(lemmas, forms)
	lemmas[30] = "MINISTER"
	for _, bc := range []struct {
		name  string
		match func(ix any, i int) int
	}{
		{"index", func(ix any, i int) int {
			switch ix := ix.(type) {
			case *phraseIndex[*petrarch.Actor]:
				_, n := ix.match(forms, lemmas, i)
				return n
			case *phraseIndex[*petrarch.Agent]:
				_, n := ix.match(forms, lemmas, i)
				return n
			}
			return 0
		}},
		{"scan", func(ix any, i int) int {
			switch ix := ix.(type) {
			case *phraseIndex[*petrarch.Actor]:
				_, n := scanMatch(ix, forms, lemmas, i)
				return n
			case *phraseIndex[*petrarch.Agent]:
				_, n := scanMatch(ix, forms, lemmas, i)
				return n
			}
			return 0
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				for i := range forms {
					n += bc.match(&lx.actors, i) + bc.match(&lx.agents, i)
				}
			}
			if n == 0 {
				b.Fatal("no phrase matched")
			}
		})
	}
}
