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

	insArticle, insArticleFTS, hashOf, insSource, insGroup    *sql.Stmt
	insEntity, insEntityFTS, updEntity, insQuote, insQuoteFTS *sql.Stmt
	insCommitment, insError                                   *sql.Stmt

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
		{&st.insArticleFTS, `INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)`},
		{&st.hashOf, `SELECT hash FROM articles WHERE id = ?`},
		{&st.insSource, `INSERT INTO article_sources(article_id, input, item_id, url, added) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`},
		{&st.insGroup, `INSERT INTO story_groups(id, first_article, created) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`},
		{&st.insEntity, `INSERT INTO entities(id, key, name, type, country, actor, n_articles, n_mentions, n_quotes)
			VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT DO NOTHING`},
		{&st.insEntityFTS, `INSERT INTO entities_fts(rowid, name) VALUES (?, ?)`},
		// Country and actor code: the first article that knows them wins.
		{&st.updEntity, `UPDATE entities SET n_articles = n_articles + 1, n_mentions = n_mentions + ?1,
			n_quotes = n_quotes + ?2,
			country = CASE WHEN country = '' THEN ?3 ELSE country END,
			actor = CASE WHEN actor = '' THEN ?4 ELSE actor END
			WHERE id = ?5`},
		{&st.insQuote, `INSERT INTO quotes(article_id, id, kind, text, span_start, span_end, speaker_id, speaker_name, cue, confidence, published)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.insQuoteFTS, `INSERT INTO quotes_fts(rowid, text) VALUES (?, ?)`},
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
		{&b.insArticle, &st.insArticle}, {&b.insArticleFTS, &st.insArticleFTS}, {&b.hashOf, &st.hashOf},
		{&b.insSource, &st.insSource}, {&b.insGroup, &st.insGroup}, {&b.insEntity, &st.insEntity},
		{&b.insEntityFTS, &st.insEntityFTS}, {&b.updEntity, &st.updEntity},
		{&b.insQuote, &st.insQuote}, {&b.insQuoteFTS, &st.insQuoteFTS},
		{&b.insCommitment, &st.insCommitment}, {&b.insError, &st.insError},
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
