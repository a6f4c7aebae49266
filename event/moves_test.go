package event_test

import "testing"

// A verb of movement coded by the verb alone (040) meets someone only
// where it goes to a country or city: not a university, a court, a
// number one spot, nor "back on a pledge"; hearing and learning consult
// no one.
func TestJourneysGoToPlaces(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Irish finance minister is travelling to America next week.", []string{"IRLGOV 040 USA"}, nil},
		{"The Irish finance minister arrived in Britain on Sunday.", []string{"IRLGOV 040 GBR"}, nil},
		{"The Irish finance minister is touring Africa this week.", []string{"IRLGOV 040 AFR"}, nil},
		{"The Irish finance minister went to university in Dublin.", nil, []string{"040"}},
		{"The Irish prime minister went back on a pledge to the Irish finance minister.", nil, []string{"040"}},
		{"The Irish prime minister came to power in 1997.", nil, []string{"040"}},
		{"A Chilean judge will hear motions from the Peruvian government.", nil, []string{"036", "040"}},
		{"The Irish finance minister learned of the Spanish government's decision.", nil, []string{"040"}},
	})
}
