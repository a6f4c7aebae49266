package syntax

import "testing"

func TestTypographicVariantsHashAlike(t *testing.T) {
	tests := []struct{ a, b string }{
		{"he’s", "he's"},
		{"“", "\""},
		{"—", "-"},
		{"Don’t", "don't"},
	}
	for _, tt := range tests {
		t.Run(tt.a, func(t *testing.T) {
			if got, want := makeWord(tt.a, false).lower, makeWord(tt.b, false).lower; got != want {
				t.Errorf("lower hash of %q = %x, want that of %q = %x", tt.a, got, tt.b, want)
			}
		})
	}
}

func TestWordViews(t *testing.T) {
	tests := []struct {
		name       string
		a, b       string
		sameSuffix bool // suffix of 3
		sameShape  bool
	}{
		{"same ending", "walking", "talking", true, true},
		{"case differs only in shape", "Paris", "paris", true, false},
		{"digits share a shape", "1987", "2024", false, true},
		{"short words keep their length apart", "a", "an", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := makeWord(tt.a, false), makeWord(tt.b, false)
			if got := a.suf[2] == b.suf[2]; got != tt.sameSuffix {
				t.Errorf("same 3-suffix of %q and %q: got %v, want %v", tt.a, tt.b, got, tt.sameSuffix)
			}
			if got := a.shape == b.shape; got != tt.sameShape {
				t.Errorf("same shape of %q and %q: got %v, want %v", tt.a, tt.b, got, tt.sameShape)
			}
		})
	}
}

func TestLemmaRules(t *testing.T) {
	tests := []struct {
		low, lemma string
		want       rule
		ok         bool
	}{
		{"walked", "walk", rule{2, ""}, true},
		{"cities", "city", rule{3, "y"}, true},
		{"geese", "goose", rule{4, "oose"}, true},
		{"went", "go", rule{}, false},
		{"table", "table", rule{0, ""}, true},
	}
	for _, tt := range tests {
		t.Run(tt.low, func(t *testing.T) {
			got, ok := ruleFor(tt.low, tt.lemma)
			if ok != tt.ok || (ok && got != tt.want) {
				t.Errorf("ruleFor(%q, %q) = %v, %v; want %v, %v", tt.low, tt.lemma, got, ok, tt.want, tt.ok)
			}
		})
	}
}
