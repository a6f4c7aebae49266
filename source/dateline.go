package source

import (
	"regexp"
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
	m := wireDateline.FindStringSubmatch(line)
	if m == nil {
		return time.Time{}, false
	}
	return parseDateClause(m[1])
}
