package syntax

import (
	"strings"
	"testing"
)

// wnClassOf returns the WordNet class list of a word ("" for none).
func wnClassOf(w string) string {
	id := wordnet().Value(lowerKey(w))
	if id == 0 {
		return ""
	}
	return wnClasses[id-1]
}

func TestWordnetClasses(t *testing.T) {
	tests := []struct {
		word string
		want string // classes that must be listed
		not  string // classes that must not
	}{
		{"bellicose", "a", "nvr"},
		{"reallocate", "v", "nar"},
		{"quickly", "r", "nv"},
		{"harbour", "nv", ""},
		{"Telescope", "n", ""}, // looked up in lower case
		{"the", "", "nvar"},    // closed-class words are not in WordNet
	}
	if wordnet().Len() < 50000 {
		t.Fatalf("embedded WordNet lexicon has %d words, want more than 50,000", wordnet().Len())
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got := wnClassOf(tt.word)
			for _, c := range tt.want {
				if !strings.ContainsRune(got, c) {
					t.Errorf("classes of %q = %q, want %q among them", tt.word, got, string(c))
				}
			}
			for _, c := range tt.not {
				if strings.ContainsRune(got, c) {
					t.Errorf("classes of %q = %q, want no %q", tt.word, got, string(c))
				}
			}
		})
	}
}

func TestWordnetMorphFindsRegularStems(t *testing.T) {
	lex := wordnet()
	tests := []struct {
		name  string
		word  string
		stem  string // "" when no stem should be found
		class string // the stem's first class
	}{
		{"-ed after a final e", "reallocated", "reallocate", "v"},
		{"-ing with a doubled consonant", "unzipping", "unzip", "v"},
		{"-es after a sibilant", "skirmishes", "skirmish", "n"},
		{"-ly on an adjective", "bellicosely", "bellicose", "a"},
		{"nothing to strip", "zzxq", "", ""},
		{"any case", "REALLOCATED", "reallocate", "v"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := wnMorph(lex, tt.word)
			if tt.stem == "" {
				if got != 0 {
					t.Errorf("wnMorph(%q) = %x, want 0", tt.word, got)
				}
				return
			}
			id := uint8(got & 0xff)
			if id == 0 || id != lex.Value(lowerKey(tt.stem)) {
				t.Fatalf("wnMorph(%q) classes id %d, want that of %q (%d)", tt.word, id, tt.stem, lex.Value(lowerKey(tt.stem)))
			}
			if c := wnClasses[id-1]; c[:1] != tt.class {
				t.Errorf("wnMorph(%q) stem classes %q, want %q first", tt.word, c, tt.class)
			}
		})
	}
}

func TestDecodeWordnetRejectsGarbage(t *testing.T) {
	if _, _, err := decodeWordnet([]byte("not gzip")); err == nil {
		t.Fatal("decodeWordnet of non-gzip data succeeded; want an error")
	}
}

func TestLowerHashMatchesLowerKey(t *testing.T) {
	for _, w := range []string{"reallocate", "Don’t", "naïve", "", "A-B", "MAYOR", "Zurich-based", "ZÜRICH", "İstanbul", "CAFÉ’S", "x\u212a", "@[`{"} {
		t.Run(w, func(t *testing.T) {
			if got, want := lowerHash(fnvOffset, w), lowerKey(w); got != want {
				t.Errorf("lowerHash(%q) = %x, want lowerKey = %x", w, got, want)
			}
		})
	}
}

// TestLowerHashASCIIAsRunes: lowerHash's byte-at-a-time ASCII gives
// every byte below 0x80, alone and before other text, the hash of the
// rune-by-rune lowering, from any start.
func TestLowerHashASCIIAsRunes(t *testing.T) {
	for c := range 0x80 {
		for _, s := range []string{string(rune(c)), string(rune(c)) + "Ab", "Q" + string(rune(c)) + "É"} {
			for _, h := range []uint64{fnvOffset, 12345} {
				if got, want := lowerHash(h, s), lowerHashRunes(h, s); got != want {
					t.Fatalf("lowerHash(%d, %q) = %x, want %x", h, s, got, want)
				}
			}
		}
	}
}
