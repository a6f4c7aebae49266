package gazetteer

import "strings"

// A few US states share their name with a country. The gazetteer's tables
// keep one reading per name, the country's ("Georgia" → GEO), so a
// caller that has the text decides with USStateIn.

// stateHomonym is a US state named like a country: its postal code (the
// Admin code of its cities) and its AP abbreviation.
type stateHomonym struct{ postal, abbrev string }

var stateHomonyms = map[string]stateHomonym{
	"Georgia": {"GA", "Ga."},
}

// stateAfter are words that, right after the name, make it the state:
// "Georgia Gov. Lee", "Georgia's governor", "the Georgia legislature".
var stateAfter = []string{
	" gov.", " governor", "'s governor", " state", " senate", " house of representatives",
	" legislature", " general assembly", " secretary of state", " attorney general",
	" republican", " democrat", " county", " counties", " tech", " supreme court", " voters",
}

// stateBefore are words that, right before the name, make it the state.
var stateBefore = []string{"state of ", "governor of ", "university of ", "senator from ", "sen. from "}

// USStateIn reports whether name, a country's name that is also a US
// state's, means the state in text. It does when one of its mentions
// reads as the state's ("Atlanta, Georgia" with Atlanta a city of that
// state, "Georgia Gov.", "state of Georgia", "(R-Ga.)"), or when the text
// names more of the state's cities and of other US states near the name
// than cities of the country ("Tbilisi") or its region's words
// ("Caucasus"). Any other name gives false.
func (g *Gazetteer) USStateIn(text, name string) bool {
	st, ok := stateHomonyms[name]
	if !ok {
		return false
	}
	if strings.Contains(text, "-"+st.abbrev) || strings.Contains(text, "-"+st.abbrev[:len(st.abbrev)-1]+")") {
		return true // "(R-Ga.)", "(D-Ga)"
	}
	if !strings.Contains(text, name) {
		return false
	}
	lower := strings.ToLower(text)
	us, abroad := 0, 0
	for at := 0; ; {
		i := strings.Index(text[at:], name)
		if i < 0 {
			break
		}
		i += at
		at = i + len(name)
		if !wordAt(text, i, at) {
			continue
		}
		after, before := lower[at:], lower[:i]
		for _, w := range stateAfter {
			if strings.HasPrefix(after, w) {
				return true
			}
		}
		for _, w := range stateBefore {
			if strings.HasSuffix(before, w) {
				return true
			}
		}
		if city := cityBeforeComma(text[:i]); city != "" {
			for _, c := range g.City(city) {
				if c.Country == "USA" && c.Admin == st.postal {
					return true
				}
			}
		}
		// Other US states named near it: "Georgia and Alabama".
		lo, hi := max(0, i-80), min(len(text), at+80)
		for _, w := range strings.FieldsFunc(text[lo:hi], notNameRune) {
			if w == name {
				continue
			}
			for _, e := range g.Lookup(w) {
				if e.Kind == KindPlace && e.Country == "USA" {
					us++
				}
			}
		}
	}
	country, ok := g.Country(name)
	if !ok {
		return us > 0
	}
	// The country's cities and the state's, of 50,000 people or more (the
	// text searched only for those: about 9,000 cities are that large).
	for _, c := range g.Cities() {
		ours := c.Country == country.Alpha3 || c.Country == "USA" && c.Admin == st.postal
		if c.Population < 50000 || !ours || !strings.Contains(text, c.Name) {
			continue
		}
		switch {
		case c.Country == country.Alpha3:
			abroad++
		case c.Country == "USA" && c.Admin == st.postal:
			us++
		}
	}
	for _, w := range []string{"Caucasus", "Abkhazia", "Ossetia", "Kremlin"} {
		if strings.Contains(text, w) {
			abroad++
		}
	}
	return us > abroad
}

// wordAt says whether text[i:j] is a whole word.
func wordAt(text string, i, j int) bool {
	letter := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }
	return (i == 0 || !letter(text[i-1])) && (j == len(text) || !letter(text[j]))
}

// notNameRune splits text into words for the look-up of nearby states.
func notNameRune(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80)
}

// cityBeforeComma is the capitalised words (up to three) right before a
// ", " that ends before: "Atlanta" in "in Atlanta, ", "" when none.
func cityBeforeComma(before string) string {
	if !strings.HasSuffix(before, ", ") {
		return ""
	}
	ws := strings.Fields(before[:len(before)-2])
	n := 0
	for k := len(ws) - 1; k >= 0 && n < 3; k-- {
		if w := ws[k]; w == "" || w[0] < 'A' || w[0] > 'Z' {
			break
		}
		n++
	}
	if n == 0 {
		return ""
	}
	return strings.Join(ws[len(ws)-n:], " ")
}

// USStateHomonyms lists the US state names that are also countries'
// names ("Georgia"), for a caller to ask USStateIn about only when its
// text holds one.
func USStateHomonyms() []string {
	out := make([]string, 0, len(stateHomonyms))
	for n := range stateHomonyms {
		out = append(out, n)
	}
	return out
}
