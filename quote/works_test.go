package quote

import (
	"slices"
	"testing"
)

// TestWorkAndPrizeAreNoContent checks sentences of reviews, sport and
// listings that describe a thing, not anybody's words: a work of art
// holding a noun phrase, a title defended, a player signed. The same cues
// with a clause, held by people or signing a document, still report.
func TestWorkAndPrizeAreNoContent(t *testing.T) {
	tests := []struct {
		text, cue string
		want      bool // an indirect quote cued by cue
	}{
		{"The novel describes a winter on a remote island.", "describes", false},
		{"The play explores grief, memory and the sea.", "explores", false},
		{"Harbour Lights, the new film by Maria Okafor, opened on Friday to mixed reviews.", "opened", false},
		{"The show opened last week to rave reviews.", "opened", false},
		{"The documentary tells the story of three nurses in a winter of strikes.", "tells", false},
		{"Ana Ruiz defended her title in Paris on Sunday.", "defended", false},
		{"The film suggests that the closure of the mines was a mistake.", "suggests", true},
		{"The minister described the plan as a disaster for the farmers.", "described", true},
		{"Ana Ruiz defended the decision to close the library.", "defended", true},
		{"The club signed the striker on a three-year deal.", "signed", false},
		{"Leeds Rovers have signed the Dunmore striker Ana Ruiz on a two-year contract.", "signed", false},
		{"More than 200 residents signed a petition against the plan.", "signed", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := analyse(t, tt.text)
			got := slices.ContainsFunc(describe(d, d.Quotes), func(g got) bool { return g.cue == tt.cue })
			if got != tt.want {
				t.Errorf("quote cued by %q: got %v, want %v (quotes %+v)", tt.cue, got, tt.want, describe(d, d.Quotes))
			}
		})
	}
}
