package entity

import (
	"strings"
	"testing"
)

func TestClassOfLowerIsTheMap(t *testing.T) {
	words := []string{"", "a", "x", "the", "he", "she", "they", "his", "mr", "mr.", "dr.", "mrs", "named",
		"appointed", "spokesman", "harbour", "council", "said", "über", "ministry", "chairwoman", "its"}
	for w := range wordClasses {
		words = append(words, w, w+"s", "x"+w, strings.ToUpper(w))
	}
	for _, w := range words {
		if got, want := classOfLower(w), wordClasses[w]; got != want {
			t.Errorf("classOfLower(%q) = %b, want %b", w, got, want)
		}
	}
}

func TestLowerArenaIsToLower(t *testing.T) {
	var a lowerArena
	text := "The Harbour COUNCIL said MacLeod's plan for Åsa Nord and the ferry was late. ÉCOLE x Y"
	var got []string
	for _, w := range strings.Fields(text) {
		got = append(got, a.lower(w, 8)) // a small buffer, made again as it fills
	}
	for i, w := range strings.Fields(text) {
		if want := strings.ToLower(w); got[i] != want {
			t.Errorf("lower(%q) = %q, want %q", w, got[i], want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { a.lower("harbour", 1000) }); n != 0 {
		t.Errorf("a lower-case word allocated %v times, want 0", n)
	}
}
