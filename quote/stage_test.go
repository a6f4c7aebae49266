package quote

import (
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"dateline/entity"
	"dateline/ner"
	"dateline/syntax"
	"dateline/text"
)

func TestStageDeclarations(t *testing.T) {
	s := NewStage()
	if got, want := s.Name(), "quotes.v1"; got != want {
		t.Errorf("Name() = %q, want %q", got, want)
	}
	if got, want := s.Requires(), []string{"sentences", "tokens", "syntax", "entities"}; !slices.Equal(got, want) {
		t.Errorf("Requires() = %q, want %q", got, want)
	}
	if got, want := NewStageWith(Config{WithoutEntities: true}).Requires(), []string{"sentences", "tokens", "syntax"}; !slices.Equal(got, want) {
		t.Errorf("Requires() without entities = %q, want %q", got, want)
	}
	if got, want := s.Assigns(), []string{"quotes"}; !slices.Equal(got, want) {
		t.Errorf("Assigns() = %q, want %q", got, want)
	}
}

// parser returns the syntax stage: the embedded model, or the model file
// named by DATELINE_SYNTAX_MODEL (to try a model before it is embedded).
func parser(tb testing.TB) *syntax.Stage {
	tb.Helper()
	if p := os.Getenv("DATELINE_SYNTAX_MODEL"); p != "" {
		f, err := os.Open(p)
		if err != nil {
			tb.Fatal(err)
		}
		defer f.Close()
		m, err := syntax.ReadModel(f, p)
		if err != nil {
			tb.Fatal(err)
		}
		return syntax.NewStageWith(m)
	}
	if _, err := syntax.Default(); errors.Is(err, syntax.ErrNoModel) {
		tb.Skip("no syntax model embedded yet (set DATELINE_SYNTAX_MODEL to a model file)")
	} else if err != nil {
		tb.Fatal(err)
	}
	return syntax.NewStage()
}

// analyse runs the stages the quote stage needs, and the quote stage.
func analyse(tb testing.TB, txt string) *text.Document {
	tb.Helper()
	d := text.NewDocument(text.Article{ID: "test", Text: txt})
	ctx := context.Background()
	for _, st := range []interface {
		Process(context.Context, *text.Document) error
	}{text.NewSegmenter(), parser(tb), ner.NewStage(), entity.NewStage(), NewStage()} {
		if err := st.Process(ctx, d); err != nil {
			tb.Fatal(err)
		}
	}
	return d
}

// TestStageOnArticle runs the real segmenter, parser, NER and entity
// stages and the quote stage on an article written for this test, and
// checks the quotes a reader would expect of it.
func TestStageOnArticle(t *testing.T) {
	b := testArticle(t)
	d := analyse(t, string(b))
	checkQuotes(t, d, d.Quotes)
	found := describe(d, d.Quotes)
	want := []struct {
		name    string
		kind    text.QuoteKind
		prefix  string // the quote's text starts with it
		speaker string // a word of the speaker's name; "" for none
		cue     string
	}{
		{"reported speech with that", text.QuoteIndirect, "that the old bridge over the Calder River", "Ruiz", "said"},
		{"direct quote over an attribution with a place", text.QuoteDirect,
			"We cannot keep patching a structure that was built for horse carts. The engineers were clear", "Ruiz", "told"},
		{"according to", text.QuoteIndirect, "The closure will last about six months", "transport office", "according to"},
		{"urged someone to act", text.QuoteIndirect, "the mayor to publish", "Weller", "urged"},
		{"direct quote split by a bare attribution", text.QuoteDirect, "People deserve to see the numbers. If the bridge", "Weller", "said"},
		{"partial quote governed by a verb", text.QuotePartial, "a stunt for the cameras", "Ruiz", "dismissed"},
		{"partial quote in reported speech", text.QuotePartial, "as soon as the lawyers", "Ruiz", "adding"},
		{"speaker with a relative clause", text.QuoteIndirect, "she expected to lose", "Okafor", "said"},
		{"pronoun speaker", text.QuoteDirect, "Half my mornings", "Okafor", "said"},
		{"reported speech with added", text.QuoteIndirect, "that she had asked the council", "Okafor", "added"},
		{"quote over two paragraphs", text.QuoteDirect, "A shuttle is a bandage, not a plan.\nWe were promised", "Weller", "said"},
	}
	for _, w := range want {
		t.Run(w.name, func(t *testing.T) {
			for _, g := range found {
				if !strings.HasPrefix(g.text, w.prefix) {
					continue
				}
				if g.kind != w.kind || g.cue != w.cue || !strings.Contains(g.speaker, w.speaker) || w.speaker == "" && g.speaker != "" {
					t.Errorf("got %+v, want kind %s, speaker %q, cue %q", g, w.kind, w.speaker, w.cue)
				}
				return
			}
			t.Errorf("no quote starting %q among %+v", w.prefix, found)
		})
	}
	t.Run("a so-called term is not a quotation", func(t *testing.T) {
		for _, g := range found {
			if strings.Contains(g.text, "bridge tax") && g.kind != text.QuoteIndirect {
				t.Errorf("got %s quote %+v", g.kind, g)
			}
		}
	})
	t.Run("I inside a quotation is its speaker", func(t *testing.T) {
		i := strings.Index(d.Text, "so I am")
		for _, m := range d.Mentions {
			if m.Start == i+3 {
				if m.Entity < 0 || !strings.Contains(d.Entities[m.Entity].Name, "Ruiz") {
					t.Errorf("“I” is entity %d, want Ruiz", m.Entity)
				}
				return
			}
		}
		t.Errorf("“I” at %d has no mention", i+3)
	})
}

// TestStageLinksThePronounThatNamesTheSpeaker checks that the pronoun a
// cue's speaker is named by becomes a mention of the speaker.
func TestStageLinksThePronounThatNamesTheSpeaker(t *testing.T) {
	tests := []struct {
		name, text, pronoun, speaker string
		parse                        []string
		people                       []person
	}{
		{
			name: "a relative pronoun", text: "The union, which said the strike would go on, met Monday.", pronoun: "which", speaker: "union",
			parse: []string{"DET/the/2/det NOUN/union/12/nsubj PUNCT/,/5/punct PRON/which/5/nsubj VERB/say/2/acl DET/the/7/det " +
				"NOUN/strike/9/nsubj AUX/would/9/aux VERB/go/5/ccomp ADP/on/9/compound:prt PUNCT/,/5/punct VERB/meet/0/root " +
				"PROPN/Monday/12/obl:tmod PUNCT/./12/punct"},
			people: []person{{"ORG:union", []string{"union"}}},
		},
		{
			name: "an open she", text: "Lee spoke after Weller. “We will win,” she said.", pronoun: "she", speaker: "Mia Lee",
			parse: []string{"PROPN/Lee/2/nsubj VERB/speak/0/root ADP/after/4/case PROPN/Weller/2/obl PUNCT/./2/punct",
				"PUNCT/“/4/punct PRON/we/4/nsubj AUX/will/4/aux VERB/win/8/ccomp PUNCT/,/4/punct PUNCT/”/4/punct PRON/she/8/nsubj VERB/say/0/root PUNCT/./8/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}, {"Tom Weller", []string{"Weller"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, tt.people...)
			runQuotes(t, d)
			at := strings.Index(d.Text, " "+tt.pronoun+" ") + 1
			for _, m := range d.Mentions {
				if m.Start == at {
					if m.Entity < 0 || d.Entities[m.Entity].Name != tt.speaker {
						t.Errorf("%q is entity %d, want %s", tt.pronoun, m.Entity, tt.speaker)
					}
					return
				}
			}
			t.Errorf("%q has no mention; want one of %s", tt.pronoun, tt.speaker)
		})
	}
}
