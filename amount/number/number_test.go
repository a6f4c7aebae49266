package number

import (
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		val  float64
		used int
	}{
		{"three and a half years", 3.5, 4},
		{"twenty four hours", 24, 2},
		{"one hundred and five", 105, 4},
		{"two million people", 2e6, 2},
		{"a dozen eggs", 12, 2},
		{"a hundred", 100, 2},
		{"nineteen ninety six", 19, 1},
		{"a year", 0, 0},
		{"and then", 0, 0},
		{"ten", 10, 1},
		{"one two", 1, 1},
		{"half a million children", 5e5, 3},
		{"half a dozen ferries", 6, 3},
		{"half an hour", 0, 0},
		{"half a hundred", 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			v, n := Words(strings.Fields(tc.in))
			if v != tc.val || n != tc.used {
				t.Errorf("Words(%q) = %g, %d; want %g, %d", tc.in, v, n, tc.val, tc.used)
			}
		})
	}
}

func TestScale(t *testing.T) {
	for w, want := range map[string]float64{"bn": 1e9, "m": 1e6, "million": 1e6, "k": 1e3, "trillion": 1e12} {
		if got, ok := Scale(w); !ok || got != want {
			t.Errorf("Scale(%q) = %g, %v; want %g", w, got, ok, want)
		}
	}
	if _, ok := Scale("mile"); ok {
		t.Error(`Scale("mile") is a scale`)
	}
}

func TestDigits(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
	}{{"42", 42}, {"1,250", 1250}, {"3.75", 3.75}, {"12,000,000.5", 12000000.5}, {"abc", 0}, {"", 0}} {
		if got := Digits(c.in); got != c.want {
			t.Errorf("Digits(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestLowerASCII(t *testing.T) {
	for in, want := range map[string]string{"Million": "million", "bn": "bn", "ÉTÉ Now": "ÉtÉ now", "": ""} {
		if got := LowerASCII(in); got != want {
			t.Errorf("LowerASCII(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMayStartAsWords: MayStart is the list of the words Words can start
// a number with, checked against its tables and against Words itself.
func TestMayStartAsWords(t *testing.T) {
	var all []string
	for _, m := range []map[string]float64{units, tens, scales, fractions} {
		for w := range m {
			all = append(all, w)
		}
	}
	for w := range ordinals {
		all = append(all, w)
	}
	all = append(all, "a", "an", "and", "dozen", "zero", "the", "quarters", "hundreds", "Tenby", "")
	for _, w := range all {
		starts := units[w] > 0 || tens[w] > 0 || w == "zero" || w == "dozen" || w == "a" || w == "an" || w == "half"
		if got := MayStart(w); got != starts {
			t.Errorf("MayStart(%q) = %v, want %v", w, got, starts)
		}
		if MayStart(w) {
			continue
		}
		for _, rest := range [][]string{nil, {"hundred"}, {"dozen"}, {"and", "a", "half"}, {"thousand", "and", "five"}} {
			if _, n := Words(append([]string{w}, rest...)); n > 0 {
				t.Errorf("Words(%q %v) reads a number, but MayStart(%q) is false", w, rest, w)
			}
		}
	}
}
