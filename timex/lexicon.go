package timex

import (
	"sync"

	"dateline/amount/number"
)

// class is a bit set of word classes a pattern element can ask for.
type class uint32

const (
	cMonth class = 1 << iota
	cWeekday
	cSeason
	cUnit
	cOrd
	cPOD
	cRel
	cAMPM
	cTZ
	cNumWord
	cHoliday
	cQuarter // q1 … q4
)

// entry is what the lexicon knows about one lower-case word.
type entry struct {
	word    string
	cls     class
	needCap class // classes that hold only when the word is capitalised ("May")
	month   int
	weekday int
	season  string
	unit    unit
	plural  bool
	ord     int
	pod     string
	rel     int    // -1 last/past, 0 this/current, +1 next/coming
	tense   int8   // a tense cue: -1 past ("said"), +1 future ("will")
	abbr    bool   // an abbreviation that may carry a dot ("Sept.")
	holiday string // month-day ("12-25") of a fixed holiday
	// starts holds, per layer (cascade.ix), the rules that can start
	// with this word: read from the token's entry, not from a map keyed
	// by it, since every word of the lexicon asks at every layer.
	starts [][]start
	// bit is the word's bucket among the catWord bits (wordBit), for
	// rule.second.
	bit uint64
	// meets holds the literal needs (needs.go) a token of this word
	// meets.
	meets needSet
}

func newEntry(w string) *entry { return &entry{word: w, bit: wordBit(w)} }

// wordBit puts a word in one of 16 buckets, a bit each above the token
// categories (catWord0 on): a literal element's mask holds its words'
// bits, so the token after "the" rules out a rule that needs another
// word there unless the two share a bucket.
func wordBit(w string) uint64 {
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return catWord0 << (h % 16)
}

func (e *entry) is(c class) bool { return e != nil && e.cls&c != 0 }

// lexicon maps lower-case words to what they mean in time expressions. Words
// that appear in rule patterns as literals are added by compileRules.
var lexicon = map[string]*entry{}

// wordFilter tells most words absent from the lexicon from those that may
// be in it, by their length and their first and last letters, before the
// lexer looks a word up: most words of a text are in none of its ~600
// entries, and the map's hashing was a sixth of the stage. A bit is set
// for every entry of 1-32 bytes that starts and ends with a letter a-z;
// a word that does not start and end so is looked up.
type wordFilter [33][26]uint32

// lexFilter is built on first use, once the rules (compile) and the init
// functions have added all their words.
var lexFilter = sync.OnceValue(func() *wordFilter {
	f := &wordFilter{}
	for w := range lexicon {
		if n := len(w); n >= 1 && n <= 32 && isLower(w[0]) && isLower(w[n-1]) {
			f[n][w[0]-'a'] |= 1 << (w[n-1] - 'a')
		}
	}
	return f
})

// mayHave is false when the lower-case word w is not in the lexicon.
func (f *wordFilter) mayHave(w []byte) bool {
	n := len(w)
	if n < 1 || n > 32 || !isLower(w[0]) || !isLower(w[n-1]) {
		return true
	}
	return f[n][w[0]-'a']&(1<<(w[n-1]-'a')) != 0
}

func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

func add(w string, f func(e *entry)) {
	e := lexicon[w]
	if e == nil {
		e = newEntry(w)
		lexicon[w] = e
	}
	f(e)
}

func init() {
	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, m := range months {
		add(m, func(e *entry) { e.cls |= cMonth; e.needCap |= cMonth; e.month = i + 1 })
	}
	for w, m := range map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
		"aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		add(w, func(e *entry) { e.cls |= cMonth; e.needCap |= cMonth; e.month = m; e.abbr = true })
	}
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	for i, d := range days {
		add(d, func(e *entry) { e.cls |= cWeekday; e.needCap |= cWeekday; e.weekday = i + 1 })
		add(d+"s", func(e *entry) { e.cls |= cWeekday; e.needCap |= cWeekday; e.weekday = i + 1; e.plural = true })
	}
	for w, d := range map[string]int{"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4,
		"thurs": 4, "fri": 5, "sat": 6, "sun": 7} {
		add(w, func(e *entry) { e.cls |= cWeekday; e.needCap |= cWeekday; e.weekday = d; e.abbr = true })
	}
	for w, s := range map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
		"springs": "SP", "summers": "SU", "autumns": "FA", "winters": "WI"} {
		add(w, func(e *entry) { e.cls |= cSeason; e.season = s; e.plural = w[len(w)-1] == 's' })
	}
	units := map[string]unit{"second": uSecond, "sec": uSecond, "minute": uMinute, "min": uMinute,
		"hour": uHour, "hr": uHour, "day": uDay, "week": uWeek, "month": uMonth, "quarter": uQuarter,
		"year": uYear, "yr": uYear, "decade": uDecade, "century": uCentury, "millennium": uMillennium}
	for w, u := range units {
		add(w, func(e *entry) { e.cls |= cUnit; e.unit = u })
	}
	for w, u := range map[string]unit{"seconds": uSecond, "secs": uSecond, "minutes": uMinute, "mins": uMinute,
		"hours": uHour, "hrs": uHour, "days": uDay, "weeks": uWeek, "months": uMonth, "quarters": uQuarter,
		"years": uYear, "yrs": uYear, "decades": uDecade, "centuries": uCentury, "millennia": uMillennium} {
		add(w, func(e *entry) { e.cls |= cUnit; e.unit = u; e.plural = true })
	}
	for _, w := range []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
		"ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
		"seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth"} {
		v, _ := number.Ordinal(w)
		add(w, func(e *entry) { e.cls |= cOrd; e.ord = v })
	}
	for w, p := range map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
		"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI", "overnight": "NI"} {
		add(w, func(e *entry) { e.cls |= cPOD; e.pod = p; e.plural = w[len(w)-1] == 's' })
	}
	for w, r := range map[string]int{"last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1,
		"this": 0, "current": 0, "present": 0, "next": 1, "coming": 1, "following": 1, "upcoming": 1} {
		add(w, func(e *entry) { e.cls |= cRel; e.rel = r })
	}
	for _, w := range []string{"am", "pm"} {
		add(w, func(e *entry) { e.cls |= cAMPM })
	}
	for _, w := range []string{"est", "edt", "et", "cst", "cdt", "ct", "mst", "mdt", "pst", "pdt", "pt",
		"gmt", "utc", "bst", "cet", "cest", "eet", "msk", "ist", "jst"} {
		add(w, func(e *entry) { e.cls |= cTZ; e.needCap |= cTZ })
	}
	for _, w := range []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
		"nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
		"hundred", "thousand", "million", "dozen", "a", "an", "and", "half", "quarters"} {
		add(w, func(e *entry) {
			if number.IsWord(w) {
				e.cls |= cNumWord
			}
		})
	}
	for w, md := range map[string]string{"christmas": "12-25", "halloween": "10-31", "thanksgiving": "11-4-4"} {
		add(w, func(e *entry) { e.cls |= cHoliday; e.needCap |= cHoliday; e.holiday = md })
	}
	add("'s", func(e *entry) {})
	for i, w := range []string{"q1", "q2", "q3", "q4"} {
		add(w, func(e *entry) { e.cls |= cQuarter; e.ord = i + 1 })
	}
}
