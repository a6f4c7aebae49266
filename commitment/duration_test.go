package commitment

import "testing"

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		unit byte
		ok   bool
	}{
		{"P10D", 10, 'D', true},
		{"P2W", 2, 'W', true},
		{"P3M", 3, 'M', true},
		{"P1Y", 1, 'Y', true},
		{"P3Y6M", 0, 0, false}, // two units: no single deadline
		{"PT5H", 0, 0, false},
		{"P0D", 0, 0, false},
		{"PXW", 0, 0, false},
		{"P", 0, 0, false},
		{"P99999D", 0, 0, false},
	}
	for _, tt := range tests {
		n, unit, ok := parseDuration(tt.in)
		if ok != tt.ok || ok && (n != tt.n || unit != tt.unit) {
			t.Errorf("parseDuration(%q) = %d %c %v, want %d %c %v", tt.in, n, unit, ok, tt.n, tt.unit, tt.ok)
		}
	}
}

func FuzzParseDuration(f *testing.F) {
	for _, s := range []string{"P10D", "P3Y6M", "PT1H", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, unit, ok := parseDuration(s)
		if ok && (n <= 0 || n > 1000 || (unit != 'D' && unit != 'W' && unit != 'M' && unit != 'Y')) {
			t.Fatalf("parseDuration(%q) = %d %c true", s, n, unit)
		}
	})
}
