package text

import "strings"

// abbrKind says how an abbreviation behaves at a possible sentence end.
type abbrKind uint8

const (
	abbrNone    abbrKind = iota
	abbrTitle            // "Mr.", "Gen.": a name follows, never a sentence end
	abbrGeneral          // "U.S.", "Inc.", "etc.": ends a sentence when a new one plainly starts
	abbrInitial          // "M." in "Jennifer M. Anderson"
	abbrNumber           // "No." in "No. 10": an abbreviation only before a number
)

// The lists are written by hand from AP and Chicago style usage. Matching
// is case-sensitive: "Gen." is a title, "gen." is not an abbreviation.
var titleAbbrevs = setOf(
	"Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof",
	"Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Brig",
	"Sgt", "Cpl", "Pvt", "Spc", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs",
	"Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Fr", "Atty", "Msgr", "Amb",
	"Mt", "Ft",
	"MR", "MRS", "DR", "GEN", "SEN", "REP", "GOV", "PROF", // not "MS": multiple sclerosis
)

var generalAbbrevs = setOf(
	// companies and organisations
	"Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Plc", "plc", "Assn", "Dept",
	"Univ", "Govt", "Intl", "Mfg", "Natl", "Inst", "LLC", "LLP", "PLC",
	// names and addresses
	"Jr", "Sr", "Esq", "St", "Ste", "Ave", "Blvd", "Rd", "Hwy", "Sq", "Pl",
	// months (AP abbreviates these before a date)
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	// US states in AP style; "D-Va." is caught through its last part
	"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill",
	"Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss",
	"Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex",
	"Vt", "Va", "Wash", "Wis", "Wyo",
	// Latin and scholarly
	"etc", "vs", "v", "al", "cf", "viz", "approx", "ca", "esp", "incl", "misc",
	"est", "ed", "eds", "vol", "vols", "Vol", "Vols", "ibid", "op", "cit",
)

// numberAbbrevs are abbreviations only when a number follows ("No. 10",
// "pp. 3-5"); elsewhere "No." is the word no and a full stop.
var numberAbbrevs = setOf(
	"No", "Nos", "no", "nos", "Art", "art", "p", "pp", "Fig", "fig", "Figs",
	"Ch", "ch", "Sec", "sec", "Nr", "nr", "Op", "Para", "para", "Tel", "tel",
)

// sentenceStarters are words that begin sentences far more often than they
// continue a name, so after "U.S." or "Inc." they mark a new sentence.
var sentenceStarters = setOf(
	"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This",
	"That", "These", "Those", "There", "Here", "His", "Her", "Its", "Their",
	"Our", "My", "Your", "But", "And", "So", "Yet", "Or", "Nor", "In", "On",
	"At", "For", "If", "When", "While", "After", "Before", "As", "Although",
	"Though", "However", "Meanwhile", "Still", "Then", "Now", "What", "Why",
	"How", "Who", "Where", "Which", "Some", "Many", "Most", "All", "Both",
	"Each", "Such", "Also", "Earlier", "Later", "Last", "Since", "During",
	"Because", "Despite", "Instead", "Officials", "Thus", "Today", "Yesterday",
	"Neither", "Every", "No", "Not", "Other", "Another", "Several",
)

// setOf builds a lookup set. Lookups with a substring of the text as key do
// not allocate.
func setOf(words ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}

func in(m map[string]struct{}, w string) bool { _, ok := m[w]; return ok }

// classifyAbbrev says whether w, a word written without its final period,
// is an abbreviation when a period follows. next is the first byte after the
// period and any spaces (0 at the end of the paragraph).
func classifyAbbrev(w string, next byte) abbrKind {
	if w == "" {
		return abbrNone
	}
	if in(titleAbbrevs, w) {
		return abbrTitle
	}
	if in(generalAbbrevs, w) {
		return abbrGeneral
	}
	if isDigit(next) && in(numberAbbrevs, w) {
		return abbrNumber
	}
	r, n := decode(w, 0)
	if n == len(w) && isUpper(r) {
		return abbrInitial
	}
	if dotted(w) {
		return abbrGeneral
	}
	// "D-Va.", "R-Calif.", "D-N.Y.": a party tag before a state.
	// "then-Sen.", "ex-Gov.": a title keeps being a title after a prefix
	// joined by a hyphen, so a name follows and the sentence goes on.
	if i := strings.LastIndexAny(w, "-‐‑"); i > 0 {
		_, hw := decode(w, i)
		last := w[i+hw:]
		switch {
		case in(titleAbbrevs, last) && titlePrefix(w[:i]):
			return abbrTitle
		case in(generalAbbrevs, last) || dotted(last):
			return abbrGeneral
		}
	}
	return abbrNone
}

// titlePrefix reports whether p, the part before the hyphen of "then-Sen.",
// is a prefix that a title takes: letters only, and either written in lower
// case ("then", "ex", "soon-to-be") or, capitalised at the start of a
// sentence, one of the prefixes English puts before a title ("Then-Sen.",
// "Ex-Gov."). Other capitalised words make a compound of their own whose
// period can end a sentence ("… is Next-Gen. The …").
func titlePrefix(p string) bool {
	if p == "" {
		return false
	}
	for i := 0; i < len(p); {
		r, n := decode(p, i)
		i += n
		if !isLetter(r) && !isHyphen(r) {
			return false
		}
	}
	if r, _ := decode(p, 0); !isUpper(r) {
		return true
	}
	first := p
	if k := strings.IndexAny(p, "-‐‑"); k > 0 {
		first = p[:k]
	}
	return in(capitalTitlePrefixes, first)
}

// capitalTitlePrefixes are the prefixes of a title, capitalised as at the
// start of a sentence.
var capitalTitlePrefixes = setOf("Then", "Ex", "Former", "Now", "Once", "Onetime", "Future", "Soon")

// dotted reports whether w is short letter groups joined by periods, the
// shape of "U.S", "a.m", "e.g", "Ph.D" and "D.C" (the final period is not
// part of w). Groups of three or more letters ("amazon.com") are not.
func dotted(w string) bool {
	groups, run := 0, 0
	for i := 0; i < len(w); {
		r, n := decode(w, i)
		i += n
		switch {
		case r == '.':
			if run == 0 {
				return false
			}
			groups, run = groups+1, 0
		case isLetter(r):
			run++
			if run > 2 {
				return false
			}
		default:
			return false
		}
	}
	return groups >= 1 && run > 0
}

// tokenAbbrev classifies a token that ends in a period and is longer than
// the period alone; it returns abbrNone for anything else.
func tokenAbbrev(tok string, next byte) abbrKind {
	if len(tok) < 2 || tok[len(tok)-1] != '.' {
		return abbrNone
	}
	w := tok[:len(tok)-1]
	if r, _ := decodeLast(w, len(w)); !isWordRune(r) {
		return abbrNone
	}
	return classifyAbbrev(w, next)
}
