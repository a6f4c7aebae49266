package event_test

import "testing"

// A government named without its country takes the country of the
// article's governments when one country makes two thirds of them; with
// two countries' governments in play it keeps no country.
func TestGovernmentTakesTheArticlesCountry(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The British prime minister praised the British finance minister. The government criticised the French president.", []string{"GBRGOV 111 FRAGOV"}, []string{"---GOV"}},
		{"The Dutch prime minister praised the Dutch finance minister. The chancellor met the German finance minister.", []string{"NLDGOV 040 DEUGOV"}, nil},
		{"The French president met the German chancellor. The government criticised the Spanish president.", []string{"---GOV 111 ESPGOV"}, []string{"FRAGOV 111", "DEUGOV 111"}},
	})
}
