package timex

import (
	"context"
	"strings"
	"testing"

	"dateline/text"
)

// doc builds a document with one token per space-separated word and the
// given XPOS tags (tags[i] for word i; "" leaves it untagged).
func doc(s string, ref string, tags ...string) *text.Document {
	d := text.NewDocument(text.Article{Text: s, Published: day(ref)})
	d.Sentences = []text.Sentence{{Span: text.Span{Start: 0, End: len(s)}}}
	off := 0
	for i, w := range strings.Fields(s) {
		start := strings.Index(s[off:], w) + off
		tok := text.Token{Span: text.Span{Start: start, End: start + len(w)}, Head: -1}
		if i < len(tags) {
			tok.XPOS = tags[i]
		}
		d.Tokens = append(d.Tokens, tok)
		off = start + len(w)
	}
	d.Sentences[0].EndToken = len(d.Tokens)
	return d
}

func TestStageUsesPartOfSpeechForTense(t *testing.T) {
	const s = "Budget plans Friday remain secret"
	tests := []struct {
		name string
		tags []string
		want string
	}{
		// Without tags "plans" reads as a verb of intent: the coming Friday.
		{"lexical cue without tags", nil, "2025-08-22"},
		// Tagged as a plural noun it is no tense cue: the Friday just past.
		{"noun tag is no cue", []string{"NN", "NNS", "NNP", "VBP", "JJ"}, "2025-08-15"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc(s, "2025-08-18", tc.tags...)
			if err := NewStage().Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if len(d.Times) != 1 || d.Times[0].Value != tc.want {
				t.Fatalf("times = %+v, want one Friday = %s", d.Times, tc.want)
			}
		})
	}
}

func TestStageSentencesBoundMatches(t *testing.T) {
	// "May" ends one sentence; "5" starts the next: no "May 5" across them.
	s := "Prices rose in May. 5 firms failed."
	d := doc(s, "2025-08-18")
	d.Sentences = []text.Sentence{{Span: text.Span{Start: 0, End: 19}}, {Span: text.Span{Start: 20, End: len(s)}}}
	if err := NewStage().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Times) != 1 || s[d.Times[0].Start:d.Times[0].End] != "May" || d.Times[0].Value != "2025-05" {
		t.Fatalf("times = %+v, want May = 2025-05", d.Times)
	}
}

func TestStageContract(t *testing.T) {
	s := NewStage()
	if s.Name() != "timex.v1" {
		t.Errorf("Name() = %q", s.Name())
	}
	if got := strings.Join(s.Requires(), ","); got != "sentences,tokens" {
		t.Errorf("Requires() = %q", got)
	}
	if got := strings.Join(s.Assigns(), ","); got != "times" {
		t.Errorf("Assigns() = %q", got)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"The minister stated Monday that talks had ended nearly three and a half years ago.",
		"within the next week to ten days", "Sept. 11, 2001 at 3:30 p.m. EST", "the '90s and 2025-08-18",
		"Q3 2024, fiscal 2026, the first half of 2025", "12/31/1999 and 1/2 and 2 1/2 years",
		"mid-1990s, the year-ago quarter, a year earlier", "—–‘’“” 10am 5pm 11th", "\xff\xfe May 5",
	} {
		f.Add(s, int64(1755475200))
	}
	f.Fuzz(func(t *testing.T, s string, unix int64) {
		var ref = day("2025-08-18")
		if unix%3 == 0 {
			ref = ref.AddDate(0, 0, int(unix%4000))
		} else if unix%3 == 1 {
			ref = ref.AddDate(-3000, 0, 0)
		}
		for _, tm := range Find(s, ref, nil) {
			if tm.Start < 0 || tm.End > len(s) || tm.Start >= tm.End {
				t.Fatalf("span [%d,%d) out of bounds for %q", tm.Start, tm.End, s)
			}
			if tm.Type == "" || tm.Value == "" {
				t.Fatalf("time %+v in %q has no type or value", tm, s)
			}
		}
	})
}

func TestStageReadsGoingToBeforeTags(t *testing.T) {
	// "going to" announces the future whatever the tagger calls "going";
	// without the lexical rule the tags alone give no tense and the
	// nearest Friday (the one just past) wins.
	const s = "The board is going to vote Friday"
	d := doc(s, "2025-08-18", "DT", "NN", "VBZ", "VBG", "TO", "VB", "NNP")
	if err := NewStage().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Times) != 1 || d.Times[0].Value != "2025-08-22" {
		t.Fatalf("times = %+v, want one Friday = 2025-08-22", d.Times)
	}
}
