package entity

import (
	"dateline/text"
)

// personAfterTitle returns the end of a person's name that follows, in no
// mention of its own, a body or place mention on tokens [first, end) whose
// last word is a title ("Labour MP Kate Hoey-Smith", where the tagger
// stopped at the title): two or three capitalised words (a hyphenated
// surname counts as one) from a known given name on. It returns end when
// there is none.
func (r *resolver) personAfterTitle(first, end int, given map[string]byte) int {
	if end <= first || !swallowTitles[r.folded(end-1)] || end >= len(r.words) || r.sentOf[end] != r.sentOf[end-1] {
		return end
	}
	if _, ok := given[r.folded(end)]; !ok || r.inMention(end) {
		return end
	}
	e, words := end, 0
scan:
	for e < len(r.words) && r.sentOf[e] == r.sentOf[end] && words <= 3 && !r.inMention(e) {
		switch {
		case isHyphen(r.words[e]) && e > end && e+1 < len(r.words) && startsUpper(r.words[e+1]):
			e += 2 // "Hoey" "-" "Smith"
		case startsUpper(r.words[e]):
			e++
			words++
		default:
			break scan
		}
	}
	if words < 2 || words > 3 {
		return end
	}
	return e
}

// inMention reports whether token t lies in a name mention.
func (r *resolver) inMention(t int) bool {
	for _, m := range r.d.Mentions {
		if m.Kind == text.MentionName && m.Start <= r.d.Tokens[t].Start && r.d.Tokens[t].End <= m.End {
			return true
		}
	}
	return false
}

func isHyphen(w string) bool { return w == "-" || w == "‐" }
