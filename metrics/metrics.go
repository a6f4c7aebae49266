// Package metrics exposes what workers and the server do in Prometheus
// format (github.com/prometheus/client_golang): articles processed and
// failed, stage latencies, queue lag, store latencies.
//
// Every metric lives in the Metrics value's own registry, not the global
// one, so tests and several servers in one process do not collide.
package metrics

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"dateline/queue"
)

// Metrics holds the collectors. It implements queue.Observer.
type Metrics struct {
	Registry *prometheus.Registry

	articles    *prometheus.CounterVec   // articles processed, by outcome
	failed      *prometheus.CounterVec   // article attempts that failed: retry or dead_letter
	jobs        *prometheus.CounterVec   // every job, by kind and outcome
	jobSeconds  *prometheus.HistogramVec // handling time, by kind
	stages      *prometheus.HistogramVec // stage latencies
	storeOps    *prometheus.HistogramVec // store call latencies, by operation
	storeErrors *prometheus.CounterVec
	lag         prometheus.Histogram // publish → delivery
	waiting     prometheus.Gauge     // jobs behind the last one delivered
	inFlight    prometheus.Gauge
	redelivered prometheus.Counter
}

var _ queue.Observer = (*Metrics)(nil)

// New makes the collectors and registers them with the Go runtime's and
// the process's.
func New() *Metrics {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	// Latency buckets from 0.5 ms (a stage on a short article) to 30 s
	// (a stuck write).
	buckets := prometheus.ExponentialBucketsRange(0.0005, 30, 16)
	m := &Metrics{
		Registry: reg,
		articles: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dateline_articles_processed_total",
			Help: "Articles processed, by outcome: stored, not_analysed (language), stage_failed (stored with the error), known (stored before)."},
			[]string{"outcome"}),
		failed: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dateline_articles_failed_total",
			Help: "Article jobs whose attempt failed, by result: retry (tried again later) or dead_letter (given up)."},
			[]string{"result"}),
		jobs: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dateline_jobs_total",
			Help: "Jobs handled, by kind (article, source, error) and outcome (including retry and dead_letter)."},
			[]string{"kind", "outcome"}),
		jobSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "dateline_job_duration_seconds",
			Help: "Time to handle one job, from delivery to acknowledgement.", Buckets: buckets}, []string{"kind"}),
		stages: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "dateline_stage_duration_seconds",
			Help: "Time one stage took on one article.", Buckets: buckets}, []string{"stage"}),
		storeOps: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "dateline_store_duration_seconds",
			Help: "Time of one store call, by operation (put is one article's transaction).", Buckets: buckets}, []string{"op"}),
		storeErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dateline_store_errors_total",
			Help: "Store calls that failed, by operation."}, []string{"op"}),
		lag: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "dateline_queue_lag_seconds",
			Help:    "Time from a job's publication to its delivery to a worker.",
			Buckets: prometheus.ExponentialBucketsRange(0.001, 86400, 20)}),
		waiting: prometheus.NewGauge(prometheus.GaugeOpts{Name: "dateline_queue_waiting",
			Help: "Jobs waiting in the stream behind the last one this worker received."}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{Name: "dateline_jobs_in_flight",
			Help: "Jobs this worker is handling now."}),
		redelivered: prometheus.NewCounter(prometheus.CounterOpts{Name: "dateline_jobs_redelivered_total",
			Help: "Jobs received that had been delivered before (a failed attempt, a crashed worker)."}),
	}
	reg.MustRegister(m.articles, m.failed, m.jobs, m.jobSeconds, m.stages, m.storeOps, m.storeErrors, m.lag,
		m.waiting, m.inFlight, m.redelivered)
	return m
}

// Handler serves the registry in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{Registry: m.Registry})
}

// Received implements queue.Observer.
func (m *Metrics) Received(kind queue.Kind, lag time.Duration, waiting uint64, attempt int) {
	m.lag.Observe(max(lag, 0).Seconds())
	m.waiting.Set(float64(waiting))
	if attempt > 1 {
		m.redelivered.Inc()
	}
}

// Finished implements queue.Observer.
func (m *Metrics) Finished(kind queue.Kind, outcome string, took time.Duration) {
	m.jobs.WithLabelValues(string(kind), outcome).Inc()
	m.jobSeconds.WithLabelValues(string(kind)).Observe(took.Seconds())
	if kind == queue.KindArticle {
		m.articles.WithLabelValues(outcome).Inc()
	}
}

// Failed implements queue.Observer.
func (m *Metrics) Failed(kind queue.Kind, dead bool, took time.Duration) {
	result := "retry"
	if dead {
		result = "dead_letter"
	}
	m.jobs.WithLabelValues(string(kind), result).Inc()
	m.jobSeconds.WithLabelValues(string(kind)).Observe(took.Seconds())
	if kind == queue.KindArticle {
		m.failed.WithLabelValues(result).Inc()
	}
}

// InFlight implements queue.Observer.
func (m *Metrics) InFlight(n int) { m.inFlight.Set(float64(n)) }

// Serve answers GET /metrics on addr until ctx is done. It returns once
// the listener is open, with the address it listens on (addr may have
// port 0), and serves in the background.
func Serve(ctx context.Context, addr string, h http.Handler) (string, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", fmt.Errorf("metrics: listen on %q: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", h)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, WriteTimeout: 30 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return // the listener failed: nothing more to serve
		}
	}()
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	return ln.Addr().String(), nil
}
