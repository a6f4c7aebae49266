package timex

import "strings"

// Durations, sets, clock times, parts of days and the deictic words of
// news ("now", "recently", "the future").

func durVal(d dur) *tval { return &tval{typ: "DURATION", d: d, isDur: true} }

func setVal(v string) *tval { return &tval{typ: "SET", lit: v} }

func unitOf(t *tok) unit { return t.ent.unit }

// numDur is "five years", "10-year", "the past two months", "the first
// nine months", "three and a half years".
func numDur(m *match) *tval {
	n := m.get("num").num
	if n <= 0 || n > 100000 {
		return nil
	}
	if m.lower(m.next()) == "old" {
		return nil // an age: "37 years old", "a 6-year-old"
	}
	if t := m.get("num"); !t.words && t.e-t.s == 4 && !m.get("anyunit").ent.plural {
		return nil // "the 1988 quarter" is a year's quarter, not 1988 of them
	}
	if m.has("the") && adjective(m) {
		return nil
	}
	if m.has("half") {
		n += 0.5
	}
	if quarterIsPart(m, unitOf(m.get("anyunit"))) {
		return nil // "three quarters of the vote"
	}
	v := durVal(dur{n: n, u: unitOf(m.get("anyunit"))})
	v.det = m.has("the")
	if r := m.get("rel"); r != nil && r.ent.rel != 0 {
		v.rel = r.ent.rel
	}
	return v
}

// vagueDur is "several years", "a few days", "recent months".
func vagueDur(m *match) *tval {
	v := durVal(dur{n: -1, u: unitOf(m.get("units"))})
	if m.word("few") == "couple" {
		v.d.n = 2
		v.mod = "APPROX"
	}
	if r := m.get("rel"); r != nil {
		v.rel = r.ent.rel
	}
	v.det = m.has("the")
	return v
}

func refVal(v string) func(m *match) *tval {
	return func(m *match) *tval { return litVal("DATE", v) }
}

// clock makes a TIME on the reference day (or an unknown day).
func (c *ctx) clock(h, min int, g gran) point {
	p := c.day(0)
	p.g, p.hh, p.mm = g, h, min
	return p
}

// clockVal is a clock time on the reference day; resolveAnaphora moves it
// to a day named before it in its sentence ("on March 15, and the match
// kicks off at 3 p.m.").
func clockVal(p point) *tval {
	v := timePoint(p)
	v.ana = anaClockDay
	return v
}

func ampm(h int, t *tok) (int, bool) {
	if t == nil {
		return h, true
	}
	if h < 1 || h > 12 {
		return 0, false
	}
	pm := t.ent != nil && t.ent.word == "pm"
	switch {
	case pm && h < 12:
		h += 12
	case !pm && h == 12:
		h = 0
	}
	return h, true
}

var setCodes = map[string]string{"daily": "P1D", "nightly": "XXXX-XX-XXTNI", "weekly": "P1W",
	"monthly": "P1M", "quarterly": "P1Q", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
	"biweekly": "P2W", "fortnightly": "P2W"}

func setOfUnit(u unit) string {
	if u == uQuarter {
		return "P1Q"
	}
	return dur{n: 1, u: u}.String()
}

var durRules = []rule{
	{name: "num-unit", src: `the? rel:@rel? first|final|initial? @num @anyunit`, norm: numDur},
	{name: "num-unit-half", src: `the? rel:@rel? @num @anyunit and half:a half`, norm: numDur},
	{name: "a-unit", src: `a|an @unit`, norm: func(m *match) *tval {
		u := unitOf(m.get("unit"))
		// "$5 a day", "twice a week": a rate, which TimeML calls a SET.
		switch p := m.prev(); {
		case p == nil:
		case p.ent != nil && (p.ent.word == "once" || p.ent.word == "twice" || p.ent.word == "times"):
			return setVal(setOfUnit(u))
		case p.kind == kNum || p.ent != nil && p.ent.word == "percent":
			return nil
		case p.kind == kWord && !p.cap && p.ent == nil && strings.HasSuffix(m.lower(p), "s") && !strings.HasSuffix(m.lower(p), "ss"):
			return nil // "four flights a week": a rate of something counted
		}
		if m.lower(m.next()) == "old" {
			return nil
		}
		if u == uSecond && !secondIsTime(m) {
			return nil // "won a second term", "added a second": the ordinal
		}
		if quarterIsPart(m, u) || quarterOfChange(m, u) {
			return nil // "a quarter point", "a quarter of the vote"
		}
		return durVal(dur{n: 1, u: u})
	}},
	{name: "a-unit-half", src: `a|an @unit and a half`, norm: func(m *match) *tval {
		return durVal(dur{n: 1.5, u: unitOf(m.get("unit"))})
	}},
	{name: "half-a-unit", src: `half a|an @unit`, norm: func(m *match) *tval {
		return durVal(dur{n: 0.5, u: unitOf(m.get("unit"))})
	}},
	{name: "vague-units", src: `the? rel:@rel? a? few|several|many|some|numerous|couple of? @units`, norm: vagueDur},
	{name: "rel-units", src: `the? @rel @units`, norm: vagueDur},
	{name: "recent-units", src: `the? recent @units`, norm: vagueDur},
	{name: "units-ago", src: `@units ago`, norm: refVal("PAST_REF")},
	{name: "bare-units", src: `@units`, norm: func(m *match) *tval {
		switch m.lower(m.prev()) {
		case "for", "within", "in", "over", "than", "took", "take", "takes", "lasted", "last":
			return durVal(dur{n: -1, u: unitOf(m.get("units"))})
		}
		return nil
	}},
	{name: "the-year", src: `the full|entire|whole? year|week|month`, norm: func(m *match) *tval {
		// "for the year ended June 30" is a fiscal year, a duration; "for
		// the year" alone is the reference year in company reports.
		switch m.lower(m.prev()) {
		case "for", "in", "of", "during", "through", "throughout":
		default:
			return nil
		}
		u := unitOf(&m.toks[m.j-1])
		if w := m.lower(m.next()); w == "ended" || w == "ending" || w == "ends" || w == "to" {
			return durVal(dur{n: 1, u: u})
		}
		p, ok := m.c.relUnit(u, 0)
		if !ok {
			return nil
		}
		return datePoint(p)
	}},
	{name: "some-time", src: `some time|while`, norm: func(m *match) *tval {
		if m.lower(m.prev()) != "for" {
			return nil
		}
		return durVal(dur{n: -1, u: uNone})
	}},

	// Ranges of durations, anchored or not: "two to three weeks", "the next
	// week to ten days", "the next 12 to 18 months".
	{name: "dur-range", src: `the? rel:@rel? lo:@num? lu:@anyunit? to|or|-|– hi:@num hu:@anyunit`, norm: durRange},
	{name: "dur-range-hyphen", src: `the? rel:@rel? lo:@num hi:@hnum hu:@anyunit`, norm: durRange},

	// Sets.
	{name: "set-word", src: `daily|nightly|weekly|monthly|quarterly|annually|yearly|hourly|biweekly|fortnightly`, norm: func(m *match) *tval {
		// "daily flights", "its quarterly dividend": an adjective before a
		// noun names a kind of thing, not when something happens.
		if w := m.word("daily"); w == "quarterly" || w == "annually" {
			if n := m.next(); n != nil && n.kind == kWord && !n.cap && n.ent == nil {
				return nil
			}
		}
		return setVal(setCodes[m.word("daily")])
	}},
	{name: "every-unit", src: `every|each other? @unit`, norm: func(m *match) *tval {
		if m.has("other") {
			return setVal(dur{n: 2, u: unitOf(m.get("unit"))}.String())
		}
		return setVal(setOfUnit(unitOf(m.get("unit"))))
	}},
	{name: "every-n-units", src: `every @num @units`, norm: func(m *match) *tval {
		return setVal(dur{n: m.get("num").num, u: unitOf(m.get("units"))}.String())
	}},
	{name: "every-weekday", src: `every|each @weekday @pod?`, norm: func(m *match) *tval {
		v := "XXXX-WXX-" + string(rune('0'+m.get("weekday").ent.weekday))
		if p := m.get("pod"); p != nil {
			v += "T" + p.ent.pod
		}
		return setVal(v)
	}},
	{name: "weekdays", src: `@weekdays`, norm: func(m *match) *tval {
		return setVal("XXXX-WXX-" + string(rune('0'+m.get("weekdays").ent.weekday)))
	}},
	{name: "weekday-pods", src: `@weekday @pods`, norm: func(m *match) *tval {
		return setVal("XXXX-WXX-" + string(rune('0'+m.get("weekday").ent.weekday)) + "T" + m.get("pods").ent.pod)
	}},
	{name: "every-month", src: `every|each @month`, norm: func(m *match) *tval {
		return setVal("XXXX-" + two(monthOf(m.get("month"))))
	}},
	{name: "times-per", src: `once|twice|thrice|@num times? a|per|each|every @unit`, norm: func(m *match) *tval {
		if n := m.get("num"); n != nil && !m.has("times") {
			return nil
		}
		return setVal(setOfUnit(unitOf(m.get("unit"))))
	}},

	// Clock times and parts of days.
	{name: "clock", src: `@clock @ampm? @tz?`, norm: func(m *match) *tval {
		t := m.get("clock")
		h, ok := ampm(t.ints[0], m.get("ampm"))
		if !ok {
			return nil
		}
		return clockVal(m.c.clock(h, t.ints[1], gMinute))
	}},
	{name: "hour-ampm", src: `@hour @ampm @tz?`, norm: func(m *match) *tval {
		h, ok := ampm(int(m.get("hour").num), m.get("ampm"))
		if !ok {
			return nil
		}
		return clockVal(m.c.clock(h, 0, gMinute))
	}},
	{name: "oclock", src: `@hour o'clock`, norm: func(m *match) *tval {
		return clockVal(m.c.clock(int(m.get("hour").num), 0, gMinute))
	}},
	{name: "noon", src: `noon|midday|midnight`, norm: func(m *match) *tval {
		if namedNoon(m) {
			return nil
		}
		if m.word("noon") == "midnight" {
			return clockVal(m.c.clock(24, 0, gMinute))
		}
		return clockVal(m.c.clock(12, 0, gMinute))
	}},
	{name: "tonight", src: `tonight`, norm: func(m *match) *tval {
		p := m.c.day(0)
		p.g, p.pod = gPOD, "NI"
		return timePoint(p)
	}},
	{name: "last-night", src: `last night`, norm: func(m *match) *tval {
		p := m.c.day(-1)
		p.g, p.pod = gPOD, "NI"
		return timePoint(p)
	}},
	{name: "deictic-pod", src: `this|yesterday|tomorrow|today @pod`, norm: func(m *match) *tval {
		n := map[string]int{"this": 0, "today": 0, "yesterday": -1, "tomorrow": 1}[m.word("this")]
		p := m.c.day(n)
		p.g, p.pod = gPOD, m.get("pod").ent.pod
		return timePoint(p)
	}},
	{name: "weekday-pod", src: `rel:@rel? @weekday @pod`, norm: func(m *match) *tval {
		rel, has := 0, false
		if r := m.get("rel"); r != nil {
			rel, has = r.ent.rel, true
		}
		p := m.c.weekday(m.get("weekday").ent.weekday, rel, has, m.tense())
		p.pod = m.get("pod").ent.pod
		if p.y >= 0 {
			p.g = gPOD
		}
		return timePoint(p)
	}},

	// Deictic expressions.
	{name: "now", src: `right? now`, norm: func(m *match) *tval {
		// "now" as a discourse marker ("Now, ...") still refers to the present.
		return litVal("DATE", "PRESENT_REF")
	}},
	{name: "present", src: `currently|nowadays|presently`, norm: refVal("PRESENT_REF")},
	{name: "these-days", src: `these days`, norm: refVal("PRESENT_REF")},
	{name: "at-present", src: `the? present|current time|moment|day`, norm: refVal("PRESENT_REF")},
	{name: "recently", src: `more? recently|lately`, norm: refVal("PAST_REF")},
	{name: "the-past", src: `the past`, norm: refVal("PAST_REF")},
	{name: "the-future", src: `the? near|distant|foreseeable? future`, norm: func(m *match) *tval {
		// "future payments" names a kind of payment; "the future" and "in
		// future" are times.
		if !m.has("the") && m.lower(m.prev()) != "in" {
			return nil
		}
		return litVal("DATE", "FUTURE_REF")
	}},
	{name: "near-term", src: `the near|short term`, norm: refVal("FUTURE_REF")},
	{name: "soon", src: `soon`, norm: func(m *match) *tval {
		if w := m.lower(m.prev()); w == "as" || w == "how" || w == "too" {
			return nil
		}
		if w := m.lower(m.next()); w == "after" || w == "afterwards" || w == "thereafter" {
			return nil
		}
		return litVal("DATE", "FUTURE_REF")
	}},
	{name: "recent", src: `recent`, norm: refVal("PAST_REF")},
	{name: "current", src: `current`, norm: func(m *match) *tval {
		if n := m.next(); n != nil && n.ent != nil && n.ent.cls&cUnit != 0 {
			return nil
		}
		return litVal("DATE", "PRESENT_REF")
	}},
}

// durRange normalises a range of durations and, when it is anchored ("the
// next week to ten days"), the range of dates it spans from the reference
// date: start_value is the nearer bound, end_value the farther.
func durRange(m *match) *tval {
	hi := m.get("hi").num
	hu := unitOf(m.get("hu"))
	lu := hu
	if t := m.get("lu"); t != nil {
		lu = unitOf(t)
	}
	lo := 1.0
	if t := m.get("lo"); t != nil {
		lo = t.num
	} else if !m.has("lu") {
		return nil
	}
	if m.get("lo") == nil && m.get("lu") != nil && m.get("lu").ent.plural {
		return nil // "weeks to ten days" is not a range with a number
	}
	if lo <= 0 || hi <= 0 {
		return nil
	}
	v := durVal(dur{n: lo, u: lu})
	v.mod = "EQUAL_OR_MORE"
	v.det = m.has("the")
	if r := m.get("rel"); r != nil && r.ent.rel != 0 {
		v.rel = r.ent.rel
		if m.c.hasRef {
			a, _ := shift(m.c.ref, dur{n: lo, u: lu}, r.ent.rel)
			b, _ := shift(m.c.ref, dur{n: hi, u: hu}, r.ent.rel)
			if r.ent.rel < 0 {
				a, b = b, a
			}
			v.startV, v.endV = dayPoint(a).String(), dayPoint(b).String()
		}
	}
	return v
}

// secondBefore are the words after which "a second" is a span of time ("for
// a second", "within a second"); secondAfter those before which it is ("a
// second later"). Elsewhere "a second" is the ordinal: "a second term", "he
// added a second".
var (
	secondBefore = map[string]bool{"for": true, "in": true, "within": true, "after": true, "than": true,
		"half": true, "only": true, "just": true, "barely": true, "of": true}
	secondAfter = map[string]bool{"later": true, "ago": true, "earlier": true, "or": true, "longer": true}
)

func secondIsTime(m *match) bool {
	return !secondBeforeNoun(m) && (secondBefore[m.lower(m.prev())] || secondAfter[m.lower(m.next())])
}
