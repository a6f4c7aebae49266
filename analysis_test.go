package dateline

import (
	"encoding/json"
	"strings"
	"testing"

	"dateline/text"
)

// A quotation split by its attribution is one quote: its text is the
// quoted words only, and its parts give each stretch's evidence.
func TestAnalysisQuoteParts(t *testing.T) {
	doc := &text.Document{Article: text.Article{ID: "a", Text: "“Every plan,” Lee said, “has a cost.”"}}
	first := text.Span{Start: strings.Index(doc.Text, "Every"), End: strings.Index(doc.Text, "”")}
	second := text.Span{Start: strings.Index(doc.Text, "has"), End: strings.LastIndex(doc.Text, "”")}
	doc.Quotes = []text.Quote{{ID: "Q1", Kind: text.QuoteDirect, Span: text.Span{Start: first.Start, End: second.End},
		Parts: []text.Span{first, second}, Speaker: -1, Listener: -1}}
	a := NewAnalysis(doc, ViewOptions{})
	b, err := json.Marshal(a.Quotes[0])
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Text  string `json:"text"`
		Parts []struct {
			Start, End int
		} `json:"parts"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.Text != "Every plan has a cost." {
		t.Errorf("text = %q, want the quoted words without the attribution", got.Text)
	}
	if len(got.Parts) != 2 || doc.Text[got.Parts[1].Start:got.Parts[1].End] != "has a cost." {
		t.Errorf("parts = %+v in %s, want the two quoted stretches", got.Parts, b)
	}
	one := NewAnalysis(&text.Document{Article: text.Article{ID: "b", Text: "x"},
		Quotes: []text.Quote{{ID: "Q1", Kind: text.QuoteDirect, Span: text.Span{Start: 0, End: 1}, Speaker: -1, Listener: -1}}}, ViewOptions{})
	if b, _ := json.Marshal(one.Quotes[0]); strings.Contains(string(b), "parts") {
		t.Errorf("a quote of one stretch has parts: %s", b)
	}
}

// A quote's confidence is given to four decimals, as the calibration map's
// knots are, not with the sixteen digits interpolation between them leaves.
func TestAnalysisQuoteConfidenceRounded(t *testing.T) {
	a := NewAnalysis(&text.Document{Article: text.Article{ID: "c", Text: "x"},
		Quotes: []text.Quote{{ID: "Q1", Kind: text.QuoteIndirect, Span: text.Span{Start: 0, End: 1}, Speaker: -1, Listener: -1,
			Confidence: 0.9308656976484282}}}, ViewOptions{})
	if got := a.Quotes[0].Confidence; got != 0.9309 {
		t.Errorf("confidence %v, want 0.9309", got)
	}
}
