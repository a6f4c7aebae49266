package entity

import "testing"

func TestSurnamesJoinWithinAGender(t *testing.T) {
	checkJoins(t, []joinCase{
		{"a wife is not her husband",
			"Tomas Vell opened the fete with his wife. Mrs Vell handed out the prizes. Mr Vell thanked her.",
			[]string{"PERSON:Tomas Vell", "PERSON:Vell"}, "Vell", "Vell", 0, 1, false},
		{"a husband's honorific joins his full name",
			"Tomas Vell opened the fete with his wife. Mrs Vell handed out the prizes. Mr Vell thanked her.",
			[]string{"PERSON:Tomas Vell", "PERSON:Vell"}, "Vell", "Vell", 0, 2, true},
		{"a man's given name joins the Mr, not the Ms",
			"Ms Orrin chairs the board and Mr Orrin sits on it. Later Hugo Orrin spoke.",
			[]string{"PERSON:Orrin", "PERSON:Hugo Orrin"}, "Orrin", "Hugo Orrin", 1, 0, true},
		{"a man's given name does not join the Ms",
			"Ms Orrin chairs the board and Mr Orrin sits on it. Later Hugo Orrin spoke.",
			[]string{"PERSON:Orrin", "PERSON:Hugo Orrin"}, "Orrin", "Hugo Orrin", 0, 0, false},
		{"a bare surname of two goes to the compatible one",
			"Hugo Pell met Greta Pell at the depot. Mrs Pell drove the van back.",
			[]string{"PERSON:Hugo Pell", "PERSON:Greta Pell", "PERSON:Pell"}, "Greta Pell", "Pell", 0, 2, true},
		{"a name the list calls a man's still joins a lone Ms",
			"Jan Holt runs the clinic. Ms Holt said the waiting list was long.",
			[]string{"PERSON:Jan Holt", "PERSON:Holt"}, "Jan Holt", "Holt", 0, 1, true},
	})
}

// joinCase: two mentions of a text with the name mentions the tagger
// would give, and whether they are one entity.
type joinCase struct {
	name       string
	text       string
	names      []string
	a, b       string // phrases, and which occurrence of each
	aNth, bNth int
	same       bool
}

func checkJoins(t *testing.T, tests []joinCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc(t, tc.text, "", tc.names...)
			a, b := entityOf(t, d, tc.a, tc.aNth), entityOf(t, d, tc.b, tc.bNth)
			if a == nil || b == nil || (a == b) != tc.same {
				t.Errorf("got %s and %s, want same=%v", describe(a), describe(b), tc.same)
			}
		})
	}
}
