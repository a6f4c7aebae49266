package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The shapes of quoted stretches: where they stand in their sentence and
// paragraph, and whether they read as titles.

// opensSentence reports whether only punctuation comes before the
// stretch's opening mark in its sentence.
func (w *work) opensSentence(s *stretch) bool {
	se := w.d.Sentences[s.sent0]
	for t := se.FirstToken; t < se.EndToken && w.d.Tokens[t].Start < s.Open.Start; t++ {
		if isWordToken(w.d.Text, w.d.Tokens[t]) {
			return false
		}
	}
	return true
}

// standsAlone reports whether the stretch is all there is of its
// sentences but for punctuation and at most one stray word.
func (w *work) standsAlone(s *stretch) bool {
	outside := 0
	for si := s.sent0; si <= s.sent1; si++ {
		se := w.d.Sentences[si]
		for t := se.FirstToken; t < se.EndToken; t++ {
			if w.inQuote[t] < 0 && isWordToken(w.d.Text, w.d.Tokens[t]) {
				outside++
			}
		}
	}
	return outside <= 1
}

// wholeParagraph reports whether the stretch with its marks is all there
// is of its paragraph.
func (w *work) wholeParagraph(s *stretch) bool {
	p := w.d.Paragraphs[paragraphAt(w.d.Paragraphs, s.Open.Start)]
	end := s.End
	if s.Close.End > 0 {
		end = s.Close.End
	}
	isBlank := func(x string) bool {
		for _, r := range x {
			if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
				return false
			}
		}
		return true
	}
	return end <= p.End && isBlank(w.d.Text[p.Start:s.Open.Start]) && isBlank(w.d.Text[end:p.End])
}

// introCue finds the cue of a quotation introduced by the sentence before
// it ending in a colon ("Trump told reporters:" then the quotation).
func (w *work) introCue(s *stretch) int {
	if s.sent0 == 0 {
		return -1
	}
	prev := w.d.Sentences[s.sent0-1]
	last := prev.EndToken - 1
	if last < prev.FirstToken || w.word(last) != ":" {
		return -1
	}
	for t := last - 1; t >= prev.FirstToken; t-- {
		if ci := w.quoteCue(t); ci >= 0 {
			return ci
		}
	}
	if w.usedCue[last] || w.inQuote[last] >= 0 {
		return -1
	}
	return w.colonCue(last, prev.FirstToken, s.first, s.end)
}

// titleLike reports whether most words of the stretch are capitalised, as
// in the title of a film, a book or a slogan. Short words that titles
// leave in lower case ("of", "the", "a") after the first word are not
// counted ("State of the Union").
func (w *work) titleLike(s *stretch) bool {
	caps, words := w.capitalised(s)
	return 2*caps > words
}

// capitalised counts the words of the stretch that start with a capital
// or a digit, and the words that count, minor title words left out.
func (w *work) capitalised(s *stretch) (caps, words int) {
	for t := s.first; t < s.end; t++ {
		tok := w.d.Tokens[t]
		if !isWordToken(w.d.Text, tok) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w.d.Text[tok.Start:])
		upper := unicode.IsUpper(r) || unicode.IsDigit(r)
		if !upper && words > 0 && (minorTitleWords[w.word(t)] || isClitic(w.word(t))) {
			continue
		}
		words++
		if upper {
			caps++
		}
	}
	return caps, words
}

// isClitic reports whether a token is the tail of a contraction ("n't",
// "'s"), which a title does not capitalise.
func isClitic(w string) bool {
	// Every clitic has an apostrophe, straight or curly (0xE2 its first
	// byte), in its first two bytes: most words are ruled out without
	// lower-casing them.
	if len(w) < 2 || w[0] != '\'' && w[1] != '\'' && w[0] != 0xE2 && w[1] != 0xE2 {
		return false
	}
	switch strings.ToLower(strings.ReplaceAll(w, "’", "'")) {
	case "n't", "'s", "'re", "'ll", "'ve", "'d", "'m":
		return true
	}
	return false
}

// minorTitleWords stay in lower case inside a title.
var minorTitleWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "or": true,
	"in": true, "on": true, "at": true, "to": true, "for": true, "by": true, "with": true, "from": true}
