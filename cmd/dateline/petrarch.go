package main

import (
	"dateline"
	"dateline/event"
)

// petrarchPipeline is the default pipeline with its event stage coding
// from the dictionaries a PETRARCH-2 config names (--petrarch-config).
func petrarchPipeline(path string) (*dateline.Pipeline, error) {
	st, err := event.NewStage(event.Config{PetrarchConfig: path})
	if err != nil {
		return nil, err
	}
	stages := dateline.DefaultStages()
	replaced := false
	for i, s := range stages {
		if s.Name() == st.Name() {
			stages[i], replaced = st, true
		}
	}
	if !replaced {
		stages = append(stages, st)
	}
	return dateline.NewPipeline(stages...)
}
