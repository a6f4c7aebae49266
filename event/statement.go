package event

// statement says whether code is a statement's (CAMEO 01x: make a
// statement, comment, deny, …).
func statement(code string) bool { return len(code) >= 2 && code[:2] == "01" }

// hearerVerbs take whom they address as their object: "told the BBC",
// "briefed reporters"; other statement verbs take what is said
// ("highlighted the government's willingness", "outlined the budget").
var hearerVerbs = map[string]bool{
	"TELL": true, "INFORM": true, "BRIEF": true, "ASSURE": true, "REASSURE": true, "REMIND": true,
	"NOTIFY": true, "ADDRESS": true, "COMFORT": true, "CONSOLE": true, "ADVISE": true, "WARN": true,
}

// utterNouns are the statements a "to" or "with" phrase gives an
// addressee: "in a statement to parliament", "in an interview with the
// Financial Times".
var utterNouns = map[string]bool{
	"STATEMENT": true, "INTERVIEW": true, "SPEECH": true, "LETTER": true, "RESPONSE": true, "ANSWER": true,
	"REPLY": true, "MESSAGE": true, "ADDRESS": true, "BRIEFING": true, "REMARK": true, "COMMENT": true,
}

// notAddressee says whether tgt, the target found for the statement cl,
// is not whom it is said to.
func (c *coder) notAddressee(cl clause, tgt int) bool {
	if tgt < 0 || !statement(cl.code) {
		return false
	}
	s := c.s
	v := cl.v
	if cl.comp >= 0 || s.head[tgt] != v {
		return !c.strayHearer(v, tgt)
	}
	switch s.base[tgt] {
	case "iobj":
		return false
	case "obj":
		return !hearerVerbs[s.lemmas[v]]
	case "obl", "nmod":
		switch s.caseOf(tgt) {
		case "TO", "WITH":
			return false
		case "ON":
			// "said on ZDF television", "speaking on the BBC's Today
			// programme": the broadcast it was said on.
			return !c.allMedia(tgt)
		case "IN", "DURING":
			if utterNouns[s.lemmas[tgt]] {
				// "in a statement to parliament", "in an interview
				// with the FT", "in a BBC interview".
				for _, k := range s.kids[tgt] {
					if s.base[k] == "nmod" && (s.caseOf(k) == "TO" || s.caseOf(k) == "WITH") {
						return false
					}
				}
				return !c.allMedia(tgt)
			}
		}
	}
	return true
}

// allMedia says whether the actors of the phrase at k are all media.
func (c *coder) allMedia(k int) bool {
	acts := c.codeNP(k, nil)
	for _, a := range acts {
		if !media(a.code) {
			return false
		}
	}
	return len(acts) > 0
}

// media says whether an actor code is a medium's (the BBC, a newspaper).
func media(code string) bool {
	for i := 0; i+3 <= len(code); i += 3 {
		if code[i:i+3] == "MED" {
			return true
		}
	}
	return false
}

// strayHearer says whether tgt is the hearer of the telling verb v that
// the parser hung inside v's complement: a noun right after v, before
// the complement's own subject ("told BBC News she had seen …" parsed
// with "BBC News" as the object of "seen").
func (c *coder) strayHearer(v, tgt int) bool {
	s := c.s
	if !hearerVerbs[s.lemmas[v]] || tgt < v {
		return false
	}
	for _, k := range s.kids[v] {
		if k > v && (s.base[k] == "obj" || s.base[k] == "iobj") {
			return false
		}
	}
	k := s.head[tgt]
	if k < 0 || s.head[k] != v || s.base[k] != "ccomp" {
		return false
	}
	sj, _ := c.subject(k)
	return sj > tgt && s.base[tgt] == "obj"
}
