package quote

import "dateline/text"

// nameOpeningPhrase returns the person whose name opens the phrase of t
// and is set off from the rest of it by a comma, when the parse made a
// body or place named later in the phrase its head: in "Ana Ruiz,
// treasurer and finance chief at Acme Motor Sales, said" the parse may
// hang the name on "Sales" as a compound, yet the name before the comma
// is who the phrase is about and the description after it only
// qualifies her. -1 when t is no such head.
func (w *work) nameOpeningPhrase(t int) int {
	own := w.mention[t]
	if own < 0 || w.d.Mentions[own].Kind != text.MentionName {
		return -1
	}
	switch w.entityTypeAt(t) {
	case "ORG", "GPE", "LOC", "FAC":
	default:
		return -1
	}
	lo, _ := w.subtree(t)
	for lo < t && w.d.Tokens[lo].UPOS == "CCONJ" {
		lo++ // "And Ana Ruiz, chief analyst at Acme, said" with "And" on the head
	}
	m := w.mention[lo]
	if m < 0 || m == own || w.inQuote[lo] >= 0 || w.d.Mentions[m].Kind != text.MentionName ||
		tokenAt(w.d.Tokens, w.d.Mentions[m].Start) != lo || w.d.Entities[w.d.Mentions[m].Entity].Type != "PERSON" {
		return -1
	}
	last := tokenAt(w.d.Tokens, w.d.Mentions[m].End-1)
	if last+1 >= t || w.word(last+1) != "," {
		return -1
	}
	return w.d.Mentions[m].Entity
}
