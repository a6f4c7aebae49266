package timex

import (
	"strings"
	"time"
)

// narrativeYear gives a month and day written without a year (p, its year
// read from the reference date) the year of the story a full date just
// before it tells: "the army moved on November 15, 2017 … his resignation
// on November 21" is 2017-11-21, not the November after publication. The
// story must lie in an earlier year than the reference and p, as read from
// the reference, more than 45 days from it: a date near the publication
// day is the news itself ("The law passed on March 3, 2015. On Aug. 14 the
// court struck it down" read on 2025-08-18). The year is the story's, or
// the next when the day comes before the story's day (a story moves
// forward: "signed on March 3, 2015 … in force from Jan. 1").
func (c *ctx) narrativeYear(story, p point) int {
	if !c.hasRef || story.y >= c.ref.Year() || p.y < 0 || p.m < 1 || p.d < 1 {
		return p.y
	}
	t := time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC)
	if gap := t.Sub(c.ref).Hours() / 24; gap > -45 && gap < 45 {
		return p.y
	}
	if p.m < story.m || p.m == story.m && p.d < story.d {
		return story.y + 1
	}
	return story.y
}

// calendarTense is the tense a month or a day written without its year
// is read in: onlyPast right after "since", else the clause's. A month
// after "in" or "during" in a clause told in the past is behind the
// reference date too ("prices rose in May", "In January, the firm
// bought"): the cost of yearFor alone picked the coming May when it was
// nearer. Not through an infinitive or a word of expectation ("decided to
// admit them in March", "widely expected in May"),
// nor for a deadline ("extended to Nov. 16", "payable Dec. 15") which a
// past verb sets for the future, nor from a verb after the month unless
// the sentence opens with it: in "… in early March, an official said" the
// past verb is the report's.
func (m *match) calendarTense() int {
	p := m.prev()
	if p != nil && p.kind == kWord && strings.EqualFold(m.c.text[p.s:p.e], "since") {
		return onlyPast
	}
	t, before, notYet := m.c.tenseScan(m.toks[m.i].bi, m.toks[m.j-1].bj)
	if in := m.inBefore(); t == past && in >= 0 && (before && !notYet || m.opensSentence(in)) {
		return onlyPast
	}
	return t
}

// inBefore is the layer index of the "in" or "during" before the match,
// with "early", "late" or "mid" between ("in early March", "during
// mid-November"); -1 if there is none.
func (m *match) inBefore() int {
	for k := m.i - 1; k >= 0; k-- {
		switch m.lower(&m.toks[k]) {
		case "early", "late", "mid", "-":
			continue
		case "in", "during":
			return k
		}
		return -1
	}
	return -1
}

// opensSentence says whether layer token k is the first of its sentence.
func (m *match) opensSentence(k int) bool {
	if k == 0 {
		return true
	}
	p := &m.toks[k-1]
	if p.kind != kPunct {
		return false
	}
	switch m.c.text[p.s] {
	case '.', ';', '!', '?', ':', '"':
		return true
	}
	return false
}
