package timex

import (
	"fmt"
	"strings"
)

// A pattern is a sequence of elements written as a string, one element per
// space-separated field:
//
//	word        the word, any case ("ago")
//	a|b|c       any of the words
//	@class      a token of a class: @month @weekday @num @year …  (see tests)
//	<DATE>      a time expression found by an earlier stage: <DATE> <TIME>
//	            <DURATION> <SET>, or <ANY>
//	x?          the element is optional
//	+x          the token is joined to the one before by a hyphen ("year-ago")
//	name:x      the element's capture is named name (default: the class or
//	            the first word)
//
// Patterns are matched over tokens; the longest match wins, then the rule
// listed first.
type elem struct {
	name string
	opt  bool
	test func(t *tok) bool
	// words is set for literal elements; it lets the matcher index rules.
	words []string
	cls   string
}

type pattern []elem

// classTests are the @class elements.
var classTests = map[string]func(t *tok) bool{
	"month":   func(t *tok) bool { return hasCls(t, cMonth) },
	"weekday": func(t *tok) bool { return hasCls(t, cWeekday) && !t.ent.plural },
	"weekdays": func(t *tok) bool {
		return hasCls(t, cWeekday) && t.ent.plural
	},
	"season": func(t *tok) bool { return hasCls(t, cSeason) && !t.ent.plural },
	"unit":   func(t *tok) bool { return hasCls(t, cUnit) && !t.ent.plural },
	"units":  func(t *tok) bool { return hasCls(t, cUnit) && t.ent.plural },
	"anyunit": func(t *tok) bool {
		return hasCls(t, cUnit)
	},
	"pod":  func(t *tok) bool { return hasCls(t, cPOD) && !t.ent.plural },
	"pods": func(t *tok) bool { return hasCls(t, cPOD) && t.ent.plural },
	"rel":  func(t *tok) bool { return hasCls(t, cRel) },
	"tz":   func(t *tok) bool { return hasCls(t, cTZ) },
	"ampm": func(t *tok) bool { return t.kind == kAMPM },
	"ord": func(t *tok) bool {
		return hasCls(t, cOrd) || t.kind == kOrdNum
	},
	// @num is any cardinal number, written or spelled ("three and a half").
	"num": func(t *tok) bool { return t.kind == kNum },
	// @int is a whole number without thousands separators.
	"int": func(t *tok) bool { return t.kind == kNum && t.num == float64(int(t.num)) },
	"day": func(t *tok) bool {
		return (t.kind == kNum && !t.words && t.e-t.s <= 2 || t.kind == kOrdNum || hasCls(t, cOrd)) &&
			dayOf(t) >= 1 && dayOf(t) <= 31
	},
	"year": func(t *tok) bool {
		return t.kind == kNum && (t.e-t.s == 4 && !t.words || t.yearWords) && t.num >= 1000 && t.num <= 2199
	},
	"hour": func(t *tok) bool {
		return t.kind == kNum && t.num >= 1 && t.num <= 12 && t.num == float64(int(t.num))
	},
	"clock":   func(t *tok) bool { return t.kind == kClock && t.ints[0] <= 24 && t.ints[1] < 60 },
	"iso":     func(t *tok) bool { return t.kind == kISO },
	"slash":   func(t *tok) bool { return t.kind == kSlash },
	"decade":  func(t *tok) bool { return t.kind == kDecade },
	"holiday": func(t *tok) bool { return hasCls(t, cHoliday) },
	"cap":     func(t *tok) bool { return t.cap },
	"hnum":    func(t *tok) bool { return t.kind == kNum && t.hyph },
	"qword":   func(t *tok) bool { return hasCls(t, cQuarter) },
}

// dayOf is the day-of-month value of a @day token.
func dayOf(t *tok) int {
	if t.kind == kNum || t.kind == kOrdNum {
		return int(t.num)
	}
	if t.ent != nil {
		return t.ent.ord
	}
	return 0
}

func hasCls(t *tok, c class) bool {
	if t.ent == nil || t.ent.cls&c == 0 {
		return false
	}
	return t.ent.needCap&c == 0 || t.cap
}

func compile(src string) (pattern, error) {
	var p pattern
	for _, f := range strings.Fields(src) {
		var e elem
		if i := strings.IndexByte(f, ':'); i > 0 && f[0] != ':' {
			e.name, f = f[:i], f[i+1:]
		}
		if len(f) > 1 && strings.HasSuffix(f, "?") {
			e.opt, f = true, f[:len(f)-1]
		}
		hyph := false
		if len(f) > 1 && f[0] == '+' {
			hyph, f = true, f[1:]
		}
		switch {
		case strings.HasPrefix(f, "@"):
			test, ok := classTests[f[1:]]
			if !ok {
				return nil, fmt.Errorf("pattern %q: unknown class %q", src, f)
			}
			e.test, e.cls = test, f[1:]
			if e.name == "" {
				e.name = f[1:]
			}
		case strings.HasPrefix(f, "<") && strings.HasSuffix(f, ">"):
			typ := f[1 : len(f)-1]
			e.cls = typ
			if typ == "ANY" {
				e.test = func(t *tok) bool { return t.kind == kNode }
			} else {
				e.test = func(t *tok) bool { return t.kind == kNode && t.node.typ == typ }
			}
			if e.name == "" {
				e.name = typ
			}
		default:
			words := strings.Split(f, "|")
			ents := make([]*entry, len(words))
			for i, w := range words {
				if lexicon[w] == nil {
					lexicon[w] = newEntry(w)
				}
				ents[i] = lexicon[w]
			}
			e.words = words
			e.test = func(t *tok) bool {
				if t.ent == nil {
					return false
				}
				for _, x := range ents {
					if t.ent == x {
						return true
					}
				}
				return false
			}
			if e.name == "" {
				e.name = words[0]
			}
		}
		if hyph {
			inner := e.test
			e.test = func(t *tok) bool { return t.hyph && inner(t) }
		}
		p = append(p, e)
	}
	if len(p) == 0 {
		return nil, fmt.Errorf("empty pattern")
	}
	return p, nil
}

// longest finds the longest match of p at toks[i:], filling best with the
// token index each element captured (-1 for a skipped optional); caps is
// scratch space of the same length. It returns the end index, or -1.
func (p pattern) longest(toks []tok, i int, caps, best []int) int {
	end := p.rec(toks, 0, i, caps, best, -1)
	if end == i { // all optional, nothing matched
		return -1
	}
	return end
}

func (p pattern) rec(toks []tok, ei, ti int, caps, best []int, end int) int {
	if ei == len(p) {
		if ti > end {
			copy(best, caps)
			return ti
		}
		return end
	}
	e := &p[ei]
	if ti < len(toks) && e.test(&toks[ti]) {
		caps[ei] = ti
		end = p.rec(toks, ei+1, ti+1, caps, best, end)
	}
	if e.opt {
		caps[ei] = -1
		end = p.rec(toks, ei+1, ti, caps, best, end)
	}
	return end
}
