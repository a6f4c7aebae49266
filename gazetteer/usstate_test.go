package gazetteer

import "testing"

func TestUSStateIn(t *testing.T) {
	g := Default()
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"a city of the state before it", "Protesters gathered in Savannah, Georgia, on Sunday.", true},
		{"the governor's title after it", "Georgia Gov. Ann Reyes signed the bill on Friday.", true},
		{"the state of", "Voting lines grew long across the state of Georgia.", true},
		{"a member's party and state", "Sen. Tom Hale (R-Ga.) opposed the measure.", true},
		{"another state beside it", "Storms hit Georgia and Alabama overnight, cutting power lines.", true},
		{"the country's capital", "Police in Tbilisi dispersed crowds as Georgia's parliament met.", false},
		{"the country's region", "Georgia and Armenia traded accusations across the Caucasus.", false},
		{"no context: the country, as the gazetteer reads it", "Georgia signed the accord.", false},
		{"a name that is no state", "Jordan signed the accord in Amman, Jordan.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			name := "Georgia"
			if tc.name == "a name that is no state" {
				name = "Jordan"
			}
			if got := g.USStateIn(tc.text, name); got != tc.want {
				t.Errorf("USStateIn(%q, %q) = %v, want %v", tc.text, name, got, tc.want)
			}
		})
	}
}
