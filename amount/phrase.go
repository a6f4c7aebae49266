package amount

import (
	"sort"
	"strings"

	"dateline/text"
)

// currencyBefore reads a currency written before the number: a symbol,
// a prefixed dollar ("US$", "HK$") or an ISO code ("USD 5m"). It returns
// the ISO code and the index of the number.
func (s *scanner) currencyBefore(i int) (string, int, bool) {
	t := &s.toks[i]
	switch t.kind {
	case kSym:
		return symbols[s.text[t.s:t.e]], i + 1, i+1 < len(s.toks)
	case kWord:
		if i+1 < len(s.toks) && s.toks[i+1].kind == kSym && s.toks[i+1].glued && s.text[s.toks[i+1].s] == '$' {
			if cur, ok := dollarPrefixes[t.low]; ok {
				return cur, i + 2, i+2 < len(s.toks)
			}
		}
		// The number first: most words are not followed by one, and a
		// three-letter word ("the", "and") would be looked up in codes.
		if i+1 < len(s.toks) && s.toks[i+1].kind == kNum {
			if cur := s.code(t); cur != "" {
				return cur, i + 1, true
			}
		}
	}
	return "", i, false
}

// code returns the ISO 4217 code a word is written as ("EUR"), or "".
func (s *scanner) code(t *tok) string {
	w := s.text[t.s:t.e]
	if len(w) != 3 || !codes[w] {
		return ""
	}
	if w == "RMB" {
		return "CNY"
	}
	return w
}

// currencyAfter reads a currency written after the number: "euros",
// "Canadian dollars", "USD". It returns the code and the index after it.
func (s *scanner) currencyAfter(i int) (string, int) {
	if i >= len(s.toks) {
		return "", i
	}
	t := &s.toks[i]
	if cur := s.code(t); cur != "" {
		return cur, i + 1
	}
	if cur, ok := words[t.low]; ok {
		// "500 pounds of explosives" is a weight.
		if (t.low == "pound" || t.low == "pounds") && i+1 < len(s.toks) && s.toks[i+1].low == "of" {
			return "", i
		}
		if t.low == "pounds" && i+1 < len(s.toks) && s.toks[i+1].low == "sterling" {
			return cur, i + 2
		}
		return cur, i + 1
	}
	// "Canadian dollars", "Hong Kong dollars", "US dollars".
	if adj, ok := adjectives[t.low]; ok {
		j := i + 1
		if t.low == "hong" && j < len(s.toks) && s.toks[j].low == "kong" {
			j++
		}
		if t.low == "new" && j < len(s.toks) {
			switch s.toks[j].low {
			case "zealand":
				adj, j = "NZD", j+1
			case "taiwan":
				adj, j = "TWD", j+1
			}
		}
		if j < len(s.toks) && adj != "" {
			if _, ok := words[s.toks[j].low]; ok {
				return adj, j + 1
			}
		}
	}
	return "", i
}

var stop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but nor of to in on at for with from by as into
		onto over under about after before since during between against among through across up down
		out off not no also still only just its their his her our my your this these those that there
		here when where while if than then so who whom whose which what per percent pct more less most
		least each every all both some any many much few said says say saying is are was were be been
		being am have has had having will would could should may might can must shall did do does done
		it they he she we you i them him us me per cent worth including included like such other
		another own same rose fell rise fall increased decreased dropped jumped gained lost
		now instead onwards worldwide respectively apiece overall alone together`) {
		stop[w] = true
	}
}

// timeNouns are counted by the timex stage, not here ("five years").
var timeNouns = map[string]bool{"second": true, "minute": true, "hour": true, "day": true, "week": true,
	"month": true, "year": true, "decade": true, "century": true, "quarter": true, "night": true,
	"morning": true, "weekend": true, "time": true, "o'clock": true, "am": true, "pm": true,
	"st": true, "nd": true, "rd": true, "th": true, "s": true}

// nounPhrase reads the noun phrase a number counts, from token j: up to
// four words, ending at the first plural noun or before a function word.
// It returns the phrase's text, the index of its head and the index after it.
func (s *scanner) nounPhrase(j int) (string, int, int, bool) {
	k := j
	for k < len(s.toks) && k-j < 4 {
		t := &s.toks[k]
		if t.kind != kWord || t.low == "" || stop[t.low] || strings.HasSuffix(t.low, "ly") && k > j {
			break
		}
		if s.verbAt(k, k == j) {
			break // "24,312 watched", "one initiative designed to": no verb in the phrase
		}
		k++
		if lemma(t.low) != t.low {
			break // a plural noun ends the phrase: "20,000 American troops"
		}
	}
	if k == j {
		return "", 0, 0, false
	}
	head := k - 1
	h := &s.toks[head]
	if h.cap && head == j || len(h.low) < 2 || timeNouns[lemma(h.low)] || !alpha(h.low) {
		return "", 0, 0, false
	}
	if _, ok := words[h.low]; ok {
		return "", 0, 0, false
	}
	return s.text[s.toks[j].s:h.e], head, k, true
}

// verbAt says whether the tagger made token k a verb of its own: right
// after the number a finite verb or a participle no noun follows ("24,312
// watched", "1.2 million affected"; "43 developing countries" keeps its
// participle); later in the phrase a past tense or a modal ("one analyst
// suggested"), not a present "-s" form, which the tagger gives to rare
// plural nouns ("8,416 Zephyr GT saloons").
func (s *scanner) verbAt(k int, first bool) bool {
	switch x := s.xposAt(k); x {
	case "VBD", "MD":
		return true
	case "VBZ", "VBP", "VB":
		return first
	case "VBN", "VBG":
		last := k+1 >= len(s.toks) || s.toks[k+1].kind != kWord || stop[s.toks[k+1].low]
		if !first || last {
			return last && (first || x == "VBN") // "one song written before"
		}
		next := s.xposAt(k + 1)
		return !strings.HasPrefix(next, "NN") && !strings.HasPrefix(next, "JJ") && next != "VBG" && next != "VBN"
	}
	return false
}

func alpha(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c == '-' || c >= 0x80) {
			return false
		}
	}
	return true
}

// moneyObject finds what money pays for: "$90 billion worth of military
// equipment", "$2 billion in aid", "a $5 million loan".
func (s *scanner) moneyObject(start, end int) string {
	k := end
	if k < len(s.toks) && s.toks[k].low == "worth" {
		k++
		if k < len(s.toks) && s.toks[k].low == "of" {
			k++
		}
	} else if k < len(s.toks) && (s.toks[k].low == "of" || s.toks[k].low == "in") {
		k++
	} else if start > 0 && (s.toks[start-1].low == "a" || s.toks[start-1].low == "an") {
		// adjectival: the noun right after the money
	} else {
		return ""
	}
	if k < len(s.toks) && s.toks[k].cap {
		return "" // "$5 billion in Ukraine": a place, not an object
	}
	if obj, _, _, ok := s.nounPhrase(k); ok {
		return obj
	}
	return ""
}

// numberContext rejects numbers that belong to dates, times, scores and
// ordinals: "Aug. 18", "18 August", "3:30", "9/11", "11th".
func (s *scanner) numberContext(i, end int) bool {
	t := &s.toks[i]
	if t.kind == kNum {
		if i > 0 {
			p := &s.toks[i-1]
			if p.kind == kPunct && t.glued || months[p.low] && p.cap {
				return false
			}
		}
		if end < len(s.toks) {
			n := &s.toks[end]
			if n.kind == kPunct && n.glued && end+1 < len(s.toks) && s.toks[end+1].kind == kNum {
				return false
			}
			if n.kind == kWord && n.glued && timeNouns[n.low] {
				return false
			}
			if months[n.low] && n.cap {
				return false
			}
		}
	}
	return true
}

var months = map[string]bool{}

func init() {
	for _, m := range strings.Fields(`january february march april may june july august september
		october november december jan feb mar apr jun jul aug sep sept oct nov dec`) {
		months[m] = true
	}
}

// lemmaAt is the lemma of token k: the syntax stage's when it ran, else the
// rule of thumb.
func (s *scanner) lemmaAt(k int) string {
	if dt := s.docToken(k); dt != nil && dt.Lemma != "" {
		return strings.ToLower(dt.Lemma)
	}
	return lemma(s.toks[k].low)
}

// xposAt is the part-of-speech tag of token k, "" when none was given.
func (s *scanner) xposAt(k int) string {
	if dt := s.docToken(k); dt != nil {
		return dt.XPOS
	}
	return ""
}

// docToken is the document token with the same span as token k, or nil.
func (s *scanner) docToken(k int) *text.Token {
	t := &s.toks[k]
	if s.doc == nil || len(s.doc.Tokens) == 0 {
		return nil
	}
	toks := s.doc.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= t.s })
	if i < len(toks) && toks[i].Start == t.s && toks[i].End == t.e {
		return &toks[i]
	}
	return nil
}
