// Package number reads English number words ("three and a half",
// "twenty-four", "a hundred", "two million") and scale words ("bn", "m").
// It is shared by the amount and timex stages, which each have their own
// lexer and hand it lower-cased words; it works on strings only, never on
// document offsets, so it cannot put a span out of bounds.
package number

import "strings"

var units = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// scales multiply what precedes them; "hundred" binds tighter than the rest.
var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
	"hundredth": 100,
}

// fractions end a number phrase after "and": "three and a half".
var fractions = map[string]float64{"half": 0.5, "quarter": 0.25}

// IsWord reports whether w can be part of a number phrase on its own.
func IsWord(w string) bool {
	_, u := units[w]
	_, t := tens[w]
	_, s := scales[w]
	return u || t || s || w == "dozen"
}

// Scale returns the multiplier of a scale word or abbreviation as news
// writes them after a numeral: "million", "bn", "m", "k", "trillion".
func Scale(w string) (float64, bool) {
	switch strings.TrimSuffix(w, ".") {
	case "hundred":
		return 100, true
	case "thousand", "k":
		return 1e3, true
	case "million", "mn", "mln", "m", "mio":
		return 1e6, true
	case "billion", "bn", "bln", "b":
		return 1e9, true
	case "trillion", "tn", "trn":
		return 1e12, true
	}
	return 0, false
}

// Ordinal returns the value of an ordinal word ("third" → 3).
func Ordinal(w string) (int, bool) {
	v, ok := ordinals[w]
	return v, ok
}

// MayStart is false when Words gives nothing for a phrase starting with w:
// it is true only for "a", "an", "zero", the units, the tens and "dozen".
// A switch, not the maps: a caller asks it of every word of a text,
// almost none of which starts a number.
func MayStart(w string) bool {
	switch w {
	case "a", "an", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
		"eighty", "ninety", "dozen", "half":
		return true
	}
	return false
}

// Words parses the longest number phrase at the start of words (lower-case,
// one word each, hyphenated compounds already split: "twenty", "four"). It
// returns the value and how many words it used; n == 0 when words does not
// start with a number. "a"/"an" count only before a scale ("a hundred",
// "a dozen"), "half" only before "a" and a scale ("half a million", "half a
// dozen"); "and" only inside ("one hundred and five", "two and a half").
func Words(words []string) (val float64, n int) {
	var total, group float64 // total: finished thousands groups; group: below them
	seen := false            // a number word has been read
	lastTens := false        // the previous word was a tens word ("twenty")
	i := 0
	for i < len(words) {
		w := words[i]
		switch {
		case (w == "a" || w == "an") && !seen && i+1 < len(words) &&
			(scales[words[i+1]] > 0 || words[i+1] == "dozen"):
			group, seen = 1, true
			i++
			continue
		case w == "half" && !seen && i+2 < len(words) && (words[i+1] == "a" || words[i+1] == "an") &&
			(scales[words[i+2]] > 0 && words[i+2] != "hundred" || words[i+2] == "dozen"):
			// "half a million", "half a dozen": half of the scale after.
			group, seen = 0.5, true
			i += 2
			continue
		case units[w] > 0 || w == "zero":
			if seen && !lastTens && group != 0 && int(group)%100 != 0 {
				return finish(total, group, i, seen)
			}
			if lastTens && units[w] >= 10 {
				return finish(total, group, i, seen)
			}
			group += units[w]
			lastTens = false
		case tens[w] > 0:
			if seen && int(group)%100 != 0 {
				return finish(total, group, i, seen)
			}
			group += tens[w]
			lastTens = true
			seen = true
			i++
			continue
		case w == "dozen":
			if !seen {
				group = 1
			}
			group *= 12
			lastTens = false
		case scales[w] > 0:
			if !seen {
				return 0, 0
			}
			s := scales[w]
			if s == 100 {
				group *= 100
			} else {
				if group == 0 {
					group = 1
				}
				total += group * s
				group = 0
			}
			lastTens = false
		case w == "and" && seen:
			// "and a half", "and one half", "and a quarter", "and three quarters",
			// or "hundred and five".
			if f, k := fraction(words[i+1:]); k > 0 {
				return total + group + f, i + 1 + k
			}
			if i+1 < len(words) && (units[words[i+1]] > 0 || tens[words[i+1]] > 0) && int(group)%100 == 0 && group+total > 0 {
				i++
				continue
			}
			return finish(total, group, i, seen)
		default:
			return finish(total, group, i, seen)
		}
		seen = true
		i++
	}
	return finish(total, group, i, seen)
}

func finish(total, group float64, n int, seen bool) (float64, int) {
	if !seen {
		return 0, 0
	}
	return total + group, n
}

// fraction reads "a half", "one half", "a quarter", "three quarters".
func fraction(words []string) (float64, int) {
	if len(words) < 2 {
		return 0, 0
	}
	switch words[0] {
	case "a", "an", "one":
		if f, ok := fractions[words[1]]; ok {
			return f, 2
		}
	case "three":
		if words[1] == "quarters" {
			return 0.75, 2
		}
	}
	return 0, 0
}
