package event

import (
	"dateline/gazetteer"
	"dateline/text"
)

// sportWords are words that, several together, make a story a sports
// report: in one, a country or city names a team or an athlete's
// nationality ("France fought back to beat England 18-17", "Kenyan X ran
// … to beat Canada's Y"), not a state. Words with an everyday sense
// ("goal", "race", "final", "season", "player") are left out.
var sportWords = map[string]bool{
	"match": true, "matches": true, "striker": true, "strikers": true, "midfielder": true, "defender": true,
	"goalkeeper": true, "coach": true, "tournament": true, "championship": true, "championships": true,
	"league": true, "cup": true, "medal": true, "medals": true, "olympic": true, "olympics": true,
	"squad": true, "stadium": true, "semi-final": true, "quarter-final": true, "athlete": true,
	"athletes": true, "sprinter": true, "scored": true, "wicket": true, "wickets": true, "innings": true,
	"referee": true, "equaliser": true, "equalised": true, "equalizer": true, "rugby": true, "football": true,
	"cricket": true, "tennis": true, "golf": true, "athletics": true, "marathon": true, "relay": true,
	"premiership": true, "wimbledon": true, "seeded": true, "unbeaten": true, "trophy": true,
	"fixture": true, "fixtures": true, "half-time": true, "kick-off": true, "flanker": true, "fly-half": true,
	"scrum-half": true, "tie-break": true,
}

// sportsStory says whether the text reads as a sports report: at least
// three sports words or scores ("18-17", "2-1"), of which at least two
// different words.
func sportsStory(t string) bool {
	hits, kinds := 0, 0
	var seen [4]string
	var buf [16]byte
	for i := 0; i < len(t); {
		c := t[i]
		switch {
		case isLetter(c):
			j := i
			for j < len(t) && (isLetter(t[j]) || (t[j] == '-' && j+1 < len(t) && isLetter(t[j+1]))) {
				j++
			}
			if w, ok := sportWord(t[i:j], &buf); ok {
				hits++
				known := false
				for _, x := range seen[:min(kinds, len(seen))] {
					known = known || x == w
				}
				if !known {
					if kinds < len(seen) {
						seen[kinds] = w
					}
					kinds++
				}
			}
			i = j
		case isDigit(c) && (i == 0 || !isDigit(t[i-1])):
			j := i
			for j < len(t) && isDigit(t[j]) {
				j++
			}
			if n := j - i; n <= 2 && j+1 < len(t) && t[j] == '-' && isDigit(t[j+1]) {
				k := j + 1
				for k < len(t) && isDigit(t[k]) {
					k++
				}
				if k-j-1 <= 2 {
					hits++
				}
				j = k
			}
			i = j
		default:
			i++
		}
		if hits >= 3 && kinds >= 2 {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// sportWord looks the word up in sportWords in lower case (buf holds
// the lowered letters; the map key is not allocated).
func sportWord(w string, buf *[16]byte) (string, bool) {
	if len(w) > len(buf) {
		return "", false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if !sportWords[string(buf[:len(w)])] {
		return "", false
	}
	return string(buf[:len(w)]), true
}

// dropTeams removes, in a sports story, the events with a side coded only
// as a country or region (a bare three-letter code): there it names a
// team or an athlete's nationality. Events between coded roles (a
// government, a court, the police) stay: "the Greek authorities charged
// the athletes".
func dropTeams(evs []text.Event) []text.Event {
	keep := evs[:0]
	for _, e := range evs {
		if bareCountry(e.Actor1.Code) || bareCountry(e.Actor2.Code) {
			continue
		}
		keep = append(keep, e)
	}
	return keep
}

// bareCountry says whether an actor code is a country or region alone
// ("ENG", "FRA", "EUR"), not a role, a religion or a group type written
// alone ("MED" for the BBC, "GOV").
func bareCountry(code string) bool {
	if len(code) != 3 || gazetteer.RoleCode(code) || gazetteer.GroupType(code) || gazetteer.ReligionCode(code) {
		return false
	}
	for i := 0; i < 3; i++ {
		if code[i] < 'A' || code[i] > 'Z' {
			return false
		}
	}
	return true
}
