// Package commitment finds statements of future action with an actor and a
// due time: "the guarantees would be formalized within the next week to
// ten days", said by Zelensky on 18 August 2025, is Zelensky's commitment
// due 2025-08-25 … 2025-08-28.
//
// A commitment is a clause that
//   - speaks of the future: a modal "will", "would", "shall", "'ll", "be
//     going to", "be set/due/expected to", or a verb of undertaking
//     ("promised to", "pledged to", "vowed to", "plans to", "agreed to")
//     whose open clause is the action; not a refusal ("will not") and not
//     a condition ("if …");
//   - holds a time expression (from the timex stage) that names calendar
//     days ending on or after the reference date (the publication date);
//   - has an actor: the clause's subject when it is an entity and not the
//     speaker's own "I"/"we"; otherwise, when the clause is part of a quote
//     (direct, partial or reported), the quote's speaker. A clause with no
//     actor is a schedule, not a commitment, and is left out.
package commitment

import (
	"context"
	"slices"
	"strings"
	"time"

	"dateline/text"
	"dateline/timex"
)

// Stage is the commitment.v1 stage. It keeps no per-document state.
type Stage struct{}

// NewStage returns the commitment stage.
func NewStage() *Stage { return &Stage{} }

func (*Stage) Name() string { return "commitment.v1" }
func (*Stage) Requires() []string {
	return []string{"sentences", "tokens", "syntax", "entities", "times", "quotes"}
}
func (*Stage) Assigns() []string { return []string{"commitments"} }

// Process sets d.Commitments.
func (*Stage) Process(ctx context.Context, d *text.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	d.Commitments = Find(d)
	return nil
}

// Find returns the commitments of a parsed document with its times,
// entities and quotes, in text order, at most one per clause and actor.
func Find(d *text.Document) []text.Commitment {
	f := finder{d: d, ref: d.Published}
	var out []text.Commitment
	seen := map[int]bool{} // clause verbs already used
	for _, tm := range d.Times {
		first, last, ok := timex.Bounds(tm)
		if !ok {
			first, last, ok = f.within(tm)
		}
		if !ok || !f.ref.IsZero() && last.Before(day(f.ref)) {
			continue
		}
		v := f.clauseOf(tm.Span)
		if f.notDue(tm, v) {
			continue
		}
		if v >= 0 {
			if u := f.purposeOf(v); u >= 0 {
				v = u // the promise is the undertaking with what it pledges
			}
		}
		if v < 0 || seen[v] {
			continue
		}
		if !f.future(v) {
			continue
		}
		c, ok := f.commitment(v, tm)
		if !ok {
			continue
		}
		seen[v] = true
		c.DueStart, c.DueEnd = first.Format(time.DateOnly), last.Format(time.DateOnly)
		out = append(out, c)
		for _, e := range f.coActors(v, c.Actor) {
			c.Actor = e
			out = append(out, c)
		}
	}
	return out
}

// coActors are the other entities of a coordinated subject of v whose
// first conjunct is the commitment's actor: "Chile and Peru will meet
// next week" commits Peru too.
func (f *finder) coActors(v, actor int) []int {
	subj, passive := f.subject(v)
	if subj < 0 || passive || f.entityAt(subj) != actor {
		return nil
	}
	var out []int
	for _, k := range f.children(subj) {
		if !f.conjunct(subj, k) || isFirstPerson(f.word(k)) {
			continue
		}
		if e := f.entityAt(k); e >= 0 && e != actor && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// within reads a duration after "within" as the days from the reference
// date to its end: "within the next two weeks" on 18 August is due by 1
// September.
func (f *finder) within(tm text.Time) (first, last time.Time, ok bool) {
	if tm.Type != "DURATION" || f.ref.IsZero() {
		return
	}
	lo, _ := f.tokensOf(tm.Span)
	if !strings.HasPrefix(strings.ToLower(f.d.Text[tm.Start:tm.End]), "within") &&
		(lo == 0 || !strings.EqualFold(f.word(lo-1), "within")) {
		return
	}
	n, unit, ok := parseDuration(tm.Value)
	if !ok {
		return
	}
	first = day(f.ref)
	switch unit {
	case 'D':
		last = first.AddDate(0, 0, n)
	case 'W':
		last = first.AddDate(0, 0, 7*n)
	case 'M':
		last = first.AddDate(0, n, 0)
	case 'Y':
		last = first.AddDate(n, 0, 0)
	}
	return first, last, true
}

// parseDuration reads a one-unit TIMEX3 duration: P10D, P2W, P3M, P1Y.
func parseDuration(v string) (n int, unit byte, ok bool) {
	if len(v) < 3 || v[0] != 'P' {
		return 0, 0, false
	}
	for _, c := range v[1 : len(v)-1] {
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		n = n*10 + int(c-'0')
		if n > 1000 {
			return 0, 0, false
		}
	}
	unit = v[len(v)-1]
	return n, unit, n > 0 && strings.IndexByte("DWMY", unit) >= 0
}

func day(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }

type finder struct {
	d   *text.Document
	ref time.Time
}

// clauseOf returns the verb whose clause holds the time expression: the
// nearest verb above the expression's head, or -1.
func (f *finder) clauseOf(s text.Span) int {
	lo, hi := f.tokensOf(s)
	x := -1
	for t := lo; t < hi; t++ {
		if h := f.head(t); h < lo || h >= hi {
			x = t
			break
		}
	}
	for step := 0; x >= 0 && step < 8; step++ {
		x = f.head(x)
		if x >= 0 && (f.d.Tokens[x].UPOS == "VERB" || f.d.Tokens[x].UPOS == "AUX" && f.d.Tokens[x].Rel != "aux") {
			return x
		}
	}
	return -1
}

// undertakings are verbs whose open clause is a promised action.
var undertakings = map[string]bool{"promise": true, "pledge": true, "vow": true, "commit": true, "plan": true,
	"intend": true, "agree": true, "undertake": true, "aim": true, "expect": true, "set": true, "due": true,
	"guarantee": true, "swear": true, "resolve": true, "decide": true, "prepare": true}

// future reports whether verb v speaks of the future: it has a modal of
// the future, it is the open clause of "going to" or of a verb of
// undertaking, or it is such a verb with an open clause.
func (f *finder) future(v int) bool {
	modal, perfect := false, false
	for _, k := range f.children(v) {
		switch strings.ToLower(f.word(k)) {
		case "not", "n't", "never", "if", "unless":
			// A refusal ("will not sign") or a condition ("if we win
			// next week") is not a promise.
			if r := f.d.Tokens[k].Rel; r == "advmod" || r == "mark" || r == "aux" {
				return false
			}
		}
		if f.d.Tokens[k].Rel != "aux" {
			continue
		}
		switch strings.ToLower(f.word(k)) {
		case "will", "would", "shall", "'ll", "’ll", "wo":
			modal = true
		case "have", "'ve", "’ve":
			perfect = true // "would have gone": what did not happen
		}
	}
	if modal {
		return !perfect
	}
	// "is going to close", "is set to close": the action is an open clause
	// of "go"/"set"; "pledged to close by May": of a verb of undertaking.
	if h := f.head(v); h >= 0 && f.d.Tokens[v].Rel == "xcomp" {
		lemma := strings.ToLower(f.d.Tokens[h].Lemma)
		if lemma == "go" && f.d.Tokens[h].XPOS == "VBG" || undertakings[lemma] {
			return true
		}
	}
	if undertakings[strings.ToLower(f.d.Tokens[v].Lemma)] {
		for _, k := range f.children(v) {
			if f.d.Tokens[k].Rel == "xcomp" || f.purposeOf(k) == v {
				return true
			}
			if f.d.Tokens[k].Rel == "obj" {
				for _, m := range f.children(k) {
					if f.purposeOf(m) == v {
						return true
					}
				}
			}
		}
	}
	return false
}

// purposeOf returns the verb of undertaking whose promise the infinitive
// k spells out when the parse hung it elsewhere than as its open clause:
// on the verb as an adverbial clause, or on its object ("pledged $250
// million to build canals by 2028", with "to build" on the money); -1
// when it is none. An open clause (xcomp) is left to future as it was.
func (f *finder) purposeOf(k int) int {
	if r := f.d.Tokens[k].Rel; r != "advcl" && r != "acl" || !f.hasTo(k) {
		return -1
	}
	h := f.head(k)
	if h >= 0 && f.d.Tokens[h].Rel == "obj" {
		h = f.head(h)
	}
	if h < 0 || !pledges[strings.ToLower(f.d.Tokens[h].Lemma)] || f.d.Tokens[h].UPOS != "VERB" {
		return -1
	}
	return h
}

// pledges are the undertakings whose object is what is given for the
// action ("pledged $250 million to build"); after "expects its sales to
// grow" or "decide whether to" the object is no gift and the clause no
// promise.
var pledges = map[string]bool{"promise": true, "pledge": true, "vow": true, "commit": true,
	"guarantee": true, "swear": true, "undertake": true}

// hasTo says whether the clause k is an infinitive with "to".
func (f *finder) hasTo(k int) bool {
	for _, m := range f.children(k) {
		if f.d.Tokens[m].Rel == "mark" && strings.EqualFold(f.word(m), "to") {
			return true
		}
	}
	return false
}

// commitment builds the record for the clause of verb v and its time; ok
// is false when no actor is found.
func (f *finder) commitment(v int, tm text.Time) (text.Commitment, bool) {
	c := text.Commitment{Actor: -1, Quote: -1}
	subj, passive := f.subject(v)
	q := f.quoteOf(f.d.Tokens[v].Span, tm.Span)
	switch {
	case subj >= 0 && !passive && !isFirstPerson(f.word(subj)) && f.entityAt(subj) >= 0:
		c.Actor = f.entityAt(subj)
	case q >= 0 && f.d.Quotes[q].Speaker >= 0:
		c.Actor = f.d.Quotes[q].Speaker
	default:
		return c, false
	}
	c.Quote = q
	lo, hi := f.subtree(v)
	// The evidence is the clause itself: no "that" before it, no stray
	// quotation mark at either edge.
	for lo < v && (f.d.Tokens[lo].Rel == "mark" || isQuoteMark(f.word(lo))) {
		lo++
	}
	for hi > v+1 && (isQuoteMark(f.word(hi-1)) || f.d.Tokens[hi-1].UPOS == "PUNCT") {
		hi--
	}
	c.Span = text.Span{Start: f.d.Tokens[lo].Start, End: f.d.Tokens[hi-1].End}
	c.Action = f.actionText(v, subj, tm.Span)
	return c, true
}

// subject returns the subject of v (or of the clause v is the open clause
// of) and whether it is a passive subject.
func (f *finder) subject(v int) (int, bool) {
	for x, step := v, 0; x >= 0 && step < 3; step++ {
		for _, k := range f.children(x) {
			switch f.d.Tokens[k].Rel {
			case "nsubj":
				return k, false
			case "nsubj:pass":
				return k, true
			}
		}
		if f.d.Tokens[x].Rel != "xcomp" {
			break
		}
		x = f.head(x)
	}
	return -1, false
}

// entityAt returns the entity of a mention covering token t, or -1.
func (f *finder) entityAt(t int) int {
	tok := f.d.Tokens[t]
	best, bestLen := -1, 0
	for _, m := range f.d.Mentions {
		if m.Entity >= 0 && m.Start <= tok.Start && tok.End <= m.End && (best < 0 || m.Len() < bestLen) {
			best, bestLen = m.Entity, m.Len()
		}
	}
	return best
}

// quoteOf returns the quote whose span holds the verb or the time, or -1.
func (f *finder) quoteOf(spans ...text.Span) int {
	for qi := range f.d.Quotes {
		for _, p := range f.d.Quotes[qi].Pieces() {
			for _, s := range spans {
				if p.Start <= s.Start && s.End <= p.End {
					return qi
				}
			}
		}
	}
	return -1
}

// actionText is the verb phrase of the action as written: the clause from
// its first auxiliary or verb to its end, without the subject, the time
// expression, a leading "that", quotation marks and trailing punctuation.
func (f *finder) actionText(v, subj int, tspan text.Span) string {
	lo, hi := f.subtree(v)
	if subj >= 0 {
		if _, shi := f.subtree(subj); shi <= v {
			lo = max(lo, shi)
		}
	}
	var sb strings.Builder
	prev := -1
	attr := f.attributions(v)
	for _, k := range attr {
		// A trailing attribution ends the action, with whatever the
		// parse hung elsewhere after it ("…, according to a statement
		// from the ministry" with the ministry on the verb).
		if k > v {
			hi = min(hi, f.leftmost(k))
		}
	}
	for t := lo; t < hi; t++ {
		tok := f.d.Tokens[t]
		switch {
		case f.under(t, attr),
			tok.Start >= tspan.Start && tok.End <= tspan.End,
			prev < 0 && (tok.UPOS == "PUNCT" || tok.Rel == "mark"),
			isQuoteMark(f.word(t)),
			(tok.Rel == "case" || tok.Rel == "det") && f.inSpan(f.head(t), tspan): // "by" of "by March", "in the" of "in the spring"
			continue
		}
		if prev >= 0 {
			if prev == t-1 {
				sb.WriteString(f.d.Text[f.d.Tokens[prev].End:tok.Start])
			} else if !strings.Contains(",.;:!?)", f.word(t)) {
				sb.WriteByte(' ')
			}
		}
		sb.WriteString(f.word(t))
		prev = t
	}
	return strings.TrimRight(strings.TrimSpace(sb.String()), ".,;:!? ")
}

func isQuoteMark(s string) bool { return strings.ContainsAny(s, "“”\"‘’'«»") }

func isFirstPerson(s string) bool {
	switch strings.ToLower(s) {
	case "i", "we":
		return true
	}
	return false
}
