package quote

import "testing"

// A firm or a thing offering, launching or releasing goods is trade, not
// speech; a person offering, and anyone offering advice or a view, stay
// quotes.
func TestOfferingGoodsIsNotSaying(t *testing.T) {
	tests := []cueCase{
		{"a firm's product", "Telewest Communications is to offer a recorder with a large hard drive.", "offer", false},
		{"a thing offering", "The new handset offers a bigger screen and a battery that lasts three days.", "offers", false},
		{"a launch", "Northwire Ltd has launched a music service for students.", "launched", false},
		{"advice offered", "The regulator offered its advice on how banks should report their losses.", "offered", true},
		{"a person offering", "The mayor offered her support to the striking ferry workers on Monday.", "offered", true},
	}
	checkCueCases(t, tests)
}
