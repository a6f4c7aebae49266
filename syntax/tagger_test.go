package syntax

import (
	"strings"
	"testing"
)

// TestTagsWordsTheTreebankNeverShowed checks the tagger on sentences
// written for this test whose marked words do not occur in UD English
// EWT's training part: their tags must come from their parts, their
// context and the WordNet classes of the word or of its stem.
func TestTagsWordsTheTreebankNeverShowed(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sentence string
		want     map[string]string // word -> UPOS
	}{
		{"The senator castigated the bellicose envoys on Tuesday .",
			map[string]string{"castigated": "VERB", "bellicose": "ADJ", "envoys": "NOUN"}},
		{"Prosecutors subpoenaed the firm 's grandiose plans .",
			map[string]string{"subpoenaed": "VERB", "grandiose": "ADJ"}},
		{"The council reallocated funds and rebuked two emissaries .",
			map[string]string{"reallocated": "VERB", "rebuked": "VERB", "emissaries": "NOUN"}},
		{"She answered unflinchingly .",
			map[string]string{"unflinchingly": "ADV"}},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			s := Sentence{Words: strings.Fields(tt.sentence)}
			m.Parse(&s)
			for i, w := range s.Words {
				if want, ok := tt.want[w]; ok && s.UPOS[i] != want {
					t.Errorf("UPOS of %q = %s, want %s", w, s.UPOS[i], want)
				}
			}
		})
	}
}
