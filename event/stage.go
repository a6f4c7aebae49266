package event

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"

	"dateline/text"
)

// Config chooses the coder's dictionaries. The zero value codes with the
// built-in lexicon.
type Config struct {
	// PetrarchConfig is the path of a PETRARCH-2 PETR_config.ini. When set,
	// its verb, actor, agent and discard dictionaries replace the built-in
	// ones and the coder codes as PETRARCH would: no intent codes and no
	// nominal events of its own.
	PetrarchConfig string
}

// DefaultConfig returns the built-in configuration.
func DefaultConfig() Config { return Config{} }

// Stage codes CAMEO events from the dependency parse. It is read-only
// after NewStage and safe for concurrent use.
type Stage struct {
	cfg Config
	lx  *Lexicon
}

// NewStage builds the event stage, loading the lexicon the config names.
// An error names the config file and says what is wrong with it.
func NewStage(cfg Config) (*Stage, error) {
	var lx *Lexicon
	var err error
	if cfg.PetrarchConfig != "" {
		lx, err = LoadPetrarchConfig(cfg.PetrarchConfig)
		if err != nil {
			return nil, fmt.Errorf("--petrarch-config %q: %w", cfg.PetrarchConfig, err)
		}
	} else if lx, err = Builtin(); err != nil {
		return nil, err
	}
	return &Stage{cfg: cfg, lx: lx}, nil
}

// NewDefaultStage returns the stage with the built-in lexicon, decoded on
// first use; a damaged embedded lexicon is then reported by Process. It
// suits DefaultStages, which cannot return an error.
func NewDefaultStage() *Stage { return &Stage{} }

// NewStageWithLexicon builds the stage over a lexicon made by the caller.
func NewStageWithLexicon(lx *Lexicon) (*Stage, error) {
	if lx == nil {
		return nil, errors.New("event: nil lexicon")
	}
	return &Stage{lx: lx}, nil
}

func (*Stage) Name() string { return "events.v1" }

// Requires does not list "entities": entity actor codes are used when an
// earlier stage has set them, and the dictionaries code actors otherwise.
func (*Stage) Requires() []string { return []string{"sentences", "tokens", "syntax"} }
func (*Stage) Assigns() []string  { return []string{"events"} }

// Process codes every sentence of the document and appends the events.
func (st *Stage) Process(ctx context.Context, d *text.Document) error {
	lx := st.lx
	if lx == nil {
		var err error
		if lx, err = Builtin(); err != nil {
			return err
		}
	}
	c := coderPool.Get().(*coder)
	defer func() {
		c.events, c.evAct, c.quotes, c.ents, c.people, c.orgs, c.s.doc = c.events[:0], c.evAct[:0], nil, nil, nil, nil, nil
		for _, s := range c.sents {
			s.doc = nil
		}
		coderPool.Put(c)
	}()
	c.made, c.cur = append(c.made[:0], make([]bool, len(d.Sentences))...), -1
	c.lx, c.cfg, c.date, c.storyDiscard = lx, st.cfg, 0, false
	clear(c.names)
	clear(c.entCodes)
	c.stateNat, c.stateDone = "", false
	c.lastPerson, c.prevSource = actor{}, actor{}
	clear(c.implicit)
	c.implicitDone = false
	if !d.Published.IsZero() {
		c.date, _ = strconv.Atoi(d.Published.Format("20060102"))
	}
	// Entity actor codes come from the built-in dictionaries; a PETRARCH
	// config's own dictionaries code its actors instead.
	if !lx.petrarch {
		c.ents = entityTokens(c.entsBuf, d, func(e *text.Entity) bool { return e.Actor != "" })
		c.people = entityTokens(c.peopleBuf, d, func(e *text.Entity) bool { return e.Type == "PERSON" && e.Actor == "" })
		c.entsBuf, c.peopleBuf = keepBuf(c.entsBuf, c.ents), keepBuf(c.peopleBuf, c.people)
		c.orgs = entityTokens(c.orgsBuf, d, func(e *text.Entity) bool { return e.Type == "ORG" && e.Actor == "" })
		c.orgsBuf = keepBuf(c.orgsBuf, c.orgs)
	}
	quotes := quoteSpans(d)
	for i, sn := range d.Sentences {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if sn.EndToken <= sn.FirstToken || sn.EndToken > len(d.Tokens) {
			continue
		}
		c.s, c.cur = c.sentence(d, i), i
		c.quotes = quotes
		clear(c.seen)
		c.codeSentence()
	}
	if c.storyDiscard {
		return nil // sports results, weather: the discard list says so
	}
	if !lx.petrarch && sportsStory(d.Text) {
		c.events = dropTeams(c.events)
	}
	c.events = dropRestatedHeadline(d, c.events)
	if !lx.petrarch {
		homeGovernment(d, c.events)
	}
	for i := range c.events {
		c.events[i].ID = "V" + strconv.Itoa(len(d.Events)+i+1)
	}
	d.Events = append(d.Events, c.events...)
	return nil
}

// sentence returns the coder's view of d's sentence si, made once per
// document: the main loop and the document-wide look for implicit
// recipients (collectImplicit) share it, with the words it has looked up.
func (c *coder) sentence(d *text.Document, si int) *sent {
	for len(c.sents) <= si {
		c.sents = append(c.sents, &sent{})
	}
	s := c.sents[si]
	if !c.made[si] {
		s.reset(d, d.Sentences[si])
		c.made[si] = true
	}
	return s
}

// coderPool keeps the scratch buffers of finished documents.
var coderPool = sync.Pool{New: func() any { return &coder{s: &sent{}, seen: map[evKey]bool{}} }}

// entityTokens maps every token covered by a mention of an entity that
// keep accepts to the entity's index, in buf when it is large enough (the
// coder keeps the last one: two slices of the document's length were
// most of the stage's allocated bytes); nil when there is none.
func entityTokens(buf []int, d *text.Document, keep func(*text.Entity) bool) []int {
	any := false
	for i := range d.Entities {
		if keep(&d.Entities[i]) {
			any = true
			break
		}
	}
	if !any {
		return nil
	}
	out := resizeInt(buf, len(d.Tokens))
	for i := range out {
		out[i] = -1
	}
	for ei := range d.Entities {
		e := &d.Entities[ei]
		if !keep(e) {
			continue
		}
		for _, mi := range e.Mentions {
			if mi < 0 || mi >= len(d.Mentions) {
				continue
			}
			m := d.Mentions[mi].Span
			ti := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= m.Start })
			for ; ti < len(d.Tokens) && d.Tokens[ti].End <= m.End; ti++ {
				out[ti] = ei
			}
		}
	}
	return out
}

// keepBuf is the buffer to keep for the next document: used when it is
// the larger.
func keepBuf(buf, used []int) []int {
	if cap(used) > cap(buf) {
		return used
	}
	return buf
}

// quoteSpans returns the quoted stretches: the quotes stage's spans when
// it ran, else the text between paired quotation marks.
func quoteSpans(d *text.Document) []text.Span {
	if len(d.Quotes) > 0 {
		out := make([]text.Span, 0, len(d.Quotes))
		for _, q := range d.Quotes {
			if q.Kind != text.QuoteIndirect {
				out = append(out, q.Pieces()...) // not the attribution inside a split quotation
			}
		}
		return out
	}
	var out []text.Span
	open := -1
	s := d.Text
	for i := 0; i < len(s); i++ {
		// Most bytes are none of the three the cases look at: they are
		// skipped by a table look-up each, not by the cases' tests.
		for i < len(s) && !quoteScanByte[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		switch {
		case s[i] == '"':
			if open < 0 {
				open = i + 1
			} else {
				out = append(out, text.Span{Start: open, End: i})
				open = -1
			}
		case i+2 < len(s) && s[i] == 0xe2 && s[i+1] == 0x80 && s[i+2] == 0x9c: // “
			open = i + 3
			i += 2
		case i+2 < len(s) && s[i] == 0xe2 && s[i+1] == 0x80 && s[i+2] == 0x9d: // ”
			if open >= 0 {
				out = append(out, text.Span{Start: open, End: i})
				open = -1
			}
			i += 2
		case s[i] == '\n' && i+1 < len(s) && s[i+1] == '\n':
			open = -1 // a quote does not run past its paragraph unless reopened
		}
	}
	return out
}

// quoteScanByte marks the bytes quoteSpans stops at: a straight quote,
// the first byte of a curly one, a newline.
var quoteScanByte = [256]bool{'"': true, 0xe2: true, '\n': true}

func (c *coder) inQuote(sp text.Span) bool {
	for _, q := range c.quotes {
		if sp.Start >= q.Start && sp.End <= q.End {
			return true
		}
	}
	return false
}
