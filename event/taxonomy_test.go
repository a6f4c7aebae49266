package event

import "testing"

func TestLookup(t *testing.T) {
	tests := []struct {
		name      string
		code      string
		wantQuad  int
		wantGold  float64
		wantKnown bool
	}{
		{"intent to meet is verbal cooperation", "036", 1, 4.0, true},
		{"material cooperation root", "061", 2, 6.4, true},
		{"verbal conflict", "112", 3, -2.0, true},
		{"material conflict", "190", 4, -10.0, true},
		{"four-digit code", "0211", 1, 3.4, true},
		{"unknown sub-code falls back to its base", "0879", 2, 0, false},
		{"private dictionary code keeps its root's class", "904", 0, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in, ok := Lookup(tc.code)
			if ok != tc.wantKnown || in.QuadClass != tc.wantQuad {
				t.Errorf("Lookup(%q): got quad %d known %v, want quad %d known %v", tc.code, in.QuadClass, ok, tc.wantQuad, tc.wantKnown)
			}
			if tc.wantKnown && in.Goldstein != tc.wantGold {
				t.Errorf("Lookup(%q): got goldstein %v, want %v", tc.code, in.Goldstein, tc.wantGold)
			}
		})
	}
}

func TestNames(t *testing.T) {
	tests := []struct{ code, want string }{
		{"036", "Express intent to meet or negotiate"},
		{"0871", "Declare truce, ceasefire"},
		{"19", "Fight"},
		{"2042", "Detonate nuclear weapons"},
	}
	for _, tc := range tests {
		t.Run("codebook name of "+tc.code, func(t *testing.T) {
			if in, _ := Lookup(tc.code); in.Name != tc.want {
				t.Errorf("Lookup(%q).Name: got %q, want %q", tc.code, in.Name, tc.want)
			}
		})
	}
}

func TestCodesComplete(t *testing.T) {
	codes, err := Codes()
	if err != nil {
		t.Fatal(err)
	}
	if len(codes) < 300 {
		t.Fatalf("got %d codes, want GDELT's 311", len(codes))
	}
	roots := map[string]bool{}
	for _, c := range codes {
		if c.Name == "" || c.QuadClass < 1 || c.QuadClass > 4 {
			t.Errorf("code %q: name %q quad %d", c.Code, c.Name, c.QuadClass)
		}
		roots[c.Root] = true
	}
	if len(roots) != 20 {
		t.Errorf("got %d roots, want 20", len(roots))
	}
}
