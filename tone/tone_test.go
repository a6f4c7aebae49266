package tone

import (
	"context"
	"math"
	"testing"

	"dateline/text"
)

func TestScore(t *testing.T) {
	tests := []struct {
		name          string
		in            string
		words         int
		positive, neg float64 // percentages
	}{
		{"positive word", "The talks were a success.", 5, 20, 0},
		{"negative word", "The talks were a failure.", 5, 0, 20},
		{"negation flips", "The talks were not a success.", 6, 0, 100.0 / 6},
		{"negation contraction", "Aid didn't help.", 3, 0, 100.0 / 3},
		{"negation stops at a clause", "They did not agree; the talks were good.", 8, 100.0 / 8, 100.0 / 8},
		{"negation reaches three words", "It was never a very welcome step.", 7, 0, 100.0 / 7},
		{"phrase with its own negation", "Residents can't stand the noise.", 5, 0, 20},
		{"curly apostrophe", "Aid didn’t help.", 3, 0, 100.0 / 3},
		{"case-blind", "GREAT news.", 2, 50, 0},
		{"no words", "42 — 17", 0, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Score(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if got.Words != tc.words || !near(got.Positive, tc.positive) || !near(got.Negative, tc.neg) {
				t.Fatalf("Score(%q) = %+v, want words %d positive %.2f negative %.2f", tc.in, *got, tc.words, tc.positive, tc.neg)
			}
			if !near(got.Tone, got.Positive-got.Negative) || !near(got.Polarity, got.Positive+got.Negative) {
				t.Errorf("tone %.2f / polarity %.2f do not follow from %+v", got.Tone, got.Polarity, *got)
			}
		})
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestLexiconLoads(t *testing.T) {
	l, err := load()
	if err != nil {
		t.Fatal(err)
	}
	if len(l.words) < 3000 || len(l.phrases) == 0 {
		t.Fatalf("lexicon has %d words and %d phrases; want the AFINN-165 list", len(l.words), len(l.phrases))
	}
	if l.words["good"] <= 0 || l.words["bad"] >= 0 {
		t.Errorf("good = %d, bad = %d", l.words["good"], l.words["bad"])
	}
}

func TestLookupFindsEveryEntryAndRulesOutMostWords(t *testing.T) {
	l, err := load()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range l.info {
		if got := l.lookup([]byte(w)); got != want {
			t.Errorf("lookup(%q) = %+v, want %+v", w, got, want)
		}
	}
	set := 0
	for _, x := range l.inInfo {
		for ; x != 0; x &= x - 1 {
			set++
		}
	}
	// About 3,400 words in 65,536 bits: a filter with a tenth of them set
	// would send most words of a text to the map again.
	if share := float64(set) / float64(64*len(l.inInfo)); share > 0.1 {
		t.Errorf("%.1f%% of the filter's bits are set; want under 10%%", 100*share)
	}
}

func TestStageAndOf(t *testing.T) {
	s := "Officials praised the agreement. \"This is a disaster,\" the rival said."
	d := text.NewDocument(text.Article{Text: s})
	if err := NewStage().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	// praised, agreement: positive; disaster: negative.
	if d.Tone == nil || d.Tone.Words != 11 || !near(d.Tone.Positive, 200.0/11) || !near(d.Tone.Negative, 100.0/11) {
		t.Fatalf("article tone = %+v, want 11 words, 2 positive, 1 negative", d.Tone)
	}
	q := Of(d, text.Span{Start: 34, End: 52}) // This is a disaster,
	if q.Words != 4 || q.Negative != 25 || q.Positive != 0 {
		t.Errorf("quote tone = %+v, want 4 words, 25%% negative", *q)
	}
	if z := Of(d, text.Span{Start: 60, End: 999}); z == nil {
		t.Error("Of with an out-of-bounds span returned nil")
	}
	if z := Of(d, text.Span{Start: 5, End: 2}); z.Words != 0 {
		t.Errorf("Of with an empty span = %+v", *z)
	}
}
