package timex

import (
	"sort"
	"strings"

	"dateline/text"
)

// Tense of the clause around a time expression decides which way a bare
// weekday or month points: "stated Monday" is the Monday on or before the
// reference date, "will meet on Monday" the one on or after it.
const (
	past    = -1
	unknown = 0
	future  = 1
	// onlyPast: after "since" a month or day lies behind the reference
	// date whatever the clause's tense ("rates rose five times since
	// June").
	onlyPast = -2
)

func init() {
	for _, w := range []string{"will", "ll", "shall", "would", "upcoming", "scheduled", "tomorrow", "planned", "plans", "plan",
		"expect", "expects", "forecast", "forecasts", "predict", "predicts"} {
		add(w, func(e *entry) { e.tense = future })
	}
	for _, w := range []string{"said", "was", "were", "had", "did", "told", "met", "went", "came", "took",
		"made", "gave", "held", "began", "saw", "spoke", "became", "brought", "bought", "sold", "fell",
		"rose", "won", "lost", "left", "found", "thought", "felt", "kept", "knew", "led", "paid", "ran",
		"sent", "stood", "struck", "wrote", "grew", "broke", "chose", "drew", "drove", "flew", "fought",
		"forgot", "froze", "got", "heard", "hung", "hid", "laid", "lent", "meant", "rode", "rang", "sank",
		"sat", "shook", "shot", "sang", "slept", "sought", "spent", "stole", "stuck", "swore", "swept",
		"taught", "tore", "threw", "understood", "woke", "wore", "withdrew", "arose", "ago", "yesterday",
		"dealt", "fled", "overtook", "undertook", "beat", "bid", "slid", "spoke", "wept", "won"} {
		add(w, func(e *entry) { e.tense = past })
	}
}

// toFuture are words that announce the future before "to".
var toFuture = map[string]bool{"going": true, "set": true, "due": true, "expected": true, "scheduled": true,
	"slated": true, "likely": true, "is": true, "are": true, "plans": true, "planning": true}

// undertakeTo are verbs of undertaking: what one "promised to publish by
// the end of June" lies after the promise, whatever the tense of
// "promised". Only for a time after them: in "held talks on Wednesday and
// promised to publish a plan" Wednesday is the talks' day.
var undertakeTo = map[string]bool{"promised": true, "promises": true, "promise": true, "pledged": true,
	"pledges": true, "pledge": true, "vowed": true, "vows": true, "vow": true, "planned": true, "plan": true,
	"intends": true, "intended": true, "aims": true, "aimed": true, "threatened": true,
	"threatens": true, "hopes": true, "hoped": true}

// warnOf are verbs of warning: what one "warned of strikes in June" warns
// of lies ahead, as an undertaking's does, whatever the warning's tense.
var warnOf = map[string]bool{"warned": true, "warns": true, "warn": true, "warning": true,
	"cautioned": true, "cautions": true}

// modal are the modal verbs with no tense of their own: "said she may
// hold hearings in May" tells of hearings still to come.
var modal = map[string]bool{"may": true, "might": true, "could": true, "should": true, "can": true, "must": true}

func init() {
	for w := range modal {
		add(w, func(e *entry) {})
	}
	for w := range toFuture {
		add(w, func(e *entry) {})
	}
	for w := range undertakeTo {
		add(w, func(e *entry) {})
	}
	for w := range warnOf {
		add(w, func(e *entry) {})
	}
	add("of", func(e *entry) {})
	add("to", func(e *entry) {})
	add("as", func(e *entry) {})
}

// notPast are words ending in -ed that are not past tense verbs.
var notPast = map[string]bool{"need": true, "indeed": true, "proceed": true, "exceed": true, "succeed": true,
	"speed": true, "breed": true, "bleed": true, "greed": true, "seed": true, "hundred": true, "embed": true,
	"shred": true, "sacred": true, "naked": true, "wicked": true, "rugged": true, "ragged": true,
	"beloved": true, "united": true, "limited": true, "based": true, "related": true, "supposed": true,
	"concerned": true, "interested": true, "scheduled": true, "expected": true, "planned": true,
	"red": true, "bed": true, "fed": true, "led": false, "wed": true, "shed": true, "fled": false,
	"detailed": true, "advanced": true, "experienced": true, "armed": true, "used": true}

// tenseAt reads the tense of the clause around base tokens [bi, bj): the
// nearest cue before the expression in its clause, else the nearest after.
func (c *ctx) tenseAt(bi, bj int) int {
	t, _, _ := c.tenseScan(bi, bj)
	return t
}

// tenseScan is tenseAt that also says whether the cue comes before the
// expression and whether an act still to come lies between that cue and
// the expression (notYet): an infinitive's "to" ("decided to admit them
// in March"), a word of expectation ("the election came – widely expected
// in May – …") or a modal ("said she may hold hearings in May").
func (c *ctx) tenseScan(bi, bj int) (tense int, before, notYet bool) {
	for k, n := bi-1, 0; k >= 0 && n < 10; k, n = k-1, n+1 {
		if c.clauseEnd(k) {
			break
		}
		// A day right after "effective" is when a change takes effect,
		// which news mostly announces ahead ("a new board, effective Feb.
		// 1"); as with any future cue, a day just past still wins over one
		// a year away.
		if c.undertaking(k) || c.arranged(k, bi) || k == bi-1 && c.lower(k) == "effective" {
			return future, true, true
		}
		if t := c.cue(k); t != unknown {
			return t, true, notYet
		}
		if w := c.base[k].ent; w != nil && (w.word == "to" && k+1 < bi && c.infinitive(k) || toFuture[w.word] || modal[w.word]) {
			notYet = true // "decided to admit", "the vote, expected in May", "said she may"
		}
	}
	for k, n := bj, 0; k < len(c.base) && n < 10; k, n = k+1, n+1 {
		if c.clauseEnd(k) {
			break
		}
		if c.xposAt(c.base[k].s) == "VBN" && !c.hadBefore(k) {
			// "July's summit, chaired by the prime minister, will …",
			// "from 24-26 June, but its popularity has grown": a
			// participle after the time is another act's.
			continue
		}
		if t := c.cue(k); t != unknown {
			return t, false, false
		}
	}
	return unknown, false, false
}

// undertaking: token k is a verb of undertaking followed by "to", or of
// warning followed by "of".
func (c *ctx) undertaking(k int) bool {
	t := &c.base[k]
	if t.kind != kWord || t.ent == nil || k+1 >= len(c.base) || c.base[k+1].ent == nil {
		return false
	}
	next := c.base[k+1].ent.word
	return undertakeTo[t.ent.word] && next == "to" && c.infinitive(k+1) || warnOf[t.ent.word] && next == "of"
}

func (c *ctx) clauseEnd(k int) bool {
	t := &c.base[k]
	if t.kind != kPunct {
		return false
	}
	switch c.text[t.s] {
	case '.', ';', '!', '?', ':':
		return true
	}
	return false
}

// cue is the tense one token signals. Words the lexicon knows speak first
// ("going to", "ago", "yesterday", "will": measured on TimeBank, the tagger's
// VBD/VBN on such contexts is the less reliable signal); then the part-of-
// speech tag when the syntax stage ran; else a guess from an -ed ending.
func (c *ctx) cue(k int) int {
	t := &c.base[k]
	if t.kind != kWord {
		return unknown
	}
	if t.ent != nil {
		if toFuture[t.ent.word] && k+1 < len(c.base) && c.base[k+1].ent != nil && c.base[k+1].ent.word == "to" && c.infinitive(k+1) {
			if c.hadBefore(k) {
				return past // "had been due to expire Friday": the plan and its day are past
			}
			return future // "set to resume", "is to meet", "going to"
		}
		if (t.ent.word == "soon" || t.ent.word == "early") && k > 0 && k+1 < len(c.base) &&
			c.base[k-1].ent != nil && c.base[k-1].ent.word == "as" && c.base[k+1].ent != nil && c.base[k+1].ent.word == "as" {
			return future // "as soon as Tuesday"
		}
	}
	if x := c.xposAt(t.s); x != "" {
		return c.tagTense(k, x)
	}
	if t.ent != nil && t.ent.tense != 0 {
		return int(t.ent.tense)
	}
	if t.cap || t.e-t.s < 5 {
		return unknown
	}
	w := c.text[t.s:t.e]
	if strings.HasSuffix(w, "ed") && !notPast[strings.ToLower(w)] {
		return past
	}
	return unknown
}

// tagTense reads tense from token k's XPOS tag x.
func (c *ctx) tagTense(k int, x string) int {
	t := &c.base[k]
	switch x {
	case "VBD":
		return past
	case "MD":
		if t.ent != nil && t.ent.tense == future {
			return future
		}
		return unknown
	case "VBN":
		return c.participle(k)
	}
	if t.ent != nil && t.ent.tense == future && x != "NN" && x != "NNS" {
		return future
	}
	return unknown
}

// xposAt returns the XPOS tag of the document token starting at byte s, or
// "" when the syntax stage has not run.
func (c *ctx) xposAt(s int) string {
	if !c.hasXPOS {
		return ""
	}
	toks := c.doc.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= s })
	if i < len(toks) && toks[i].Start == s {
		return toks[i].XPOS
	}
	return ""
}

func hasXPOS(d *text.Document) bool {
	for i := range d.Tokens {
		if d.Tokens[i].XPOS != "" {
			return true
		}
	}
	return false
}
