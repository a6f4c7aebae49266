package entity

import (
	"testing"

	"dateline/text"
)

func TestAddWriter(t *testing.T) {
	tests := []struct {
		name, text, author string
		word               string // the pronoun to link ("we#2": the second "we")
		wantName, wantType string // "" for no entity
	}{
		{"an unsigned column's I is the author", "I think the ferry should run all year.", "", "I", "the author", WriterType},
		{"an editorial's we is the author", "We know the budget is short.", "", "We", "the author", WriterType},
		{"a known author names the writer", "I think the ferry should run all year.", "Ana Ruiz", "I", "Ana Ruiz", "PERSON"},
		{"a third-person pronoun is not the writer", "She thinks the ferry should run all year.", "", "She", "", ""},
		{"an object pronoun is not a subject", "The plan worries me a great deal.", "", "me", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc(t, tc.text, "")
			d.Author = tc.author
			tok := tokenOf(t, d, tc.word)
			e := AddWriter(d, tok)
			if tc.wantName == "" {
				if e >= 0 {
					t.Fatalf("AddWriter(%q) = entity %q, want none", tc.word, d.Entities[e].Name)
				}
				return
			}
			if e < 0 {
				t.Fatalf("AddWriter(%q) = -1, want %q", tc.word, tc.wantName)
			}
			if got := d.Entities[e]; got.Name != tc.wantName || got.Type != tc.wantType {
				t.Errorf("writer = %q %s, want %q %s", got.Name, got.Type, tc.wantName, tc.wantType)
			}
			if !hasMentionAt(d, e, d.Tokens[tok].Span) {
				t.Errorf("writer's mentions do not hold %q", tc.word)
			}
		})
	}
}

func TestAddWriterIsOneEntity(t *testing.T) {
	d := doc(t, "I was there in May. We returned in June.", "")
	first := AddWriter(d, tokenOf(t, d, "I"))
	second := AddWriter(d, tokenOf(t, d, "We"))
	if first < 0 || first != second {
		t.Fatalf("I → %d, We → %d, want one writer entity", first, second)
	}
	if n := len(d.Entities[first].Mentions); n != 2 {
		t.Errorf("writer has %d mentions, want 2", n)
	}
	if again := AddWriter(d, tokenOf(t, d, "I")); again != first || len(d.Entities[first].Mentions) != 2 {
		t.Errorf("linking I again gave entity %d with %d mentions, want %d with 2", again, len(d.Entities[first].Mentions), first)
	}
}

func tokenOf(t *testing.T, d *text.Document, word string) int {
	t.Helper()
	for i, tk := range d.Tokens {
		if d.Text[tk.Start:tk.End] == word {
			return i
		}
	}
	t.Fatalf("no token %q in %q", word, d.Text)
	return -1
}

func hasMentionAt(d *text.Document, e int, sp text.Span) bool {
	for _, mi := range d.Entities[e].Mentions {
		if d.Mentions[mi].Span == sp {
			return true
		}
	}
	return false
}

func TestIsSourceNoun(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"spokeswoman", true}, {"officials", true}, {"ministry", true}, {"senator", true},
		{"conference", false}, {"tour", false}, {"investigation", false}, {"afternoon", false},
	}
	for _, tc := range tests {
		if got := IsSourceNoun(tc.word); got != tc.want {
			t.Errorf("IsSourceNoun(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}
