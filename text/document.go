package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Document owns the cleaned article text. Every record below points into
// Text by a half-open [Start,End) UTF-8 byte span; normalised forms (lemma,
// TIMEX3 value, canonical name) live in their own fields. Records refer to
// each other by index (a quote's speaker is an index into Entities), never by
// copying names, so two "Washington"s stay two.
//
// Stages fill the slices; a stage never overwrites what another stage
// assigned (the pipeline checks the declared Assigns at build time).
type Document struct {
	Article // metadata; Article.Text is the document text

	Paragraphs []Span
	Sentences  []Sentence
	Tokens     []Token

	Mentions    []Mention
	Entities    []Entity
	Quotes      []Quote
	Events      []Event
	Times       []Time
	Amounts     []Amount
	Commitments []Commitment
	Tone        *Tone

	// Stages lists the name and version of every stage that processed the
	// document, in order ("tokenize.v1", "syntax.v1", …).
	Stages []string

	memo map[any]any // see Memo
}

// NewDocument wraps an article. The text is taken as it is: cleaning is the
// source's job, before a Document exists.
func NewDocument(a Article) *Document { return &Document{Article: a} }

// Span is a half-open byte range into Document.Text.
type Span struct{ Start, End int }

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Slice returns the text the span covers.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// QuoteText returns a quote's words: its span, or for a quotation split by
// its attribution the parts without the attribution. The comma a writer
// puts at the end of a part before the attribution (“Every plan,” she
// said, “has a cost.”) is the writer's, not the speaker's: it goes, and
// when the next part opens a new sentence a period stands in for it. The
// opening marks of a quotation's later paragraphs are the quotation's
// punctuation too, and go (see dropContinuationMarks).
func (d *Document) QuoteText(q *Quote) string {
	words := d.joinedParts(q)
	if q.Kind == QuoteDirect || q.Kind == QuotePartial {
		words = dropContinuationMarks(words)
	}
	return words
}

// joinedParts is QuoteText before the continuation marks go.
func (d *Document) joinedParts(q *Quote) string {
	if len(q.Parts) == 0 {
		return d.Slice(q.Span)
	}
	var b strings.Builder
	for i, p := range q.Parts {
		part := d.Slice(p)
		if i+1 < len(q.Parts) {
			if cut, ok := strings.CutSuffix(part, ","); ok {
				part = cut
				if r, _ := utf8.DecodeRuneInString(d.Slice(q.Parts[i+1])); unicode.IsUpper(r) {
					part += "."
				}
			}
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(part)
	}
	return b.String()
}

// Sentence is a span plus the range of its tokens, [FirstToken, EndToken).
type Sentence struct {
	Span
	FirstToken, EndToken int
}

// Token is one word or punctuation mark. Head is the index of the head token
// in Document.Tokens (-1 for a sentence root or before parsing); Rel is the
// Universal Dependencies relation.
type Token struct {
	Span
	UPOS, XPOS, Lemma string
	Head              int
	Rel               string
	// NER is the token's BIO entity tag ("B-PERSON", "O"), set by the ner stage.
	NER string
}

// MentionKind says how an entity is mentioned.
type MentionKind string

const (
	MentionName    MentionKind = "name"
	MentionNominal MentionKind = "nominal"
	MentionPronoun MentionKind = "pronoun"
)

// Mention is one reference to an entity. Entity is an index into
// Document.Entities, or -1 while unresolved.
type Mention struct {
	Span
	Kind   MentionKind
	Type   string // PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, …
	Entity int
}

// Entity is a person, organisation or place, with every mention joined.
type Entity struct {
	ID       string // "E1", stable within the document
	Name     string // the fullest form
	Type     string
	Country  string   // ISO 3166-1 alpha-3, when known
	Roles    []string // "President", "Vice President"
	Actor    string   // CAMEO actor code ("UKRGOV")
	Mentions []int    // indexes into Document.Mentions
}

// QuoteKind is direct, partial or indirect speech.
type QuoteKind string

const (
	QuoteDirect   QuoteKind = "direct"
	QuotePartial  QuoteKind = "partial"
	QuoteIndirect QuoteKind = "indirect"
)

// Quote is one utterance with its speaker. Span covers the quoted words
// without the quotation marks. Speaker and Listener are indexes into
// Document.Entities, -1 when not found.
type Quote struct {
	ID   string
	Kind QuoteKind
	Span
	// Parts are the quoted stretches of a quotation split by its
	// attribution (“We tried,” she said, “but …”), in order: Span runs
	// from the first to the last, over the attribution between them. Nil
	// when the quote is one stretch.
	Parts      []Span
	Speaker    int
	Listener   int
	Cue        string // the cue as written ("said", "according to")
	CueSpan    Span   // zero when there is no cue
	Confidence float64
	Tone       *Tone
}

// Actor is one side of an event: an entity (index, or -1) and its CAMEO code.
type Actor struct {
	Entity int
	Code   string
	Name   string
}

// Event is a CAMEO-coded actor–action–target record; Span is its evidence.
type Event struct {
	ID string
	Span
	Code      string // CAMEO code with leading zeros ("036")
	QuadClass int
	Goldstein float64
	Actor1    Actor
	Actor2    Actor
	Date      string // TIMEX3 date of the clause, else the publication date
	Location  string
	InQuote   bool
}

// Time is a TIMEX3 expression normalised against the reference date.
type Time struct {
	Span
	Type       string // DATE, TIME, DURATION, SET
	Value      string
	StartValue string // for ranges
	EndValue   string
	Mod        string // TIMEX3 mod: APPROX, START, END, …
}

// Amount is money, a count or a percentage, with what it counts.
type Amount struct {
	Span
	Kind        string // money, count, percent
	Value       float64
	Unit        string // ISO 4217 for money; the counted noun's lemma otherwise
	Approximate bool
	Object      string
}

// Tone is GDELT-style tone: percentages of positive and negative words.
type Tone struct {
	Tone     float64 // Positive - Negative
	Positive float64
	Negative float64
	Polarity float64
	Words    int
}

// Commitment is a statement of future action with an actor and a due time.
type Commitment struct {
	Span
	Actor    int // entity index, -1 when unknown
	Action   string
	DueStart string
	DueEnd   string
	Quote    int // index into Quotes, -1 when not from a quote
}

// Pieces returns the stretches that hold the quote's words: its Parts, or
// its Span when it is one stretch.
func (q *Quote) Pieces() []Span {
	if len(q.Parts) > 0 {
		return q.Parts
	}
	return []Span{q.Span}
}
