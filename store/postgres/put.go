package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"dateline"
	"dateline/store"
)

// Put stores one article and its records in one transaction; see
// store.Store. A record whose content hash is stored already only adds its
// source.
func (db *DB) Put(ctx context.Context, rec store.Record) (store.PutResult, error) {
	res, err := db.PutBatch(ctx, []store.Record{rec})
	if err != nil {
		return store.PutResult{}, err
	}
	return res[0], nil
}

// pending is a record made ready to write: its id, its text and analysis
// cleaned of what PostgreSQL refuses, its rows.
type pending struct {
	rec      store.Record
	a        dateline.Analysis
	id       string
	analysis []byte
	rows     store.Rows
}

func prepare(rec store.Record) (pending, error) {
	a := rec.Analysis
	if rec.Hash == "" {
		rec.Hash = store.ContentHash(deref(a.Title), a.Text)
	}
	rec.Hash = cleanText(rec.Hash)
	p := pending{rec: rec, id: store.ArticleID(rec.Hash)}
	stored := a
	stored.ID, stored.Text = p.id, ""
	js, err := json.Marshal(stored)
	if err != nil {
		return p, fmt.Errorf("article %q from %q: encode analysis: %w", p.id, rec.Source.Input, err)
	}
	if !clean(a.Text) || unclean(js) {
		if a, js, err = scrubbed(a, js); err != nil {
			return p, fmt.Errorf("article %q from %q: %w", p.id, rec.Source.Input, err)
		}
	}
	p.a, p.analysis, p.rows = a, js, store.Flatten(p.id, a)
	p.rec.Source = cleanSource(rec.Source)
	if rec.Err != nil {
		e := cleanError(*rec.Err)
		p.rec.Err = &e
	}
	return p, nil
}

// PutBatch stores several articles in one transaction; see store.Store. It
// takes three round trips whatever the batch's size: the articles, the
// check of those stored before, then every source and record.
func (db *DB) PutBatch(ctx context.Context, recs []store.Record) ([]store.PutResult, error) {
	if len(recs) == 0 {
		return []store.PutResult{}, nil
	}
	ps := make([]pending, len(recs))
	for i, rec := range recs {
		if err := rec.Validate(); err != nil {
			return nil, err
		}
		p, err := prepare(rec)
		if err != nil {
			return nil, fmt.Errorf("postgres: put %w", err)
		}
		ps[i] = p
	}
	var out []store.PutResult
	err := db.inTx(ctx, func(tx pgx.Tx) error {
		var err error
		out, err = writeBatch(ctx, tx, ps)
		return err
	})
	if err != nil {
		what := fmt.Sprintf("put article %q from %q", ps[0].id, recs[0].Source.Input)
		if len(recs) > 1 {
			what = fmt.Sprintf("put %d articles from %q on", len(recs), recs[0].Source.Input)
		}
		return nil, db.fail(what, err)
	}
	return out, nil
}

const insArticle = `INSERT INTO articles(id, hash, title, url, published, language, analysed, flags, story_group,
	sketch, text, analysis, ingested, n_mentions, n_quotes, n_events)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) ON CONFLICT DO NOTHING RETURNING seq`

const insSource = `INSERT INTO article_sources(article_id, key, input, item_id, url, added) VALUES ($1, $2, $3, $4, $5, $6)
	ON CONFLICT DO NOTHING`

const insError = `INSERT INTO errors(key, input, stage, message, time, article_id) VALUES ($1, $2, $3, $4, $5, $6)
	ON CONFLICT DO NOTHING`

func writeBatch(ctx context.Context, tx pgx.Tx, ps []pending) ([]store.PutResult, error) {
	now := time.Now().UTC()
	out := make([]store.PutResult, len(ps))
	seqs := make([]int64, len(ps)) // a created article's seq
	b := &pgx.Batch{}
	for i, p := range ps {
		a := p.a
		out[i].ID = p.id
		var group *string
		if p.rec.StoryGroup != "" {
			group = &p.rec.StoryGroup
		}
		b.Queue(insArticle, p.id, p.rec.Hash, deref(a.Title), deref(a.URL), deref(a.Published),
			a.Language, p.rec.Analysed, nonNil(a.Flags), group, p.rec.Sketch, a.Text, p.analysis, now,
			len(p.rows.Mentions), len(p.rows.Quotes), len(p.rows.Events)).
			QueryRow(func(row pgx.Row) error {
				err := row.Scan(&seqs[i])
				if errors.Is(err, pgx.ErrNoRows) {
					return nil // stored before, or earlier in this batch
				}
				if err != nil {
					return fmt.Errorf("insert article %q: %w", p.id, err)
				}
				out[i].Created = true
				return nil
			})
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return nil, err
	}
	// An article stored before must be the same text: a different hash
	// under the same id (a 128-bit prefix) would be a collision.
	b = &pgx.Batch{}
	for i, p := range ps {
		if out[i].Created {
			continue
		}
		b.Queue(`SELECT hash FROM articles WHERE id = $1`, p.id).QueryRow(func(row pgx.Row) error {
			var have string
			if err := row.Scan(&have); err != nil {
				return fmt.Errorf("look up article %q: %w", p.id, err)
			}
			if have != p.rec.Hash {
				return fmt.Errorf("article %q: id collision: stored hash %s differs from %s", p.id, have, p.rec.Hash)
			}
			return nil
		})
	}
	if b.Len() > 0 {
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return nil, err
		}
	}
	b = &pgx.Batch{}
	var cols columns
	for i, p := range ps {
		src := p.rec.Source
		b.Queue(insSource, p.id, sourceKey(src), src.Input, src.ItemID, src.URL, now).Exec(func(ct pgconn.CommandTag) error {
			out[i].NewSource = ct.RowsAffected() == 1
			return nil
		})
		if !out[i].Created {
			continue
		}
		if p.rec.StoryGroup != "" {
			b.Queue(`INSERT INTO story_groups(id, first_article, created) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
				p.rec.StoryGroup, p.id, now)
		}
		if e := p.rec.Err; e != nil {
			queueError(b, *e, p.id)
		}
		cols.add(p.id, seqs[i], p.rows)
	}
	cols.queue(b)
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return nil, fmt.Errorf("write records: %w", err)
	}
	return out, nil
}

func queueError(b *pgx.Batch, e store.ErrorRecord, articleID string) {
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	b.Queue(insError, errorKey(e), e.Input, e.Stage, e.Message, e.Time.UTC(), cleanText(articleID))
}

// sourceKey and errorKey hash what must be unique but may be too long for
// a B-tree entry.
func sourceKey(s store.Source) string { return digest(s.Input, s.ItemID) }

func errorKey(e store.ErrorRecord) string { return digest(e.Input, e.Stage, e.Message) }

func digest(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// LookupHash returns the id of the article with content hash hash.
func (db *DB) LookupHash(ctx context.Context, hash string) (string, error) {
	var id string
	err := db.pool.QueryRow(ctx, `SELECT id FROM articles WHERE hash = $1`, cleanText(hash)).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", fmt.Errorf("article with hash %q: %w", hash, store.ErrNotFound)
	}
	if err != nil {
		return "", db.fail(fmt.Sprintf("look up hash %q", hash), err)
	}
	return id, nil
}

// LookupHashes returns the ids of the stored articles among hashes, in one
// query; see store.Store.
func (db *DB) LookupHashes(ctx context.Context, hashes []string) (map[string]string, error) {
	ids := make(map[string]string)
	if len(hashes) == 0 {
		return ids, nil
	}
	clean := make([]string, len(hashes))
	for i, h := range hashes {
		clean[i] = cleanText(h)
	}
	rows, err := db.pool.Query(ctx, `SELECT hash, id FROM articles WHERE hash = ANY($1)`, clean)
	if err != nil {
		return nil, db.fail(fmt.Sprintf("look up %d hashes", len(hashes)), err)
	}
	defer rows.Close()
	for rows.Next() {
		var hash, id string
		if err := rows.Scan(&hash, &id); err != nil {
			return nil, db.fail(fmt.Sprintf("look up %d hashes", len(hashes)), err)
		}
		ids[hash] = id
	}
	if err := rows.Err(); err != nil {
		return nil, db.fail(fmt.Sprintf("look up %d hashes", len(hashes)), err)
	}
	return ids, nil
}

// AddSource records one more origin of a stored article.
func (db *DB) AddSource(ctx context.Context, articleID string, src store.Source) (bool, error) {
	if src.Input == "" {
		return false, fmt.Errorf("store: source of article %q: Input is empty; name where the article was read", articleID)
	}
	src = cleanSource(src)
	// Insert only if the article exists, in one statement: the first CTE
	// tells a missing article from a source recorded before.
	var exists, added bool
	err := db.pool.QueryRow(ctx, `WITH a AS (SELECT id FROM articles WHERE id = $1),
		ins AS (INSERT INTO article_sources(article_id, key, input, item_id, url, added)
			SELECT id, $2, $3, $4, $5, $6 FROM a ON CONFLICT DO NOTHING RETURNING 1)
		SELECT EXISTS (SELECT 1 FROM a), EXISTS (SELECT 1 FROM ins)`,
		cleanText(articleID), sourceKey(src), src.Input, src.ItemID, src.URL, time.Now().UTC()).Scan(&exists, &added)
	if err != nil {
		return false, db.fail(fmt.Sprintf("add source %q to %q", src.Input, articleID), err)
	}
	if !exists {
		return false, fmt.Errorf("article %q: %w", articleID, store.ErrNotFound)
	}
	return added, nil
}

// PutError keeps an error record, once per (input, stage, message).
func (db *DB) PutError(ctx context.Context, e store.ErrorRecord) error {
	e = cleanError(e)
	b := &pgx.Batch{}
	queueError(b, e, e.ArticleID)
	if err := db.pool.SendBatch(ctx, b).Close(); err != nil {
		return db.fail(fmt.Sprintf("keep error for %q", e.Input), err)
	}
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
