package amount

import (
	"fmt"
	"testing"
)

// A number before a fraction word is a share, not a count of "thirds"
// (regression: "about two thirds of the bill" was a count of 2 "third").
func TestFractionIsShare(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"The state will pay about two thirds of the bill.", `"about two thirds" percent 66.6666666667 approx=true "bill"`},
		{"Three quarters of voters backed the plan.", `"Three quarters" percent 75 approx=false "voters"`},
		{"Exports make up one fifth of its output.", `"one fifth" percent 20 approx=false "output"`},
		{"Nearly two-thirds of the members stayed home.", `"Nearly two-thirds" percent 66.6666666667 approx=true "members"`},
		// Without "of" a fraction word is left alone: an ordinal or a period.
		{"The team lost for a third time.", ``},
		{"The economy shrank for two quarters.", ``},
		{"Stocks fell in the three quarters of contraction.", ``},
		// A fraction of a scale word is a number: a count, not a share.
		{"Almost a quarter of a million people signed.", `"Almost a quarter of a million people" count 250000 approx=true "people"`},
	}
	for _, tc := range tests {
		t.Run(tc.sentence, func(t *testing.T) {
			var got string
			for _, a := range Find(tc.sentence, nil) {
				got += fmt.Sprintf("%q %s %.12g approx=%v %q", tc.sentence[a.Start:a.End], a.Kind, a.Value, a.Approximate, a.Object)
			}
			if got != tc.want {
				t.Errorf("Find(%q) = %s, want %s", tc.sentence, got, tc.want)
			}
		})
	}
}
