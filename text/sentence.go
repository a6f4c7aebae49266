package text

// The sentence splitter works on the tokens of one paragraph; a paragraph
// end always ends a sentence. A sentence may end after a stop (". ? ! …")
// or after an abbreviation whose period doubles as a full stop ("in the
// U.S."), together with the closing quotes and brackets that follow it
// ("… days.” He"). Whether it does end depends on the token after:
//
//   - after "." "?" "!": yes, unless a lower-case word or a comma-like mark
//     follows (`“Why?” she asked`, `“… forward,” adding`: no stop at all);
//   - after "…" or "...": only before a capital or an opening quote;
//   - after "U.S.", "Inc.", "etc.": only before a word that typically starts
//     a sentence ("The", "He", "But") or an opening quote;
//   - after an initial ("M."): only before such a word;
//   - after a title ("Mr.", "Gen."): never;
//   - after the "1." or "a." of a list item: never.

// stopKind is what a token could end a sentence as.
type stopKind uint8

const (
	stopNone     stopKind = iota
	stopFull              // "."
	stopStrong            // "?", "!", "?!"
	stopEllipsis          // "...", "…"
	stopAbbrev            // "U.S.", "etc."
	stopInitial           // "M."
	stopEmoticon          // ":)" ends informal sentences
	stopEtc               // "etc." ends a list, and usually the sentence
)

// splitSentences appends to sents the sentences of a paragraph whose tokens
// are toks[first:], and to splits the index of every abbreviation whose
// period ends its sentence (EWT writes "U.S." there as "U.S" and ".").
func splitSentences(s string, toks []Span, first int, sents []Sentence, splits []int) ([]Sentence, []int) {
	start := first
	for i := first; i < len(toks); i++ {
		kind := stopOf(s, toks, i)
		if kind == stopNone {
			continue
		}
		j := i + 1
		for j < len(toks) && closes(s, toks, j) {
			j++
		}
		if j < len(toks) && !endsBefore(s, toks, start, i, j, kind) {
			continue
		}
		if kind == stopAbbrev || kind == stopInitial || kind == stopEtc {
			splits = append(splits, i)
		}
		sents = append(sents, Sentence{Span: Span{toks[start].Start, toks[j-1].End}, FirstToken: start, EndToken: j})
		start = j
		i = j - 1
	}
	if start < len(toks) {
		sents = append(sents, Sentence{Span: Span{toks[start].Start, toks[len(toks)-1].End}, FirstToken: start, EndToken: len(toks)})
	}
	return sents, splits
}

// stopOf classifies toks[i].
func stopOf(s string, toks []Span, i int) stopKind {
	t := s[toks[i].Start:toks[i].End]
	switch t[len(t)-1] {
	case '.', '?', '!', 0xa6: // 0xa6 ends "…"
	default:
		if isEmoticon(t) {
			return stopEmoticon
		}
		return stopNone
	}
	full, strong := true, false
	for j := 0; j < len(t); {
		r, w := decode(t, j)
		j += w
		switch r {
		case '?', '!':
			strong = true
		case '.', '…':
		default:
			full = false
		}
	}
	switch {
	case full && strong:
		return stopStrong
	case full && t == ".":
		return stopFull
	case full:
		return stopEllipsis
	}
	if t == "etc." {
		return stopEtc
	}
	var next byte
	if i+1 < len(toks) {
		next = s[toks[i+1].Start]
	}
	switch tokenAbbrev(t, next) {
	case abbrGeneral:
		return stopAbbrev
	case abbrInitial:
		return stopInitial
	}
	return stopNone
}

// closes reports whether toks[j] closes what came before: a closing quote
// or bracket, or a straight quote written against the previous token.
func closes(s string, toks []Span, j int) bool {
	t := s[toks[j].Start:toks[j].End]
	if isEmoticon(t) {
		return true
	}
	r, w := decode(t, 0)
	if w != len(t) {
		return false
	}
	switch {
	case isCloseQuote(r), r == ')', r == ']', r == '}':
		return true
	case r == '"', r == '\'':
		// Written against the word before, or standing apart from the
		// word after: `said."` and `said. " Next`.
		return toks[j].Start == toks[j-1].End || j+1 == len(toks) || toks[j].End != toks[j+1].Start
	}
	return false
}

// opens reports whether toks[j] opens a quotation or bracket.
func opens(s string, toks []Span, j int) bool {
	t := s[toks[j].Start:toks[j].End]
	r, w := decode(t, 0)
	if w != len(t) {
		return false
	}
	switch {
	case isOpenQuote(r), r == '(', r == '[':
		return true
	case r == '"', r == '\'':
		return j+1 < len(toks) && toks[j].End == toks[j+1].Start
	}
	return false
}

// endsBefore decides whether the sentence that started at toks[start] and
// has a possible stop at toks[i] ends before toks[j].
func endsBefore(s string, toks []Span, start, i, j int, kind stopKind) bool {
	if listMarker(s, toks, start, i) {
		return false
	}
	next := s[toks[j].Start:toks[j].End]
	r, _ := decode(next, 0)
	switch kind {
	case stopFull, stopStrong:
		if isLower(r) && (j > i+1 || kind == stopStrong && titleWordBefore(s, toks, start, i) || kind == stopFull && maybeAbbrev(s, toks, start, i)) {
			return false
		}
		switch r {
		case ',', ';', ':', ')', ']', '}', '%', '.', '?', '!':
			return false
		}
		return true
	case stopEllipsis:
		return isUpper(r) || opens(s, toks, j)
	case stopAbbrev:
		return in(sentenceStarters, next) || opens(s, toks, j) && r != '(' && r != '['
	case stopInitial:
		return in(sentenceStarters, next)
	case stopEmoticon:
		return isWordRune(r) || opens(s, toks, j)
	case stopEtc:
		return isUpper(r) || opens(s, toks, j) && r != '(' && r != '['
	}
	return false
}

// listMarker reports whether the stop at toks[i] closes the marker of a
// list item at the start of the sentence: "1.", "a.", "iv.", "A.".
func listMarker(s string, toks []Span, start, i int) bool {
	switch i - start {
	case 0:
		t := s[toks[i].Start:toks[i].End]
		return len(t) == 2 && isLetter(rune(t[0])) && t[1] == '.' // "A."
	case 1:
		t := s[toks[start].Start:toks[start].End]
		if len(t) > 4 {
			return false
		}
		if len(t) == 1 && isLetter(rune(t[0])) {
			return true
		}
		digits, roman := true, true
		for k := 0; k < len(t); k++ {
			digits = digits && isDigit(t[k])
			roman = roman && (t[k] == 'i' || t[k] == 'v' || t[k] == 'x' || t[k] == 'I' || t[k] == 'V' || t[k] == 'X')
		}
		return digits || roman
	}
	return false
}

// maybeAbbrev reports whether the word before the period at toks[i] looks
// like a capitalised abbreviation missing from the lists ("Blvd", "Ariz"):
// a capital and at most three more letters. A lower-case word after such a
// period continues the sentence; after any other word it starts a new one,
// as it does in informal text.
func maybeAbbrev(s string, toks []Span, start, i int) bool {
	if i == start || toks[i-1].End != toks[i].Start {
		return false
	}
	w := s[toks[i-1].Start:toks[i-1].End]
	if len(w) < 2 || len(w) > 4 || !('A' <= w[0] && w[0] <= 'Z') {
		return false
	}
	for k := 1; k < len(w); k++ {
		if !('a' <= w[k] && w[k] <= 'z') {
			return false
		}
	}
	return true
}

// titleWordBefore reports whether a capitalised word stands right before
// the "?" or "!" at toks[i]: the end of a title ("Are We There Yet?",
// "Wham!") that the sentence goes on after.
func titleWordBefore(s string, toks []Span, start, i int) bool {
	if i == start || toks[i-1].End != toks[i].Start {
		return false
	}
	r, _ := decode(s, toks[i-1].Start)
	return isUpper(r)
}
