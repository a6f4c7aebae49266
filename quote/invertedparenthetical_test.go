package quote

import (
	"strings"
	"testing"

	"dateline/text"
)

// TestInvertedParenthetical checks an inverted attribution set between
// commas inside what it reports (", said Mr Lee,"): the content is both
// sides without the attribution or an apposition on the speaker, and
// a conjunction or a bare description after it keeps the older readings.
func TestInvertedParenthetical(t *testing.T) {
	for _, tc := range []struct{ text, content, speaker string }{
		{"Prices will rise this year, said Tom Lee, because demand for bread is strong.",
			"Prices will rise this year because demand for bread is strong", "Tom Lee"},
		{"Bread prices will rise sharply this year, said Tom Lee, an analyst at Barclays, because demand is strong.",
			"Bread prices will rise sharply this year because demand is strong", "Tom Lee"},
		{"Bread prices will rise sharply this year, said Tom Lee, an analyst at Barclays.",
			"Bread prices will rise sharply this year", "Tom Lee"},
	} {
		wantQuoteIn(t, tc.text, got{kind: text.QuoteIndirect, text: tc.content, speaker: tc.speaker, cue: "said"})
	}
}

// TestInvertedParentheticalNeedsASpeaker checks that a verb after a comma
// is no inverted attribution when its subject came before it ("Lee, his
// chief of staff, urged a firm line, …") or it is a participle naming
// something ("called the Green Valley Fund").
func TestInvertedParentheticalNeedsASpeaker(t *testing.T) {
	wantQuoteIn(t, "Tom Lee, the club's treasurer, urged a firm line, saying that otherwise the rival would win.",
		got{kind: text.QuoteIndirect, text: "a firm line", speaker: "Tom Lee", cue: "urged"})
	d := analyse(t, "His charity, called the Green Valley Fund, will own the land until it repays the loan.")
	for _, q := range d.Quotes {
		if strings.HasPrefix(d.Slice(q.Span), "His charity") {
			t.Errorf("got %q reported by %q", d.Slice(q.Span), q.Cue)
		}
	}
}
