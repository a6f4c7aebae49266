package metrics

import (
	"context"
	"errors"
	"time"

	"dateline"
	"dateline/store"
)

// Store wraps st so the time of every call is observed in
// dateline_store_duration_seconds{op} and failures counted in
// dateline_store_errors_total{op} (a lookup that finds nothing is not a
// failure). Put is one article's transaction: its histogram is the store
// write latency.
func (m *Metrics) Store(st store.Store) store.Store { return &timedStore{st: st, m: m} }

type timedStore struct {
	st store.Store
	m  *Metrics
}

var _ store.Store = (*timedStore)(nil)

func observe[T any](s *timedStore, op string, fn func() (T, error)) (T, error) {
	start := time.Now()
	v, err := fn()
	s.m.storeOps.WithLabelValues(op).Observe(time.Since(start).Seconds())
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		s.m.storeErrors.WithLabelValues(op).Inc()
	}
	return v, err
}

func (s *timedStore) Put(ctx context.Context, rec store.Record) (store.PutResult, error) {
	return observe(s, "put", func() (store.PutResult, error) { return s.st.Put(ctx, rec) })
}

func (s *timedStore) PutBatch(ctx context.Context, recs []store.Record) ([]store.PutResult, error) {
	return observe(s, "put_batch", func() ([]store.PutResult, error) { return s.st.PutBatch(ctx, recs) })
}

func (s *timedStore) LookupHash(ctx context.Context, hash string) (string, error) {
	return observe(s, "lookup_hash", func() (string, error) { return s.st.LookupHash(ctx, hash) })
}

func (s *timedStore) LookupHashes(ctx context.Context, hashes []string) (map[string]string, error) {
	return observe(s, "lookup_hashes", func() (map[string]string, error) { return s.st.LookupHashes(ctx, hashes) })
}

func (s *timedStore) AddSource(ctx context.Context, id string, src store.Source) (bool, error) {
	return observe(s, "add_source", func() (bool, error) { return s.st.AddSource(ctx, id, src) })
}

func (s *timedStore) PutError(ctx context.Context, e store.ErrorRecord) error {
	_, err := observe(s, "put_error", func() (struct{}, error) { return struct{}{}, s.st.PutError(ctx, e) })
	return err
}

func (s *timedStore) Article(ctx context.Context, id string) (store.Article, error) {
	return observe(s, "article", func() (store.Article, error) { return s.st.Article(ctx, id) })
}

func (s *timedStore) Analysis(ctx context.Context, id string) (dateline.Analysis, error) {
	return observe(s, "analysis", func() (dateline.Analysis, error) { return s.st.Analysis(ctx, id) })
}

func (s *timedStore) Entity(ctx context.Context, id string) (store.Entity, error) {
	return observe(s, "entity", func() (store.Entity, error) { return s.st.Entity(ctx, id) })
}

func (s *timedStore) Articles(ctx context.Context, q store.ArticleQuery) (store.Page[store.Article], error) {
	return observe(s, "articles", func() (store.Page[store.Article], error) { return s.st.Articles(ctx, q) })
}

func (s *timedStore) Quotes(ctx context.Context, q store.QuoteQuery) (store.Page[store.Quote], error) {
	return observe(s, "quotes", func() (store.Page[store.Quote], error) { return s.st.Quotes(ctx, q) })
}

func (s *timedStore) Entities(ctx context.Context, q store.EntityQuery) (store.Page[store.Entity], error) {
	return observe(s, "entities", func() (store.Page[store.Entity], error) { return s.st.Entities(ctx, q) })
}

func (s *timedStore) Events(ctx context.Context, q store.EventQuery) (store.Page[store.Event], error) {
	return observe(s, "events", func() (store.Page[store.Event], error) { return s.st.Events(ctx, q) })
}

func (s *timedStore) Commitments(ctx context.Context, q store.CommitmentQuery) (store.Page[store.Commitment], error) {
	return observe(s, "commitments", func() (store.Page[store.Commitment], error) { return s.st.Commitments(ctx, q) })
}

func (s *timedStore) Errors(ctx context.Context, q store.ErrorQuery) (store.Page[store.ErrorRecord], error) {
	return observe(s, "errors", func() (store.Page[store.ErrorRecord], error) { return s.st.Errors(ctx, q) })
}

func (s *timedStore) Stats(ctx context.Context) (store.Stats, error) {
	return observe(s, "stats", func() (store.Stats, error) { return s.st.Stats(ctx) })
}

func (s *timedStore) EntityTimeline(ctx context.Context, id, from, to string) ([]store.DayCount, error) {
	return observe(s, "entity_timeline", func() ([]store.DayCount, error) { return s.st.EntityTimeline(ctx, id, from, to) })
}

func (s *timedStore) CoEntities(ctx context.Context, id string, limit int) ([]store.CoEntity, error) {
	return observe(s, "co_entities", func() ([]store.CoEntity, error) { return s.st.CoEntities(ctx, id, limit) })
}

func (s *timedStore) ActorNetwork(ctx context.Context, q store.NetworkQuery) ([]store.Edge, error) {
	return observe(s, "actor_network", func() ([]store.Edge, error) { return s.st.ActorNetwork(ctx, q) })
}

func (s *timedStore) EventPlaces(ctx context.Context, q store.EventQuery) ([]store.PlaceCount, error) {
	return observe(s, "event_places", func() ([]store.PlaceCount, error) { return s.st.EventPlaces(ctx, q) })
}

func (s *timedStore) ArticleFacets(ctx context.Context, q store.ArticleQuery) (store.Facets, error) {
	return observe(s, "article_facets", func() (store.Facets, error) { return s.st.ArticleFacets(ctx, q) })
}

func (s *timedStore) RecentSketches(ctx context.Context, n int, fn func(id, group string, sketch []byte) error) error {
	_, err := observe(s, "recent_sketches", func() (struct{}, error) { return struct{}{}, s.st.RecentSketches(ctx, n, fn) })
	return err
}

// Close closes the wrapped store.
func (s *timedStore) Close() error { return s.st.Close() }
