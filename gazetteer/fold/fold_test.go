package fold

import (
	"reflect"
	"testing"
)

func TestToken(t *testing.T) {
	tests := []struct {
		name, in, want string
		upper          bool
	}{
		{"lower ascii unchanged", "minister", "minister", false},
		{"capital folded", "Ukraine", "ukraine", true},
		{"periods dropped", "U.S.", "us", true},
		{"acute accents", "Élysée", "elysee", true},
		{"latin extended-a", "Łódź", "lodz", true},
		{"ligature and sharp s", "Straße", "strasse", true},
		{"romanian comma below", "Timișoara", "timisoara", true},
		{"curly apostrophe", "d’Ivoire", "d'ivoire", true},
		{"en dash to hyphen", "Guinea–Bissau", "guinea-bissau", true},
		{"lone period folds to nothing", ".", "", false},
		{"cyrillic lowered", "Киев", "киев", true},
		{"times sign kept", "3×4", "3×4", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Token(tt.in); got != tt.want {
				t.Errorf("Token(%q) = %q, want %q", tt.in, got, tt.want)
			}
			_, cs := AppendToken(nil, tt.in)
			if up := cs&Upper != 0; up != tt.upper {
				t.Errorf("AppendToken(%q) upper = %v, want %v", tt.in, up, tt.upper)
			}
		})
	}
}

func TestAppendTokenCase(t *testing.T) {
	tests := []struct {
		in   string
		want Case
	}{
		{"US", Upper}, {"Is", Upper | Lower}, {"us", Lower}, {"U.S.", Upper}, {"Élysée", Upper | Lower},
		{"123", 0}, {"ÉTATS", Upper},
	}
	for _, tt := range tests {
		if _, got := AppendToken(nil, tt.in); got != tt.want {
			t.Errorf("AppendToken(%q) case = %b, want %b", tt.in, got, tt.want)
		}
	}
}

func TestSplitAndKey(t *testing.T) {
	tests := []struct {
		name, in string
		split    []string
		key      string
	}{
		{"petrarch underscores", "THE_WHITE_HOUSE_", []string{"THE", "WHITE", "HOUSE"}, "the white house"},
		{"spaces and periods", "U.S.  Vice President", []string{"U.S.", "Vice", "President"}, "us vice president"},
		{"comma is a token", "MINISTER FOR_AGRICULTURE,_FOOD", []string{"MINISTER", "FOR", "AGRICULTURE", ",", "FOOD"}, "minister for agriculture , food"},
		{"parentheses are tokens", "FRONT_(ALF)", []string{"FRONT", "(", "ALF", ")"}, "front ( alf )"},
		{"lone period dropped from key", "St . Louis", []string{"St", ".", "Louis"}, "st louis"},
		{"empty phrase", "  ", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Split(tt.in); !reflect.DeepEqual(got, tt.split) {
				t.Errorf("Split(%q) = %q, want %q", tt.in, got, tt.split)
			}
			if got := Key(tt.in); got != tt.key {
				t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.key)
			}
		})
	}
}

// FuzzKey checks that keys are stable: folding a key again changes nothing,
// and a key never holds an empty token.
func FuzzKey(f *testing.F) {
	for _, s := range []string{"U.S.", "Côte d’Ivoire", "A_B (C)", " . ", "ĲSSEL"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if k2 := Key(k); k2 != k {
			t.Fatalf("Key(Key(%q)) = %q, want %q", s, k2, k)
		}
		if k != "" {
			for _, tok := range Fields(k) {
				if tok == "" {
					t.Fatalf("Key(%q) = %q holds an empty token", s, k)
				}
			}
		}
	})
}
