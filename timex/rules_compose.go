package timex

// Rules over time expressions found by earlier layers: anchoring durations
// ("three years" + "ago"), modifiers ("nearly", "early", "the end of") and
// merges ("10 p.m." + "Wednesday").

// ago turns a duration into the date that far from the reference date.
func ago(sign int) func(m *match) *tval {
	return func(m *match) *tval {
		d := m.node("DURATION")
		if d == nil || !d.isDur || d.rel != 0 || d.det {
			return nil
		}
		v := &tval{typ: "DATE"}
		if p, ok := m.c.anchored(d.d, sign); ok {
			v.p, v.isPoint = p, true
			v.ana = anaShift // "a year ago" after "the third quarter" is that quarter a year before
			v.shiftBy = d.d
			v.shiftSign = sign
		} else if sign < 0 {
			v.lit = "PAST_REF"
		} else {
			v.lit = "FUTURE_REF"
		}
		if m.has("so") || d.mod == "APPROX" {
			v.mod = "APPROX"
		}
		return v
	}
}

var anchorRules = []rule{
	{name: "dur-ago", src: `<DURATION> or? so? ago|earlier|before|back`, norm: func(m *match) *tval {
		if w := m.word("ago"); w == "before" || w == "back" {
			// "two days before the vote" is anchored on the vote, not on today.
			if n := m.next(); n != nil && n.kind == kWord {
				return nil
			}
		}
		return ago(-1)(m)
	}},
	{name: "dur-hence", src: `<DURATION> or? so? hence`, norm: ago(1)},
	{name: "dur-from-now", src: `<DURATION> or? so? from now|today`, norm: ago(1)},
}

var approxWords = map[string]bool{"about": true, "around": true, "approximately": true, "roughly": true,
	"some": true, "circa": true, "c": true, "approx": true, "nearly": true, "almost": true}

// modRules set TimeML's mod attribute and widen the extent over the modifier.
var modRules = []rule{
	{name: "approx", src: `mod:about|around|approximately|roughly|nearly|almost|some|circa|approx|just <ANY>`, norm: func(m *match) *tval {
		v := *m.node("ANY")
		w := m.word("mod")
		switch {
		case w == "just" || v.typ == "SET":
			return nil
		case !m.c.hasNumber(m.get("ANY")) && v.ana != anaShift && !v.isDur:
			return nil // "about the future", "around Wednesday": a preposition
		case w == "some" && (!v.isDur || v.d.n < 0):
			return nil
		case (w == "nearly" || w == "almost") && v.typ == "DURATION":
			v.mod = "EQUAL_OR_LESS"
		default:
			v.mod = "APPROX"
		}
		return &v
	}},
	{name: "more-than", src: `more|less|fewer than <DURATION>`, norm: func(m *match) *tval {
		v := *m.node("DURATION")
		v.mod = map[string]string{"more": "MORE_THAN", "less": "LESS_THAN", "fewer": "LESS_THAN"}[m.word("more")]
		return &v
	}},
	{name: "no-more-than", src: `no|not more|less than <DURATION>`, norm: func(m *match) *tval {
		v := *m.node("DURATION")
		v.mod = map[string]string{"more": "EQUAL_OR_LESS", "less": "EQUAL_OR_MORE"}[m.word("more")]
		return &v
	}},
	{name: "at-least", src: `at least|most <DURATION>`, norm: func(m *match) *tval {
		v := *m.node("DURATION")
		if v.d.n < 0 {
			return nil
		}
		v.mod = map[string]string{"least": "EQUAL_OR_MORE", "most": "EQUAL_OR_LESS"}[m.word("least")]
		return &v
	}},
	{name: "up-to", src: `up to <DURATION>`, norm: func(m *match) *tval {
		v := *m.node("DURATION")
		v.mod = "EQUAL_OR_LESS"
		return &v
	}},
	{name: "over-under", src: `over|under <DURATION>`, norm: func(m *match) *tval {
		v := *m.node("DURATION")
		if v.det || v.rel != 0 || v.d.n < 0 {
			return nil // "over the past week" is a span, not a comparison
		}
		if m.word("over") == "over" && !overIsMore(m) {
			return nil // "a pay rise over two years": during them
		}
		v.mod = map[string]string{"over": "MORE_THAN", "under": "LESS_THAN"}[m.word("over")]
		return &v
	}},
	{name: "early-late", src: `the? mod:early|late|mid|earlier|later <ANY>`, norm: func(m *match) *tval {
		v := *m.node("ANY")
		if v.typ == "DURATION" || v.typ == "SET" || v.lit != "" {
			return nil
		}
		if m.has("the") && v.p.g != gDecade && v.p.g != gCentury {
			return nil // "the late president"; "the late 1970s" is fine
		}
		v.mod = map[string]string{"early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID"}[m.word("mod")]
		return &v
	}},
	{name: "part-of", src: `the? mod:beginning|start|end|middle|turn|close of <ANY>`, norm: func(m *match) *tval {
		v := *m.node("ANY")
		if v.typ == "DURATION" || v.typ == "SET" || v.lit != "" || !m.has("the") {
			return nil
		}
		v.mod = map[string]string{"beginning": "START", "start": "START", "end": "END", "close": "END",
			"middle": "MID", "turn": "START"}[m.word("mod")]
		return &v
	}},
	{name: "part-of-this", src: `the mod:beginning|start|end|middle|close of the|this|next|last unit:@unit`, norm: func(m *match) *tval {
		n := map[string]int{"the": 0, "this": 0, "next": 1, "last": -1}[m.word("the")]
		// "the end of the year": the reference year (the word after "of").
		if t := m.toks[m.caps[3]]; t.ent != nil {
			n = map[string]int{"the": 0, "this": 0, "next": 1, "last": -1}[t.ent.word]
		}
		p, ok := m.c.relUnit(unitOf(m.get("unit")), n)
		if !ok {
			return nil
		}
		v := datePoint(p)
		v.mod = map[string]string{"beginning": "START", "start": "START", "end": "END", "close": "END",
			"middle": "MID"}[m.word("mod")]
		return v
	}},
	{name: "or-so", src: `<ANY> or so`, norm: func(m *match) *tval {
		v := *m.node("ANY")
		v.mod = "APPROX"
		return &v
	}},
}

// mergeRules join a clock time to its day and a year to its quarter.
var mergeRules = []rule{
	{name: "time-date", src: `time:<TIME> ,? on? date:<DATE>`, norm: func(m *match) *tval {
		t, d := m.node("time"), m.node("date")
		if !t.isPoint || !d.isPoint || d.p.g != gDay || t.p.g < gHour {
			return nil
		}
		p := d.p
		p.g, p.hh, p.mm = t.p.g, t.p.hh, t.p.mm
		v := timePoint(p)
		v.mod = t.mod
		return v
	}},
	{name: "year-s-quarter", src: `year:<DATE> 's part:<DATE>`, norm: func(m *match) *tval {
		y, q := m.node("year"), m.node("part")
		if !y.isPoint || !q.isPoint || y.p.g != gYear || q.p.g < gHalf || q.p.g > gMonth {
			return nil
		}
		p := q.p
		p.y = y.p.y
		return datePoint(p)
	}},
}

// hasNumber reports whether a node's text holds a number: "about" and
// "around" before one are approximations, before anything else prepositions.
func (c *ctx) hasNumber(t *tok) bool {
	for k := t.bi; k < t.bj && k < len(c.base); k++ {
		switch c.base[k].kind {
		case kNum, kOrdNum, kClock, kISO, kSlash, kDecade:
			return true
		}
	}
	return false
}

// cascades are the layers in the order they run.
var cascades = []*cascade{
	newCascade("base", mustRules(append(append(append([]rule{}, clock24Rules...), dateRules...), durRules...))),
	newCascade("anchor", mustRules(anchorRules)),
	newCascade("mod", mustRules(modRules)),
	newCascade("merge", mustRules(mergeRules)),
}
