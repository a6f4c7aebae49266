package quote

import (
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
	t := isTitle(w.word(i))
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
	t := entity.IsSourceNoun(w.word(i))
	w.sourceTok[i] = 1
	if t {
		w.sourceTok[i] = 2
	}
	return t
}
