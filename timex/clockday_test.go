package timex

import (
	"context"
	"testing"

	"dateline/text"
)

// A bare clock time after a sentence that names its day is on that day
// when the two are in one paragraph and the clock's tense allows it.
func TestClockTimeTakesTheDayOfItsParagraph(t *testing.T) {
	const ref = "2025-08-20" // a Wednesday
	tests := []struct{ name, text, clock, want string }{
		{"the sentence after", "The talks resumed on Monday in Geneva. At 3 p.m. the two sides met again.",
			"3 p.m.", "2025-08-18T15:00"},
		{"two sentences after", "The ferry left port on Aug. 12. The sea was calm. It sank at 9 p.m., the coastguard said.",
			"9 p.m.", "2025-08-12T21:00"},
		{"another paragraph", "The talks resumed on Monday in Geneva.\n\nAt 3 p.m. the two sides met again.",
			"3 p.m.", "2025-08-20T15:00"},
		{"a future clause after a past day", "The plane crashed on Monday near the coast. Officials will speak to reporters at 3 p.m.",
			"3 p.m.", "2025-08-20T15:00"},
		{"a future clause after a future day", "The final will kick off on Saturday in Leeds. Gates will open at 1 p.m.",
			"1 p.m.", "2025-08-23T13:00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := text.NewDocument(text.Article{Text: tc.text, Published: day(ref)})
			if err := text.NewSegmenter().Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if err := NewStage().Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			for _, x := range d.Times {
				if tc.text[x.Start:x.End] == tc.clock {
					if x.Value != tc.want {
						t.Errorf("%q = %s, want %s (%+v)", tc.clock, x.Value, tc.want, d.Times)
					}
					return
				}
			}
			t.Errorf("no time %q in %+v", tc.clock, d.Times)
		})
	}
}
