package main

import (
	"iter"

	"dateline"
	"dateline/event"
	"dateline/gazetteer"
	"dateline/ner"
	"dateline/syntax"
)

// preloadModels starts decoding the embedded models of the default
// pipeline on two goroutines, where the stages would decode them one
// after another at the first article: the syntax model (about 0.26 CPU s,
// its inflating on a goroutine of its own) on one, the gazetteer, the ner
// model and the event lexicon (about 0.12 together) on the other, so that
// on two cores the first article waits about as long as the syntax model
// takes alone. The stages call the same
// sync.Once functions: they wait for a decoding under way, get its error
// if it failed, and decode nothing twice. events is false when the run
// codes events with other dictionaries (--petrarch-config).
func preloadModels(events bool) {
	go func() { _, _ = syntax.Default() }()
	go func() {
		_, _ = gazetteer.Load()
		_, _ = ner.Default()
		if events {
			_, _ = event.Builtin()
		}
	}()
}

// preloadOnFirst passes on inputs and calls preload once, with the first
// article that was read (not an input that failed): a run whose inputs
// all fail analyses nothing and decodes no model.
func preloadOnFirst(inputs iter.Seq[dateline.Input], preload func(dateline.Article)) iter.Seq[dateline.Input] {
	return func(yield func(dateline.Input) bool) {
		started := false
		for in := range inputs {
			if !started && in.Err == nil {
				started = true
				preload(in.Article)
			}
			if !yield(in) {
				return
			}
		}
	}
}
