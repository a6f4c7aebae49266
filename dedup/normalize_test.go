package dedup

import (
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"lower-cases and splits on punctuation", "The Mayor's plan—approved.", []string{"the", "mayor", "s", "plan", "approved"}},
		{"folds curly and straight quotes alike", "“Yes,” she said", []string{"yes", "she", "said"}},
		{"keeps digits and letters of other scripts", "Москва 2025 Ünïcode", []string{"москва", "2025", "ünïcode"}},
		{"composes decomposed accents", "cafe\u0301 café", []string{"café", "café"}},
		{"folds full-width forms", "ＡＢＣ abc", []string{"abc", "abc"}},
		{"yields nothing for punctuation only", " —… !! ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Collect(Words(tt.in))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestHash(t *testing.T) {
	tests := []struct {
		name  string
		a, b  string
		equal bool
	}{
		{"case and whitespace do not matter", "The bridge  closes\non Tuesday.", "the bridge closes on tuesday", true},
		{"quote and dash style do not matter", "He said: “It’s over” — then left.", "He said \"It's over\" - then left", true},
		{"a changed word matters", "The bridge closes on Tuesday.", "The bridge closes on Wednesday.", false},
		{"word order matters", "council votes to close bridge", "bridge votes to close council", false},
		{"joining two words matters", "fire wood", "firewood", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Hash(tt.a) == Hash(tt.b); got != tt.equal {
				t.Errorf("Hash(%q) == Hash(%q) is %v, want %v", tt.a, tt.b, got, tt.equal)
			}
		})
	}
}

func TestHashIsNormalizeDigest(t *testing.T) {
	in := "  A “quoted”, Hyphen-ated text.\n\nNew paragraph "
	if got, want := Hash(in), Hash(Normalize(in)); got != want {
		t.Errorf("Hash(text) != Hash(Normalize(text)); Normalize = %q", Normalize(in))
	}
	if got, want := Normalize(in), "a quoted hyphen ated text new paragraph"; got != want {
		t.Errorf("Normalize = %q, want %q", got, want)
	}
}

func FuzzNormalize(f *testing.F) {
	f.Add("The Mayor's plan—approved.")
	f.Add("cafe\u0301 \xff\xfe ＡＢＣ")
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		// Normalising is idempotent and the hash sees only the normal form.
		if again := Normalize(n); again != n {
			t.Fatalf("Normalize not idempotent: %q -> %q -> %q", s, n, again)
		}
		if Hash(s) != Hash(n) {
			t.Fatalf("Hash(%q) != Hash(Normalize)", s)
		}
	})
}
