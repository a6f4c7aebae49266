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
