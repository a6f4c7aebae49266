package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"unsafe"

	"dateline"
)

// The writer's statements.
const (
	insArticleSQL = `INSERT INTO articles(id, hash, title, url, published, language, analysed, flags, story_group,
			sketch, text, analysis, ingested, n_mentions, n_quotes, n_events)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`
	hashOfSQL    = `SELECT hash FROM articles WHERE id = ?`
	insSourceSQL = `INSERT INTO article_sources(article_id, input, item_id, url, added) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`
	insGroupSQL      = `INSERT INTO story_groups(id, first_article, created) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`
	insCommitmentSQL = `INSERT INTO commitments(article_id, n, actor_id, actor_name, action, due_start, due_end,
			evidence, span_start, span_end, quote_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	insErrorSQL = `INSERT INTO errors(input, stage, message, time, article_id) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`
)

// writeStmts are the statements of the writes outside a batch (AddSource,
// PutError), prepared once through database/sql.
type writeStmts struct {
	all []*sql.Stmt

	hashOf, insSource, insError *sql.Stmt
}

func (db *DB) prepared() (*writeStmts, error) {
	db.stmtOnce.Do(func() { db.stmts, db.stmtErr = prepareWrites(db.w) })
	if db.stmtErr != nil {
		return nil, fmt.Errorf("sqlite: %q: prepare statements: %w", db.path, db.stmtErr)
	}
	return db.stmts, nil
}

func prepareWrites(w *sql.DB) (*writeStmts, error) {
	st := &writeStmts{}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&st.hashOf, hashOfSQL}, {&st.insSource, insSourceSQL}, {&st.insError, insErrorSQL},
	} {
		s, err := w.Prepare(p.sql)
		if err != nil {
			st.close()
			return nil, err
		}
		*p.dst = s
		st.all = append(st.all, s)
	}
	return st, nil
}

func (st *writeStmts) close() {
	for _, s := range st.all {
		s.Close()
	}
}

// batchStmts are a batch's statements, prepared on the writer's driver
// connection (see raw.go): an article's write runs a dozen statements, many
// of them once per record.
type batchStmts struct {
	conn driver.Conn // the connection they were prepared on
	nv   []driver.NamedValue
	all  []driver.Stmt

	// Scratch of one article's write: its records' values, and its
	// analysis JSON (see encode).
	args []any
	js   bytes.Buffer
	enc  *json.Encoder
	jb   []byte // an analysis's JSON (AppendJSON)

	insArticle, hashOf, insSource, insGroup dstmt
	insCommitment, insError                 dstmt
	ftsStmts

	multi *multiStmts // the tables with many rows an article
}

// prepare prepares query on the statements' connection.
func (st *batchStmts) prepare(ctx context.Context, query string) (dstmt, error) {
	s, err := st.conn.(driver.ConnPrepareContext).PrepareContext(ctx, query)
	if err != nil {
		return dstmt{}, err
	}
	st.all = append(st.all, s)
	return dstmt{s: s, nv: &st.nv}, nil
}

func prepareBatch(ctx context.Context, dc driver.Conn) (*batchStmts, error) {
	st := &batchStmts{conn: dc}
	for _, p := range []struct {
		dst *dstmt
		sql string
	}{
		{&st.insArticle, insArticleSQL},
		{&st.hashOf, hashOfSQL},
		{&st.insSource, insSourceSQL},
		{&st.insGroup, insGroupSQL},
		{&st.ftsMarks, ftsMarksSQL},
		{&st.ftsIndex[0], ftsIndexSQL[0]},
		{&st.ftsIndex[1], ftsIndexSQL[1]},
		{&st.ftsIndex[2], ftsIndexSQL[2]},
		{&st.insCommitment, insCommitmentSQL},
		{&st.insError, insErrorSQL},
	} {
		s, err := st.prepare(ctx, p.sql)
		if err != nil {
			st.close()
			return nil, err
		}
		*p.dst = s
	}
	multi, err := prepareMulti(func(q string) (dstmt, error) { return st.prepare(ctx, q) })
	if err != nil {
		st.close()
		return nil, err
	}
	st.multi = multi
	return st, nil
}

func (st *batchStmts) close() {
	for _, s := range st.all {
		s.Close()
	}
	st.all = nil
}

// encode returns v as json.Marshal writes it, in a buffer the next call
// reuses: the string is valid until then. The analysis JSON of an article
// (13 KB on average on the BBC corpus) was allocated twice, by Marshal and
// by its conversion to a string, only to be copied into SQLite's memory
// when bound.
//
// An analysis writes itself (Analysis.AppendJSON, the same bytes): the
// reflection of encoding/json was 1.8% of an ingest's instructions.
func (st *batchStmts) encode(v any) (string, error) {
	if a, ok := v.(*dateline.Analysis); ok {
		if b, err := a.AppendJSON(st.jb[:0], true); err == nil {
			st.jb = b
			return unsafe.String(unsafe.SliceData(b), len(b)), nil
		}
		// A number JSON cannot hold: encoding/json's own error below.
	}
	if st.enc == nil {
		st.enc = json.NewEncoder(&st.js)
	}
	st.js.Reset()
	if err := st.enc.Encode(v); err != nil {
		return "", err
	}
	b := bytes.TrimSuffix(st.js.Bytes(), []byte("\n")) // Encode ends the value with a newline; Marshal does not
	return unsafe.String(unsafe.SliceData(b), len(b)), nil
}
