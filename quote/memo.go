package quote

import (
	"strings"

	"dateline/entity"
	"dateline/text"
)

// lowWord is w.lowWord(i), made once per token: a capitalised word
// is otherwise lower-cased into a new string by every rule that reads it.
func (w *work) lowWord(i int) string {
	if l := w.lowWords[i]; l != "" {
		return l
	}
	l := lower(w.word(i))
	w.lowWords[i] = l
	return l
}

// isTitleTok is w.isTitleTok(i), asked once per token: the answer
// takes several map lookups and, for most words, a gazetteer search.
func (w *work) isTitleTok(i int) bool {
	if v := w.titleTok[i]; v != 0 {
		return v == 2
	}
	t := w.wordAnswer(w.word(i), askTitle, isTitle)
	w.titleTok[i] = 1
	if t {
		w.titleTok[i] = 2
	}
	return t
}

// sentenceTitleCase is titleCase over sentence si's tokens, read once per
// sentence: headlineVerb asks it for every capitalised noun of the line.
func (w *work) sentenceTitleCase(si int) bool {
	if v := w.titleSent[si]; v != 0 {
		return v == 2
	}
	s := w.d.Sentences[si]
	t := w.titleCase(s.FirstToken, s.EndToken)
	w.titleSent[si] = 1
	if t {
		w.titleSent[si] = 2
	}
	return t
}

// datelineLen is text.DatelineLen of paragraph pi, read once per
// paragraph: clipDateline asks it for every cue.
func (w *work) datelineLen(pi int) int {
	if n := w.datelines[pi]; n != 0 {
		return int(n) - 1
	}
	p := w.d.Paragraphs[pi]
	n := text.DatelineLen(w.d.Text[p.Start:p.End])
	w.datelines[pi] = int32(n) + 1
	return n
}

// isSourceNounTok is entity.IsSourceNoun(w.word(i)), asked once per
// token: several map lookups and, for most words, a gazetteer search.
func (w *work) isSourceNounTok(i int) bool {
	if v := w.sourceTok[i]; v != 0 {
		return v == 2
	}
	t := w.wordAnswer(w.word(i), askSource, entity.IsSourceNoun)
	w.sourceTok[i] = 1
	if t {
		w.sourceTok[i] = 2
	}
	return t
}

// What wordAnswer keeps of a word, two bits a question: asked, and the
// answer.
const (
	askTitle  = 0 // isTitle
	askSource = 2 // entity.IsSourceNoun
)

// maxWordAnswers bounds the words kept; the map starts again when full.
const maxWordAnswers = 1 << 15

// wordAnswer is ask(word), kept from document to document for the
// question at bit q: isTitle and entity.IsSourceNoun read several word
// lists and, for most words, search the gazetteer, while a news story's
// capitalised words and nouns are mostly those of the stories before it.
func (w *work) wordAnswer(word string, q uint, ask func(string) bool) bool {
	v, ok := w.wordAnswers[word]
	if ok && v&(1<<q) != 0 {
		return v&(2<<q) != 0
	}
	a := ask(word)
	if !ok && (w.wordAnswers == nil || len(w.wordAnswers) >= maxWordAnswers) {
		w.wordAnswers = make(map[string]uint8)
	}
	// (A new key, also for a word kept already: an update of a string key
	// stores the key given, which must not hold on to a document's text.)
	word = strings.Clone(word)
	v |= 1 << q
	if a {
		v |= 2 << q
	}
	w.wordAnswers[word] = v
	return a
}
