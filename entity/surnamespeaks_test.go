package entity

import "testing"

// A surname alone that the tagger mostly typed otherwise is the person
// whose full name the article gives when it speaks; not when it never
// speaks, nor when no full name with a given name is in the article.
func TestSurnameThatSpeaks(t *testing.T) {
	wantPhraseTypes(t, []phraseType{
		{"the surname speaks",
			"Maria Talvane will speak on Monday. The Talvane campaign bought ads. Talvane supporters cheered. Talvane said she would win.",
			[]string{"PERSON:Maria Talvane", "MISC:Talvane", "MISC:Talvane", "MISC:Talvane"}, "Talvane", "PERSON"},
		{"a surname that never speaks stays",
			"Maria Talvane will speak on Monday. The Talvane campaign bought ads. Talvane supporters cheered. Talvane rallies are loud.",
			[]string{"PERSON:Maria Talvane", "MISC:Talvane", "MISC:Talvane", "MISC:Talvane"}, "Talvane", "MISC"},
		{"no full name in the article",
			"The Talvane campaign bought ads. Talvane supporters cheered. Talvane said it would win.",
			[]string{"MISC:Talvane", "MISC:Talvane", "MISC:Talvane"}, "Talvane", "ORG"},
	})
}
