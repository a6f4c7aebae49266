package amount

// approxBefore looks for a hedge just before token i ("approximately",
// "more than", "an estimated") and returns where the amount's span starts.
func (s *scanner) approxBefore(i int) (start int, approx bool) {
	if i >= 1 {
		switch s.toks[i-1].low {
		case "about", "approximately", "around", "nearly", "almost", "roughly", "some", "over",
			"circa", "approx", "estimated", "up":
			start = i - 1
			if i >= 2 && (s.toks[i-1].low == "estimated" && s.toks[i-2].low == "an" || s.toks[i-1].low == "over" && s.toks[i-2].low == "just") {
				start = i - 2
			}
			if s.toks[i-1].low == "up" {
				return i, false // "up" alone is not a hedge; "up to" is handled below
			}
			return start, true
		case "than":
			if i >= 2 && (s.toks[i-2].low == "more" || s.toks[i-2].low == "less" || s.toks[i-2].low == "fewer") {
				return i - 2, true
			}
		case "to":
			if i >= 2 && s.toks[i-2].low == "up" {
				return i - 2, true
			}
			if i >= 2 && s.toks[i-2].low == "close" {
				return i - 2, true
			}
		case "least":
			if i >= 2 && s.toks[i-2].low == "at" {
				return i - 2, true
			}
		}
	}
	return i, false
}

// vague are plural number words that count approximately: "thousands of".
var vague = map[string]float64{"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3,
	"millions": 1e6, "billions": 1e9}

// vagueBase is vague[low]. Every key is a plural of six to nine letters:
// other words, nearly all the words the scanner starts at, are answered
// without hashing them (TestVagueBaseIsTheMap).
func vagueBase(low string) (float64, bool) {
	if n := len(low); n < 6 || n > 9 || low[n-1] != 's' {
		return 0, false
	}
	base, ok := vague[low]
	return base, ok
}
