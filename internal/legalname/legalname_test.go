package legalname

import "testing"

func TestForms(t *testing.T) {
	s := Suffix{Word: "spa", Abbrev: true, Dotted: true}
	if got := s.DottedForm(); got != "s.p.a." {
		t.Errorf("DottedForm = %q", got)
	}
	if got := s.Capitalised(); got != "Spa" {
		t.Errorf("Capitalised = %q", got)
	}
}

// The list is in lower case, without dots, once each.
func TestSuffixesLowerOnce(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range Suffixes {
		for _, r := range s.Word {
			if r < 'a' || r > 'z' {
				t.Errorf("%q: not lower-case letters", s.Word)
			}
		}
		if seen[s.Word] {
			t.Errorf("%q twice", s.Word)
		}
		seen[s.Word] = true
	}
}
