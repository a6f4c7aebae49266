package text

import "testing"

func TestQuoteText(t *testing.T) {
	// span returns the span of the first occurrence of s in doc.
	span := func(doc, s string) Span {
		for i := 0; i+len(s) <= len(doc); i++ {
			if doc[i:i+len(s)] == s {
				return Span{i, i + len(s)}
			}
		}
		t.Fatalf("%q not in %q", s, doc)
		return Span{}
	}
	tests := []struct {
		name  string
		doc   string
		parts []string // empty: the quote is the first part's span alone
		whole string
		want  string
	}{
		{"one stretch is its span", "“We won,” Lee said.", nil, "We won,", "We won,"},
		{"a sentence broken by its attribution loses the writer's comma",
			"“Every plan,” Lee said, “has a cost.”", []string{"Every plan,", "has a cost."}, "", "Every plan has a cost."},
		{"a new sentence after the attribution gets a period for the comma",
			"“The vote was fair,” Lee said. “Nobody was turned away.”", []string{"The vote was fair,", "Nobody was turned away."}, "", "The vote was fair. Nobody was turned away."},
		{"a part that ends otherwise is kept as written",
			"“Why?” Lee asked. “Nobody knows.”", []string{"Why?", "Nobody knows."}, "", "Why? Nobody knows."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Document{Article: Article{Text: tt.doc}}
			var q Quote
			if len(tt.parts) == 0 {
				q.Span = span(tt.doc, tt.whole)
			} else {
				for _, p := range tt.parts {
					q.Parts = append(q.Parts, span(tt.doc, p))
				}
				q.Span = Span{q.Parts[0].Start, q.Parts[len(q.Parts)-1].End}
			}
			if got := d.QuoteText(&q); got != tt.want {
				t.Errorf("QuoteText = %q, want %q", got, tt.want)
			}
			if got := q.Pieces(); len(got) != max(len(tt.parts), 1) {
				t.Errorf("Pieces = %v, want %d", got, max(len(tt.parts), 1))
			}
		})
	}
}

func TestQuoteTextDropsContinuationMarks(t *testing.T) {
	tests := []struct {
		name, words string
		kind        QuoteKind
		want        string
	}{
		{"a later paragraph's opening mark", "The pier is closed.\n\n“Boats will wait until noon.", QuoteDirect,
			"The pier is closed.\n\nBoats will wait until noon."},
		{"a paragraph run into the line before", `The pier is closed. "Boats will wait until noon.`, QuoteDirect,
			"The pier is closed. Boats will wait until noon."},
		{"a nested quotation keeps its marks", `The sign said "closed" all day.`, QuoteDirect,
			`The sign said "closed" all day.`},
		{"a mark after a sentence end before a small letter stays", `It shut. "for now," they wrote.`, QuoteDirect,
			`It shut. "for now," they wrote.`},
		{"reported words keep their marks", `the pier was closed. "Boats will wait`, QuoteIndirect,
			`the pier was closed. "Boats will wait`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Document{Article: Article{Text: tt.words}}
			q := Quote{Kind: tt.kind, Span: Span{0, len(tt.words)}}
			if got := d.QuoteText(&q); got != tt.want {
				t.Errorf("QuoteText = %q, want %q", got, tt.want)
			}
		})
	}
}
