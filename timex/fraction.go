package timex

// A quarter is a period of three months and also a fourth part of
// anything: "a quarter point" (of an interest rate), "three quarters of
// the members". Only the period is a time.

// after is the layer token k places after the match (after(0) is next).
func (m *match) after(k int) *tok {
	if m.j+k < len(m.toks) {
		return &m.toks[m.j+k]
	}
	return nil
}

// quarterIsPart: the "quarter"s a match ends with are a fourth part, not
// three months: followed by a unit of rates ("a quarter point", "a quarter
// percentage point", "a quarter per cent") or by "of" and something that is
// not a time ("a quarter of the vote", but "three quarters of the year" and
// "a quarter of 2024" are times). After "the" or "past", "next", quarters
// are counted periods: "the three quarters of contraction".
func quarterIsPart(m *match, u unit) bool {
	if u != uQuarter || m.has("the") || m.has("rel") {
		return false // "the three quarters of contraction", "the past two quarters"
	}
	switch m.lower(m.next()) {
	case "point", "points", "percentage", "per", "percent":
		return true
	case "of":
	default:
		return false
	}
	k := 1
	for {
		switch m.lower(m.after(k)) {
		case "a", "an", "the", "this", "that", "last", "next", "its", "their":
			k++
			continue
		}
		break
	}
	t := m.after(k)
	if t == nil {
		return true
	}
	if t.kind == kNum || t.kind == kNode || t.ent != nil && (t.ent.unit != 0 || t.ent.cls != 0) {
		return false // a year, a unit, any word of the time lexicon
	}
	return true
}
