package timex

// The finer tense cues of tense.go: infinitives, participles and perfects,
// and verbs that set or move a day.

import "strings"

// notVerb are words that begin a noun phrase: after "to" they make it a
// preposition ("due to its loss", "changed to a calendar year"), not the
// mark of an infinitive whose act lies ahead.
var notVerb = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true,
	"their": true, "our": true, "my": true, "your": true, "this": true, "that": true, "these": true,
	"those": true, "some": true, "any": true, "no": true, "all": true, "each": true, "every": true,
	"him": true, "them": true, "us": true, "me": true, "it": true, "what": true, "which": true,
	"whom": true, "about": true, "around": true, "nearly": true, "more": true, "less": true}

// infinitive says whether token k, a "to", marks an infinitive: a verb
// follows it (by its XPOS tag when the syntax stage ran), not a noun
// phrase, a name or a number.
func (c *ctx) infinitive(k int) bool {
	if k+1 >= len(c.base) {
		return false
	}
	n := &c.base[k+1]
	if n.kind != kWord {
		return false
	}
	if x := c.xposAt(n.s); x != "" {
		return x == "VB" || x == "VBP" || x == "RB"
	}
	return !n.cap && !notVerb[strings.ToLower(c.text[n.s:n.e])]
}

// lower returns base token k's text in lower case.
func (c *ctx) lower(k int) string {
	return strings.ToLower(c.text[c.base[k].s:c.base[k].e])
}

// hadBefore says whether "had" stands within the two tokens before k (a
// past perfect: "had been scheduled to", "had planned").
func (c *ctx) hadBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if c.lower(j) == "had" {
			return true
		}
	}
	return false
}

// participle reads the tense of token k, tagged VBN: past after "had" or
// after "has"/"have" (a present perfect reports what was done: "have
// gathered evidence in the October slaying"), none in a passive or after a
// modal's "have" (the words before tell: "will be announced Monday",
// "would have forced ministers to revisit it in November"), and past when
// it stands alone ("the decision, announced Wednesday", "shares issued July
// 1") unless it expects or arranges ("the figures, expected Wednesday",
// "has been rescheduled for 15 June").
func (c *ctx) participle(k int) int {
	t := &c.base[k]
	if t.ent != nil && (t.ent.tense == future || toFuture[t.ent.word]) || arrangeVerbs[c.lower(k)] {
		if c.hadBefore(k) {
			return past
		}
		return unknown
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		switch c.lower(j) {
		case "had":
			return past
		case "has", "have":
			if j > 0 {
				if w := c.lower(j - 1); modal[w] || w == "would" || w == "will" {
					return unknown
				}
			}
			return past
		case "be", "been", "being", "is", "are", "was", "were", "am", "'s", "get", "gets", "got":
			return unknown
		}
	}
	return past
}

// arrangeVerbs set or move the day of something: what is "postponed
// until Tuesday", "rescheduled for 15 June", "given until 9 a.m. Tuesday"
// lies ahead of the act, whatever the act's tense.
var arrangeVerbs = map[string]bool{"scheduled": true, "rescheduled": true, "schedules": true, "reschedules": true,
	"postponed": true, "postpones": true, "delayed": true, "delays": true, "deferred": true, "defers": true,
	"adjourned": true, "adjourns": true, "extended": true, "extends": true, "moved": true, "pushed": true,
	"gave": true, "given": true, "gives": true}

// arranged says whether token k, before the time at base token bi, is a
// verb that arranges it: one of arrangeVerbs (not in a past perfect) with
// "until", "till" or "for" right before the time ("postponed the vote until
// Tuesday", "has scheduled a news conference for Thursday"), or
// "scheduled"/"rescheduled" with anything between ("has scheduled a news
// conference Thursday").
func (c *ctx) arranged(k, bi int) bool {
	w := c.lower(k)
	if !arrangeVerbs[w] || c.hadBefore(k) || c.base[k].kind != kWord {
		return false
	}
	if x := c.xposAt(c.base[k].s); x != "" && !strings.HasPrefix(x, "VB") {
		return false // "have altered their schedules to be out on a Thursday"
	}
	if strings.Contains(w, "schedule") {
		return true
	}
	// The preposition may stand before a clock time that the weekday
	// merges with later ("until 9 a.m. EST Tuesday").
	for j, n := bi-1, 0; j > k && n < 5; j, n = j-1, n+1 {
		switch w := c.lower(j); {
		case w == "until" || w == "till" || w == "for":
			return true
		case c.base[j].kind == kWord && !clockWord[w] && !zoneLike(c.text[c.base[j].s:c.base[j].e]):
			return false
		}
	}
	return false
}

// clockWord are the words of a clock time.
var clockWord = map[string]bool{"a.m.": true, "p.m.": true, "am": true, "pm": true, "a.m": true, "p.m": true,
	"noon": true, "midnight": true, "o'clock": true, "local": true, "time": true, "at": true}

// zoneLike: an upper-case abbreviation of two to four letters ("EST", "GMT").
func zoneLike(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
