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

	insArticle, insArticleFTS, hashOf, insSource, insGroup          *sql.Stmt
	insEntity, insEntityFTS, updEntity, insArticleEntity            *sql.Stmt
	insMention, insQuote, insQuoteFTS, insEvent, insTime, insAmount *sql.Stmt
	insCommitment, insError                                         *sql.Stmt
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
		{&st.insArticleEntity, `INSERT INTO article_entities(article_id, local_id, entity_id, name, type, country, actor, roles, mentions)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.insMention, `INSERT INTO mentions(article_id, n, local_id, entity_id, span_start, span_end, text, kind)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.insQuote, `INSERT INTO quotes(article_id, id, kind, text, span_start, span_end, speaker_id, speaker_name, cue, confidence, published)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.insQuoteFTS, `INSERT INTO quotes_fts(rowid, text) VALUES (?, ?)`},
		{&st.insEvent, `INSERT INTO events(article_id, id, code, root, quad_class, goldstein,
			actor1_id, actor1_code, actor1_name, actor1_country, actor2_id, actor2_code, actor2_name, actor2_country,
			date, location, text, span_start, span_end)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.insTime, `INSERT INTO times(article_id, n, text, span_start, span_end, type, value, start_value, end_value, mod)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.insAmount, `INSERT INTO amounts(article_id, n, text, span_start, span_end, kind, value, unit, approximate, object)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
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
	return st, nil
}

// in binds every statement to tx once, rather than once per row: a
// transaction-bound statement is closed with its transaction.
func (st *writeStmts) in(ctx context.Context, tx *sql.Tx) *writeStmts {
	b := &writeStmts{}
	for _, p := range []struct{ dst, src **sql.Stmt }{
		{&b.insArticle, &st.insArticle}, {&b.insArticleFTS, &st.insArticleFTS}, {&b.hashOf, &st.hashOf},
		{&b.insSource, &st.insSource}, {&b.insGroup, &st.insGroup}, {&b.insEntity, &st.insEntity},
		{&b.insEntityFTS, &st.insEntityFTS}, {&b.updEntity, &st.updEntity}, {&b.insArticleEntity, &st.insArticleEntity},
		{&b.insMention, &st.insMention}, {&b.insQuote, &st.insQuote}, {&b.insQuoteFTS, &st.insQuoteFTS},
		{&b.insEvent, &st.insEvent}, {&b.insTime, &st.insTime}, {&b.insAmount, &st.insAmount},
		{&b.insCommitment, &st.insCommitment}, {&b.insError, &st.insError},
	} {
		*p.dst = tx.StmtContext(ctx, *p.src)
	}
	return b
}

func (st *writeStmts) close() {
	for _, s := range st.all {
		s.Close()
	}
}
