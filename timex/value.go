package timex

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// gran is how fine a calendar point is; TIMEX3 values are written at it.
type gran uint8

const (
	gNone gran = iota
	gCentury
	gDecade
	gYear
	gHalf
	gQuarter
	gSeason
	gMonth
	gWeek
	gWeekend
	gDay
	gPOD    // part of a day: 2025-08-18TMO
	gHour   // 2025-08-18T15
	gMinute // 2025-08-18T15:30
)

// point is a calendar point or period at some granularity. Fields coarser
// than gran are set; y < 0 means the year is unknown (written XXXX), and so
// on for the month (m < 0) and day (d < 0). wd alone (1 = Monday) is an
// underspecified weekday: XXXX-WXX-1.
type point struct {
	g       gran
	y, m, d int
	n       int    // quarter, half or ISO week number
	season  string // SP, SU, FA, WI
	pod     string // MO, AF, EV, NI, MI (midday)
	hh, mm  int
	wd      int
}

func dayPoint(t time.Time) point {
	return point{g: gDay, y: t.Year(), m: int(t.Month()), d: t.Day()}
}

// date returns the first day of the point (for arithmetic); ok is false when
// the point is underspecified.
func (p point) date() (time.Time, bool) {
	if p.y < 0 {
		return time.Time{}, false
	}
	switch p.g {
	case gCentury, gDecade, gYear:
		return time.Date(p.y, 1, 1, 0, 0, 0, 0, time.UTC), true
	case gHalf:
		return time.Date(p.y, time.Month(1+6*(p.n-1)), 1, 0, 0, 0, 0, time.UTC), true
	case gQuarter:
		return time.Date(p.y, time.Month(1+3*(p.n-1)), 1, 0, 0, 0, 0, time.UTC), true
	case gSeason:
		m := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[p.season]
		return time.Date(p.y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), true
	case gMonth:
		if p.m < 1 {
			return time.Time{}, false
		}
		return time.Date(p.y, time.Month(p.m), 1, 0, 0, 0, 0, time.UTC), true
	case gWeek, gWeekend:
		return isoWeekStart(p.y, p.n), true
	default:
		if p.m < 1 || p.d < 1 {
			return time.Time{}, false
		}
		return time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC), true
	}
}

func isoWeekStart(y, w int) time.Time {
	// The 4th of January is always in week 1.
	j4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	wd := int(j4.Weekday()+6) % 7 // Monday = 0
	return j4.AddDate(0, 0, -wd+7*(w-1))
}

// at returns the point of granularity g that contains day t.
func at(t time.Time, g gran) point {
	p := point{g: g, y: t.Year(), m: int(t.Month()), d: t.Day()}
	switch g {
	case gCentury:
		p.y = t.Year() / 100 * 100
	case gDecade:
		p.y = t.Year() / 10 * 10
	case gHalf:
		p.n = (int(t.Month())-1)/6 + 1
	case gQuarter:
		p.n = (int(t.Month())-1)/3 + 1
	case gWeek, gWeekend:
		p.y, p.n = t.ISOWeek()
	}
	return p
}

func yearStr(y int) string {
	if y < 0 {
		return "XXXX"
	}
	if y > 9999 {
		y = 9999
	}
	s := strconv.Itoa(y)
	return strings.Repeat("0", 4-len(s)) + s
}

func two(n int) string {
	if n < 0 {
		return "XX"
	}
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n % 100)
}

// String writes the TIMEX3 value.
func (p point) String() string {
	if p.wd > 0 && p.g == gDay && (p.y < 0 || p.m < 0 || p.d < 0) {
		v := "XXXX-WXX-" + strconv.Itoa(p.wd)
		if p.pod != "" {
			v += "T" + p.pod
		}
		return v
	}
	switch p.g {
	case gCentury:
		if p.y < 0 {
			return "XX"
		}
		return two(p.y / 100)
	case gDecade:
		if p.y < 0 {
			return "XXX"
		}
		return yearStr(p.y)[:3]
	case gYear:
		return yearStr(p.y)
	case gHalf:
		return yearStr(p.y) + "-H" + strconv.Itoa(p.n)
	case gQuarter:
		return yearStr(p.y) + "-Q" + strconv.Itoa(p.n)
	case gSeason:
		return yearStr(p.y) + "-" + p.season
	case gMonth:
		return yearStr(p.y) + "-" + two(p.m)
	case gWeek:
		if p.n < 1 {
			return yearStr(p.y) + "-WXX"
		}
		return yearStr(p.y) + "-W" + two(p.n)
	case gWeekend:
		if p.n < 1 {
			return yearStr(p.y) + "-WXX-WE"
		}
		return yearStr(p.y) + "-W" + two(p.n) + "-WE"
	case gDay:
		return yearStr(p.y) + "-" + two(p.m) + "-" + two(p.d)
	case gPOD:
		return point{g: gDay, y: p.y, m: p.m, d: p.d, wd: p.wd}.String() + "T" + p.pod
	case gHour:
		return point{g: gDay, y: p.y, m: p.m, d: p.d, wd: p.wd}.String() + "T" + two(p.hh)
	case gMinute:
		return point{g: gDay, y: p.y, m: p.m, d: p.d, wd: p.wd}.String() + "T" + two(p.hh) + ":" + two(p.mm)
	}
	return ""
}

// unit is a calendar or clock unit of a duration.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
	uMillennium
)

// dur is an amount of a unit; n < 0 means an unknown number ("years": PXY).
type dur struct {
	n float64
	u unit
}

var unitCode = [...]string{uSecond: "S", uMinute: "M", uHour: "H", uDay: "D", uWeek: "W",
	uMonth: "M", uQuarter: "Q", uYear: "Y", uDecade: "DE", uCentury: "CE", uMillennium: "ML"}

// String writes the TIMEX3 duration: P3Y6M, PT2H, PXY. Fractions move down
// to the next unit where it divides evenly (3.5 years = P3Y6M).
func (d dur) String() string {
	if d.u == uNone {
		return "PXX"
	}
	t := ""
	if d.u <= uHour {
		t = "T"
	}
	if d.n < 0 {
		return "P" + t + "X" + unitCode[d.u]
	}
	n, u := d.n, d.u
	switch u {
	case uDecade:
		if n == math.Trunc(n) {
			return "P" + fmtNum(n*10) + "Y"
		}
		n, u = n*10, uYear
	case uCentury:
		if n == math.Trunc(n) {
			return "P" + fmtNum(n*100) + "Y"
		}
		n, u = n*100, uYear
	case uQuarter:
		n, u = n*3, uMonth
	}
	whole, frac := math.Modf(n)
	if frac == 0 {
		return "P" + t + fmtNum(whole) + unitCode[u]
	}
	sub, k := uNone, 0.0
	switch u {
	case uYear:
		sub, k = uMonth, 12
	case uWeek:
		sub, k = uDay, 7
	case uDay:
		sub, k = uHour, 24
	case uHour:
		sub, k = uMinute, 60
	case uMinute:
		sub, k = uSecond, 60
	}
	if sub == uNone || frac*k != math.Trunc(frac*k) {
		return "P" + t + strconv.FormatFloat(n, 'f', -1, 64) + unitCode[u]
	}
	head := ""
	if whole > 0 {
		head = fmtNum(whole) + unitCode[u]
	}
	if u == uDay { // P2DT12H
		return "P" + head + "T" + fmtNum(frac*k) + unitCode[sub]
	}
	return "P" + t + head + fmtNum(frac*k) + unitCode[sub]
}

func fmtNum(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// shift moves day t by n units (negative: back). Fractions of a year or month
// go by months and days. It returns the granularity the result is worth
// writing at: "two years ago" is a year, "three and a half years ago" a month.
func shift(t time.Time, d dur, sign int) (time.Time, gran) {
	n := d.n * float64(sign)
	whole, frac := math.Modf(n)
	w := int(whole)
	switch d.u {
	case uMillennium:
		return t.AddDate(1000*w, 0, 0), gCentury
	case uCentury:
		return t.AddDate(100*w, 0, 0), gCentury
	case uDecade:
		return t.AddDate(10*w, int(frac*120), 0), gDecade
	case uYear:
		if frac != 0 {
			return t.AddDate(w, int(math.Round(frac*12)), 0), gMonth
		}
		return t.AddDate(w, 0, 0), gYear
	case uQuarter:
		return t.AddDate(0, int(math.Round(n*3)), 0), gQuarter
	case uMonth:
		if frac != 0 {
			return t.AddDate(0, w, int(math.Round(frac*30))), gDay
		}
		return t.AddDate(0, w, 0), gMonth
	case uWeek:
		if frac != 0 {
			return t.AddDate(0, 0, int(math.Round(n*7))), gDay
		}
		return t.AddDate(0, 0, 7*w), gWeek
	case uDay:
		return t.AddDate(0, 0, int(math.Round(n))), gDay
	case uHour:
		return t.Add(time.Duration(n * float64(time.Hour))), gHour
	case uMinute, uSecond:
		return t.Add(time.Duration(n * float64(time.Minute))), gMinute
	}
	return t, gDay
}
