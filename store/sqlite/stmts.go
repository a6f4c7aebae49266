package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// writeStmts are prepared once on the writer connection: an article's
// write runs a dozen statements, many of them once per record.
type writeStmts struct {
	all []*sql.Stmt

	insArticle, hashOf, insSource, insGroup, insQuote *sql.Stmt
	insCommitment, insError                           *sql.Stmt
	ftsStmts

	multi *multiStmts // the tables with many rows an article
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
		{&st.insArticle, `INSERT INTO articles(id, hash, title, url, published, language, analysed, flags, story_group,
			sketch, text, analysis, ingested, n_mentions, n_quotes, n_events)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`},
		{&st.hashOf, `SELECT hash FROM articles WHERE id = ?`},
		{&st.insSource, `INSERT INTO article_sources(article_id, input, item_id, url, added) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`},
		{&st.insGroup, `INSERT INTO story_groups(id, first_article, created) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`},
		{&st.insQuote, `INSERT INTO quotes(article_id, id, kind, text, span_start, span_end, speaker_id, speaker_name, cue, confidence, published)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.ftsMarks, ftsMarksSQL},
		{&st.ftsIndex[0], ftsIndexSQL[0]},
		{&st.ftsIndex[1], ftsIndexSQL[1]},
		{&st.ftsIndex[2], ftsIndexSQL[2]},
		{&st.insCommitment, `INSERT INTO commitments(article_id, n, actor_id, actor_name, action, due_start, due_end,
			evidence, span_start, span_end, quote_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.insError, `INSERT INTO errors(input, stage, message, time, article_id) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`},
	} {
		s, err := w.Prepare(p.sql)
		if err != nil {
			st.close()
			return nil, err
		}
		*p.dst = s
		st.all = append(st.all, s)
	}
	multi, all, err := prepareMulti(w)
	st.all = append(st.all, all...)
	if err != nil {
		st.close()
		return nil, err
	}
	st.multi = multi
	return st, nil
}

// in binds every statement to tx once, rather than once per row: a
// transaction-bound statement is closed with its transaction.
func (st *writeStmts) in(ctx context.Context, tx *sql.Tx) *writeStmts {
	b := &writeStmts{}
	for _, p := range []struct{ dst, src **sql.Stmt }{
		{&b.insArticle, &st.insArticle}, {&b.hashOf, &st.hashOf}, {&b.insSource, &st.insSource},
		{&b.insGroup, &st.insGroup}, {&b.insQuote, &st.insQuote},
		{&b.insCommitment, &st.insCommitment}, {&b.insError, &st.insError},
		{&b.ftsMarks, &st.ftsMarks}, {&b.ftsIndex[0], &st.ftsIndex[0]},
		{&b.ftsIndex[1], &st.ftsIndex[1]}, {&b.ftsIndex[2], &st.ftsIndex[2]},
	} {
		*p.dst = tx.StmtContext(ctx, *p.src)
	}
	b.multi = st.multi.in(ctx, tx)
	return b
}

func (st *writeStmts) close() {
	for _, s := range st.all {
		s.Close()
	}
}
