package quote

import (
	"dateline/syntax"
)

// Who may close a sentence as an inverted attribution that the parse read
// as the cue's object: "…, said the study.", "…, noted the agency's chief
// economist", "…, said Acme's chief operating officer Tom Weller". In
// English a speech verb right after the comma that ends what was said,
// with one noun phrase after it and nothing else, is that phrase's
// saying; the phrase must still be someone or something that speaks, so
// that a list of the writer's verbs ("read the file, noted the date")
// keeps its objects.

// inquiryNouns are documents of inquiry that WordNet files under acts or
// cognition rather than communication, yet speak in news: "…, says the
// annual survey", "…, said the study".
var inquiryNouns = map[string]bool{"survey": true, "study": true, "poll": true, "analysis": true,
	"research": true, "review": true, "audit": true, "census": true, "index": true, "inquiry": true}

// speakingNoun reports whether the noun at t, read as the object of a cue
// closing its sentence, can be the speaker: a mention, a noun of people or
// bodies, or a definite written or spoken work (WordNet's communication
// nouns: the report, its statement) or document of inquiry.
func (w *work) speakingNoun(t int) bool {
	if w.mention[t] >= 0 || w.isSourceNounTok(t) {
		return true
	}
	l := w.lemma(t)
	return (inquiryNouns[l] || syntax.NounSense(l) == syntax.NounCommunication) && w.definite(t)
}

// definite reports whether noun t names one thing the reader knows: with
// a definite determiner or an owner ("the report", "the bank's survey",
// "its statement"), not "said goodbye" or "said a prayer".
func (w *work) definite(t int) bool {
	for _, k := range w.children(t) {
		switch w.d.Tokens[k].Rel {
		case "nmod:poss":
			return true
		case "det":
			switch lower(w.word(int(k))) {
			case "the", "this", "that", "these", "those":
				return true
			}
		}
	}
	return false
}

// attributiveParticiple reports whether token t is a participle that
// describes the noun right after it, inside a title or a name ("chief
// operating officer", "managing director"), not a verb of its own.
func (w *work) attributiveParticiple(t int) bool {
	switch w.d.Tokens[t].XPOS {
	case "VBG", "VBN":
	default:
		return false
	}
	if t+1 >= len(w.d.Tokens) || w.sentOf[t+1] != w.sentOf[t] {
		return false
	}
	switch w.d.Tokens[t+1].UPOS {
	case "NOUN", "PROPN":
		return true
	}
	return false
}
