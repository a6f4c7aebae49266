package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"dateline/store/internal/sqlq"
)

// migrations are the schema steps and their record, kept as SQLite keeps
// times: RFC 3339 text in UTC.
var migrations = sqlq.Migrations{
	Steps: []sqlq.Migration{
		{Version: 1, Name: "articles, records, errors, full-text indexes", SQL: schemaV1},
		// No query reads mentions or times by these columns, and the two
		// indexes were a fifth of an article's write. A query that needs one
		// adds it back in a later step.
		{Version: 2, Name: "drop the unused mention-entity and time-value indexes", SQL: `
DROP INDEX IF EXISTS mentions_entity;
DROP INDEX IF EXISTS times_value;`},
		{Version: 3, Name: "mentions, times and amounts keyed by the article's seq", SQL: schemaV3},
		{Version: 4, Name: "article entities keyed by the article's seq", SQL: schemaV4},
		{Version: 5, Name: "full-text indexes without per-row token counts", SQL: schemaV5},
		{Version: 6, Name: "drop the story-group and source-URL indexes no query reads", SQL: schemaV6},
	},
	Table: `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)`,
	Now: `strftime('%Y-%m-%dT%H:%M:%SZ', 'now')`,
}

// SchemaVersion is the schema this program writes.
func SchemaVersion() int { return migrations.Latest() }

// migrate applies the pending migrations in one transaction. BEGIN
// IMMEDIATE (the writer's _txlock) makes two processes opening a new file
// at once take turns instead of both creating tables.
func migrate(ctx context.Context, w *sql.DB, path string) error {
	return migrateTo(ctx, w, path, SchemaVersion())
}

// migrateTo applies the migrations up to version target (tests build old
// schemas with it).
func migrateTo(ctx context.Context, w *sql.DB, path string, target int) error {
	tx, err := w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: %q: begin migration: %w", path, err)
	}
	defer tx.Rollback()
	if err := migrations.Apply(ctx, dialect{}, sqlTx{tx}, target); err != nil {
		return fmt.Errorf("sqlite: %q: %w", path, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: %q: commit migrations: %w", path, err)
	}
	return nil
}

// sqlTx runs a migration's statements in a database/sql transaction.
type sqlTx struct{ tx *sql.Tx }

func (t sqlTx) Exec(ctx context.Context, q string, args ...any) error {
	_, err := t.tx.ExecContext(ctx, q, args...)
	return err
}

func (t sqlTx) QueryRow(ctx context.Context, q string, args ...any) sqlq.Row {
	return t.tx.QueryRowContext(ctx, q, args...)
}

// schemaV1: every table an article writes, keyed so one article's rows are
// found by its id. INTEGER PRIMARY KEY "seq" columns give the FTS5
// external-content tables a rowid that VACUUM never renumbers, and give
// listings a stable tie-break in storage order. Dates are text (YYYY-MM-DD,
// ” when unknown) so they sort and compare as text.
const schemaV1 = `
CREATE TABLE articles (
	seq         INTEGER PRIMARY KEY,
	id          TEXT NOT NULL UNIQUE,
	hash        TEXT NOT NULL UNIQUE,
	title       TEXT NOT NULL DEFAULT '',
	url         TEXT NOT NULL DEFAULT '',
	published   TEXT NOT NULL DEFAULT '',
	language    TEXT NOT NULL DEFAULT '',
	analysed    INTEGER NOT NULL,
	flags       TEXT NOT NULL DEFAULT '[]',
	story_group TEXT,
	sketch      BLOB,
	text        TEXT NOT NULL,
	analysis    TEXT NOT NULL,
	ingested    TEXT NOT NULL,
	n_mentions  INTEGER NOT NULL DEFAULT 0,
	n_quotes    INTEGER NOT NULL DEFAULT 0,
	n_events    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_published ON articles(published, seq);
CREATE INDEX articles_language ON articles(language, published, seq);
CREATE INDEX articles_story_group ON articles(story_group) WHERE story_group IS NOT NULL;

CREATE TABLE story_groups (
	id            TEXT PRIMARY KEY,
	first_article TEXT NOT NULL,
	created       TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE article_sources (
	article_id TEXT NOT NULL,
	input      TEXT NOT NULL,
	item_id    TEXT NOT NULL DEFAULT '',
	url        TEXT NOT NULL DEFAULT '',
	added      TEXT NOT NULL,
	PRIMARY KEY (article_id, input, item_id)
) WITHOUT ROWID;
CREATE INDEX article_sources_url ON article_sources(url) WHERE url <> '';

CREATE TABLE entities (
	seq        INTEGER PRIMARY KEY,
	id         TEXT NOT NULL UNIQUE,
	key        TEXT NOT NULL,
	name       TEXT NOT NULL,
	type       TEXT NOT NULL,
	country    TEXT NOT NULL DEFAULT '',
	actor      TEXT NOT NULL DEFAULT '',
	n_articles INTEGER NOT NULL DEFAULT 0,
	n_mentions INTEGER NOT NULL DEFAULT 0,
	n_quotes   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_key ON entities(key);
CREATE INDEX entities_rank ON entities(n_mentions, seq);

CREATE TABLE article_entities (
	article_id TEXT NOT NULL,
	local_id   TEXT NOT NULL,
	entity_id  TEXT NOT NULL,
	name       TEXT NOT NULL,
	type       TEXT NOT NULL,
	country    TEXT NOT NULL DEFAULT '',
	actor      TEXT NOT NULL DEFAULT '',
	roles      TEXT NOT NULL DEFAULT '[]',
	mentions   INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (article_id, local_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id);

CREATE TABLE mentions (
	article_id TEXT NOT NULL,
	n          INTEGER NOT NULL,
	local_id   TEXT NOT NULL,
	entity_id  TEXT NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	kind       TEXT NOT NULL,
	PRIMARY KEY (article_id, n)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE quotes (
	seq          INTEGER PRIMARY KEY,
	article_id   TEXT NOT NULL,
	id           TEXT NOT NULL,
	kind         TEXT NOT NULL,
	text         TEXT NOT NULL,
	span_start   INTEGER NOT NULL,
	span_end     INTEGER NOT NULL,
	speaker_id   TEXT NOT NULL DEFAULT '',
	speaker_name TEXT NOT NULL DEFAULT '',
	cue          TEXT NOT NULL DEFAULT '',
	confidence   REAL NOT NULL DEFAULT 0,
	published    TEXT NOT NULL DEFAULT '',
	UNIQUE (article_id, id)
);
CREATE INDEX quotes_speaker ON quotes(speaker_id, published, seq);
CREATE INDEX quotes_published ON quotes(published, seq);

CREATE TABLE events (
	seq            INTEGER PRIMARY KEY,
	article_id     TEXT NOT NULL,
	id             TEXT NOT NULL,
	code           TEXT NOT NULL,
	root           TEXT NOT NULL,
	quad_class     INTEGER NOT NULL,
	goldstein      REAL NOT NULL,
	actor1_id      TEXT NOT NULL DEFAULT '',
	actor1_code    TEXT NOT NULL DEFAULT '',
	actor1_name    TEXT NOT NULL DEFAULT '',
	actor1_country TEXT NOT NULL DEFAULT '',
	actor2_id      TEXT NOT NULL DEFAULT '',
	actor2_code    TEXT NOT NULL DEFAULT '',
	actor2_name    TEXT NOT NULL DEFAULT '',
	actor2_country TEXT NOT NULL DEFAULT '',
	date           TEXT NOT NULL DEFAULT '',
	location       TEXT NOT NULL DEFAULT '',
	text           TEXT NOT NULL,
	span_start     INTEGER NOT NULL,
	span_end       INTEGER NOT NULL,
	UNIQUE (article_id, id)
);
CREATE INDEX events_date ON events(date, seq);
CREATE INDEX events_code ON events(code, date, seq);
CREATE INDEX events_root ON events(root, date, seq);
CREATE INDEX events_actor1 ON events(actor1_id, date, seq);
CREATE INDEX events_actor2 ON events(actor2_id, date, seq);
CREATE INDEX events_actor1_code ON events(actor1_code, date, seq);
CREATE INDEX events_actor2_code ON events(actor2_code, date, seq);

CREATE TABLE times (
	article_id  TEXT NOT NULL,
	n           INTEGER NOT NULL,
	text        TEXT NOT NULL,
	span_start  INTEGER NOT NULL,
	span_end    INTEGER NOT NULL,
	type        TEXT NOT NULL,
	value       TEXT NOT NULL,
	start_value TEXT NOT NULL DEFAULT '',
	end_value   TEXT NOT NULL DEFAULT '',
	mod         TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (article_id, n)
) WITHOUT ROWID;
CREATE INDEX times_value ON times(value);

CREATE TABLE amounts (
	article_id  TEXT NOT NULL,
	n           INTEGER NOT NULL,
	text        TEXT NOT NULL,
	span_start  INTEGER NOT NULL,
	span_end    INTEGER NOT NULL,
	kind        TEXT NOT NULL,
	value       REAL NOT NULL,
	unit        TEXT NOT NULL,
	approximate INTEGER NOT NULL,
	object      TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (article_id, n)
) WITHOUT ROWID;

CREATE TABLE commitments (
	seq        INTEGER PRIMARY KEY,
	article_id TEXT NOT NULL,
	n          INTEGER NOT NULL,
	actor_id   TEXT NOT NULL DEFAULT '',
	actor_name TEXT NOT NULL DEFAULT '',
	action     TEXT NOT NULL,
	due_start  TEXT NOT NULL DEFAULT '',
	due_end    TEXT NOT NULL DEFAULT '',
	evidence   TEXT NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	quote_id   TEXT NOT NULL DEFAULT '',
	UNIQUE (article_id, n)
);
CREATE INDEX commitments_due ON commitments(due_start, seq);

CREATE TABLE errors (
	seq        INTEGER PRIMARY KEY,
	input      TEXT NOT NULL,
	stage      TEXT NOT NULL DEFAULT '',
	message    TEXT NOT NULL,
	time       TEXT NOT NULL,
	article_id TEXT NOT NULL DEFAULT '',
	UNIQUE (input, stage, message)
);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq', tokenize='porter unicode61');
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='seq', tokenize='porter unicode61');
CREATE VIRTUAL TABLE entities_fts USING fts5(name, content='entities', content_rowid='seq', tokenize='unicode61');
`
