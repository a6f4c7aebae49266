package event_test

import "testing"

// Suing is bringing a lawsuit (115), not an arrest (173, the code of the
// dictionary block SUE is in).
func TestSuingIsALawsuit(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Dutch firm is suing the Belgian government.", []string{"NLD 115 BELGOV"}, []string{"173"}},
		{"The Dutch firm may sue the Belgian government.", []string{"NLD 115 BELGOV"}, []string{"173"}},
	})
}
