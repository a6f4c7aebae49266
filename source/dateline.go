package source

import (
	"regexp"
	"strings"
	"time"
)

// wireDateline matches the place-and-date opening of a wire story's first
// paragraph: "ROTTERDAM, Netherlands (March 3, 2026) — Dock workers …",
// "GENEVA (18 August 2025) - …": a place of one to five words, capitalised
// (commas between them), then a date in brackets and a dash. The line is
// the story's first sentence and stays; the date is when it was filed.
var wireDateline = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,4}\s*\(([^()]{6,40})\)\s*(?:—|–|-|--)\s`)

// datelineDate is the date of a wire dateline opening line, when it names a
// whole day.
func datelineDate(line string) (time.Time, bool) {
	// No bracket, no dateline: most lines are passed by without running
	// the expression (its submatch search was 10,000 instructions a line
	// near the top of every article).
	if strings.IndexByte(line, '(') < 0 {
		return time.Time{}, false
	}
	m := wireDateline.FindStringSubmatch(line)
	if m == nil {
		return time.Time{}, false
	}
	return parseDateClause(m[1])
}
