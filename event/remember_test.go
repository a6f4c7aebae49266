package event_test

import "testing"

// A firm named in a person's title is no name of the person's office:
// "Alitalia" alone later is not ---GOV.
func TestFirmInATitleIsNotTheOffice(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Alitalia chief executive Tomasz Wierzbicki met the Peruvian president in Lima. Alitalia offered to give up slots at Lima airport.", nil, []string{"---GOV 03"}},
	})
}
