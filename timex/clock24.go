package timex

// A four-digit 24-hour clock time, as news agencies write it: "at 1330
// GMT", "by 0900 BST", "2100 local time", "1800 hrs". The "year" rule took
// "1330" for the year 1330 and "1200 GMT" for 1200 (and "the prior year"
// after it for 1199). These rules come before the date rules, so that at a
// tie of lengths they win over "year" and, for "1800 hours", over the
// duration.
var clock24Rules = []rule{
	{name: "clock24-zone", src: `@int @tz`, norm: func(m *match) *tval {
		// "at 10:35 a.m. (0735 GMT)" gives the same moment in another
		// zone: the first time is the one of the text.
		if p := m.prev(); p != nil && p.kind == kPunct && m.c.text[p.s] == '(' && m.i >= 2 {
			if b := &m.toks[m.i-2]; b.kind == kClock || b.ent != nil && b.ent.cls&(cAMPM|cTZ) != 0 ||
				b.kind == kNode && b.node.typ == "TIME" || clockWordBefore(m, m.i-2) {
				return nil
			}
		}
		return clock24(m)
	}},
	// "from 1130 to 1215 GMT", "between 0900 and 1100 BST": the zone
	// written after the second time is the first one's too.
	{name: "clock24-range", src: `@int`, norm: func(m *match) *tval {
		if m.j+2 >= len(m.toks) || !rangeLink(m, &m.toks[m.j]) {
			return nil
		}
		if second, zone := &m.toks[m.j+1], &m.toks[m.j+2]; second.kind != kNum || second.e-second.s != 4 ||
			zone.ent == nil || zone.ent.cls&cTZ == 0 {
			return nil
		}
		return clock24(m)
	}},
	{name: "clock24-hours", src: `@int hours|hrs`, norm: clock24},
	{name: "clock24-local", src: `@int local time`, norm: clock24},
	// "at 1330" alone, and "at 1930" too: after "at" four digits that end
	// the phrase or come before a word of time or place ("at 1930 on
	// Friday") are a clock time, whatever year they could be, as news
	// writes a year "in 1930"; "at 1985's Live Aid", "at 1990 prices"
	// stay years, "at 1218 pence" a price.
	{name: "clock24-at", src: `@int`, norm: func(m *match) *tval {
		if m.lower(m.prev()) != "at" {
			return nil
		}
		if n := m.next(); n != nil && !(n.kind == kPunct && m.c.text[n.s] != '%' && m.c.text[n.s] != '\'') &&
			!afterClock[m.lower(n)] {
			return nil
		}
		return clock24(m)
	}},
}

// clockWordBefore says whether token k ends a 24-hour clock time written
// with a word after it ("1700 local time", "1800 hours"), so that a zone
// in brackets after it restates that time: "at 1700 local time (0100
// GMT)".
func clockWordBefore(m *match, k int) bool {
	switch m.lower(&m.toks[k]) {
	case "hours", "hrs":
		return k >= 1 && m.toks[k-1].kind == kNum
	case "time":
		return k >= 2 && m.lower(&m.toks[k-1]) == "local" && m.toks[k-2].kind == kNum
	}
	return false
}

// rangeLink says whether t joins the two ends of a range of times: "to",
// "and", "until", "till" or a dash.
func rangeLink(m *match, t *tok) bool {
	switch m.lower(t) {
	case "to", "and", "until", "till", "-", "–", "—":
		return true
	}
	return false
}

// afterClock are the words that may follow a bare clock time after "at"
// ("at 1415 in Brussels", "at 0930 on Monday"); any other word ("at 1218
// pence", "at 1650 points") makes the number a quantity.
var afterClock = map[string]bool{"on": true, "in": true, "and": true, "or": true, "to": true, "when": true,
	"with": true, "after": true, "before": true, "at": true, "for": true, "from": true, "until": true,
	"by": true, "today": true, "tomorrow": true, "yesterday": true, "tonight": true}

// clock24 reads the four digits of the match's @int as hours and minutes;
// nil unless it is written with exactly four digits and is a time of day.
func clock24(m *match) *tval {
	t := m.get("int")
	if t.e-t.s != 4 || t.words {
		return nil
	}
	for i := t.s; i < t.e; i++ {
		if c := m.c.text[i]; c < '0' || c > '9' {
			return nil
		}
	}
	h, mm := int(t.num)/100, int(t.num)%100
	if h > 24 || mm > 59 || h == 24 && mm > 0 {
		return nil
	}
	return clockVal(m.c.clock(h, mm, gMinute))
}

// plausibleYear says whether the "year" rule's four digits may be a year:
// any number from 1900 to 2099 may, as news writes its years bare ("in 2005
// sales rose"); an older or later one needs a word that introduces a year
// before it ("in 1330", "since 1815", "the year 1066", "the 1701 Act") or
// to end its phrase, else it is a quantity ("closed at 1218 pence", "rose
// 1650 points"). A number with a unit glued on is no year ("the 1500m").
func plausibleYear(m *match, t *tok) bool {
	if n := m.next(); n != nil && n.ent != nil && n.ent.cls&cTZ != 0 {
		return false // a clock time: "(1735 GMT)" after the local time
	}
	if n := m.next(); n != nil && n.kind == kWord && n.s == t.e && n.e-n.s <= 3 && m.c.text[n.s] != '\'' && m.c.text[n.s] < 0x80 {
		return false // a unit glued on: "the 1500m", "1080p"
	}
	if m.has("yr") {
		return true
	}
	if t.num >= 1900 && t.num < 2100 {
		return !unitAfter(m)
	}
	if n := m.next(); n == nil || n.kind == kPunct && m.c.text[n.s] != '%' {
		return true
	}
	if countedAfter(m) {
		return false
	}
	return yearBefore[m.lower(m.prev())]
}

// unitAfter says whether the match's number, a year of news by its
// digits, is a quantity for the unit of measure after it: "closed at 1930
// points", "rose 2010 points", "a climb of 1950 metres". A word that sets
// up a year keeps the reading: "the 2004 points table", "in 1998 points
// were docked".
func unitAfter(m *match) bool {
	if m.j >= len(m.toks) || !quantityUnits[m.lower(&m.toks[m.j])] {
		return false
	}
	switch m.lower(m.prev()) {
	case "in", "since", "until", "till", "before", "after", "during", "the", "its", "his", "her", "their",
		"this", "that", "a", "an":
		return false
	}
	return true
}

// quantityUnits are the units of measure a news year never stands before.
var quantityUnits = map[string]bool{"points": true, "pts": true, "pence": true, "cents": true,
	"metres": true, "meters": true, "feet": true, "ft": true, "miles": true, "kilometres": true,
	"kilometers": true, "km": true, "tonnes": true, "tons": true, "barrels": true, "acres": true,
	"hectares": true, "yards": true, "kg": true, "kilograms": true, "litres": true, "liters": true}

// countedAfter says whether the match's number, after a word that also
// introduces an amount (to, from, by, of, between, and), counts the noun
// after it or after the second number of its range: "rose to 1215
// points", "from 1130 to 1215 points", "between 1130 and 1215 votes".
// Only asked of an old number: a year of news stands before a noun
// ("the 1998 contract", "from 2003 results").
func countedAfter(m *match) bool {
	if !countBefore[m.lower(m.prev())] || m.j >= len(m.toks) {
		return false
	}
	k := m.j
	if rangeLink(m, &m.toks[k]) && k+2 < len(m.toks) && m.toks[k+1].kind == kNum {
		k += 2
	}
	return k < len(m.toks) && commonNoun(m, &m.toks[k])
}

// countBefore are the words that introduce an amount as well as a year.
var countBefore = map[string]bool{"to": true, "from": true, "by": true, "of": true, "between": true, "and": true}

// commonNoun says whether token n is a common noun: tagged NN or NNS, or
// untagged a lower-case word that is no function word and no verb the
// lexicon knows.
func commonNoun(m *match, n *tok) bool {
	if n.kind != kWord {
		return false
	}
	if x := m.c.xposAt(n.s); x != "" {
		return x == "NN" || x == "NNS"
	}
	w := m.lower(n)
	return !n.cap && !notNoun[w] && !afterClock[w] && (n.ent == nil || n.ent.tense == 0 && n.ent.cls == 0)
}

// yearBefore are the words after which a number is read as a year.
var yearBefore = map[string]bool{"in": true, "since": true, "of": true, "by": true, "from": true,
	"until": true, "till": true, "to": true, "before": true, "after": true, "between": true, "and": true,
	"around": true, "circa": true, "c.": true, "year": true, "early": true, "late": true, "mid": true,
	// "the 1701 Act", "its 1890 charter"
	"the": true, "its": true, "his": true, "her": true, "their": true}
