package metrics

import (
	"context"
	"time"

	"dateline"
	"dateline/text"
)

// Stages wraps stages so each one's time on each article is observed in
// dateline_stage_duration_seconds. A wrapped stage has the same name,
// requirements and output as its own: records cite the same versions.
func (m *Metrics) Stages(stages []dateline.Stage) []dateline.Stage {
	out := make([]dateline.Stage, len(stages))
	for i, s := range stages {
		out[i] = timedStage{Stage: s, m: m}
	}
	return out
}

// Pipeline is dateline.NewPipeline over the default stages, timed.
func (m *Metrics) Pipeline() (*dateline.Pipeline, error) {
	return dateline.NewPipeline(m.Stages(dateline.DefaultStages())...)
}

type timedStage struct {
	dateline.Stage
	m *Metrics
}

func (s timedStage) Process(ctx context.Context, doc *text.Document) error {
	start := time.Now()
	defer func() { s.m.stages.WithLabelValues(s.Name()).Observe(time.Since(start).Seconds()) }()
	return s.Stage.Process(ctx, doc)
}
