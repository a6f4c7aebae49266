package quote

import (
	"testing"

	"dateline/text"
)

// Quoted words after a passive "called", or after a word that says a name
// follows, are a name of up to eight words, not speech; an active "called"
// keeps what its subject said.
func TestNamedBeforeIsNoQuote(t *testing.T) {
	tests := []struct {
		name, text, words string
		partial           bool
	}{
		{"passive called", "The new format is called \"speed chess\" and it draws large crowds.", "speed chess", false},
		{"a long nickname", "They meet in what has been dubbed \"the derby of the two rivers\" on Sunday.", "the derby of the two rivers", false},
		{"active called", "The mayor called the ferry plan \"a waste of money\" on Monday.", "a waste of money", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text)
			found := false
			for _, q := range d.Quotes {
				found = found || q.Kind != text.QuoteIndirect && d.QuoteText(&q) == tt.words
			}
			if found != tt.partial {
				t.Errorf("quote %q: %v, want %v (quotes %+v)", tt.words, found, tt.partial, describe(d, d.Quotes))
			}
		})
	}
}
