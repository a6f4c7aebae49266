package syntax

import (
	"context"
	"strings"
	"testing"

	"dateline/text"
)

// doc builds a document whose sentences are tokenised at spaces.
func doc(sentences ...string) *text.Document {
	d := text.NewDocument(text.Article{Text: strings.Join(sentences, " ")})
	off := 0
	for _, s := range sentences {
		first := len(d.Tokens)
		pos := off
		for _, w := range strings.Fields(s) {
			i := strings.Index(d.Text[pos:], w) + pos
			d.Tokens = append(d.Tokens, text.Token{Span: text.Span{Start: i, End: i + len(w)}, Head: -1})
			pos = i + len(w)
		}
		d.Sentences = append(d.Sentences, text.Sentence{Span: text.Span{Start: off, End: off + len(s)}, FirstToken: first, EndToken: len(d.Tokens)})
		off += len(s) + 1
	}
	return d
}

func TestStageFillsEveryToken(t *testing.T) {
	d := doc("The river rose overnight .", "Crews closed two roads near the dam .")
	if err := NewStage().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for k, se := range d.Sentences {
		roots := 0
		for i := se.FirstToken; i < se.EndToken; i++ {
			tok := d.Tokens[i]
			if tok.UPOS == "" || tok.XPOS == "" || tok.Lemma == "" || tok.Rel == "" {
				t.Errorf("token %q: empty field in %+v", d.Slice(tok.Span), tok)
			}
			if tok.Head == -1 {
				roots++
				continue
			}
			if tok.Head < se.FirstToken || tok.Head >= se.EndToken {
				t.Errorf("token %q: head %d outside sentence %d [%d,%d)", d.Slice(tok.Span), tok.Head, k, se.FirstToken, se.EndToken)
			}
		}
		if roots != 1 {
			t.Errorf("sentence %d: got %d roots, want 1", k, roots)
		}
	}
	// Heads are global: "closed" in the second sentence is its root, and
	// "Crews" depends on it.
	crews, closed := 5, 6
	if got := d.Tokens[crews].Head; got != closed {
		t.Errorf("head of Crews: got %d, want %d (global index of closed)", got, closed)
	}
	if got := d.Tokens[closed].Rel; got != "root" {
		t.Errorf("relation of closed: got %q, want root", got)
	}
}

func TestStageDeclaresItsFields(t *testing.T) {
	s := NewStage()
	if s.Name() != "syntax.v1" {
		t.Errorf("name: got %q", s.Name())
	}
	if got := strings.Join(s.Requires(), ","); got != "sentences,tokens" {
		t.Errorf("requires: got %q", got)
	}
	if got := strings.Join(s.Assigns(), ","); got != "syntax" {
		t.Errorf("assigns: got %q", got)
	}
}

func TestStageSkipsEmptyAndBrokenSentences(t *testing.T) {
	d := doc("Rain fell .")
	d.Sentences = append(d.Sentences, text.Sentence{FirstToken: 3, EndToken: 3}, text.Sentence{FirstToken: 2, EndToken: 99})
	if err := NewStage().Process(context.Background(), d); err != nil {
		t.Fatalf("got %v, want the bad sentences skipped", err)
	}
}

func TestParseEmptySentence(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s := &Sentence{}
	m.Parse(s)
	if len(s.Head) != 0 || len(s.UPOS) != 0 {
		t.Errorf("got %d heads, %d tags for no words", len(s.Head), len(s.UPOS))
	}
}

// A surname that is also a common word, marked as a person's name by an
// earlier stage, is parsed as the name it is: a proper noun and the
// subject, not the verb of the sentence.
func TestNamesMarkedByNERAreProperNouns(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, words := range [][]string{
		{"Trump", "further", "described", "the", "plan", "."},
		{"Cook", "later", "praised", "the", "staff", "."},
		{"Price", "quickly", "rejected", "the", "offer", "."},
	} {
		s := &Sentence{Words: words, Names: []bool{true, false, false, false, false, false}}
		m.Parse(s)
		if s.UPOS[0] != "PROPN" || s.XPOS[0] != "NNP" {
			t.Errorf("%v: marked name tagged %s/%s, want PROPN/NNP", words, s.UPOS[0], s.XPOS[0])
		}
		if s.Head[0] != 2 || s.Rel[0] != "nsubj" {
			t.Errorf("%v: name attached to %d as %s, want the subject of %q", words, s.Head[0], s.Rel[0], words[2])
		}
	}
}

// A name the tagger does not know, before an -ing verb, reads to it as a
// subordinator ("while leading"); marked by the ner stage it is the verb's
// subject. A subordinator that opens the sentence stays one even when the
// ner stage's name took it in.
func TestNameReadAsSubordinator(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		words []string
		name  []int // the words the ner stage marks
		at    int
		upos  string
	}{
		{[]string{"Polls", "show", "Okafor", "leading", "in", "Tarnby", "."}, []int{2, 5}, 2, "PROPN"},
		{[]string{"Surveys", "showed", "Adeyemi", "gaining", "among", "farmers", "."}, []int{2}, 2, "PROPN"},
		{[]string{"If", "the", "United", "States", "agreed", ",", "talks", "would", "resume", "."}, []int{0, 1, 2, 3}, 0, "SCONJ"},
	} {
		names := make([]bool, len(c.words))
		for _, i := range c.name {
			names[i] = true
		}
		s := &Sentence{Words: c.words, Names: names}
		m.Parse(s)
		if s.UPOS[c.at] != c.upos {
			t.Errorf("%v: %q tagged %s, want %s", c.words, c.words[c.at], s.UPOS[c.at], c.upos)
		}
		if c.upos == "PROPN" && (s.Head[c.at] != c.at+1 || s.Rel[c.at] != "nsubj") {
			t.Errorf("%v: %q attached to %d as %s, want the subject of %q", c.words, c.words[c.at], s.Head[c.at], s.Rel[c.at], c.words[c.at+1])
		}
	}
}

func TestIsName(t *testing.T) {
	for _, c := range []struct {
		ner, word string
		want      bool
	}{
		{"B-PERSON", "Trump", true},
		{"I-PERSON", "Lee", true},
		{"B-PER", "Ruiz", true},
		{"I-PERSON", "de", false}, // "Luiz Inácio Lula da Silva": the particles stay as tagged
		{"B-ORG", "Apple", true},
		{"I-GPE", "Kingdom", true},
		{"B-NORP", "Ukrainian", false}, // UD tags nationalities ADJ
		{"B-MISC", "Olympics", false},
		{"", "Trump", false},
		{"O", "Trump", false},
	} {
		if got := isName(c.ner, c.word); got != c.want {
			t.Errorf("isName(%q, %q) = %v, want %v", c.ner, c.word, got, c.want)
		}
	}
}
