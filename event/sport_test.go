package event

import "testing"

func TestSportsStory(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Wales beat Italy 38-8 in Cardiff. The fly-half kicked well and the coach was pleased.", true},
		{"The striker scored twice as United won the league match.", true},
		{"The Olympic athletes lost their medals after failed tests.", true},
		// One sports word, or one repeated, is not enough.
		{"Ministers will match the funding. The vote went 5-4.", false},
		{"The coach company said the coach crash was an accident.", false},
		{"The budget sets out the government's goals for the year 2005-06.", false},
	} {
		if got := sportsStory(tc.text); got != tc.want {
			t.Errorf("sportsStory(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestBareCountry(t *testing.T) {
	for code, want := range map[string]bool{"FRA": true, "EUR": true, "MED": false, "GOV": false, "CHR": false, "FRAGOV": false, "---": false} {
		if got := bareCountry(code); got != want {
			t.Errorf("bareCountry(%q) = %v, want %v", code, got, want)
		}
	}
}
