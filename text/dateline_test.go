package text

import (
	"context"
	"strings"
	"testing"
)

func TestDatelineLen(t *testing.T) {
	tests := []struct {
		para, want string // want: the dateline, "" for none
	}{
		{"NAIROBI, March 3 (Reuters) - Kenya and Tanzania signed a pact.", "NAIROBI, March 3 (Reuters) - "},
		{"WASHINGTON (AP) — Senator Lee said on Monday that the bill was dead.", "WASHINGTON (AP) — "},
		{"WASHINGTON—The Senate voted on Monday.", "WASHINGTON—"},
		{"LEEDS, England, Jan. 5, 2026 (AFP) – Flood waters rose.", "LEEDS, England, Jan. 5, 2026 (AFP) – "},
		{"Dec 29 (Reuters) - Oil prices fell on Friday.", "Dec 29 (Reuters) - "},
		{"NEW YORK, March 3 /PRNewswire/ -- Acme Corp said it would hire.", "NEW YORK, March 3 /PRNewswire/ -- "},
		{"NEW DELHI: India's cabinet approved the budget.", "NEW DELHI: "},
		{"HALIFAX, N.S. ― The ferry will run again in May.", "HALIFAX, N.S. ― "},
		{"Leeds (dpa) – Mayor Ana Ruiz will open the bridge.", "Leeds (dpa) – "},
		{"WINSTON-SALEM, N.C. - The plant closed.", "WINSTON-SALEM, N.C. - "},
		{"Geneva, 3 March (AFP) - Talks resumed.", "Geneva, 3 March (AFP) - "},
		// Not datelines: a name with an aside, a sentence with a dash, a
		// label with a credit, a plain line.
		{"Ana Ruiz — a lawyer from Leeds — said the fee was unfair.", ""},
		{"Kenya and Tanzania - two old rivals - signed a pact.", ""},
		{"The fee rose - and the council did nothing.", ""},
		{"Lee: We will not sign it.", ""},
		{"Kenya and Tanzania sign water accord", ""},
		{"NAIROBI - ", ""},
		{"Mayor Ana Ruiz, a lawyer (retired) - said no.", ""},
	}
	for _, tt := range tests {
		n := DatelineLen(tt.para)
		if got := tt.para[:n]; got != tt.want {
			t.Errorf("DatelineLen(%q) cuts %q, want %q", tt.para, got, tt.want)
		}
	}
}

func TestHeadlineEnd(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              string // the headline, "" for none
	}{
		{"a first line with no stop", "", "Ferry fares to rise in May\n\nThe ferry company said fares would rise.\n", "Ferry fares to rise in May"},
		{"the title", "Ferry fares to rise.", "Ferry fares to rise.\n\nThe ferry company said fares would rise.\n", "Ferry fares to rise."},
		{"a first paragraph that is a sentence", "", "The ferry company said fares would rise.\n\nThey rose.\n", ""},
		{"a title the text does not open with", "Ferry fares to rise", "The ferry company said fares would rise.\n\nThey rose.\n", ""},
		{"nothing after it", "", "Ferry fares to rise in May\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := NewDocument(Article{Title: tt.title, Text: tt.text})
			if err := NewSegmenter().Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSpace(d.Text[:d.HeadlineEnd()]); got != tt.want {
				t.Errorf("headline %q, want %q", got, tt.want)
			}
		})
	}
}
