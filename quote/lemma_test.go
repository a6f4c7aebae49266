package quote

import (
	"testing"

	"dateline/text"
)

func TestMendLemma(t *testing.T) {
	tests := []struct {
		name, lemma, word, want string
	}{
		{"a lost e before -ing", "not", "noting", "note"},
		{"a lost e before -ed", "jok", "joked", "joke"},
		{"a lost e before -es", "underscor", "underscores", "underscore"},
		{"a kept e before -d", "tweete", "tweeted", "tweet"},
		{"a right lemma stays", "say", "said", "say"},
		{"a stem that is no seed verb stays", "vot", "voting", "vot"},
		{"a doubled consonant is no lost e", "hop", "hopping", "hop"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mendLemma(tt.lemma, tt.word); got != tt.want {
				t.Errorf("mendLemma(%q, %q) = %q, want %q", tt.lemma, tt.word, got, tt.want)
			}
		})
	}
}

// TestMendedCue checks that a cue verb the tagger lemmatised wrongly is
// still a cue: whatever lemma the parser gives "joked" or "noting", the
// that-clause is reported.
func TestMendedCue(t *testing.T) {
	tests := []struct {
		name, text, cue, want string
	}{
		{"joked", "Mayor Ana Ruiz joked that the new ferry would be faster than the old bridge.",
			"joked", "that the new ferry would be faster than the old bridge"},
		{"boasted", "Mayor Ana Ruiz boasted that the town had paid off all of its debts.",
			"boasted", "that the town had paid off all of its debts"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text)
			var got []string
			for _, q := range d.Quotes {
				if q.Kind == text.QuoteIndirect && q.Cue == tt.cue {
					got = append(got, d.Slice(q.Span))
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("indirect quotes cued by %q = %q, want [%q]", tt.cue, got, tt.want)
			}
		})
	}
}
