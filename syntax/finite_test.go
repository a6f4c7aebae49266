package syntax

import "testing"

// A sentence whose only verb the tagger reads as a participle gets it back
// as its past-tense predicate, with subject and object; a participle that
// is one (after an auxiliary, in a verbless headline with no object, or
// beside a finite verb) is left alone.
func TestFiniteRepair(t *testing.T) {
	tests := []struct {
		sentence, verb, xpos, subj, obj string
	}{
		{"Police arrested opposition leaders .", "arrested", "VBD", "Police", "leaders"},
		{"The minister accused opposition leaders of neglect .", "accused", "VBD", "minister", "leaders"},
		{"Guards detained two reporters near the border .", "detained", "VBD", "Guards", "reporters"},
		{"The interior minister , Juan Santos , accused opposition leaders of neglect .", "accused", "VBD", "minister", "leaders"},
		{"The port announced on Friday that tolls would rise .", "announced", "VBD", "port", ""},
		{"Man arrested after stabbing in harbour town", "arrested", "VBN", "", ""},
		{"Opposition leaders were arrested on Monday .", "arrested", "VBN", "", ""},
		{"Two men arrested in the raid were released on bail .", "arrested", "VBN", "", ""},
		{"Photos taken the day before the vote", "taken", "VBN", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			s := parseText(t, tt.sentence)
			v := indexOf(t, s.Words, tt.verb)
			if s.XPOS[v] != tt.xpos {
				t.Fatalf("%s tagged %s, want %s\n%s", tt.verb, s.XPOS[v], tt.xpos, describe(s))
			}
			if tt.subj == "" {
				return
			}
			if s.Head[v] != -1 {
				t.Errorf("%s is not the root\n%s", tt.verb, describe(s))
			}
			for w, rel := range map[string]string{tt.subj: "nsubj", tt.obj: "obj"} {
				if w == "" {
					continue
				}
				d := indexOf(t, s.Words, w)
				if s.Head[d] != v || universal(s.Rel[d]) != rel {
					t.Errorf("%s: got head %d rel %s, want %s of %s\n%s", w, s.Head[d], s.Rel[d], rel, tt.verb, describe(s))
				}
			}
		})
	}
}

// A word in -s read as a verb right before a modal is the modal's plural
// subject.
func TestPluralBeforeModal(t *testing.T) {
	for _, tc := range []struct{ sentence, word string }{
		{"The company announced on Tuesday that fares would rise .", "fares"},
		{"The port said that fares would rise in May .", "fares"},
	} {
		s := parseText(t, tc.sentence)
		i := indexOf(t, s.Words, tc.word)
		if s.XPOS[i] != "NNS" || universal(s.Rel[i]) != "nsubj" {
			t.Errorf("%s: %s/%s, want NNS nsubj\n%s", tc.sentence, s.XPOS[i], s.Rel[i], describe(s))
		}
	}
}
