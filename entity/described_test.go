package entity

import "testing"

// TestDescribedPersonJoinsTheOneSoNamed checks that "the singer", "the
// 32-year-old rapper" join the one person named right after that noun
// before, as subject or object, and join no one when two people were so
// named, when no one was, or when the noun is followed by a name of its
// own or names whose it is.
func TestDescribedPersonJoinsTheOneSoNamed(t *testing.T) {
	tests := []struct{ text, description, want string }{
		{"Pop singer Joan Penn will play in Leeds in May. Tickets sold out in an hour. The singer said it was a great city.", "The singer", "Joan Penn"},
		{"US rapper Tom Vale has cancelled his tour of Europe. The 32-year-old rapper told reporters he was tired.", "The 32-year-old rapper", "Tom Vale"},
		{"The comedian Peter Marsden has a new show on Channel 4. Critics have praised the comedian for his timing.", "the comedian", "Peter Marsden"},
		{"Singer Joan Penn and singer Ruth Lomas will play in Leeds in May. The singer said it was a great city.", "The singer", ""},
		{"Joan Penn will play in Leeds in May. Tom Vale will not. The singer said it was a great city.", "The singer", ""},
		{"Pop singer Joan Penn will play in Leeds in May. The singer of the support band said he was thrilled.", "The singer", ""},
		// A word of a compound, and a headline's last word before the
		// first line's name, are no description of the one so named.
		{"Pop singer Joan Penn will play in Leeds in May. The singer contest drew a crowd of ten thousand.", "The singer", ""},
		{"Drama tipped as favourite\n\nTom Vale's new drama has opened in London. Critics said it beat the favourite at the box office.", "the favourite", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d := read(t, tc.text)
			e := entityAt(d, tc.description)
			switch {
			case tc.want == "" && e != nil && e.Type == "PERSON" && e.Name != "singer" && e.Name != "favourite":
				t.Errorf("entity %+v, want none", e)
			case tc.want != "" && (e == nil || e.Name != tc.want):
				t.Errorf("entity %+v, want %q", e, tc.want)
			}
		})
	}
}
