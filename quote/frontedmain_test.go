package quote

import (
	"strings"
	"testing"
)

// TestFrontedClauseReportsNoMainClause checks cues in a clause fronted
// before the main clause (sentences written for it): what they report
// stays inside their own clause, never the writer's main clause, while
// "as" and "according to" still report the sentence around them.
func TestFrontedClauseReportsNoMainClause(t *testing.T) {
	tests := []struct {
		text, cue, mainWord string
		wantMain            bool // a quote cued by cue holds mainWord
	}{
		{"When Ana Ruiz complained about the ferry fares, her neighbours laughed at her.", "complained", "neighbours", false},
		{"After the senator vowed to fight the closure, the mill shut its doors anyway.", "vowed", "mill", false},
		{"Speaking at the harbour gala in Dunmore, the port's chairwoman looked tired and pale.", "Speaking", "chairwoman", false},
		{"Reporting from the flooded villages last spring, I found a calm that surprised me.", "Reporting", "calm", false},
		{"Two winters after the union vowed to fight the closure, the mill closed for good.", "vowed", "mill", false},
		{"That said, the ferry company will raise its fares again in the spring.", "said", "fares", false},
		{"All told, some forty families lost their boats to the storm.", "told", "families", false},
		{"When it was announced, the smallest flat cost just over two hundred thousand euros.", "announced", "smallest", false},
		{"Often, when a serious fault is announced, waves of scams follow.", "announced", "scams", false},
		{"Under the deal announced in May, the bakery will pay its drivers more.", "announced", "drivers", false},
		{"First shown at the Leeds fair, the new van will be on sale in the autumn.", "shown", "van", false},
		{"In 2005, Ana Ruiz said the ferry would stay.", "said", "ferry", true},
		{"As Ana Ruiz put it, the ferry keeps the island's bakeries going.", "put", "bakeries", true},
		{"But as one local reporter noted, the mayor did not even fill half the hall.", "noted", "hall", true},
		// A long "as" phrase the parse hangs on the main verb, the main
		// clause's subject read as a conjunct of its last noun.
		{"As Ms. Varga put it in a long letter to her neighbour Tom B. Reyes in July, Ridgeway is “providing a service you won't find from the big stores.”", "put", "service", true},
		// After its head, "as" is "while": what the verb is about stays its own.
		{"Lee made the remark Tuesday as she discussed her plan for improving bus services for pensioners at a rally organised by the Harbour Workers union committee.", "discussed", "plan", true},
		{"According to the council, the ferry will stop running after the winter.", "According to", "ferry", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := analyse(t, tt.text)
			got := false
			for _, g := range describe(d, d.Quotes) {
				if g.cue == tt.cue && strings.Contains(g.text, tt.mainWord) {
					got = true
				}
			}
			if got != tt.wantMain {
				t.Errorf("quote cued by %q holding %q: got %v, want %v (quotes %+v)", tt.cue, tt.mainWord, got, tt.wantMain, describe(d, d.Quotes))
			}
		})
	}
}
