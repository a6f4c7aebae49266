package text

import "testing"

func TestMemo(t *testing.T) {
	d := NewDocument(Article{Text: "The ferry sailed at noon."})
	calls := 0
	count := func() any { calls++; return calls }
	type keyA struct{ n int }
	for _, tc := range []struct {
		name      string
		key       any
		want      int
		wantCalls int
	}{
		{"the first use computes the value", keyA{1}, 1, 1},
		{"a second use returns the kept value", keyA{1}, 1, 1},
		{"another key computes its own", keyA{2}, 2, 2},
		{"a key of another type is another key", 1, 3, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := d.Memo(tc.key, count); got != tc.want || calls != tc.wantCalls {
				t.Errorf("Memo(%v) = %v after %d computations, want %d after %d", tc.key, got, calls, tc.want, tc.wantCalls)
			}
		})
	}
}
