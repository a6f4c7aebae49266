package commitment

import (
	"context"
	"strings"
	"testing"
	"time"

	"dateline/entity"
	"dateline/ner"
	"dateline/quote"
	"dateline/text"
	"dateline/timex"
)

// analysed runs the real stages on text written for the test.
func analysed(t *testing.T, body string) *text.Document {
	t.Helper()
	return runStages(t, text.Article{Text: body, Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)})
}

// runStages runs the real stages up to this one on article a.
func runStages(t *testing.T, a text.Article) *text.Document {
	t.Helper()
	d := text.NewDocument(a)
	for _, st := range []interface {
		Process(context.Context, *text.Document) error
	}{text.NewSegmenter(), parser(t), ner.NewStage(), entity.NewStage(), timex.NewStage(), quote.NewStage(), NewStage()} {
		if err := st.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// wantAction analyses body as a paragraph under a headline and checks
// that one of its commitments has the action want; when none has, it
// reports the actions found and returns them.
func wantAction(t *testing.T, body, want string) []string {
	t.Helper()
	d := analysed(t, "Plans\n\n"+body+"\n")
	var got []string
	for _, c := range d.Commitments {
		if c.Action == want {
			return nil
		}
		got = append(got, c.Action)
	}
	t.Errorf("actions %q, want %q", got, want)
	return got
}

// The action stops before a trailing attribution: who told of the
// promise is not part of it.
func TestActionStopsBeforeAttribution(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"Mayor Ana Costa will open the new bridge next month, her spokesman said on Friday.", "will open the new bridge"},
		{"Chancellor Petra Lind will travel to Warsaw in May to sign the accord, the government said in a statement.", "will travel to Warsaw to sign the accord"},
		{"Norjet will cut 500 jobs by June, according to a memo seen by reporters.", "will cut 500 jobs"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			for _, c := range wantAction(t, tc.body, tc.want) {
				if strings.Contains(c, "said") || strings.Contains(c, "according") {
					t.Errorf("the attribution runs into the action %q", c)
				}
			}
		})
	}
}

// Each conjunct of a coordinated subject is committed: "A and B will
// meet" is a promise of both.
func TestCoordinatedActorsAllCommit(t *testing.T) {
	for _, body := range []string{
		"Chile and Peru will meet next week to discuss the border.",
		"Mayor Ana Costa and Governor Luis Prado will open the bridge in June.",
	} {
		t.Run(body, func(t *testing.T) {
			d := analysed(t, "Plans\n\n"+body+"\n")
			actors := map[int]bool{}
			for _, c := range d.Commitments {
				actors[c.Actor] = true
			}
			if len(actors) != 2 {
				t.Errorf("commitments %+v, want one for each of two actors", d.Commitments)
			}
		})
	}
}

// A pledge of something to do something is a promise even when the parse
// hangs the infinitive on what is pledged rather than on the verb.
func TestPledgeWithAnObject(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"Japan pledged $400 million to repair roads by 2029.", "pledged $400 million to repair roads"},
		{"Toyota promised 2,000 new jobs to revive the plant by 2030.", "promised 2,000 new jobs to revive the plant"},
	} {
		t.Run(tc.want, func(t *testing.T) { wantAction(t, tc.body, tc.want) })
	}
}
