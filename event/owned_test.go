package event_test

import "testing"

// What a country does with its own envoy, troops or ties is done to the
// side a phrase names after them, never to the country itself.
func TestOwnEnvoyIsNoTarget(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Peru recalled its ambassador from Bolivia on Monday.", []string{"PER 161 BOL"}, []string{"PERGOV"}},
		{"Norway withdrew its ambassador to Sudan after the vote.", []string{"NOR 161 SDN"}, []string{"NORGOV"}},
		{"Chile and Peru recalled their ambassadors from Cuba.", []string{"CHL 161 CUB", "PER 161 CUB"}, []string{"---GOV"}},
		{"Ghana cut its ties with Togo last year.", []string{"GHA 160 TGO"}, nil},
		// With no other side named, no event rather than one on itself.
		{"Peru recalled its ambassador.", nil, []string{"PER 161"}},
		// A place the own thing is in names no side.
		{"Samsung expects its sales in Vietnam to rise.", nil, []string{"VNM"}},
	})
}
