package main

import (
	"reflect"
	"testing"
)

// TestTitleComplementIsNoKey: a title's complement is stripped with the
// title (regression: "SECRETARY_OF_STATE_…" was indexed as "of state
// …", a key no text reads).
func TestTitleComplementIsNoKey(t *testing.T) {
	b := &builder{x: newIndex(), commonWords: map[string]bool{"state": true, "defense": true, "the": true, "army": true, "nationalities": true}}
	for _, tc := range []struct {
		phrase string
		want   []string
	}{
		{"SECRETARY_OF_STATE_MARA_VELLIN_", []string{"mara vellin"}},
		{"SECRETARY_OF_DEFENSE_,_TOMAS_R_ORREN_", []string{"tomas r orren"}},
		{"SECRETARY_OF_THE_ARMY_JOHN_TALLIS_", []string{"john tallis"}},
		{"SECRETARY_OF_STATE_VELLIN_", nil},
		{"CHAIRMAN_OF_NATIONALITIES_", nil},
		{"SECRETARY_MARA_VELLIN_", []string{"mara vellin"}},
	} {
		if got := b.personKeys(tc.phrase); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("personKeys(%q) = %q, want %q", tc.phrase, got, tc.want)
		}
	}
}
