package dateline

import (
	"math"

	"dateline/text"
)

// Analysis is the public, stable JSON view of a processed document: the
// contract that stores persist, the API serves and the bench scorers read.
// Field names are fixed; offsets are UTF-8 byte offsets into Text, half-open.
type Analysis struct {
	ID          string         `json:"id"`
	URL         *string        `json:"url"`
	Title       *string        `json:"title"`
	Author      *string        `json:"author,omitempty"`
	Published   *string        `json:"published"`
	Language    string         `json:"language"`
	Source      string         `json:"source,omitempty"`
	Flags       []string       `json:"flags,omitempty"`
	Text        string         `json:"text"`
	Sentences   []SentenceJSON `json:"sentences"`
	Tokens      []TokenJSON    `json:"tokens,omitempty"`
	Entities    []EntityJSON   `json:"entities"`
	Quotes      []QuoteJSON    `json:"quotes"`
	Events      []EventJSON    `json:"events"`
	Times       []TimeJSON     `json:"times"`
	Amounts     []AmountJSON   `json:"amounts"`
	Commitments []CommitJSON   `json:"commitments"`
	Tone        *ToneJSON      `json:"tone"`
	Stages      []string       `json:"stages"`
	Error       *ErrorJSON     `json:"error,omitempty"`
}

// ErrorJSON is the error record of an article that failed: the input it
// came from, the stage (empty for a source error) and the message.
type ErrorJSON struct {
	Input   string `json:"input"`
	Stage   string `json:"stage,omitempty"`
	Message string `json:"message"`
}

type SentenceJSON = SpanJSON

// SpanJSON is a [start, end) byte span of the text.
type SpanJSON struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type TokenJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	UPOS  string `json:"upos,omitempty"`
	XPOS  string `json:"xpos,omitempty"`
	Lemma string `json:"lemma,omitempty"`
	Head  int    `json:"head"`
	Rel   string `json:"rel,omitempty"`
}

type MentionJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
}

type EntityJSON struct {
	ID       string        `json:"id"`
	Name     string        `json:"name"`
	Type     string        `json:"type"`
	Country  *string       `json:"country"`
	Roles    []string      `json:"roles"`
	Actor    *string       `json:"actor"`
	Mentions []MentionJSON `json:"mentions"`
}

type QuoteJSON struct {
	ID    string `json:"id"`
	Kind  string `json:"kind"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Parts are the quoted stretches of a quotation split by its
	// attribution; Text is their words joined by a space.
	Parts       []SpanJSON `json:"parts,omitempty"`
	Speaker     *string    `json:"speaker"`
	SpeakerName *string    `json:"speaker_name"`
	Cue         *string    `json:"cue"`
	CueStart    *int       `json:"cue_start,omitempty"`
	CueEnd      *int       `json:"cue_end,omitempty"`
	Listener    *string    `json:"listener"`
	Confidence  float64    `json:"confidence"`
	Tone        *ToneJSON  `json:"tone,omitempty"`
}

type ActorJSON struct {
	Entity *string `json:"entity"`
	Code   string  `json:"code"`
	Name   string  `json:"name"`
}

type EventJSON struct {
	ID        string     `json:"id"`
	Code      string     `json:"code"`
	QuadClass int        `json:"quad_class"`
	Goldstein float64    `json:"goldstein"`
	Actor1    *ActorJSON `json:"actor1"`
	Actor2    *ActorJSON `json:"actor2"`
	Date      string     `json:"date,omitempty"`
	Location  *string    `json:"location"`
	Start     int        `json:"start"`
	End       int        `json:"end"`
	Text      string     `json:"text"`
	InQuote   bool       `json:"in_quote"`
}

type TimeJSON struct {
	Text       string `json:"text"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Type       string `json:"type"`
	Value      string `json:"value"`
	StartValue string `json:"start_value,omitempty"`
	EndValue   string `json:"end_value,omitempty"`
	Mod        string `json:"mod,omitempty"`
}

type AmountJSON struct {
	Text        string  `json:"text"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Kind        string  `json:"kind"`
	Value       float64 `json:"value"`
	Unit        string  `json:"unit"`
	Approximate bool    `json:"approximate"`
	Object      string  `json:"object,omitempty"`
}

type ToneJSON struct {
	Tone     float64 `json:"tone"`
	Positive float64 `json:"positive"`
	Negative float64 `json:"negative"`
	Polarity float64 `json:"polarity"`
	Words    int     `json:"words"`
}

type DueJSON struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

type CommitJSON struct {
	Actor     *string `json:"actor"`
	ActorName *string `json:"actor_name"`
	Action    string  `json:"action"`
	Due       DueJSON `json:"due"`
	Evidence  string  `json:"evidence"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Quote     *string `json:"quote"`
}

// ViewOptions choose the optional parts of an Analysis.
type ViewOptions struct {
	Tokens bool // include the tokens array
}

// NewAnalysis builds the JSON view of a document. It never fails: every
// span was checked by the stage that made it.
func NewAnalysis(doc *text.Document, opt ViewOptions) Analysis {
	a := Analysis{
		ID:          doc.ID,
		URL:         optString(doc.URL),
		Title:       optString(doc.Title),
		Author:      optString(doc.Author),
		Language:    doc.Language,
		Source:      doc.Origin.String(),
		Flags:       doc.Flags,
		Text:        doc.Text,
		Sentences:   make([]SentenceJSON, len(doc.Sentences)),
		Entities:    make([]EntityJSON, 0, len(doc.Entities)),
		Quotes:      make([]QuoteJSON, 0, len(doc.Quotes)),
		Events:      make([]EventJSON, 0, len(doc.Events)),
		Times:       make([]TimeJSON, 0, len(doc.Times)),
		Amounts:     make([]AmountJSON, 0, len(doc.Amounts)),
		Commitments: make([]CommitJSON, 0, len(doc.Commitments)),
		Tone:        toneJSON(doc.Tone),
		Stages:      doc.Stages,
	}
	if doc.Origin.Path == "" {
		a.Source = ""
	}
	if !doc.Published.IsZero() {
		s := doc.Published.Format("2006-01-02")
		a.Published = &s
	}
	for i, s := range doc.Sentences {
		a.Sentences[i] = SentenceJSON{s.Start, s.End}
	}
	if opt.Tokens {
		a.Tokens = make([]TokenJSON, len(doc.Tokens))
		for i, t := range doc.Tokens {
			a.Tokens[i] = TokenJSON{t.Start, t.End, t.UPOS, t.XPOS, t.Lemma, t.Head, t.Rel}
		}
	}
	// The optional values the records point to are kept in a few slices
	// made to size, one allocation each, not one a value (a pointer into
	// a slice that grew past its size would still be right: the old array
	// is never written again).
	nMentions := 0
	for _, e := range doc.Entities {
		nMentions += len(e.Mentions)
	}
	mentions := make([]MentionJSON, 0, nMentions)
	opts := make([]string, 0, 2*len(doc.Entities)+len(doc.Quotes)+len(doc.Events))
	optStr := func(s string) *string {
		if s == "" {
			return nil
		}
		opts = append(opts, s)
		return &opts[len(opts)-1]
	}
	tones := make([]ToneJSON, 0, len(doc.Quotes))
	cues := make([]text.Span, 0, len(doc.Quotes))
	entityID := func(i int) *string {
		if i < 0 || i >= len(doc.Entities) {
			return nil
		}
		return &doc.Entities[i].ID
	}
	entityName := func(i int) *string {
		if i < 0 || i >= len(doc.Entities) {
			return nil
		}
		return &doc.Entities[i].Name
	}
	for _, e := range doc.Entities {
		k := len(mentions)
		ej := EntityJSON{ID: e.ID, Name: e.Name, Type: e.Type, Country: optStr(e.Country),
			Roles: e.Roles, Actor: optStr(e.Actor), Mentions: mentions[k:k:min(k+len(e.Mentions), cap(mentions))]}
		if ej.Roles == nil {
			ej.Roles = []string{}
		}
		for _, mi := range e.Mentions {
			m := doc.Mentions[mi]
			ej.Mentions = append(ej.Mentions, MentionJSON{m.Start, m.End, doc.Slice(m.Span), string(m.Kind)})
		}
		mentions = mentions[:k+len(ej.Mentions)]
		a.Entities = append(a.Entities, ej)
	}
	for _, q := range doc.Quotes {
		qj := QuoteJSON{ID: q.ID, Kind: string(q.Kind), Text: doc.QuoteText(&q), Start: q.Start, End: q.End,
			Speaker: entityID(q.Speaker), SpeakerName: entityName(q.Speaker), Cue: optStr(q.Cue),
			Listener: entityID(q.Listener), Confidence: roundConfidence(q.Confidence)}
		if q.Tone != nil {
			tones = append(tones, *toneJSON(q.Tone))
			qj.Tone = &tones[len(tones)-1]
		}
		if q.CueSpan.End > q.CueSpan.Start {
			// A copy of the cue alone: pointing into q moved every quote's
			// copy to the heap (3 MB of a BBC ingest's 711).
			cues = append(cues, q.CueSpan)
			cue := &cues[len(cues)-1]
			qj.CueStart, qj.CueEnd = &cue.Start, &cue.End
		}
		for _, p := range q.Parts {
			qj.Parts = append(qj.Parts, SpanJSON{p.Start, p.End})
		}
		a.Quotes = append(a.Quotes, qj)
	}
	actors := make([]ActorJSON, 0, 2*len(doc.Events))
	actor := func(x text.Actor) *ActorJSON {
		if x.Code == "" && x.Entity < 0 {
			return nil
		}
		actors = append(actors, ActorJSON{Entity: entityID(x.Entity), Code: x.Code, Name: x.Name})
		return &actors[len(actors)-1]
	}
	for _, e := range doc.Events {
		a.Events = append(a.Events, EventJSON{ID: e.ID, Code: e.Code, QuadClass: e.QuadClass, Goldstein: e.Goldstein,
			Actor1: actor(e.Actor1), Actor2: actor(e.Actor2), Date: e.Date, Location: optStr(e.Location),
			Start: e.Start, End: e.End, Text: doc.Slice(e.Span), InQuote: e.InQuote})
	}
	for _, t := range doc.Times {
		a.Times = append(a.Times, TimeJSON{Text: doc.Slice(t.Span), Start: t.Start, End: t.End, Type: t.Type,
			Value: t.Value, StartValue: t.StartValue, EndValue: t.EndValue, Mod: t.Mod})
	}
	for _, m := range doc.Amounts {
		a.Amounts = append(a.Amounts, AmountJSON{Text: doc.Slice(m.Span), Start: m.Start, End: m.End, Kind: m.Kind,
			Value: m.Value, Unit: m.Unit, Approximate: m.Approximate, Object: m.Object})
	}
	for _, c := range doc.Commitments {
		cj := CommitJSON{Actor: entityID(c.Actor), ActorName: entityName(c.Actor), Action: c.Action,
			Due: DueJSON{c.DueStart, c.DueEnd}, Evidence: doc.Slice(c.Span), Start: c.Start, End: c.End}
		if c.Quote >= 0 && c.Quote < len(doc.Quotes) {
			cj.Quote = &doc.Quotes[c.Quote].ID
		}
		a.Commitments = append(a.Commitments, cj)
	}
	return a
}

func toneJSON(t *text.Tone) *ToneJSON {
	if t == nil {
		return nil
	}
	return &ToneJSON{Tone: t.Tone, Positive: t.Positive, Negative: t.Negative, Polarity: t.Polarity, Words: t.Words}
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// roundConfidence keeps four decimals: the calibration map's knots have
// four, and a value interpolated between them (0.9308656976484282) claims a
// precision it has not, beside its neighbours' 0.9693.
func roundConfidence(c float64) float64 {
	return math.Round(c*1e4) / 1e4
}
