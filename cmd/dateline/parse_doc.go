package main

import (
	"bufio"
	"context"
	"fmt"
	"strconv"
	"strings"

	"dateline/internal/conllu"
	"dateline/ner"
	"dateline/syntax"
	"dateline/text"
)

// docParser gathers the sentences of one CoNLL-U document ("# newdoc")
// and analyses them as the pipeline analyses an article: the ner stage
// over the whole document (it reads how a word is cased and tagged
// elsewhere in it), then the syntax stage, which tags the words of the
// names found as proper nouns (syntax.Sentence.Names).
type docParser struct {
	ner   *ner.Stage // nil: the syntax stage alone
	syn   *syntax.Stage
	sents []*conllu.Sentence
	doc   text.Document
	b     strings.Builder
}

func newDocParser(m *syntax.Model, names bool) *docParser {
	p := &docParser{syn: syntax.NewStageWith(m)}
	if names {
		p.ner = ner.NewStage()
	}
	return p
}

// add takes the next sentence read; it writes the document before it to w
// when s starts a new one (at once, without the ner stage).
func (p *docParser) add(ctx context.Context, s *conllu.Sentence, w *bufio.Writer) error {
	if len(p.sents) > 0 && startsDoc(s) {
		if err := p.flush(ctx, w); err != nil {
			return err
		}
	}
	p.sents = append(p.sents, s)
	if p.ner == nil {
		// Without names a sentence needs nothing from the others.
		return p.flush(ctx, w)
	}
	return nil
}

func startsDoc(s *conllu.Sentence) bool {
	for _, c := range s.Comments {
		if strings.HasPrefix(c, "# newdoc") {
			return true
		}
	}
	return false
}

// flush analyses the sentences gathered and writes them to w.
func (p *docParser) flush(ctx context.Context, w *bufio.Writer) error {
	defer func() { p.sents = p.sents[:0] }()
	d := p.document()
	if p.ner != nil {
		if err := p.ner.Process(ctx, d); err != nil {
			return err
		}
	}
	if err := p.syn.Process(ctx, d); err != nil {
		return err
	}
	for k, s := range p.sents {
		se := d.Sentences[k]
		for j, i := range s.Words() {
			l, t := &s.Lines[i], &d.Tokens[se.FirstToken+j]
			l.Lemma, l.UPOS, l.XPOS, l.Deprel = t.Lemma, t.UPOS, t.XPOS, t.Rel
			l.Head = "0"
			if t.Head >= 0 {
				l.Head = strconv.Itoa(t.Head - se.FirstToken + 1)
			}
		}
		if err := conllu.Write(w, s); err != nil {
			return fmt.Errorf("writing: %w", err)
		}
	}
	return nil
}

// document builds the text of the gathered sentences from their word
// forms (a space after each word unless its MISC says SpaceAfter=No, a
// line break after each sentence), one token per syntactic word and one
// sentence per CoNLL-U sentence, as the segmenter would leave them.
func (p *docParser) document() *text.Document {
	d := &p.doc
	*d = text.Document{Tokens: d.Tokens[:0], Sentences: d.Sentences[:0]}
	p.b.Reset()
	for _, s := range p.sents {
		clearColumns(s)
		se := text.Sentence{Span: text.Span{Start: p.b.Len()}, FirstToken: len(d.Tokens)}
		for _, i := range s.Words() {
			l := &s.Lines[i]
			start := p.b.Len()
			p.b.WriteString(l.Form)
			d.Tokens = append(d.Tokens, text.Token{Span: text.Span{Start: start, End: p.b.Len()}, Head: -1})
			if !strings.Contains(l.Misc, "SpaceAfter=No") {
				p.b.WriteByte(' ')
			}
		}
		se.End, se.EndToken = p.b.Len(), len(d.Tokens)
		d.Sentences = append(d.Sentences, se)
		p.b.WriteByte('\n')
	}
	d.Text = p.b.String()
	return d
}

// clearColumns sets every analysed column of s to "_": multiword token
// ranges and empty nodes keep only ID, FORM and MISC.
func clearColumns(s *conllu.Sentence) {
	for i := range s.Lines {
		l := &s.Lines[i]
		l.Lemma, l.UPOS, l.XPOS, l.Feats, l.Head, l.Deprel, l.Deps = "_", "_", "_", "_", "_", "_", "_"
	}
}
