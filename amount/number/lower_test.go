package number

import "testing"

// TestLowerASCIIAllocatesOnce: a text with capitals costs one allocation,
// not a byte slice and its string copy (amount.Find lowers each whole
// document).
func TestLowerASCIIAllocatesOnce(t *testing.T) {
	s := "The Harbour Board Said Sales Rose To £300m In The Year To March."
	if got, want := LowerASCII(s), "the harbour board said sales rose to £300m in the year to march."; got != want {
		t.Fatalf("LowerASCII(%q) = %q, want %q", s, got, want)
	}
	if n := testing.AllocsPerRun(100, func() { _ = LowerASCII(s) }); n != 1 {
		t.Errorf("LowerASCII allocates %v times, want 1", n)
	}
}
