package entity

import "testing"

// TestDefinitePersonJoinsTheTitled checks that a definite description
// with no name beside it joins the one person named before with a title
// ending in its head word, whose team or party words it repeats, and joins
// no one when another team's word stands in it or two people hold the
// title.
func TestDefinitePersonJoinsTheTitled(t *testing.T) {
	tests := []struct{ text, description, want string }{
		{"Rovers coach Tom Hale named his squad on Monday. The Rovers coach said the squad looked sharp.", "The Rovers coach", "Tom Hale"},
		{"Former minister Ann Vey joined the board of the port. The former minister said she was glad.", "The former minister", "Ann Vey"},
		{"Rovers coach Tom Hale named his squad on Monday. The Tarnby coach said his side was ready.", "The Tarnby coach", "Tarnby coach"},
		{"Rovers coach Tom Hale met Tarnby coach Piet Olsen on Monday. The coach said the squad looked sharp.", "The coach", "coach"},
		// Another office, a noun the title lacks, another body's post.
		{"Rovers assistant coach Tom Hale named the squad on Monday. The Rovers coach said it was strong.", "The Rovers coach", "Rovers coach"},
		{"Foreign minister Ann Vey flew to Tarnby on Monday. The finance minister said the budget was sound.", "The finance minister", "finance minister"},
		{"Party spokesman Tom Hale met the press on Monday. The mayor's spokesman said the talks had failed.", "The mayor's spokesman", "mayor's spokesman"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d := read(t, tc.text)
			e := entityAt(d, tc.description)
			if e == nil || e.Name != tc.want {
				t.Errorf("entity %+v, want %q", e, tc.want)
			}
		})
	}
}
