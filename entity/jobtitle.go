package entity

import (
	"strings"

	"dateline/gazetteer"
)

// A role word found by agentAt or in a description is often the last word
// of a longer job title: "Finance Director", "chief operating officer",
// "Managing Director", "Head Coach". The words before it that belong to the
// title are kept with it, so the role reads as the article wrote the job.

// titleModifiers are adjectives and participles that open job titles; a
// lower-case noun needs none of them ("finance director", "sales
// manager"), but an adjective must be one (not "new", "veteran", "former").
var titleModifiers = map[string]bool{
	"chief": true, "managing": true, "executive": true, "operating": true, "financial": true, "general": true,
	"technical": true, "commercial": true, "creative": true, "artistic": true, "medical": true, "legal": true,
	"senior": true, "principal": true, "head": true, "assistant": true, "deputy": true, "vice": true,
	"associate": true, "marketing": true, "sporting": true, "scientific": true, "editorial": true,
}

// notTitleNouns are nouns before a role word that describe the person, not
// the job ("star striker", "veteran defender"), or say when.
var notTitleNouns = map[string]bool{
	"star": true, "veteran": true, "teammate": true, "rookie": true, "year": true, "week": true,
	"month": true, "today": true, "time": true, "ex": true, "yesterday": true, "tomorrow": true, "tonight": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "weekend": true,
}

// maxTitleWords bounds the words a title gains before its role word.
const maxTitleWords = 3

// titleStart returns the first token of the job title whose role word
// starts at token start in sentence si: start moved back over the words
// that belong to the title, never before lo nor into a name mention other
// than own (a title the tagger took into the person's mention). The words
// must be written as the role word is, all capitalised ("Chief Financial
// Officer") or all lower case ("finance director"), and be nouns or title
// adjectives; a nation, a place, an organisation or an acronym ends the
// title ("Kenyan", "Rovers", "BBC").
func (r *resolver) titleStart(si, start, lo, own int) int {
	if start <= lo || start >= len(r.words) {
		return start
	}
	upper := startsUpper(r.words[start])
	j := start
	for n := 0; n < maxTitleWords && j > lo; n++ {
		i := j - 1
		if r.named[i] >= 0 && r.named[i] != own && !r.officeWordNamed(i, j) || r.otherPhraseEndsAt(si, j) {
			break
		}
		if !r.titleWord(i, upper) && !(j < start && r.deptAdjective(i, upper)) {
			break
		}
		j = i
	}
	return j
}

// officeWordNamed reports whether token t, just before the title at j, is
// a word that makes another office ("Shadow", "Deputy", otherOffice) and
// only a one-word name of its own: the tagger reads a capitalised "Shadow"
// in mid-sentence as an organisation, but "Shadow Home Secretary" is one
// title, not the home secretary's.
func (r *resolver) officeWordNamed(t, j int) bool {
	if t+1 != j || !otherOffice[r.lower[t]] {
		return false
	}
	m := r.d.Mentions[r.named[t]]
	first, end, ok := r.tokenRange(m.Span)
	return ok && first == t && end == t+1
}

// titleWord says whether token i can be a word of a job title written in
// capitals (upper) or in lower case.
func (r *resolver) titleWord(i int, upper bool) bool {
	w, lw := r.words[i], r.lower[i]
	if notTitleNouns[lw] || pastOrNew[lw] {
		return false
	}
	for _, c := range w {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-') {
			return false
		}
	}
	xpos := r.d.Tokens[i].XPOS
	if upper {
		if !startsUpper(w) || len(w) > 1 && inCapitals(w) || determiners[lw] {
			return false // lower case, or an acronym ("BBC", "LONDON")
		}
		if titleModifiers[lw] || rankPrefixes[lw] {
			return true
		}
		if r.headlineCase(r.sentOf[i]) {
			return false // every word is capitalised: "Reform Policy Claim President"
		}
		switch xpos {
		case "", "NNP", "NN", "NNS", "NNPS", "JJ", "VBG":
			return true
		}
		return false
	}
	if !isLowerWord(w) && !r.opensSentenceCap(i) {
		return false
	}
	return titleModifiers[lw] || rankPrefixes[lw] || xpos == "NN" || xpos == "NNS" || r.opensSentenceCap(i) && xpos == "NNP"
}

// opensSentenceCap: token i opens its sentence capitalised and is lower
// case after its first letter, so its case says nothing ("Finance
// director Rajiv Mehta").
func (r *resolver) opensSentenceCap(i int) bool {
	si := r.sentOf[i]
	return si >= 0 && r.d.Sentences[si].FirstToken == i && isLowerWord(r.lower[i]) && r.lower[i][1:] == r.words[i][1:]
}

// deptAdjective: a lower-case relational adjective (-al, -ic, -ary, and
// "foreign") before a noun already in the title names the department
// ("constitutional affairs secretary", "foreign affairs spokesman",
// "rural affairs minister"); an adjective that grades or describes the
// person does not ("confident shadow home secretary", "second-largest
// brokerage firm", "local party chairman").
func (r *resolver) deptAdjective(i int, upper bool) bool {
	w := r.lower[i]
	if upper || r.d.Tokens[i].XPOS != "JJ" || !isWord(r.words[i]) || describing[w] {
		return false
	}
	return w == "foreign" || strings.HasSuffix(w, "al") || strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "ary")
}

// describing are relational-looking adjectives that describe a person or a
// post, not a department.
var describing = map[string]bool{"local": true, "potential": true, "additional": true, "original": true,
	"typical": true, "critical": true, "vocal": true, "usual": true, "actual": true, "eventual": true,
	"temporary": true, "honorary": true, "legendary": true, "visionary": true, "charismatic": true,
	"energetic": true, "pragmatic": true, "liberal": true, "radical": true, "loyal": true}

// pastOrNew are words before a title that say when the person holds it, not
// which job it is.
var pastOrNew = map[string]bool{
	"former": true, "new": true, "then": true, "late": true, "outgoing": true, "incoming": true, "current": true,
	"longtime": true, "longstanding": true, "last": true, "next": true, "earlier": true, "later": true,
}

// otherPhraseEndsAt says whether a gazetteer phrase other than a role ends
// just before token end: a nation, a place or an organisation.
func (r *resolver) otherPhraseEndsAt(si, end int) bool {
	for _, m := range r.matchEndingAt(si, end) {
		if m.Kind != gazetteer.KindAgent {
			return true
		}
	}
	return false
}

// wholeTitle is role a, whose word starts at token start, with the title
// words from token first before it ("Finance" + "Director"). Words written
// in lower case are capitalised like the role.
func (r *resolver) wholeTitle(a agentWord, first, start int) agentWord {
	if first >= start || a.role == "" {
		return a
	}
	var b strings.Builder
	for i := first; i < start; i++ {
		b.WriteString(titleCase(r.words[i]))
		b.WriteByte(' ')
	}
	b.WriteString(a.role)
	return agentWord{b.String(), a.code}
}

// markTitle marks tokens [first, end) as a title before a name.
func (r *resolver) markTitle(first, end int) {
	if r.inTitle == nil {
		r.inTitle = make([]bool, len(r.words))
	}
	for i := first; i < end; i++ {
		r.inTitle[i] = true
	}
}

// fullerTitle says whether title long is title short with words before it
// that say which job ("Music Director", "Director"), so the person has one
// role, not two. A rank before it makes another job ("Vice President" and
// "President" are two).
func fullerTitle(long, short string) bool {
	if len(long) <= len(short)+1 || !strings.EqualFold(long[len(long)-len(short):], short) || long[len(long)-len(short)-1] != ' ' {
		return false
	}
	for _, w := range strings.Fields(long[:len(long)-len(short)]) {
		if rankPrefixes[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// headlineCase says whether sentence si is written in title case, as
// headlines are: most of its words after the first, names aside,
// capitalised.
func (r *resolver) headlineCase(si int) bool {
	if si < 0 {
		return false
	}
	if r.headline == nil {
		r.headline = map[int]bool{}
	}
	if v, ok := r.headline[si]; ok {
		return v
	}
	s := r.d.Sentences[si]
	words, caps := 0, 0
	for i := s.FirstToken + 1; i < s.EndToken; i++ {
		if w := r.words[i]; r.named[i] < 0 && isWord(w) {
			words++
			if startsUpper(w) {
				caps++
			}
		}
	}
	v := words >= 3 && caps*4 >= words*3
	r.headline[si] = v
	return v
}

func isWord(w string) bool {
	for _, c := range w {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return w != ""
}

// asWritten is the gazetteer's name for the role on tokens [first, end)
// with each word the article spells otherwise as the article spells it
// ("Defence Secretary", not the dictionary's "Defense Secretary"). An
// abbreviation keeps the gazetteer's full name ("Gov." is "Governor"), and
// so does a phrase of another length ("PM").
func (r *resolver) asWritten(name string, first, end int) string {
	ws := strings.Fields(name)
	if len(ws) != end-first {
		return name
	}
	changed := false
	for k, w := range ws {
		x := r.words[first+k]
		if strings.EqualFold(w, x) {
			continue
		}
		if len(x) < 4 || !isWord(x) {
			return name // "Gov.", "Sen", "PM"
		}
		ws[k], changed = titleCase(x), true
	}
	if !changed {
		return name
	}
	return strings.Join(ws, " ")
}
