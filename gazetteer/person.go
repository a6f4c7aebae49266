package gazetteer

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar day as the integer yyyymmdd (20080508); 0 means open.
type Date int32

// DateOf turns a time into a Date.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date(y*10000 + int(m)*100 + d)
}

func (d Date) String() string {
	if d == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d/10000, d/100%100, d%100)
}

// DatedCode is a CAMEO code that holds from From to To inclusive; a zero
// bound is open. A code with both bounds zero is the default that holds
// outside every dated range (PETRARCH's undated "[RUSELI]" line).
type DatedCode struct {
	Code     string
	From, To Date
}

// Dated reports whether the code has a date range.
func (c DatedCode) Dated() bool { return c.From != 0 || c.To != 0 }

// Holds reports whether the code's range contains d.
func (c DatedCode) Holds(d Date) bool {
	return (c.From == 0 || d >= c.From) && (c.To == 0 || d <= c.To)
}

// Person is a named person with the CAMEO codes PETRARCH's dictionaries (and
// Dateline's supplement for people in office after 2014) give them, with
// their date ranges: Vladimir Putin is RUSGOV from 2008-05-08 on, RUSELI
// outside his ranges.
type Person struct {
	Name    string
	Country string // ISO alpha-3 of the person's codes, "" for IGO officials
	Codes   []DatedCode
}

// CodeAt is the person's code on day t: the first dated range that holds,
// else the default undated code, else "". Use the article's publication
// date: "Obama" in a 2012 article is USAGOV, in a 2024 one USAELI. A
// person with no default whose every range of his own country has ended
// before t is that country's elite, as PETRARCH's defaults make former
// office holders ("Antony Blinken", USAGOV until 2025-01-20 in the
// supplement, is USAELI in May 2025); before his first range he has no
// code.
func (p *Person) CodeAt(t time.Time) string {
	d := DateOf(t)
	def, ended := "", false
	for _, c := range p.Codes {
		if !c.Dated() {
			if def == "" {
				def = c.Code
			}
			continue
		}
		if c.Holds(d) {
			return c.Code
		}
		if c.To != 0 && c.To < d && p.Country != "" && strings.HasPrefix(c.Code, p.Country) {
			ended = true
		}
	}
	if def == "" && ended && p.allEndedBefore(d) {
		return p.Country + "ELI"
	}
	return def
}

// allEndedBefore says whether every dated range of the person ended
// before d.
func (p *Person) allEndedBefore(d Date) bool {
	for _, c := range p.Codes {
		if c.Dated() && (c.To == 0 || c.To >= d) {
			return false
		}
	}
	return true
}

// Latest is the code of the range that reaches furthest into the present
// (an open-ended range first), else the default code.
func (p *Person) Latest() string {
	best, bestTo, def := "", Date(-1), ""
	for _, c := range p.Codes {
		if !c.Dated() {
			if def == "" {
				def = c.Code
			}
			continue
		}
		to := c.To
		if to == 0 {
			to = 99991231
		}
		if to > bestTo {
			best, bestTo = c.Code, to
		}
	}
	if best != "" {
		return best
	}
	return def
}

// parseCodes reads the people table's code list:
// "RUSGOV@20080508-;RUSELI@-19990809;RUSELI".
func parseCodes(s string) ([]DatedCode, error) {
	if s == "" {
		return nil, nil
	}
	parts := strings.Split(s, ";")
	out := make([]DatedCode, 0, len(parts))
	for _, p := range parts {
		code, rng, dated := strings.Cut(p, "@")
		c := DatedCode{Code: code}
		if dated {
			from, to, ok := strings.Cut(rng, "-")
			if !ok {
				return nil, fmt.Errorf("code %q: range %q has no '-'", p, rng)
			}
			var err error
			if c.From, err = parseDate(from); err != nil {
				return nil, fmt.Errorf("code %q: %w", p, err)
			}
			if c.To, err = parseDate(to); err != nil {
				return nil, fmt.Errorf("code %q: %w", p, err)
			}
		}
		out = append(out, c)
	}
	return out, nil
}

func parseDate(s string) (Date, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 10000101 || n > 99991231 {
		return 0, fmt.Errorf("date %q is not yyyymmdd", s)
	}
	return Date(n), nil
}
