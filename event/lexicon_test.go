package event

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestBuiltinLexiconUpToDate regenerates the lexicon from the PETRARCH-2
// dictionaries (as cmd/gen-cameo does) and compares it with the embedded
// file, so a change to the readers cannot leave stale data behind.
func TestBuiltinLexiconUpToDate(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "bench", "data", "events", "petrarch2", "dictionaries")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("PETRARCH dictionaries not at %s", dir)
	}
	d, err := LoadBuiltinSources(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteLexicon(&b, d, LexiconSource); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), builtinLexicon) {
		t.Errorf("embedded lexicon.bin.gz is stale (%d bytes, regenerated %d): run go generate ./event", len(builtinLexicon), b.Len())
	}
}

func TestLexiconIndexes(t *testing.T) {
	lx, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, kind string
		words      []string
		want       int // tokens matched
	}{
		{"country name", "actor", []string{"UKRAINE"}, 1},
		{"demonym", "actor", []string{"UKRAINIAN"}, 1},
		{"multi-word actor", "actor", []string{"UNITED", "NATIONS"}, 2},
		{"agent", "agent", []string{"PRESIDENT"}, 1},
		{"agent plural", "agent", []string{"DIPLOMATS"}, 1},
		{"no stem matching", "actor", []string{"UKRAINEX"}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var n int
			if tc.kind == "actor" {
				_, n = lx.actors.match(tc.words, tc.words, 0)
			} else {
				_, n = lx.agents.match(tc.words, tc.words, 0)
			}
			if n != tc.want {
				t.Errorf("%v: matched %d tokens, want %d", tc.words, n, tc.want)
			}
		})
	}
	if len(lx.verbs["MEET"]) == 0 || len(lx.verbs["MET"]) == 0 {
		t.Errorf("verb index lacks MEET or its form MET")
	}
}

// TestPatternsNeedTheirSynsets: a pattern's synonym sets are among the
// keys the scan of a clause must find (req), and a word that starts a
// member of a set marks that set (setKeys), so the scan rules out only
// patterns that could not match.
func TestPatternsNeedTheirSynsets(t *testing.T) {
	lx, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for bi := range lx.blocks {
		for pi, p := range lx.blocks[bi].Patterns {
			sets := patternSynsets(nil, p.Pre)
			for _, name := range patternSynsets(sets, p.Post) {
				by := lx.synFirst[name]
				if len(by) == 0 {
					continue
				}
				key, ok := lx.reqSets[name]
				if !ok || !slices.Contains(lx.req[bi][pi], key) {
					t.Fatalf("block %d pattern %d (line %d): %s is not among its keys", bi, pi, p.Line, name)
				}
				for w := range by {
					if !slices.Contains(lx.setKeys(lx.word(w)), key) {
						t.Fatalf("%s starts a member of %s but does not mark it", w, name)
					}
				}
				checked++
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d synonym-set elements in the built-in patterns", checked)
	}
}
