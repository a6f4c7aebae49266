package commitment

import (
	"context"
	"errors"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"dateline/entity"
	"dateline/ner"
	"dateline/quote"
	"dateline/syntax"
	"dateline/text"
	"dateline/timex"
)

// doc builds a document from sentences written for this test: the real
// segmenter, a hand-written parse (one line per sentence, tokens as
// UPOS/lemma/head/rel with 1-based heads, 0 for the root), people as
// entities with their mentions, then the real timex and quote stages.
func doc(t *testing.T, txt string, parse []string, people map[string][]string) *text.Document {
	t.Helper()
	d := text.NewDocument(text.Article{Text: txt, Published: time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)})
	ctx := context.Background()
	if err := text.NewSegmenter().Process(ctx, d); err != nil {
		t.Fatal(err)
	}
	if len(parse) != len(d.Sentences) {
		t.Fatalf("%d parse lines for %d sentences", len(parse), len(d.Sentences))
	}
	for si, line := range parse {
		s := d.Sentences[si]
		toks := strings.Fields(line)
		if len(toks) != s.EndToken-s.FirstToken {
			t.Fatalf("sentence %d: %d parsed tokens for %d", si, len(toks), s.EndToken-s.FirstToken)
		}
		for i, spec := range toks {
			f := strings.Split(spec, "/")
			h, err := strconv.Atoi(f[2])
			if len(f) != 4 || err != nil {
				t.Fatalf("bad token spec %q", spec)
			}
			tok := &d.Tokens[s.FirstToken+i]
			tok.UPOS, tok.Lemma, tok.Rel, tok.Head = f[0], f[1], f[3], -1
			if tok.UPOS == "VERB" || tok.UPOS == "AUX" {
				tok.XPOS = "VB"
			}
			if h > 0 {
				tok.Head = s.FirstToken + h - 1
			}
		}
	}
	names := make([]string, 0, len(people))
	for n := range people {
		names = append(names, n)
	}
	slices.Sort(names)
	for ei, n := range names {
		e := text.Entity{ID: "E" + strconv.Itoa(ei+1), Name: n, Type: "PERSON"}
		for _, m := range people[n] {
			i := strings.Index(txt, m)
			if i < 0 {
				t.Fatalf("mention %q not in text", m)
			}
			e.Mentions = append(e.Mentions, len(d.Mentions))
			d.Mentions = append(d.Mentions, text.Mention{Span: text.Span{Start: i, End: i + len(m)}, Kind: text.MentionName, Entity: ei})
		}
		d.Entities = append(d.Entities, e)
	}
	if err := timex.NewStage().Process(ctx, d); err != nil {
		t.Fatal(err)
	}
	if err := quote.NewStage().Process(ctx, d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestFind(t *testing.T) {
	type want struct{ actor, action, start, end string }
	tests := []struct {
		name   string
		text   string
		parse  []string
		people map[string][]string
		want   []want
	}{
		{
			name:   "a dated promise in the future, actor from the subject",
			text:   "Okafor will visit Kyiv on Thursday.",
			parse:  []string{"PROPN/Okafor/3/nsubj AUX/will/3/aux VERB/visit/0/root PROPN/Kyiv/3/obj ADP/on/6/case PROPN/Thursday/3/obl PUNCT/./3/punct"},
			people: map[string][]string{"Grace Okafor": {"Okafor"}},
			want:   []want{{"Grace Okafor", "will visit Kyiv", "2025-08-21", "2025-08-21"}},
		},
		{
			name: "reported future with a subject that is no entity: the speaker's",
			text: "Ruiz said the bridge would reopen within the next two weeks.",
			parse: []string{"PROPN/Ruiz/2/nsubj VERB/say/0/root DET/the/4/det NOUN/bridge/6/nsubj AUX/would/6/aux VERB/reopen/2/ccomp " +
				"ADP/within/11/case DET/the/11/det ADJ/next/11/amod NUM/two/11/nummod NOUN/week/6/obl PUNCT/./2/punct"},
			people: map[string][]string{"Ana Ruiz": {"Ruiz"}},
			want:   []want{{"Ana Ruiz", "would reopen", "2025-08-18", "2025-09-01"}},
		},
		{
			name: "I in a quotation is the speaker",
			text: "“I will sign the deal next week,” Lee said.",
			parse: []string{"PUNCT/“/4/punct PRON/I/4/nsubj AUX/will/4/aux VERB/sign/12/ccomp DET/the/6/det NOUN/deal/4/obj ADJ/next/8/amod " +
				"NOUN/week/4/obl:tmod PUNCT/,/4/punct PUNCT/”/4/punct PROPN/Lee/12/nsubj VERB/say/0/root PUNCT/./12/punct"},
			people: map[string][]string{"Mia Lee": {"Lee"}},
			want:   []want{{"Mia Lee", "will sign the deal", "2025-08-25", "2025-08-31"}},
		},
		{
			name: "a pledge to act by a date",
			text: "Lee pledged to close the mine by March 2026.",
			parse: []string{"PROPN/Lee/2/nsubj VERB/pledge/0/root PART/to/4/mark VERB/close/2/xcomp DET/the/6/det NOUN/mine/4/obj " +
				"ADP/by/8/case PROPN/March/4/obl NUM/2026/8/nummod PUNCT/./2/punct"},
			people: map[string][]string{"Mia Lee": {"Lee"}},
			want:   []want{{"Mia Lee", "close the mine", "2026-03-01", "2026-03-31"}},
		},
		{
			name: "the article of a season is no part of the action",
			text: "Ruiz said the work would begin in the autumn.",
			parse: []string{"PROPN/Ruiz/2/nsubj VERB/say/0/root DET/the/4/det NOUN/work/6/nsubj AUX/would/6/aux VERB/begin/2/ccomp " +
				"ADP/in/9/case DET/the/9/det NOUN/autumn/6/obl PUNCT/./2/punct"},
			people: map[string][]string{"Ana Ruiz": {"Ruiz"}},
			want:   []want{{"Ana Ruiz", "would begin", "2025-09-01", "2025-11-30"}},
		},
		{
			name:   "the past is no commitment",
			text:   "Okafor visited Kyiv on Monday.",
			parse:  []string{"PROPN/Okafor/2/nsubj VERB/visit/0/root PROPN/Kyiv/2/obj ADP/on/5/case PROPN/Monday/2/obl PUNCT/./2/punct"},
			people: map[string][]string{"Grace Okafor": {"Okafor"}},
		},
		{
			name:   "what would have happened is no commitment",
			text:   "Okafor would have visited Kyiv next week.",
			parse:  []string{"PROPN/Okafor/4/nsubj AUX/would/4/aux AUX/have/4/aux VERB/visit/0/root PROPN/Kyiv/4/obj ADJ/next/7/amod NOUN/week/4/obl:tmod PUNCT/./4/punct"},
			people: map[string][]string{"Grace Okafor": {"Okafor"}},
		},
		{
			name:  "a schedule with no actor is no commitment",
			text:  "The bridge will reopen next month.",
			parse: []string{"DET/the/2/det NOUN/bridge/4/nsubj AUX/will/4/aux VERB/reopen/0/root ADJ/next/6/amod NOUN/month/4/obl:tmod PUNCT/./4/punct"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(t, tt.text, tt.parse, tt.people)
			got := Find(d)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d commitments %+v, want %d %+v", len(got), got, len(tt.want), tt.want)
			}
			for i, c := range got {
				actor := ""
				if c.Actor >= 0 {
					actor = d.Entities[c.Actor].Name
				}
				g := want{actor, c.Action, c.DueStart, c.DueEnd}
				if g != tt.want[i] {
					t.Errorf("commitment %d = %+v, want %+v", i, g, tt.want[i])
				}
				if c.Start < 0 || c.End > len(d.Text) || c.Start >= c.End {
					t.Errorf("commitment %d evidence span %v out of bounds", i, c.Span)
				}
			}
		})
	}
}

func TestStageDeclarations(t *testing.T) {
	s := NewStage()
	if got, want := s.Name(), "commitment.v1"; got != want {
		t.Errorf("Name() = %q, want %q", got, want)
	}
	if got := s.Requires(); !slices.Contains(got, "quotes") || !slices.Contains(got, "times") {
		t.Errorf("Requires() = %q, want quotes and times among them", got)
	}
	if got, want := s.Assigns(), []string{"commitments"}; !slices.Equal(got, want) {
		t.Errorf("Assigns() = %q, want %q", got, want)
	}
}

// TestSummitFixture runs the real stages on the project's summit article
// (../shared/fixtures, read at test time) and checks its one dated
// promise: the guarantees formalised within the next week to ten days.
func TestSummitFixture(t *testing.T) {
	b, err := os.ReadFile("../../shared/fixtures/summit/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := text.NewDocument(text.Article{Text: string(b), Published: time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)})
	ctx := context.Background()
	for _, st := range []interface {
		Process(context.Context, *text.Document) error
	}{text.NewSegmenter(), parser(t), ner.NewStage(), entity.NewStage(), timex.NewStage(), quote.NewStage(), NewStage()} {
		if err := st.Process(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range d.Commitments {
		if strings.Contains(c.Action, "formalized") {
			if c.Actor < 0 || !strings.Contains(d.Entities[c.Actor].Name, "Zelensky") {
				t.Errorf("actor %d, want Zelensky", c.Actor)
			}
			if c.DueStart != "2025-08-25" || c.DueEnd != "2025-08-28" {
				t.Errorf("due %s..%s, want 2025-08-25..2025-08-28", c.DueStart, c.DueEnd)
			}
			if c.Quote < 0 {
				t.Errorf("not linked to its quote")
			}
			if ev := d.Slice(c.Span); !strings.HasPrefix(ev, "the guarantees") || !strings.HasSuffix(ev, "days") {
				t.Errorf("evidence %q, want the clause from “the guarantees” to “days”", ev)
			}
			return
		}
	}
	t.Errorf("no commitment to formalize the guarantees among %+v", d.Commitments)
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
