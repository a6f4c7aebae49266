package text

import (
	"context"
	"strings"
	"sync"
	"unicode/utf8"
)

// Segmenter is the first stage: it cuts the text into paragraphs (the text
// between line breaks, or in hard-wrapped text between paragraph marks:
// see wrap.go), sentences and tokens. It keeps no state between
// documents, so one Segmenter serves any number of goroutines.
type Segmenter struct {
	// SplitHyphens splits hyphenated words as UD English EWT does
	// ("one - on - one"), keeping bound prefixes ("e-mail", "non-human").
	// The default keeps hyphenated words whole.
	SplitHyphens bool
}

// NewSegmenter returns the segmentation stage with default settings.
func NewSegmenter() *Segmenter { return &Segmenter{} }

func (*Segmenter) Name() string       { return "segment.v1" }
func (*Segmenter) Requires() []string { return nil }
func (*Segmenter) Assigns() []string  { return []string{"paragraphs", "sentences", "tokens"} }

// Process fills d.Paragraphs, d.Sentences and d.Tokens from d.Text. Every
// token lies in exactly one sentence and every sentence in one paragraph;
// only spaces (IsSpace) lie outside tokens. Tokens get Head -1 and no tags.
// It fails only when ctx is done.
func (sg *Segmenter) Process(ctx context.Context, d *Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	d.Paragraphs, d.Sentences, d.Tokens = segment(d.Text, sg.SplitHyphens)
	return nil
}

// nextLine returns the line of s that starts at i, without its line break
// ("\r\n" is one), and where the next line starts: len(s)+1 after the
// last.
func nextLine(s string, i int) (line, int) {
	j := i
	for j < len(s) {
		if c := s[j]; c >= ' ' && c < utf8.RuneSelf {
			j++ // printable ASCII: never a line break
			continue
		}
		r, w := decode(s, j)
		if isLineBreak(r) {
			break
		}
		j += w
	}
	if j == len(s) {
		return line{i, j}, j + 1
	}
	_, w := decode(s, j)
	if s[j] == '\r' && j+1 < len(s) && s[j+1] == '\n' {
		w = 2
	}
	return line{i, j}, j + w
}

// segment does the work of Process. It tokenizes paragraph by paragraph
// into one slice of spans, splits each paragraph into sentences, then
// builds the Token slice in one allocation, splitting off the period of
// every abbreviation that ends a sentence.
func segment(s string, splitHyphens bool) ([]Span, []Sentence, []Token) {
	var (
		paras  = make([]Span, 0, strings.Count(s, "\n")+1)
		buf    = spanPool.Get().(*[]Span)
		spans  = (*buf)[:0]
		sents  = make([]Sentence, 0, len(s)/80+4) // news averages 130 bytes a sentence
		splits []int
	)
	if want := len(s)/5 + 8; cap(spans) < want { // news averages 5.5 bytes a token
		spans = make([]Span, 0, want)
	}
	defer func() {
		if cap(spans) <= maxPooledSpans {
			*buf = spans[:0]
			spanPool.Put(buf)
		}
	}()
	wrap := readWrap(s)
	firstText := true // no line of text seen yet
	for i := 0; i <= len(s); {
		l, next := nextLine(s, i)
		start, end := l.start, l.end
		if wrap.wrapped && !blankLine(s, l) {
			// A paragraph is a line and the lines after it that a soft
			// break joins (hard-wrapped text; see wrap.go).
			first := firstText
			for next <= len(s) {
				m, after := nextLine(s, next)
				if blankLine(s, m) || !wrap.softBreak(s, l, m, first) {
					break
				}
				l, end, next, first = m, m.end, after, false
			}
		}
		if a, e := trimSpace(s, start, end); a < e {
			firstText = false
			paras = append(paras, Span{a, e})
			first := len(spans)
			spans = tokenize(s[a:e], a, splitHyphens, spans)
			sents, splits = splitSentences(s, spans, first, sents, splits)
		}
		i = next
	}

	// Setting fields of zeroed tokens, rather than appending whole Token
	// values, writes no pointers and so needs no GC write barriers.
	toks := make([]Token, len(spans)+len(splits))
	n, next := 0, 0 // tokens written; index into splits
	for si := range sents {
		sent := &sents[si]
		from, to := sent.FirstToken, sent.EndToken
		sent.FirstToken = n
		for k := from; k < to; k++ {
			sp := spans[k]
			if next < len(splits) && splits[next] == k {
				next++
				toks[n].Span, toks[n].Head = Span{sp.Start, sp.End - 1}, -1
				n++
				sp.Start = sp.End - 1
			}
			toks[n].Span, toks[n].Head = sp, -1
			n++
		}
		sent.EndToken = n
	}
	return paras, sents, toks
}

// spanPool keeps segment's token spans from document to document: they
// are scratch, copied into the Tokens, and were 2% of the bytes an ingest
// allocates. A buffer grown by a very long text is dropped, not kept.
var spanPool = sync.Pool{New: func() any { return new([]Span) }}

// maxPooledSpans bounds a kept buffer (1 MB of spans, a 300 KB text).
const maxPooledSpans = 1 << 16

// trimSpace narrows [i,j) of s to exclude leading and trailing spaces.
func trimSpace(s string, i, j int) (int, int) {
	for i < j {
		r, w := decode(s, i)
		if !IsSpace(r) {
			break
		}
		i += w
	}
	for j > i {
		r, w := decodeLast(s, j)
		if !IsSpace(r) {
			break
		}
		j -= w
	}
	return i, j
}
