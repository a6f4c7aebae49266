// Package entity joins the mentions of a document into entities: people,
// organisations, places and groups, each with its fullest name, roles,
// country and CAMEO actor code.
//
// The entities.v1 stage works in five steps, each in its own file:
//
//  1. names.go: every name mention (from the ner stage) joins an entity
//     already seen when it is the same name, a part of it (a surname, "Mr.
//     Trump"), a transliteration of it (Zelensky, Zelenskyy, Zelenskiy: a
//     general similarity rule on folded letters and their consonant
//     skeleton), an acronym of it, or has the same gazetteer code ("US",
//     "United States"). The fullest form becomes the entity's name.
//  2. titles.go: titles and nationality before a name ("Ukrainian President
//     Volodymyr Zelensky", "Russia's Foreign Minister ...") and appositions
//     after it ("Chris Matthews, the MSNBC host,") give roles, a country and
//     an agent code; the gazetteer's office holders give a dated actor code
//     (Person.CodeAt on the publication date).
//  3. nominal.go: group mentions ("European leaders", "American
//     colleagues") become entities of their own with the region or country
//     code; definite descriptions ("the Ukrainian leader", "the senator")
//     join the one recent person they fit, and stay unlinked otherwise.
//     sources.go: a noun phrase headed by a person, group or body noun
//     that is a verb's subject or follows "according to" ("White House
//     officials said", "a campaign spokesman told") becomes an entity of
//     its own, unless it is in apposition to a name; relative pronouns
//     ("critics, who say") join their antecedent. The quote stage calls
//     AddSource for a speech verb's noun subject still without one.
//  4. pronoun.go: third-person pronouns are resolved by salience (see that
//     file); first-person pronouns in quotes are left to the quote stage,
//     which calls LinkQuotePronouns once it knows the speaker.
//  5. Actor and country codes are settled and entities numbered E1, E2, …
//     in order of first mention.
package entity

import (
	"context"
	"slices"
	"sort"
	"unicode/utf8"

	"dateline/gazetteer"
	"dateline/gazetteer/fold"
	"dateline/text"
)

// Stage is the entities.v1 pipeline stage.
type Stage struct{}

// NewStage returns the entity stage.
func NewStage() *Stage { return &Stage{} }

func (*Stage) Name() string       { return "entities.v1" }
func (*Stage) Requires() []string { return []string{"ner"} }
func (*Stage) Assigns() []string  { return []string{"entities"} }

// Process builds d.Entities from d.Mentions and adds nominal and pronoun
// mentions. It uses the dependency parse when the syntax stage ran before
// it, and word-order cues when it did not.
func (*Stage) Process(ctx context.Context, d *text.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	g, err := gazetteer.Load()
	if err != nil {
		return err
	}
	r := newResolver(d, g)
	defer putWordCache(r.cache)
	r.names()
	r.titles()
	r.nominals()
	r.sources()
	r.describedPeople()
	r.relatives()
	r.pronouns()
	r.predicateRoles()
	r.finish()
	return nil
}

// ent is an entity while it is being built.
type ent struct {
	typ       string
	name      string // fullest name so far
	nameLen   int    // its length in tokens
	words     []string
	country   string
	code      string // gazetteer or title code: "UKR", "IGOWSTNAT", "USAGOV"
	nation    string // the name's nationCode, for joining "US" and "United States"
	agent     string // agent code from a title ("GOV", "MIL")
	titleCode string // nation or organisation code from a title ("UKR")
	roles     []string
	person    *gazetteer.Person
	gender    byte // 'm', 'f' or 0
	sure      byte // the gender an honorific gave ("Mrs"), or 0
	group     bool // a plural mention ("European leaders")
	plural    bool // referred to by "they"
	groupKey  string
	former    bool
	mentions  []int
	// kinds are the head words of descriptions joined to the name ("the
	// Tarn news agency" gives "agency"), so that "the agency" later
	// finds it as "Tarn News Agency" would be found.
	kinds []string
}

// resolver holds one document's work.
type resolver struct {
	d      *text.Document
	g      *gazetteer.Gazetteer
	ents   []*ent
	of     []int    // mention index -> 1 + its working entity index, 0 none (see entOf)
	sentOf []int    // token -> sentence index
	words  []string // token texts
	starts []int    // token start offsets (tokenView.starts)
	ends   []int    // token end offsets
	lower  []string // token texts lower-cased (strings.ToLower)
	class  []uint8  // token's word classes (wordclass.go)
	parsed bool     // tokens carry a dependency parse
	quoted []bool   // token lies between quotation marks
	named  []int    // token -> name mention index covering it, -1
	gm     [][]gazetteer.Match
	cover  []bool // token lies in a name or nominal mention (covered)
	coverN int    // mentions marked in cover so far
	// unnamed holds the mentions mendSpans read as no name ("The Foreign
	// Minister", "Party leader"): descriptions, which cover nothing.
	unnamed []int
	cache   *wordCache // answers kept from document to document (wordcache.go)
	// inTitle marks the words of a title before a person's name ("Chief
	// Financial Officer Mei Tanaka"): none is a source of its own.
	inTitle  []bool
	headline map[int]bool // sentence index -> written in title case

	appoint   []bool    // isAppointVerb of each token, once predicateRoles has read it
	antScores []float64 // antecedent's scratch, per entity
	antCounts []int
	antSpoke  []bool
}

// lookup is r.g.Lookup remembered: the type vote, the joining and the
// naming of entities ask for the same names, in one document and the
// next (see wordCache).
func (r *resolver) lookup(key string) []gazetteer.Entry { return r.cache.lookup(key) }

func newResolver(d *text.Document, g *gazetteer.Gazetteer) *resolver {
	return resolverWith(d, g, takeWordCache(g))
}

// resolverWith makes a resolver that works with cache c, which it holds
// until the caller gives c back (putWordCache).
func resolverWith(d *text.Document, g *gazetteer.Gazetteer, c *wordCache) *resolver {
	r := &resolver{d: d, g: g, cache: c}
	n := len(d.Tokens)
	tv := tokenViewOf(d)
	r.sentOf, r.words, r.lower, r.class, r.quoted = tv.sentOf, tv.words, tv.lower, tv.class, tv.quoted
	r.starts, r.ends = tv.starts, tv.ends
	for _, t := range d.Tokens {
		if t.Rel != "" {
			r.parsed = true
			break
		}
	}
	if cap(r.cache.named) < n {
		r.cache.named = make([]int, n)
	}
	r.named = r.cache.named[:n]
	for i := range r.named {
		r.named[i] = -1
	}
	r.gm = make([][]gazetteer.Match, len(d.Sentences))
	return r
}

// tokenView is what a resolver reads of the tokens alone. The quote stage
// makes a resolver for each speaker it adds (AddSource), so the view is
// made once per document and shared read-only (see text.Document.Memo).
type tokenView struct {
	sentOf []int    // token -> sentence index, -1
	words  []string // token texts
	// starts and ends are the tokens' byte offsets, searched by
	// tokenRange: a binary search over the 104-byte tokens missed the
	// cache at nearly every step.
	starts, ends []int
	lower        []string // token texts lower-cased, once per document for the word lists that ask
	class        []uint8  // token's word classes (wordclass.go)
	quoted       []bool   // token lies between quotation marks
}

// tokenViewKey keys the view: stale once the tokens or sentences change
// (their texts and sentences, not their parse, which a resolver reads
// itself).
type tokenViewKey struct{ tokens, sents int }

func tokenViewOf(d *text.Document) *tokenView {
	return d.Memo(tokenViewKey{len(d.Tokens), len(d.Sentences)}, func() any {
		n := len(d.Tokens)
		tv := &tokenView{sentOf: make([]int, n), words: make([]string, n), lower: make([]string, n), class: make([]uint8, n),
			starts: make([]int, n), ends: make([]int, n)}
		for i := range tv.sentOf {
			tv.sentOf[i] = -1
		}
		for si, s := range d.Sentences {
			for i := max(s.FirstToken, 0); i < min(s.EndToken, n); i++ {
				tv.sentOf[i] = si
			}
		}
		var low lowerArena
		for i := range d.Tokens {
			t := &d.Tokens[i]
			tv.words[i] = d.Text[t.Start:t.End]
			tv.starts[i], tv.ends[i] = t.Start, t.End
			tv.lower[i] = low.lower(tv.words[i], len(d.Text))
			tv.class[i] = classOfLower(tv.lower[i])
		}
		tv.quoted = quotedTokens(tv.words, tv.starts, tv.ends, paragraphStarts(d))
		return tv
	}).(*tokenView)
}

// folded is fold.Token(r.words[i]), the form the gazetteer and the word
// lists are keyed by. An ASCII word without a period folds to its
// lower-case text, which the token view holds: only other words are
// folded again (the steps ask for a token's folded form many times, and
// each fold of a capitalised word was a new string).
func (r *resolver) folded(i int) string {
	w := r.words[i]
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf || w[k] == '.' {
			return fold.Token(w)
		}
	}
	return r.lower[i]
}

// tokenRange returns the tokens [first,end) a span covers, or ok false.
func (r *resolver) tokenRange(sp text.Span) (int, int, bool) {
	first, _ := slices.BinarySearch(r.ends, sp.Start+1) // the first token ending after sp.Start
	end := first
	for end < len(r.starts) && r.starts[end] < sp.End {
		end++
	}
	return first, end, first < end
}

// matches returns the gazetteer phrases of sentence si (computed once).
func (r *resolver) matches(si int) []gazetteer.Match {
	if si < 0 || si >= len(r.gm) {
		return nil
	}
	if r.gm[si] == nil {
		// The NER tagger has found them already: this copy counts from
		// the document's first token.
		s := r.d.Sentences[si]
		found := r.g.SentenceMatches(r.d)[si]
		ms := make([]gazetteer.Match, len(found))
		for k, m := range found {
			m.Start += s.FirstToken
			m.End += s.FirstToken
			ms[k] = m
		}
		r.gm[si] = ms
	}
	return r.gm[si]
}

// matchEndingAt returns the readings of the phrase that ends just before
// token end in sentence si.
func (r *resolver) matchEndingAt(si, end int) []gazetteer.Match {
	ms := r.matches(si)
	for k := range ms {
		if ms[k].End == end {
			j := k
			for j < len(ms) && ms[j].Start == ms[k].Start {
				j++
			}
			return ms[k:j]
		}
	}
	return nil
}

// addMention appends a mention linked to working entity e.
func (r *resolver) addMention(sp text.Span, kind text.MentionKind, typ string, e int) int {
	r.d.Mentions = append(r.d.Mentions, text.Mention{Span: sp, Kind: kind, Type: typ, Entity: -1})
	mi := len(r.d.Mentions) - 1
	r.link(mi, e)
	return mi
}

func (r *resolver) link(mi, e int) {
	if mi >= len(r.of) {
		r.of = append(r.of, make([]int, mi+1-len(r.of))...)
	}
	r.of[mi] = e + 1
	r.ents[e].mentions = append(r.ents[e].mentions, mi)
}

// entOf returns the working entity mention mi is linked to, and false
// when it is linked to none. (A slice, not a map: entityAt asks it for
// every mention of the document.)
func (r *resolver) entOf(mi int) (int, bool) {
	if mi < len(r.of) && r.of[mi] > 0 {
		return r.of[mi] - 1, true
	}
	return -1, false
}

// finish settles codes, orders entities by first mention and writes them.
func (r *resolver) finish() {
	type item struct {
		e     *ent
		first int
	}
	var items []item
	for _, e := range r.ents {
		if len(e.mentions) == 0 {
			continue
		}
		slices.SortFunc(e.mentions, func(a, b int) int { return r.d.Mentions[a].Start - r.d.Mentions[b].Start })
		items = append(items, item{e, r.d.Mentions[e.mentions[0]].Start})
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].first < items[j].first })
	// Sized once: appending grew it by copies, 2% of an ingest's bytes.
	r.d.Entities = slices.Grow(r.d.Entities[:0], len(items))
	for k, it := range items {
		e := it.e
		r.settle(e)
		r.d.Entities = append(r.d.Entities, text.Entity{
			ID:       "E" + itoa(k+1),
			Name:     oneLine(e.name),
			Type:     e.typ,
			Country:  e.country,
			Roles:    e.roles,
			Actor:    e.code,
			Mentions: e.mentions,
		})
		for _, mi := range e.mentions {
			r.d.Mentions[mi].Entity = k
		}
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
