package syntax

import (
	"slices"
	"strings"
	"testing"
)

// Sentences written for these tests in the style of news copy (not taken
// from any corpus): reporting verbs must take the speaker as subject and
// the content as a clausal complement, and a title before a name must
// hang inside the name's nominal.

type arc struct {
	dep, head string   // words (the first occurrence)
	rels      []string // acceptable universal relations of dep
}

var newsTests = []struct {
	sentence string
	arcs     []arc
}{
	{
		"The mayor said that the old bridge would reopen in May .",
		[]arc{{"mayor", "said", []string{"nsubj"}}, {"reopen", "said", []string{"ccomp"}}},
	},
	{
		"Officials urged residents to leave the coast before the storm .",
		[]arc{{"Officials", "urged", []string{"nsubj"}}, {"residents", "urged", []string{"obj", "iobj"}}, {"leave", "urged", []string{"xcomp"}}},
	},
	{
		"She stated on Friday that the factory will close next year .",
		[]arc{{"She", "stated", []string{"nsubj"}}, {"close", "stated", []string{"ccomp"}}},
	},
	{
		"The minister told reporters that prices had stopped rising .",
		[]arc{{"minister", "told", []string{"nsubj"}}, {"reporters", "told", []string{"obj", "iobj"}}, {"stopped", "told", []string{"ccomp"}}},
	},
	{
		"Union leaders emphasized that the strike would continue .",
		[]arc{{"leaders", "emphasized", []string{"nsubj"}}, {"continue", "emphasized", []string{"ccomp"}}},
	},
	{
		"The company added that no workers were hurt in the fire .",
		[]arc{{"company", "added", []string{"nsubj"}}, {"hurt", "added", []string{"ccomp"}}},
	},
	{
		"\" The vote was fair , \" she said .",
		[]arc{{"she", "said", []string{"nsubj"}}, {"fair", "said", []string{"ccomp", "parataxis"}}},
	},
	{
		"\" We will rebuild , \" Mayor Lopez said on Sunday .",
		[]arc{{"rebuild", "said", []string{"ccomp", "parataxis"}}},
	},
	{
		"\" Prices will fall , \" the minister told reporters .",
		[]arc{{"minister", "told", []string{"nsubj"}}, {"fall", "told", []string{"ccomp", "parataxis"}}},
	},
}

// words of the sentence, and the index of a word's first occurrence.
func indexOf(t *testing.T, words []string, w string) int {
	t.Helper()
	i := slices.Index(words, w)
	if i < 0 {
		t.Fatalf("test bug: %q not in %q", w, words)
	}
	return i
}

func parseText(t *testing.T, text string) *Sentence {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s := &Sentence{Words: strings.Fields(text)}
	m.Parse(s)
	return s
}

func describe(s *Sentence) string {
	var b strings.Builder
	for i, w := range s.Words {
		h := "ROOT"
		if s.Head[i] >= 0 {
			h = s.Words[s.Head[i]]
		}
		b.WriteString(w + "/" + s.UPOS[i] + "<-" + s.Rel[i] + "-" + h + " ")
	}
	return b.String()
}

func TestReportingVerbs(t *testing.T) {
	for _, tt := range newsTests {
		t.Run(tt.sentence, func(t *testing.T) {
			s := parseText(t, tt.sentence)
			for _, a := range tt.arcs {
				d, h := indexOf(t, s.Words, a.dep), indexOf(t, s.Words, a.head)
				if s.Head[d] != h || !slices.Contains(a.rels, universal(s.Rel[d])) {
					t.Errorf("%s: got head %d rel %s, want %s with %v\n%s", a.dep, s.Head[d], s.Rel[d], a.head, a.rels, describe(s))
				}
			}
		})
	}
}

// A title and the name after it form one nominal: every word of "Foreign
// Minister Ana Ruiz" lies in the subtree of the subject of the verb.
// Which word heads it (the title, with the name flat below it, or the
// name) is the treebank's choice and no stage's need: the quote and
// entity stages read the whole flat/compound run (see quote's
// TestRulesOverParseVariants).
// Known error (see README.md): at the very start of a sentence, a title
// after a nationality the treebank never saw ("Kenyan President …") or a
// two-word title ("Police Chief …") is still often split off.
func TestTitleAndNameFormOneNominal(t *testing.T) {
	tests := []struct {
		sentence, verb string
		nominal        []string
	}{
		{"Foreign Minister Ana Ruiz said the talks would resume .", "said", []string{"Foreign", "Minister", "Ana", "Ruiz"}},
		{"On Monday , Police Chief Tom Brandt confirmed the arrest .", "confirmed", []string{"Police", "Chief", "Tom", "Brandt"}},
		{"On Friday , French President Emmanuel Macron welcomed the agreement .", "welcomed", []string{"French", "President", "Emmanuel", "Macron"}},
		{"Health Minister Ana Ruiz said the clinics would open .", "said", []string{"Health", "Minister", "Ana", "Ruiz"}},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			s := parseText(t, tt.sentence)
			v := indexOf(t, s.Words, tt.verb)
			subj := -1
			for i := range s.Words {
				if s.Head[i] == v && universal(s.Rel[i]) == "nsubj" {
					subj = i
				}
			}
			if subj < 0 {
				t.Fatalf("%s has no nsubj\n%s", tt.verb, describe(s))
			}
			if !slices.Contains(tt.nominal, s.Words[subj]) {
				t.Errorf("subject of %s: got %q, want a word of the nominal %v\n%s", tt.verb, s.Words[subj], tt.nominal, describe(s))
			}
			for _, w := range tt.nominal {
				i := indexOf(t, s.Words, w)
				k := i
				for k >= 0 && k != subj {
					k = s.Head[k]
				}
				if k != subj {
					t.Errorf("%q is outside the subject's subtree\n%s", w, describe(s))
				}
			}
		})
	}
}
