package main

import (
	"fmt"

	"dateline"
	"dateline/event"
	"dateline/quote"
)

// extractPipeline is the default pipeline, or the default with the stages
// extract's flags change put in place of the built-in ones: the event
// stage coding from the dictionaries a PETRARCH-2 config names
// (--petrarch-config), the quote stage keeping its rules' own
// confidences (--quote-confidence raw).
func extractPipeline(petrarch, quoteConfidence string) (*dateline.Pipeline, error) {
	var swap []dateline.Stage
	if petrarch != "" {
		st, err := event.NewStage(event.Config{PetrarchConfig: petrarch})
		if err != nil {
			return nil, err
		}
		swap = append(swap, st)
	}
	switch quoteConfidence {
	case "", "calibrated":
	case "raw":
		swap = append(swap, quote.NewStageWith(quote.Config{RawConfidence: true}))
	default:
		return nil, fmt.Errorf("--quote-confidence %q: want calibrated or raw", quoteConfidence)
	}
	if len(swap) == 0 {
		return dateline.DefaultPipeline()
	}
	return dateline.NewPipeline(replaceStages(dateline.DefaultStages(), swap...)...)
}

// replaceStages puts each of swap in place of the stage of the same name,
// or at the end when there is none.
func replaceStages(stages []dateline.Stage, swap ...dateline.Stage) []dateline.Stage {
	for _, st := range swap {
		replaced := false
		for i, s := range stages {
			if s.Name() == st.Name() {
				stages[i], replaced = st, true
			}
		}
		if !replaced {
			stages = append(stages, st)
		}
	}
	return stages
}
