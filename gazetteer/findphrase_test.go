package gazetteer

import (
	"strings"
	"testing"

	"dateline/gazetteer/fold"
)

// lookupKey folds a phrase as the index does, a leading "the" dropped
// ("the Kremlin", "the EU"): the key findPhrase follows without building.
func lookupKey(phrase string) string {
	k := fold.Key(phrase)
	if rest, ok := strings.CutPrefix(k, "the "); ok {
		return rest
	}
	return k
}

// findPhraseCases are phrases whose keys the trie holds or not, with the
// cases findPhrase must fold as fold.Key does: a leading "the", "the"
// alone, periods, punctuation tokens, underscores, diacritics, nothing.
var findPhraseCases = []string{
	"", ".", "the", "The", "the the", "the .", "the United States", "The  Kremlin",
	"U.S.", "u_s", "United_Kingdom", "Côte d'Ivoire", "Bank of England (BoE)",
	"Washington, D.C.", "Foreign Minister", "nowhere at all", "the the Kremlin",
	"Sao Paulo", "SÃO PAULO", "\u00a0Lima\t", "\"NATO\"", "a . b", "Mr. Brown",
}

// TestFindPhraseIsFindOfLookupKey checks the allocation-free lookup
// against the one that builds the folded key first.
func TestFindPhraseIsFindOfLookupKey(t *testing.T) {
	g := Default()
	for _, p := range append(findPhraseCases, lookupPhrases...) {
		if got, want := g.trie.findPhrase(p), g.trie.find(lookupKey(p)); got != want {
			t.Errorf("findPhrase(%q) = %d, want find(lookupKey) = %d", p, got, want)
		}
	}
}

func FuzzFindPhrase(f *testing.F) {
	for _, p := range findPhraseCases {
		f.Add(p)
	}
	g := Default()
	f.Fuzz(func(t *testing.T, p string) {
		if got, want := g.trie.findPhrase(p), g.trie.find(lookupKey(p)); got != want {
			t.Fatalf("findPhrase(%q) = %d, want find(lookupKey) = %d", p, got, want)
		}
	})
}
