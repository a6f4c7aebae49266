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
	d := text.NewDocument(text.Article{Text: body, Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)})
	for _, st := range []interface {
		Process(context.Context, *text.Document) error
	}{text.NewSegmenter(), parser(t), ner.NewStage(), entity.NewStage(), timex.NewStage(), quote.NewStage(), NewStage()} {
		if err := st.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	return d
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
			d := analysed(t, "Plans\n\n"+tc.body+"\n")
			var got []string
			for _, c := range d.Commitments {
				got = append(got, c.Action)
				if c.Action == tc.want {
					return
				}
			}
			t.Errorf("actions %q, want %q", got, tc.want)
			for _, c := range got {
				if strings.Contains(c, "said") || strings.Contains(c, "according") {
					t.Errorf("the attribution runs into the action %q", c)
				}
			}
		})
	}
}
