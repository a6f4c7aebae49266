package dateline

import (
	"errors"
	"math"
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends the analysis as json.Marshal writes it, byte for
// byte (the same field order, omissions, escapes and numbers), without
// reflection: the store encodes every article it writes, and
// encoding/json's walk over the fields by reflection was about 1.8% of
// the instructions of a BBC ingest. With escapeHTML false, < > and & are
// written as they are, as by a json.Encoder after SetEscapeHTML(false)
// (extract's JSONL). A value json.Marshal refuses (a number that is not
// finite) is an error, and b is returned as it was; the caller can then
// ask encoding/json for its own error. TestAppendJSONIsMarshal compares
// the two.
func (a *Analysis) AppendJSON(b []byte, escapeHTML bool) ([]byte, error) {
	w := jsonWriter{b: b, safe: &jsonSafe, html: escapeHTML}
	if !escapeHTML {
		w.safe = &jsonSafeNoHTML
	}
	w.analysis(a)
	if w.bad {
		return b, errNotFinite
	}
	return w.b, nil
}

var errNotFinite = errors.New("dateline: a number in the analysis is not finite")

type jsonWriter struct {
	b    []byte
	safe *[utf8.RuneSelf]bool // the ASCII bytes written as they are
	html bool                 // < > & are escaped (safe is jsonSafe)
	bad  bool                 // a float was NaN or infinite
}

func (w *jsonWriter) analysis(a *Analysis) {
	w.b = append(w.b, `{"id":`...)
	w.str(a.ID)
	w.b = append(w.b, `,"url":`...)
	w.optStr(a.URL)
	w.b = append(w.b, `,"title":`...)
	w.optStr(a.Title)
	if a.Author != nil {
		w.b = append(w.b, `,"author":`...)
		w.str(*a.Author)
	}
	w.b = append(w.b, `,"published":`...)
	w.optStr(a.Published)
	w.b = append(w.b, `,"language":`...)
	w.str(a.Language)
	if a.Source != "" {
		w.b = append(w.b, `,"source":`...)
		w.str(a.Source)
	}
	if len(a.Flags) > 0 {
		w.b = append(w.b, `,"flags":`...)
		w.strs(a.Flags)
	}
	w.b = append(w.b, `,"text":`...)
	w.str(a.Text)
	w.b = append(w.b, `,"sentences":`...)
	w.spans(a.Sentences)
	if len(a.Tokens) > 0 {
		w.b = append(w.b, `,"tokens":[`...)
		for i := range a.Tokens {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.token(&a.Tokens[i])
		}
		w.b = append(w.b, ']')
	}
	w.b = append(w.b, `,"entities":`...)
	if a.Entities == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.b = append(w.b, '[')
		for i := range a.Entities {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.entity(&a.Entities[i])
		}
		w.b = append(w.b, ']')
	}
	w.b = append(w.b, `,"quotes":`...)
	if a.Quotes == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.b = append(w.b, '[')
		for i := range a.Quotes {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.quote(&a.Quotes[i])
		}
		w.b = append(w.b, ']')
	}
	w.b = append(w.b, `,"events":`...)
	if a.Events == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.b = append(w.b, '[')
		for i := range a.Events {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.event(&a.Events[i])
		}
		w.b = append(w.b, ']')
	}
	w.b = append(w.b, `,"times":`...)
	if a.Times == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.b = append(w.b, '[')
		for i := range a.Times {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.time(&a.Times[i])
		}
		w.b = append(w.b, ']')
	}
	w.b = append(w.b, `,"amounts":`...)
	if a.Amounts == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.b = append(w.b, '[')
		for i := range a.Amounts {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.amount(&a.Amounts[i])
		}
		w.b = append(w.b, ']')
	}
	w.b = append(w.b, `,"commitments":`...)
	if a.Commitments == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.b = append(w.b, '[')
		for i := range a.Commitments {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.commitment(&a.Commitments[i])
		}
		w.b = append(w.b, ']')
	}
	w.b = append(w.b, `,"tone":`...)
	w.tone(a.Tone)
	w.b = append(w.b, `,"stages":`...)
	if a.Stages == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.strs(a.Stages)
	}
	if a.Error != nil {
		w.b = append(w.b, `,"error":{"input":`...)
		w.str(a.Error.Input)
		if a.Error.Stage != "" {
			w.b = append(w.b, `,"stage":`...)
			w.str(a.Error.Stage)
		}
		w.b = append(w.b, `,"message":`...)
		w.str(a.Error.Message)
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, '}')
}

func (w *jsonWriter) spans(s []SpanJSON) {
	if s == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.b = append(w.b, '[')
	for i, sp := range s {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.b = append(w.b, `{"start":`...)
		w.b = strconv.AppendInt(w.b, int64(sp.Start), 10)
		w.b = append(w.b, `,"end":`...)
		w.b = strconv.AppendInt(w.b, int64(sp.End), 10)
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, ']')
}

func (w *jsonWriter) token(t *TokenJSON) {
	w.b = append(w.b, `{"start":`...)
	w.b = strconv.AppendInt(w.b, int64(t.Start), 10)
	w.b = append(w.b, `,"end":`...)
	w.b = strconv.AppendInt(w.b, int64(t.End), 10)
	if t.UPOS != "" {
		w.b = append(w.b, `,"upos":`...)
		w.str(t.UPOS)
	}
	if t.XPOS != "" {
		w.b = append(w.b, `,"xpos":`...)
		w.str(t.XPOS)
	}
	if t.Lemma != "" {
		w.b = append(w.b, `,"lemma":`...)
		w.str(t.Lemma)
	}
	w.b = append(w.b, `,"head":`...)
	w.b = strconv.AppendInt(w.b, int64(t.Head), 10)
	if t.Rel != "" {
		w.b = append(w.b, `,"rel":`...)
		w.str(t.Rel)
	}
	w.b = append(w.b, '}')
}

func (w *jsonWriter) entity(e *EntityJSON) {
	w.b = append(w.b, `{"id":`...)
	w.str(e.ID)
	w.b = append(w.b, `,"name":`...)
	w.str(e.Name)
	w.b = append(w.b, `,"type":`...)
	w.str(e.Type)
	w.b = append(w.b, `,"country":`...)
	w.optStr(e.Country)
	w.b = append(w.b, `,"roles":`...)
	if e.Roles == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.strs(e.Roles)
	}
	w.b = append(w.b, `,"actor":`...)
	w.optStr(e.Actor)
	w.b = append(w.b, `,"mentions":`...)
	if e.Mentions == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.b = append(w.b, '[')
		for i := range e.Mentions {
			m := &e.Mentions[i]
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.b = append(w.b, `{"start":`...)
			w.b = strconv.AppendInt(w.b, int64(m.Start), 10)
			w.b = append(w.b, `,"end":`...)
			w.b = strconv.AppendInt(w.b, int64(m.End), 10)
			w.b = append(w.b, `,"text":`...)
			w.str(m.Text)
			w.b = append(w.b, `,"kind":`...)
			w.str(m.Kind)
			w.b = append(w.b, '}')
		}
		w.b = append(w.b, ']')
	}
	w.b = append(w.b, '}')
}

func (w *jsonWriter) quote(q *QuoteJSON) {
	w.b = append(w.b, `{"id":`...)
	w.str(q.ID)
	w.b = append(w.b, `,"kind":`...)
	w.str(q.Kind)
	w.b = append(w.b, `,"text":`...)
	w.str(q.Text)
	w.b = append(w.b, `,"start":`...)
	w.b = strconv.AppendInt(w.b, int64(q.Start), 10)
	w.b = append(w.b, `,"end":`...)
	w.b = strconv.AppendInt(w.b, int64(q.End), 10)
	if len(q.Parts) > 0 {
		w.b = append(w.b, `,"parts":`...)
		w.spans(q.Parts)
	}
	w.b = append(w.b, `,"speaker":`...)
	w.optStr(q.Speaker)
	w.b = append(w.b, `,"speaker_name":`...)
	w.optStr(q.SpeakerName)
	w.b = append(w.b, `,"cue":`...)
	w.optStr(q.Cue)
	if q.CueStart != nil {
		w.b = append(w.b, `,"cue_start":`...)
		w.b = strconv.AppendInt(w.b, int64(*q.CueStart), 10)
	}
	if q.CueEnd != nil {
		w.b = append(w.b, `,"cue_end":`...)
		w.b = strconv.AppendInt(w.b, int64(*q.CueEnd), 10)
	}
	w.b = append(w.b, `,"listener":`...)
	w.optStr(q.Listener)
	w.b = append(w.b, `,"confidence":`...)
	w.float(q.Confidence)
	if q.Tone != nil {
		w.b = append(w.b, `,"tone":`...)
		w.tone(q.Tone)
	}
	w.b = append(w.b, '}')
}

func (w *jsonWriter) actor(x *ActorJSON) {
	if x == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.b = append(w.b, `{"entity":`...)
	w.optStr(x.Entity)
	w.b = append(w.b, `,"code":`...)
	w.str(x.Code)
	w.b = append(w.b, `,"name":`...)
	w.str(x.Name)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) event(e *EventJSON) {
	w.b = append(w.b, `{"id":`...)
	w.str(e.ID)
	w.b = append(w.b, `,"code":`...)
	w.str(e.Code)
	w.b = append(w.b, `,"quad_class":`...)
	w.b = strconv.AppendInt(w.b, int64(e.QuadClass), 10)
	w.b = append(w.b, `,"goldstein":`...)
	w.float(e.Goldstein)
	w.b = append(w.b, `,"actor1":`...)
	w.actor(e.Actor1)
	w.b = append(w.b, `,"actor2":`...)
	w.actor(e.Actor2)
	if e.Date != "" {
		w.b = append(w.b, `,"date":`...)
		w.str(e.Date)
	}
	w.b = append(w.b, `,"location":`...)
	w.optStr(e.Location)
	w.b = append(w.b, `,"start":`...)
	w.b = strconv.AppendInt(w.b, int64(e.Start), 10)
	w.b = append(w.b, `,"end":`...)
	w.b = strconv.AppendInt(w.b, int64(e.End), 10)
	w.b = append(w.b, `,"text":`...)
	w.str(e.Text)
	w.b = append(w.b, `,"in_quote":`...)
	w.b = strconv.AppendBool(w.b, e.InQuote)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) time(t *TimeJSON) {
	w.b = append(w.b, `{"text":`...)
	w.str(t.Text)
	w.b = append(w.b, `,"start":`...)
	w.b = strconv.AppendInt(w.b, int64(t.Start), 10)
	w.b = append(w.b, `,"end":`...)
	w.b = strconv.AppendInt(w.b, int64(t.End), 10)
	w.b = append(w.b, `,"type":`...)
	w.str(t.Type)
	w.b = append(w.b, `,"value":`...)
	w.str(t.Value)
	if t.StartValue != "" {
		w.b = append(w.b, `,"start_value":`...)
		w.str(t.StartValue)
	}
	if t.EndValue != "" {
		w.b = append(w.b, `,"end_value":`...)
		w.str(t.EndValue)
	}
	if t.Mod != "" {
		w.b = append(w.b, `,"mod":`...)
		w.str(t.Mod)
	}
	w.b = append(w.b, '}')
}

func (w *jsonWriter) amount(m *AmountJSON) {
	w.b = append(w.b, `{"text":`...)
	w.str(m.Text)
	w.b = append(w.b, `,"start":`...)
	w.b = strconv.AppendInt(w.b, int64(m.Start), 10)
	w.b = append(w.b, `,"end":`...)
	w.b = strconv.AppendInt(w.b, int64(m.End), 10)
	w.b = append(w.b, `,"kind":`...)
	w.str(m.Kind)
	w.b = append(w.b, `,"value":`...)
	w.float(m.Value)
	w.b = append(w.b, `,"unit":`...)
	w.str(m.Unit)
	w.b = append(w.b, `,"approximate":`...)
	w.b = strconv.AppendBool(w.b, m.Approximate)
	if m.Object != "" {
		w.b = append(w.b, `,"object":`...)
		w.str(m.Object)
	}
	w.b = append(w.b, '}')
}

func (w *jsonWriter) commitment(c *CommitJSON) {
	w.b = append(w.b, `{"actor":`...)
	w.optStr(c.Actor)
	w.b = append(w.b, `,"actor_name":`...)
	w.optStr(c.ActorName)
	w.b = append(w.b, `,"action":`...)
	w.str(c.Action)
	w.b = append(w.b, `,"due":{"start":`...)
	w.str(c.Due.Start)
	w.b = append(w.b, `,"end":`...)
	w.str(c.Due.End)
	w.b = append(w.b, `},"evidence":`...)
	w.str(c.Evidence)
	w.b = append(w.b, `,"start":`...)
	w.b = strconv.AppendInt(w.b, int64(c.Start), 10)
	w.b = append(w.b, `,"end":`...)
	w.b = strconv.AppendInt(w.b, int64(c.End), 10)
	w.b = append(w.b, `,"quote":`...)
	w.optStr(c.Quote)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) tone(t *ToneJSON) {
	if t == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.b = append(w.b, `{"tone":`...)
	w.float(t.Tone)
	w.b = append(w.b, `,"positive":`...)
	w.float(t.Positive)
	w.b = append(w.b, `,"negative":`...)
	w.float(t.Negative)
	w.b = append(w.b, `,"polarity":`...)
	w.float(t.Polarity)
	w.b = append(w.b, `,"words":`...)
	w.b = strconv.AppendInt(w.b, int64(t.Words), 10)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) strs(s []string) {
	w.b = append(w.b, '[')
	for i, x := range s {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.str(x)
	}
	w.b = append(w.b, ']')
}

func (w *jsonWriter) optStr(s *string) {
	if s == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.str(*s)
}

// float writes f as encoding/json does (floatEncoder, 64 bits): the
// shortest decimal, with an exponent only below 1e-6 or from 1e21, and
// no leading zero in a negative exponent.
func (w *jsonWriter) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		w.bad = true
		w.b = append(w.b, "null"...)
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b := strconv.AppendFloat(w.b, f, format, -1, 64)
	if format == 'e' {
		// e-09 is written e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	w.b = b
}

const hexDigits = "0123456789abcdef"

// load8 reads the eight bytes of s from i, the first lowest (one load).
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// hasByte reports whether a byte of x is c; below reports whether a byte
// of x is less than n (n <= 0x80). Both exact for the word as a whole
// (a borrow only runs on from a byte that is one).
func hasByte(x uint64, c byte) bool { y := x ^ ones*uint64(c); return (y-ones)&^y&highs != 0 }
func below(x uint64, n byte) bool   { return (x-ones*uint64(n))&^x&highs != 0 }

// safe8 reports whether every byte of x is ASCII that str writes as it
// is (jsonSafe, or jsonSafeNoHTML when html is false).
func safe8(x uint64, html bool) bool {
	if x&highs != 0 || below(x, 0x20) || hasByte(x, '"') || hasByte(x, '\\') {
		return false
	}
	return !html || !hasByte(x, '<') && !hasByte(x, '>') && !hasByte(x, '&')
}

// jsonSafe holds the ASCII bytes encoding/json writes as they are with
// HTML escaping on (its htmlSafeSet): printable, not '"', '\\', '<', '>'
// or '&'; jsonSafeNoHTML those it writes as they are with HTML escaping
// off (its safeSet), which include < > and &.
var jsonSafe, jsonSafeNoHTML = func() (t, u [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		u[c] = c != '"' && c != '\\'
		t[c] = u[c] && c != '<' && c != '>' && c != '&'
	}
	return t, u
}()

// str writes s quoted as encoding/json does (its appendString): the
// escapes \" \\ \b \f \n \r \t, \u00XX for the other control bytes
// (and for < > & with HTML escaping on), \ufffd for a byte that is not
// UTF-8, and \u2028 and \u2029.
func (w *jsonWriter) str(s string) {
	b := append(w.b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight bytes at a time while none needs a look of its own:
		// nearly all of a text's bytes.
		if i+8 <= len(s) && safe8(load8(s, i), w.html) {
			i += 8
			continue
		}
		if c := s[i]; c < utf8.RuneSelf {
			if w.safe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	w.b = append(b, '"')
}
