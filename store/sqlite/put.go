package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

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

// PutBatch stores several articles in one transaction; see store.Store.
func (db *DB) PutBatch(ctx context.Context, recs []store.Record) ([]store.PutResult, error) {
	for _, rec := range recs {
		if err := rec.Validate(); err != nil {
			return nil, err
		}
	}
	var out []store.PutResult
	err := db.onWriter(ctx, func(dc driver.Conn, st *batchStmts) error {
		var err error
		out, err = db.putBatch(ctx, dc, st, recs)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// putBatch is PutBatch on the writer's driver connection.
func (db *DB) putBatch(ctx context.Context, dc driver.Conn, st *batchStmts, recs []store.Record) ([]store.PutResult, error) {
	tx, err := dc.(driver.ConnBeginTx).BeginTx(ctx, driver.TxOptions{})
	if err != nil {
		return nil, fmt.Errorf("sqlite: %q: begin: %w", db.path, err)
	}
	done := false
	defer func() {
		if !done {
			_ = tx.Rollback()
		}
	}()
	now := time.Now().UTC().Format(time.RFC3339Nano)
	out := make([]store.PutResult, len(recs))
	marks, err := readMarks(ctx, st)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %q: read the last seqs: %w", db.path, err)
	}
	var ents entityTally
	for i, rec := range recs {
		if out[i], err = putOne(ctx, st, rec, now, &ents); err != nil {
			return nil, err
		}
	}
	if err := ents.write(ctx, st); err != nil {
		return nil, fmt.Errorf("sqlite: %q: entities of %d articles: %w", db.path, len(recs), err)
	}
	if err := marks.index(ctx, st); err != nil {
		return nil, fmt.Errorf("sqlite: %q: index %d articles: %w", db.path, len(recs), err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: %q: commit %d articles: %w", db.path, len(recs), err)
	}
	done = true
	return out, nil
}

// putOne writes one record inside the caller's transaction and counts its
// entities in ents; the caller writes those and indexes the text after the
// batch (see entityTally, ftsMarks).
func putOne(ctx context.Context, st *batchStmts, rec store.Record, now string, ents *entityTally) (store.PutResult, error) {
	a := rec.Analysis
	if rec.Hash == "" {
		rec.Hash = store.ContentHash(deref(a.Title), a.Text)
	}
	id := store.ArticleID(rec.Hash)
	res := store.PutResult{ID: id}
	fail := func(what string, err error) (store.PutResult, error) {
		return res, fmt.Errorf("sqlite: put article %q from %q: %s: %w", id, rec.Source.Input, what, err)
	}
	rows := store.Flatten(id, a)
	stored := a
	stored.ID, stored.Text = id, ""
	analysis, err := st.encode(&stored)
	if err != nil {
		return fail("encode analysis", err)
	}
	flags := stringList(a.Flags)
	var group any
	if rec.StoryGroup != "" {
		group = rec.StoryGroup
	}
	r, err := st.insArticle.exec(ctx, id, rec.Hash, deref(a.Title), deref(a.URL), deref(a.Published),
		a.Language, rec.Analysed, flags, group, rec.Sketch, a.Text, analysis, now,
		len(rows.Mentions), len(rows.Quotes), len(rows.Events))
	if err != nil {
		return fail("insert article", err)
	}
	if n, _ := r.RowsAffected(); n == 0 {
		// Stored before (a duplicate, a re-run, a redelivery): only the
		// source may be new.
		var have string
		if err := st.hashOf.queryRow(ctx, []any{id}, &have); err != nil {
			return fail("look up existing article", err)
		}
		if have != rec.Hash {
			return fail("id collision", fmt.Errorf("stored hash %s differs from %s", have, rec.Hash))
		}
		if res.NewSource, err = addSource(ctx, st.insSource.exec, id, rec.Source, now); err != nil {
			return fail("add source", err)
		}
		return res, nil
	}
	res.Created, res.NewSource = true, true
	seq, _ := r.LastInsertId()
	if _, err := addSource(ctx, st.insSource.exec, id, rec.Source, now); err != nil {
		return fail("add source", err)
	}
	if rec.StoryGroup != "" {
		if _, err := st.insGroup.exec(ctx, rec.StoryGroup, id, now); err != nil {
			return fail("add story group", err)
		}
	}
	ents.add(rows)
	if err := writeRecords(ctx, st, id, seq, rows); err != nil {
		return fail("write records", err)
	}
	if e := rec.Err; e != nil {
		if err := putError(ctx, st.insError.exec, *e, id); err != nil {
			return fail("write error record", err)
		}
	}
	return res, nil
}

// writeRecords inserts an article's entities, mentions, quotes, events,
// times, amounts and commitments (the global entities are the batch's:
// entityTally).
func writeRecords(ctx context.Context, st *batchStmts, id string, seq int64, rows store.Rows) error {
	args := slices.Grow(st.args[:0], 8*len(rows.Entities))
	// Each table's values are cleared once written: the scratch keeps no
	// article's strings alive.
	defer func() { st.args = args[:0] }()
	// The article's seq and id lead every row: bound once a statement
	// (multiTables). Integers are passed as the int64 the driver takes:
	// an int was boxed here and boxed again by namedValues's conversion,
	// two allocations a value past 255.
	bySeq, byID := []any{seq, id}, []any{id}
	for _, e := range rows.Entities {
		args = append(args, e.LocalID, e.GlobalID, e.Name, e.Type, e.Country, e.Actor, stringList(e.Roles), int64(e.Mentions))
	}
	if err := st.multi.articleEntities.exec(ctx, bySeq, args); err != nil {
		return fmt.Errorf("%d entities: %w", len(rows.Entities), err)
	}
	clear(args)
	args = slices.Grow(args[:0], 7*len(rows.Mentions))
	for i, m := range rows.Mentions {
		args = append(args, int64(i), m.LocalID, m.GlobalID, int64(m.Start), int64(m.End), m.Text, m.Kind)
	}
	if err := st.multi.mentions.exec(ctx, bySeq, args); err != nil {
		return fmt.Errorf("%d mentions: %w", len(rows.Mentions), err)
	}
	clear(args)
	args = slices.Grow(args[:0], 10*len(rows.Quotes))
	for _, q := range rows.Quotes {
		args = append(args, q.ID, q.Kind, q.Text, int64(q.Start), int64(q.End), q.SpeakerID, q.SpeakerName, q.Cue, q.Confidence, q.Published)
	}
	if err := st.multi.quotes.exec(ctx, byID, args); err != nil {
		return fmt.Errorf("%d quotes: %w", len(rows.Quotes), err)
	}
	clear(args)
	args = slices.Grow(args[:0], 18*len(rows.Events))
	for _, e := range rows.Events {
		args = append(args, e.ID, e.Code, e.Root, int64(e.QuadClass), e.Goldstein,
			e.Actor1.EntityID, e.Actor1.Code, e.Actor1.Name, e.Actor1.Country,
			e.Actor2.EntityID, e.Actor2.Code, e.Actor2.Name, e.Actor2.Country,
			e.Date, e.Location, e.Text, int64(e.Start), int64(e.End))
	}
	if err := st.multi.events.exec(ctx, byID, args); err != nil {
		return fmt.Errorf("%d events: %w", len(rows.Events), err)
	}
	clear(args)
	args = slices.Grow(args[:0], 9*len(rows.Times))
	for i, t := range rows.Times {
		args = append(args, int64(i), t.Text, int64(t.Start), int64(t.End), t.Type, t.Value, t.StartValue, t.EndValue, t.Mod)
	}
	if err := st.multi.times.exec(ctx, bySeq, args); err != nil {
		return fmt.Errorf("%d times: %w", len(rows.Times), err)
	}
	clear(args)
	args = slices.Grow(args[:0], 9*len(rows.Amounts))
	for i, m := range rows.Amounts {
		args = append(args, int64(i), m.Text, int64(m.Start), int64(m.End), m.Kind, m.Value, m.Unit, m.Approximate, m.Object)
	}
	if err := st.multi.amounts.exec(ctx, bySeq, args); err != nil {
		return fmt.Errorf("%d amounts: %w", len(rows.Amounts), err)
	}
	clear(args)
	for _, c := range rows.Commitments {
		if _, err := st.insCommitment.exec(ctx, id, c.Seq, c.ActorID, c.ActorName, c.Action, c.DueStart, c.DueEnd,
			c.Evidence, c.Start, c.End, c.QuoteID); err != nil {
			return fmt.Errorf("commitment %d: %w", c.Seq, err)
		}
	}
	return nil
}

// LookupHash returns the id of the article with content hash hash. An
// ingest asks it for every article it reads: the statement is cached.
func (db *DB) LookupHash(ctx context.Context, hash string) (string, error) {
	var id string
	err := db.rq.QueryRowContext(ctx, `SELECT id FROM articles WHERE hash = ?`, hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("article with hash %q: %w", hash, store.ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("sqlite: look up hash %q: %w", hash, err)
	}
	return id, nil
}

// lookupHashesSQL finds the stored articles among a JSON array of hashes:
// one statement whatever their number, each hash one probe of the hash
// index (json_each drives the join).
const lookupHashesSQL = `SELECT a.hash, a.id FROM json_each(?) h JOIN articles a ON a.hash = h.value`

// LookupHashes returns the ids of the stored articles among hashes; see
// store.Store. One query instead of one a hash: a lookup is a read
// transaction, and after each commit of the writer the reading connection
// reads the index's pages again.
func (db *DB) LookupHashes(ctx context.Context, hashes []string) (map[string]string, error) {
	ids := make(map[string]string)
	if len(hashes) == 0 {
		return ids, nil
	}
	list, err := json.Marshal(hashes)
	if err != nil {
		return nil, fmt.Errorf("sqlite: look up %d hashes: %w", len(hashes), err)
	}
	rows, err := db.rq.QueryContext(ctx, lookupHashesSQL, string(list))
	if err != nil {
		return nil, fmt.Errorf("sqlite: look up %d hashes: %w", len(hashes), err)
	}
	defer rows.Close()
	for rows.Next() {
		var hash, id string
		if err := rows.Scan(&hash, &id); err != nil {
			return nil, fmt.Errorf("sqlite: look up %d hashes: %w", len(hashes), err)
		}
		ids[hash] = id
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: look up %d hashes: %w", len(hashes), err)
	}
	return ids, nil
}

// AddSource records one more origin of a stored article.
func (db *DB) AddSource(ctx context.Context, articleID string, src store.Source) (bool, error) {
	if src.Input == "" {
		return false, fmt.Errorf("store: source of article %q: Input is empty; name where the article was read", articleID)
	}
	// A re-run adds every source again: a read answers it without taking
	// the write lock.
	var one int
	err := db.rq.QueryRowContext(ctx, `SELECT 1 FROM article_sources WHERE article_id = ? AND input = ? AND item_id = ?`,
		articleID, src.Input, src.ItemID).Scan(&one)
	if err == nil {
		return false, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return false, fmt.Errorf("sqlite: add source %q to %q: %w", src.Input, articleID, err)
	}
	st, err := db.prepared()
	if err != nil {
		return false, err
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("sqlite: add source %q to %q: %w", src.Input, articleID, err)
	}
	defer tx.Rollback()
	var have string
	err = tx.StmtContext(ctx, st.hashOf).QueryRowContext(ctx, articleID).Scan(&have)
	if errors.Is(err, sql.ErrNoRows) {
		return false, fmt.Errorf("article %q: %w", articleID, store.ErrNotFound)
	}
	if err != nil {
		return false, fmt.Errorf("sqlite: add source %q to %q: %w", src.Input, articleID, err)
	}
	added, err := addSource(ctx, tx.StmtContext(ctx, st.insSource).ExecContext, articleID, src, time.Now().UTC().Format(time.RFC3339Nano))
	if err != nil {
		return false, fmt.Errorf("sqlite: add source %q to %q: %w", src.Input, articleID, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("sqlite: add source %q to %q: commit: %w", src.Input, articleID, err)
	}
	return added, nil
}

// result is what addSource reads of an INSERT's result: sql.Result, or
// driver.Result in a batch.
type result interface{ RowsAffected() (int64, error) }

func addSource[R result](ctx context.Context, exec func(context.Context, ...any) (R, error), id string, src store.Source, now string) (bool, error) {
	r, err := exec(ctx, id, src.Input, src.ItemID, src.URL, now)
	if err != nil {
		return false, err
	}
	n, _ := r.RowsAffected()
	return n == 1, nil
}

// PutError keeps an error record, once per (input, stage, message).
func (db *DB) PutError(ctx context.Context, e store.ErrorRecord) error {
	st, err := db.prepared()
	if err != nil {
		return err
	}
	if err := putError(ctx, st.insError.ExecContext, e, e.ArticleID); err != nil {
		return fmt.Errorf("sqlite: keep error for %q: %w", e.Input, err)
	}
	return nil
}

func putError[R result](ctx context.Context, exec func(context.Context, ...any) (R, error), e store.ErrorRecord, articleID string) error {
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	_, err := exec(ctx, e.Input, e.Stage, e.Message, e.Time.UTC().Format(time.RFC3339Nano), articleID)
	return err
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// stringList is s as json.Marshal writes it, with nil as []. Most lists
// stored are empty (41,620 of the 45,898 entity roles of the BBC corpus,
// all but one article's flags): those skip Marshal's reflection.
func stringList(s []string) string {
	if len(s) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(s)
	return string(b)
}
