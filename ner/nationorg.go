package ner

import (
	"strings"

	"dateline/gazetteer"
	"dateline/text"
)

// bodyWords name a body: in a name after a nationality they make the
// nationality the name's first word ("Syrian Democratic Forces", "Syrian
// Observatory for Human Rights", "Iraqi National Congress").
var bodyWords = map[string]bool{
	"forces": true, "force": true, "army": true, "navy": true, "guard": true, "corps": true, "front": true,
	"observatory": true, "congress": true, "party": true, "council": true, "union": true, "movement": true,
	"committee": true, "commission": true, "agency": true, "ministry": true, "institute": true,
	"federation": true, "association": true, "bank": true, "company": true, "corporation": true,
	"league": true, "alliance": true, "coalition": true, "network": true, "society": true, "centre": true,
	"center": true, "church": true, "airlines": true, "airways": true, "railways": true, "police": true,
	"authority": true, "court": true, "parliament": true, "assembly": true, "foundation": true,
	"academy": true, "university": true, "broadcasting": true, "brotherhood": true, "crescent": true,
	"survey": true, "service": true, "trust": true, "board": true, "museum": true, "library": true,
	"fund": true, "institution": true, "office": true,
}

// joinNationBodies merges a nationality the tagger read as a name of its
// own (MISC) with the organisation name right after it when that name
// holds a body word: CoNLL's and the news' reading of "Syrian Democratic
// Forces" is one organisation, not a nationality and "Democratic Forces"
// (which the tagger may even call a person). The spans are in text order.
func joinNationBodies(g *gazetteer.Gazetteer, d *text.Document, spans []Span) []Span {
	word := func(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }
	out := spans[:0]
	for k := 0; k < len(spans); k++ {
		a := spans[k]
		if k+1 < len(spans) && a.Type == "MISC" && a.End-a.First == 1 && spans[k+1].First == a.End {
			b := spans[k+1]
			if _, ok := g.Demonym(word(a.First)); ok && holdsBodyWord(b, word) {
				out = append(out, Span{First: a.First, End: b.End, Type: "ORG"})
				k++
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

func holdsBodyWord(sp Span, word func(int) string) bool {
	for i := sp.First; i < sp.End; i++ {
		if bodyWords[strings.ToLower(word(i))] {
			return true
		}
	}
	return false
}
