package entity

import "testing"

// TestNamesakeOfTheArticlesCountry: of the people the gazetteer files
// under one name, the one of the country the article names (regression:
// Elizabeth II in a story set in London was coded KNA, Saint Kitts and
// Nevis, the first of her namesakes); with no country named, the one the
// dictionary has more codes for.
func TestNamesakeOfTheArticlesCountry(t *testing.T) {
	tests := []struct {
		name, text string
		names      []string
		want       string
	}{
		{"a British city", "Elizabeth II opened a bridge over the river in Leeds on Tuesday.",
			[]string{"PERSON:Elizabeth II", "GPE:Leeds"}, "GBR"},
		{"British people", "Elizabeth II thanked the British volunteers.",
			[]string{"PERSON:Elizabeth II", "NORP:British"}, "GBR"},
		{"the other country", "Elizabeth II sent a message to Saint Kitts and Nevis on its independence day.",
			[]string{"PERSON:Elizabeth II", "GPE:Saint Kitts and Nevis"}, "KNA"},
		{"no country named", "Elizabeth II opened the new bridge on Tuesday.",
			[]string{"PERSON:Elizabeth II"}, "GBR"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := typedDocWith(t, false, tc.text, tc.names...)
			e := entityAt(d, "Elizabeth II")
			if e == nil {
				t.Fatal("no entity Elizabeth II")
			}
			if e.Country != tc.want {
				t.Errorf("Elizabeth II is %s (country %q), want country %s", describe(e), e.Country, tc.want)
			}
		})
	}
}
