package dateline

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"dateline/text"
)

// fakeStage is a configurable stage for pipeline tests.
type fakeStage struct {
	name     string
	requires []string
	assigns  []string
	process  func(*text.Document) error
}

func (s fakeStage) Name() string       { return s.name }
func (s fakeStage) Requires() []string { return s.requires }
func (s fakeStage) Assigns() []string  { return s.assigns }
func (s fakeStage) Process(_ context.Context, d *text.Document) error {
	if s.process == nil {
		return nil
	}
	return s.process(d)
}

func TestNewPipelineChecksRequirements(t *testing.T) {
	a := fakeStage{name: "a.v1", assigns: []string{"tokens"}}
	b := fakeStage{name: "b.v1", requires: []string{"tokens"}, assigns: []string{"quotes"}}
	tests := []struct {
		name    string
		stages  []Stage
		wantErr string
	}{
		{"requirements met in order", []Stage{a, b}, ""},
		{"requirement assigned later is refused", []Stage{b, a}, `b.v1 requires "tokens"`},
		{"requirement never assigned is refused", []Stage{b}, `b.v1 requires "tokens"`},
		{"two stages assigning one field are refused", []Stage{a, a}, `already assigned by a.v1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewPipeline(tt.stages...)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("got error %v, want none", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("got error %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestRunNamesArticleAndStageOnFailure(t *testing.T) {
	boom := errors.New("boom")
	p, err := NewPipeline(
		fakeStage{name: "ok.v1", assigns: []string{"x"}},
		fakeStage{name: "bad.v2", process: func(*text.Document) error { return boom }},
	)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := p.Run(context.Background(), text.Article{ID: "a1"})
	var se *StageError
	if !errors.As(err, &se) || se.Stage != "bad.v2" || se.Article != "a1" || !errors.Is(err, boom) {
		t.Fatalf("got %v, want a StageError naming a1 and bad.v2 wrapping boom", err)
	}
	if got := strings.Join(doc.Stages, ","); got != "ok.v1" {
		t.Errorf("stages run = %q, want ok.v1", got)
	}
}

func TestRunRefusesTextOverTheLimit(t *testing.T) {
	ran := 0
	p, err := NewPipeline(fakeStage{name: "count.v1", process: func(*text.Document) error { ran++; return nil }})
	if err != nil {
		t.Fatal(err)
	}
	line := "The ferry left the harbour at noon.\n"
	long := strings.Repeat(line, MaxAnalysedBytes/len(line)+1)
	doc, err := p.Run(context.Background(), text.Article{ID: "huge", Text: long})
	var se *StageError
	if !errors.As(err, &se) || se.Article != "huge" || se.Stage != SizeStage || !errors.Is(err, ErrTooLong) {
		t.Fatalf("got %v, want a StageError naming huge and the size limit wrapping ErrTooLong", err)
	}
	if ran != 0 || len(doc.Stages) != 0 || doc.Text != long {
		t.Errorf("stages ran %d times (%v), text kept %v; want none run and the text kept", ran, doc.Stages, doc.Text == long)
	}
	if _, err := p.Run(context.Background(), text.Article{ID: "at-limit", Text: long[:MaxAnalysedBytes]}); err != nil || ran != 1 {
		t.Errorf("a text of exactly MaxAnalysedBytes: err %v, stage ran %d times; want it analysed", err, ran)
	}
}

func TestRunTurnsPanicIntoError(t *testing.T) {
	p, _ := NewPipeline(fakeStage{name: "panics.v1", process: func(d *text.Document) error {
		_ = d.Text[10] // index out of range on short text
		return nil
	}})
	_, err := p.Run(context.Background(), text.Article{ID: "short", Text: "hi"})
	if err == nil || !strings.Contains(err.Error(), "panic") {
		t.Fatalf("got %v, want a panic turned into an error", err)
	}
}

func seqOf(n int, failEvery int) iter.Seq[Input] {
	return func(yield func(Input) bool) {
		for i := range n {
			in := Input{Article: text.Article{ID: fmt.Sprint(i), Text: strings.Repeat("x", i%7)}}
			if failEvery > 0 && i%failEvery == 0 {
				in.Err = errors.New("unreadable")
			}
			if !yield(in) {
				return
			}
		}
	}
}

func TestRunBatchKeepsInputOrderAndGoesOnAfterErrors(t *testing.T) {
	var inFlight, maxInFlight atomic.Int32
	slow := fakeStage{name: "slow.v1", process: func(d *text.Document) error {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := maxInFlight.Load()
			if n <= m || maxInFlight.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(time.Duration(len(d.Text)) * time.Millisecond) // later items often finish first
		if d.ID == "13" {
			return errors.New("stage failed")
		}
		return nil
	}}
	p, _ := NewPipeline(slow)
	var got []string
	var errs int
	err := p.RunBatch(context.Background(), seqOf(50, 10), 4, func(r Result) error {
		got = append(got, r.Article.ID)
		if r.Err != nil {
			errs++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, id := range got {
		if id != fmt.Sprint(i) {
			t.Fatalf("result %d has id %s: output not in input order", i, id)
		}
	}
	if len(got) != 50 {
		t.Fatalf("got %d results, want 50", len(got))
	}
	if errs != 6 { // 5 source errors (0,10,20,30,40) and one stage error (13)
		t.Errorf("got %d errors, want 6", errs)
	}
	if m := maxInFlight.Load(); m > 4 {
		t.Errorf("%d articles in flight at once, want at most 4", m)
	}
}

func TestRunBatchStopsWhenEmitFails(t *testing.T) {
	p, _ := NewPipeline(fakeStage{name: "a.v1"})
	stop := errors.New("disk full")
	n := 0
	err := p.RunBatch(context.Background(), seqOf(1000, 0), 2, func(Result) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Fatalf("got err %v after %d results, want disk full after 3", err, n)
	}
}
