package entity

// firmContext reports whether the words around the name on tokens
// [first, end) treat it as a firm or a body, whatever the tagger typed
// it: a reader takes "Acme's shares", "the chief executive of Acme",
// "a director of sales at Acme", "Acme, the internet company" and
// "groups like Acme" for an organisation. settleTypes lets it turn a
// person's reading into an organisation's (firms named like people, "Ask
// Jeeves", "Time Warner", were typed PERSON throughout).
//
// A possession is the weaker evidence (owned): "Ana Ruiz's shares" is an
// investor's, so settleTypes does not take it for a name that opens with a
// given name.
func (r *resolver) firmContext(first, end int) (firm, owned bool) {
	if r.firmTitleBefore(first, end) || r.firmApposition(first, end) || r.bodiesLike(first) {
		return true, true
	}
	return false, r.firmPossession(end)
}

// firmPossessions are what only a firm or a body has: "Acme's shares",
// "Acme's fourth quarter profits", "Acme's chief executive".
var firmPossessions = map[string]bool{"shares": true, "share": true, "profits": true, "profit": true,
	"sales": true, "revenue": true, "revenues": true, "earnings": true, "shareholders": true,
	"stock": true, "subscribers": true, "board": true, "turnover": true, "dividend": true,
	"subsidiary": true, "headquarters": true, "takeover": true, "executive": true, "executives": true,
	"chairman": true, "boss": true, "bosses": true}

// firmPossession: the name is followed by "'s" and, within three words of
// its sentence with no punctuation between, a firm's possession.
func (r *resolver) firmPossession(end int) bool {
	if end >= len(r.lower) || !isPossessive(r.lower[end]) && r.lower[end] != "'" {
		return false
	}
	for i := end + 1; i < len(r.lower) && i <= end+3 && r.sentOf[i] == r.sentOf[end]; i++ {
		if firmPossessions[r.lower[i]] {
			return true
		}
		if !isLowerWord(r.words[i]) {
			return false // a name or punctuation: the possession ended
		}
	}
	return false
}

// firmTitles are the posts a firm or a body has and a person has not:
// "the chief executive of Acme", "spokesman at Acme".
var firmTitles = map[string]bool{"executive": true, "chairman": true, "chairwoman": true, "director": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "boss": true, "founder": true,
	"ceo": true, "president": true, "shareholders": true, "analyst": true, "employees": true}

// officerKinds make an "officer" a firm's ("chief operating officer of
// Acme", "the financial officer at Acme"), not a police or army officer.
var officerKinds = map[string]bool{"executive": true, "operating": true, "financial": true,
	"technology": true, "information": true, "marketing": true, "investment": true, "compliance": true}

// firmTitleAt: word i is a firm's post, one of firmTitles or an officer
// of one of officerKinds.
func (r *resolver) firmTitleAt(i int) bool {
	if firmTitles[r.lower[i]] {
		return true
	}
	return r.lower[i] == "officer" && i > 0 && officerKinds[r.lower[i-1]]
}

// firmTitleBefore: "chief executive of Acme" (the title right before "of"),
// "director of product at Acme" (the title up to four words before "at").
//
// Not when the name only modifies what follows it: in "chief executive of
// Ana Ruiz's firm" or "president of the Acme organisers" the post is of
// the thing after the name.
func (r *resolver) firmTitleBefore(first, end int) bool {
	if first < 2 || r.sentOf[first-1] != r.sentOf[first] || r.modifiesNext(end) {
		return false
	}
	switch r.lower[first-1] {
	case "of":
		return r.firmTitleAt(first - 2)
	case "at":
		for i := first - 2; i >= 0 && i >= first-5 && r.sentOf[i] == r.sentOf[first]; i-- {
			if r.firmTitleAt(i) {
				return true
			}
			if !isLowerWord(r.words[i]) {
				return false
			}
		}
	}
	return false
}

// firmNouns head an apposition that says a name is a firm: "Acme, the
// internet company", "Acme, one of the web's best-known firms".
var firmNouns = map[string]bool{"company": true, "companies": true, "firm": true, "firms": true,
	"corporation": true, "group": true, "giant": true, "maker": true, "operator": true, "bank": true,
	"organisation": true, "organization": true, "charity": true, "body": true, "retailer": true}

// firmApposition: a word the name's own words do not hold is in
// apposition to the name, right after a comma, and is a firm noun, or
// "one" of firm nouns.
// The parse is needed: "Acme, the firm's owner" is no firm noun's
// apposition.
func (r *resolver) firmApposition(first, end int) bool {
	if !r.parsed {
		return false
	}
	sent := r.sentOf[first]
	if end+1 >= len(r.lower) || r.lower[end] != "," {
		return false
	}
	for j := end + 1; j < len(r.d.Tokens) && j <= end+8 && r.sentOf[j] == sent; j++ {
		t := r.d.Tokens[j]
		if h := t.Head; t.Rel != "appos" && h > end && h <= end+8 {
			continue // a word of the apposition's phrase ("the internet company")
		}
		if t.Rel != "appos" || t.Head < first || t.Head >= end {
			// "Jo Penn from Acme, the firm that …": a word outside the
			// phrase right after the comma; the parse hung the
			// apposition on the person, the reader on the firm.
			return false
		}
		if firmNouns[r.lower[j]] {
			// "Ana Ruiz, the pressure group Acme said": a name after the
			// noun is the one it describes (a misparse hangs it on ours).
			return j+1 >= len(r.words) || r.sentOf[j+1] != sent || !startsUpper(r.words[j+1])
		}
		if r.lower[j] != "one" {
			return false
		}
		for k := j + 1; k < len(r.d.Tokens) && k <= j+8 && r.sentOf[k] == sent; k++ {
			if r.d.Tokens[k].Head == j && firmNouns[r.lower[k]] {
				return true
			}
		}
		return false
	}
	return false
}

// bodyPlurals are kinds of bodies a name is given as one of: "groups like
// Acme", "firms such as Acme".
var bodyPlurals = map[string]bool{"groups": true, "companies": true, "firms": true, "organisations": true,
	"organizations": true, "bodies": true, "banks": true, "charities": true, "retailers": true}

// bodiesLike: "groups like Acme", "firms such as Acme".
func (r *resolver) bodiesLike(first int) bool {
	i := first - 1
	switch {
	case i >= 1 && r.lower[i] == "like":
		i--
	case i >= 2 && r.lower[i] == "as" && r.lower[i-1] == "such":
		i -= 2
	default:
		return false
	}
	if r.lower[i] == "," && i > 0 {
		i--
	}
	return r.sentOf[i] == r.sentOf[first] && bodyPlurals[r.lower[i]]
}

// modifiesNext: the name ending before token end is a possessor ("'s")
// or a noun's modifier ("Acme organisers"): the parser's tag of the next
// word, or the possessive mark when there is no parse.
func (r *resolver) modifiesNext(end int) bool {
	if end >= len(r.lower) || r.sentOf[end] != r.sentOf[end-1] {
		return false
	}
	if w := r.lower[end]; isPossessive(w) || w == "'" {
		return true
	}
	if !r.parsed {
		return false
	}
	switch r.d.Tokens[end].XPOS {
	case "NN", "NNS", "POS":
		return true
	}
	return false
}

// firmInPhrase: the words on tokens [a, b) name a firm the phrase's title
// is held at ("chief executive of US firm Acme", "president of the
// Harbour Bank"): a firm noun, or a body's name ending in a firm's suffix.
func (r *resolver) firmInPhrase(a, b int) bool {
	for i := a; i < b; i++ {
		if firmNouns[r.lower[i]] || orgSuffixes[r.lower[i]] && startsUpper(r.words[i]) && r.named[i] >= 0 {
			return true
		}
	}
	return false
}
