package event

import (
	"bytes"
	"os"
	"path/filepath"
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
