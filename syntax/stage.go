package syntax

import (
	"context"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dateline/text"
)

// Stage is the syntax.v1 pipeline stage: it fills UPOS, XPOS, Lemma, Head
// and Rel of every token of every sentence.
type Stage struct {
	model *Model // nil: the embedded model
	pool  sync.Pool
}

// NewStage returns the stage with the embedded model.
func NewStage() *Stage { return &Stage{} }

// NewStageWith returns the stage with the given model.
func NewStageWith(m *Model) *Stage { return &Stage{model: m} }

func (*Stage) Name() string       { return "syntax.v1" }
func (*Stage) Requires() []string { return []string{"sentences", "tokens"} }
func (*Stage) Assigns() []string  { return []string{"syntax"} }

// Process parses each sentence of d. When the ner stage ran before it,
// the words of the names it found are tagged as proper nouns (see
// Sentence.Names). Head is a global index into d.Tokens
// (-1 for a sentence's root).
func (s *Stage) Process(ctx context.Context, d *text.Document) error {
	m := s.model
	if m == nil {
		var err error
		if m, err = Default(); err != nil {
			return err
		}
	}
	sent, _ := s.pool.Get().(*Sentence)
	if sent == nil {
		sent = &Sentence{}
	}
	defer s.pool.Put(sent)
	var at []int
	for k, se := range d.Sentences {
		if k%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		first, end := se.FirstToken, se.EndToken
		if first < 0 || end > len(d.Tokens) || first >= end {
			continue
		}
		sent.Words, sent.Names = sent.Words[:0], sent.Names[:0]
		at = at[:0] // at[i]: the token of word i
		for k, t := range d.Tokens[first:end] {
			w := d.Text[t.Start:t.End]
			if k > 0 && nameClitic(d, first+k) {
				// "McDonald's", "Moody's": the ner stage put the "'s"
				// in the name. Parsed apart, it is read as a possessive
				// ("Sainsbury's said profits rose": "said" a participle
				// before "profits"); the name is parsed as one word.
				sent.Words[len(sent.Words)-1] = d.Text[d.Tokens[first+k-1].Start:t.End]
				continue
			}
			sent.Words = append(sent.Words, w)
			sent.Names = append(sent.Names, isName(t.NER, w))
			at = append(at, first+k)
		}
		m.Parse(sent)
		for i := range sent.Words {
			t := &d.Tokens[at[i]]
			t.UPOS, t.XPOS, t.Lemma, t.Rel = sent.UPOS[i], sent.XPOS[i], sent.Lemma[i], sent.Rel[i]
			t.Head = -1
			if h := sent.Head[i]; h >= 0 {
				t.Head = at[h]
			}
			if n := at[i] + 1; n < end && (i+1 == len(at) || at[i+1] != n) {
				// The name's "'s", left out of the parse, hangs on it
				// as a possessive's does in EWT.
				t.Lemma = d.Text[t.Start:t.End]
				if t.XPOS == "NNPS" {
					t.XPOS = "NNP" // the "s" made it look plural
				}
				c := &d.Tokens[n]
				c.UPOS, c.XPOS, c.Lemma, c.Head, c.Rel = "PART", "POS", "'s", at[i], "case"
			}
		}
	}
	return nil
}

// nameClitic reports whether token i is a "'s" that ends a name the ner
// stage tagged, right after the name's word, before a verb that no
// possessive stands before ("McDonald's has", "Foster's said"). Elsewhere
// the "'s" is parsed as it is: a possessive reading does the parse no
// harm before a noun, and one inside a name ("People's Bank") is the
// name's.
func nameClitic(d *text.Document, i int) bool {
	t := d.Tokens[i]
	w := d.Text[t.Start:t.End]
	if w != "'s" && w != "’s" || !strings.HasPrefix(t.NER, "I-") || t.Start != d.Tokens[i-1].End || i+1 >= len(d.Tokens) {
		return false
	}
	n := d.Tokens[i+1]
	return !strings.HasPrefix(n.NER, "I-") && verbsAfterName[strings.ToLower(d.Text[n.Start:n.End])]
}

// verbsAfterName follow a name but never a possessive.
var verbsAfterName = map[string]bool{"has": true, "have": true, "is": true, "are": true, "was": true, "were": true,
	"will": true, "said": true, "says": true, "announced": true}

// isName reports whether a token the ner stage put in the name of a
// person, organisation or place is a capitalised word: the tagger is told,
// so that names that are also common words ("Trump", "Rice", "the Bank of
// England") are parsed as names. Nationalities (NORP) and other names
// stay as tagged: UD tags "Ukrainian" ADJ. Without an earlier ner stage
// NER is empty and nothing is marked.
func isName(ner, w string) bool {
	switch {
	case strings.HasSuffix(ner, "-PERSON"), strings.HasSuffix(ner, "-PER"),
		strings.HasSuffix(ner, "-ORG"), strings.HasSuffix(ner, "-GPE"),
		strings.HasSuffix(ner, "-LOC"), strings.HasSuffix(ner, "-FAC"):
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
