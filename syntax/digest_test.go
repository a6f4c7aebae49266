package syntax

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// TestDevOutputDigest pins the exact analyses of EWT dev (tags, lemmas,
// heads, relations of every word) by their SHA-256, so that a change
// meant only to make inference faster shows at once if it changes any
// output. Retraining the model changes the digest: rerun with -update.
// Only the digest is committed, never the data or the analyses.
func TestDevOutputDigest(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	var s Sentence
	for _, words := range devSentences(t) {
		s.Words = words
		m.Parse(&s)
		for i := range words {
			fmt.Fprintf(h, "%s\t%s\t%s\t%d\t%s\n", s.UPOS[i], s.XPOS[i], s.Lemma[i], s.Head[i], s.Rel[i])
		}
		fmt.Fprintln(h)
	}
	got := fmt.Sprintf("%x\n", h.Sum(nil))
	golden := filepath.Join("testdata", "dev-output.sha256")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if strings.TrimSpace(got) != strings.TrimSpace(string(want)) {
		t.Errorf("digest of the dev analyses = %s, want %s: the output changed", strings.TrimSpace(got), strings.TrimSpace(string(want)))
	}
}
