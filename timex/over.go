package timex

// "over" before a duration is "more than" after a word that measures a
// length of time ("for over two years", "after over a decade of talks",
// "lasted over two hours", "just over a year") or before one that counts from it ("over two
// years ago"); after a noun or a verb of change it is "during" ("a 6
// percent pay rise over two years", "cuts spread over three years"), and
// the duration has no mod.
func overIsMore(m *match) bool {
	switch m.lower(m.next()) {
	case "ago", "old", "later", "earlier", "before", "after", "since":
		return true
	}
	return overMore[m.lower(m.prev())]
}

var overMore = map[string]bool{"for": true, "in": true, "after": true, "within": true, "than": true,
	"of": true, "with": true, "by": true, "lasted": true, "last": true, "lasts": true, "lasting": true,
	"took": true, "take": true, "takes": true, "taking": true, "spent": true, "spend": true,
	"spending": true, "waited": true, "wait": true, "served": true, "serve": true,
	// "in just over a year", "well over a decade"
	"just": true, "well": true, "slightly": true, "little": true, "far": true}
