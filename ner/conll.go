package ner

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"dateline/text"
)

// A Doc is one annotated document made ready for training: the text built
// the way the NER bench builds it (tokens joined by spaces, sentences by
// newlines), segmented by our own segmenter so that training sees the
// tokens and sentences the stage sees at run time, with the CoNLL tags
// carried over to those tokens (IOB2, CoNLL types).
type Doc struct {
	Doc  *text.Document
	Tags []string // one per token of Doc.Tokens: "O", "B-PER", "I-LOC", …
}

// ReadCoNLL reads a CoNLL-2003 column file (word first, NER tag last; blank
// lines between sentences; -DOCSTART- between documents) into documents.
// IOB1 tags are read by the conlleval rule and written back as IOB2.
func ReadCoNLL(r io.Reader, name string) ([]Doc, error) {
	var (
		docs  []Doc
		words []string
		tags  []string
		sents [][2]int // [first, end) word ranges
		start = 0
	)
	flushSent := func() {
		if len(words) > start {
			sents = append(sents, [2]int{start, len(words)})
		}
		start = len(words)
	}
	flushDoc := func() error {
		flushSent()
		if len(words) > 0 {
			d, err := buildDoc(words, tags, sents)
			if err != nil {
				return fmt.Errorf("%q: document %d: %w", name, len(docs)+1, err)
			}
			docs = append(docs, d)
		}
		words, tags, sents, start = words[:0], tags[:0], sents[:0], 0
		return nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			flushSent()
		case f[0] == "-DOCSTART-":
			if err := flushDoc(); err != nil {
				return nil, err
			}
		case len(f) < 2:
			return nil, fmt.Errorf("%q line %d: want a word and a tag, got %q", name, line, sc.Text())
		default:
			words = append(words, f[0])
			tags = append(tags, f[len(f)-1])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %q: %w", name, err)
	}
	if err := flushDoc(); err != nil {
		return nil, err
	}
	return docs, nil
}

// buildDoc joins the words into the bench's text, segments it and maps the
// word tags onto our tokens: a token inside a word takes its entity, B- on
// the entity's first token and I- after.
func buildDoc(words, tags []string, sents [][2]int) (Doc, error) {
	var b strings.Builder
	wordAt := make([]int, 0, len(words)) // byte offset of each word
	for si, s := range sents {
		if si > 0 {
			b.WriteByte('\n')
		}
		for i := s[0]; i < s[1]; i++ {
			if i > s[0] {
				b.WriteByte(' ')
			}
			wordAt = append(wordAt, b.Len())
			b.WriteString(words[i])
		}
	}
	ents := spansOf(tags)
	d := text.NewDocument(text.Article{Text: b.String()})
	if err := text.NewSegmenter().Process(context.Background(), d); err != nil {
		return Doc{}, err
	}
	out := Doc{Doc: d, Tags: make([]string, len(d.Tokens))}
	for i := range out.Tags {
		out.Tags[i] = "O"
	}
	k := 0
	for _, e := range ents {
		from, to := wordAt[e.first], wordAt[e.end-1]+len(words[e.end-1])
		for k < len(d.Tokens) && d.Tokens[k].End <= from {
			k++
		}
		pre := "B-"
		for j := k; j < len(d.Tokens) && d.Tokens[j].Start < to; j++ {
			out.Tags[j] = pre + e.typ
			pre = "I-"
		}
	}
	return out, nil
}

type wordSpan struct {
	first, end int
	typ        string
}

// spansOf reads entity word ranges from IOB1 or IOB2 tags (conlleval rule:
// an entity starts at B-X, or at I-X after a tag of another type).
func spansOf(tags []string) []wordSpan {
	var out []wordSpan
	cur := -1
	typ := ""
	for i := 0; i <= len(tags); i++ {
		pre, t := "O", ""
		if i < len(tags) {
			p, tt, ok := strings.Cut(tags[i], "-")
			if ok {
				pre, t = p, tt
			}
		}
		starts := pre == "B" || (pre == "I" && (cur < 0 || typ != t))
		if cur >= 0 && (pre == "O" || starts || t != typ) {
			out = append(out, wordSpan{cur, i, typ})
			cur = -1
		}
		if starts {
			cur, typ = i, t
		}
	}
	return out
}
