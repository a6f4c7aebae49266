package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"dateline/store/internal/sqlq"
)

// migrations are the schema steps and their record.
var migrations = sqlq.Migrations{
	Steps: []sqlq.Migration{
		{Version: 1, Name: "articles, records, errors, full-text indexes", SQL: schemaV1},
		{Version: 2, Name: "full text: words as FTS5's unicode61 and porter find them", SQL: schemaV2},
		{Version: 3, Name: "article entities keyed by the article's seq", SQL: schemaV3},
	},
	Table: `CREATE TABLE IF NOT EXISTS schema_migrations (
		version integer PRIMARY KEY, name text NOT NULL, applied timestamptz NOT NULL DEFAULT now())`,
	Now: `now()`,
}

// SchemaVersion is the schema this program writes.
func SchemaVersion() int { return migrations.Latest() }

// migrationLock is the advisory lock key that makes processes opening one
// database at once take turns: the first migrates, the others find it done.
const migrationLock = 0x6461746c696e65 // "datline"

// migrate applies the pending migrations in one transaction (PostgreSQL's
// DDL is transactional: a failed step leaves the schema as it was).
func (db *DB) migrate(ctx context.Context) error {
	err := db.tryTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock)); err != nil {
			return fmt.Errorf("lock for migration: %w", err)
		}
		return migrations.Apply(ctx, dialect{}, pgTx{tx}, migrations.Latest())
	})
	if err != nil {
		return db.fail("open", err)
	}
	return nil
}

// pgTx runs a migration's statements in a pgx transaction.
type pgTx struct{ tx pgx.Tx }

func (t pgTx) Exec(ctx context.Context, q string, args ...any) error {
	_, err := t.tx.Exec(ctx, q, args...)
	return err
}

func (t pgTx) QueryRow(ctx context.Context, q string, args ...any) sqlq.Row {
	return t.tx.QueryRow(ctx, q, args...)
}

// schemaV1 mirrors store/sqlite's tables. Differences, and why:
//   - Text that is sorted or compared as a range (dates, codes, ids) is
//     COLLATE "C": byte order, as in SQLite, whatever the database's locale,
//     so "2025-03" sorts before "2025-03-04" and "\uffff" bounds a day.
//   - Full text is a tsvector column generated from the text, with a GIN
//     index. dateline_en is the english configuration without its stop
//     words (a search for "the" finds articles, as FTS5's porter does).
//   - Long strings that must be unique (a source's input, an error's
//     message) are keyed by a hash: a B-tree entry is limited to ~2.7 kB.
//   - Entity keys and source URLs, looked up by equality only, have hash
//     indexes, which take values of any length.
var schemaV1 = strings.ReplaceAll(`
CREATE TEXT SEARCH DICTIONARY dateline_english_stem (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH CONFIGURATION dateline_en (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION dateline_en
	ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH dateline_english_stem;

CREATE TABLE articles (
	seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	id          CTEXT NOT NULL UNIQUE,
	hash        CTEXT NOT NULL UNIQUE,
	title       text NOT NULL DEFAULT '',
	url         text NOT NULL DEFAULT '',
	published   CTEXT NOT NULL DEFAULT '',
	language    CTEXT NOT NULL DEFAULT '',
	analysed    boolean NOT NULL,
	flags       text[] NOT NULL DEFAULT '{}',
	story_group CTEXT,
	sketch      bytea,
	text        text NOT NULL,
	analysis    json NOT NULL,
	ingested    timestamptz NOT NULL,
	n_mentions  integer NOT NULL DEFAULT 0,
	n_quotes    integer NOT NULL DEFAULT 0,
	n_events    integer NOT NULL DEFAULT 0,
	fts         tsvector GENERATED ALWAYS AS (
		setweight(to_tsvector('dateline_en', title), 'A') || to_tsvector('dateline_en', left(text, 1000000))) STORED
);
CREATE INDEX articles_published ON articles(published, seq);
CREATE INDEX articles_language ON articles(language, published, seq);
CREATE INDEX articles_story_group ON articles(story_group) WHERE story_group IS NOT NULL;
CREATE INDEX articles_fts ON articles USING gin (fts);

CREATE TABLE story_groups (
	id            CTEXT PRIMARY KEY,
	first_article CTEXT NOT NULL,
	created       timestamptz NOT NULL
);

CREATE TABLE article_sources (
	article_id CTEXT NOT NULL,
	key        CTEXT NOT NULL, -- hash of (input, item_id)
	input      text NOT NULL,
	item_id    text NOT NULL DEFAULT '',
	url        text NOT NULL DEFAULT '',
	added      timestamptz NOT NULL,
	PRIMARY KEY (article_id, key)
);
CREATE INDEX article_sources_url ON article_sources USING hash (url);

CREATE TABLE entities (
	seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	id         CTEXT NOT NULL UNIQUE,
	key        text NOT NULL,
	name       text NOT NULL,
	type       CTEXT NOT NULL,
	country    CTEXT NOT NULL DEFAULT '',
	actor      CTEXT NOT NULL DEFAULT '',
	n_articles integer NOT NULL DEFAULT 0,
	n_mentions integer NOT NULL DEFAULT 0,
	n_quotes   integer NOT NULL DEFAULT 0,
	fts        tsvector GENERATED ALWAYS AS (to_tsvector('simple', name)) STORED
);
CREATE INDEX entities_key ON entities USING hash (key);
CREATE INDEX entities_rank ON entities(n_mentions, seq);
CREATE INDEX entities_fts ON entities USING gin (fts);

CREATE TABLE article_entities (
	article_id CTEXT NOT NULL,
	local_id   CTEXT NOT NULL,
	entity_id  CTEXT NOT NULL,
	name       text NOT NULL,
	type       CTEXT NOT NULL,
	country    CTEXT NOT NULL DEFAULT '',
	actor      CTEXT NOT NULL DEFAULT '',
	roles      text NOT NULL DEFAULT '[]', -- JSON array
	mentions   integer NOT NULL DEFAULT 0,
	PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id);

CREATE TABLE mentions (
	article_id CTEXT NOT NULL,
	n          integer NOT NULL,
	local_id   CTEXT NOT NULL,
	entity_id  CTEXT NOT NULL,
	span_start integer NOT NULL,
	span_end   integer NOT NULL,
	text       text NOT NULL,
	kind       CTEXT NOT NULL,
	PRIMARY KEY (article_id, n)
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE quotes (
	seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_id   CTEXT NOT NULL,
	id           CTEXT NOT NULL,
	kind         CTEXT NOT NULL,
	text         text NOT NULL,
	span_start   integer NOT NULL,
	span_end     integer NOT NULL,
	speaker_id   CTEXT NOT NULL DEFAULT '',
	speaker_name text NOT NULL DEFAULT '',
	cue          text NOT NULL DEFAULT '',
	confidence   double precision NOT NULL DEFAULT 0,
	published    CTEXT NOT NULL DEFAULT '',
	fts          tsvector GENERATED ALWAYS AS (to_tsvector('dateline_en', left(text, 100000))) STORED,
	UNIQUE (article_id, id)
);
CREATE INDEX quotes_speaker ON quotes(speaker_id, published, seq);
CREATE INDEX quotes_published ON quotes(published, seq);
CREATE INDEX quotes_fts ON quotes USING gin (fts);

CREATE TABLE events (
	seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_id     CTEXT NOT NULL,
	id             CTEXT NOT NULL,
	code           CTEXT NOT NULL,
	root           CTEXT NOT NULL,
	quad_class     integer NOT NULL,
	goldstein      double precision NOT NULL,
	actor1_id      CTEXT NOT NULL DEFAULT '',
	actor1_code    CTEXT NOT NULL DEFAULT '',
	actor1_name    text NOT NULL DEFAULT '',
	actor1_country CTEXT NOT NULL DEFAULT '',
	actor2_id      CTEXT NOT NULL DEFAULT '',
	actor2_code    CTEXT NOT NULL DEFAULT '',
	actor2_name    text NOT NULL DEFAULT '',
	actor2_country CTEXT NOT NULL DEFAULT '',
	date           CTEXT NOT NULL DEFAULT '',
	location       CTEXT NOT NULL DEFAULT '',
	text           text NOT NULL,
	span_start     integer NOT NULL,
	span_end       integer NOT NULL,
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
	article_id  CTEXT NOT NULL,
	n           integer NOT NULL,
	text        text NOT NULL,
	span_start  integer NOT NULL,
	span_end    integer NOT NULL,
	type        CTEXT NOT NULL,
	value       CTEXT NOT NULL,
	start_value CTEXT NOT NULL DEFAULT '',
	end_value   CTEXT NOT NULL DEFAULT '',
	mod         CTEXT NOT NULL DEFAULT '',
	PRIMARY KEY (article_id, n)
);
CREATE INDEX times_value ON times(value);

CREATE TABLE amounts (
	article_id  CTEXT NOT NULL,
	n           integer NOT NULL,
	text        text NOT NULL,
	span_start  integer NOT NULL,
	span_end    integer NOT NULL,
	kind        CTEXT NOT NULL,
	value       double precision NOT NULL,
	unit        CTEXT NOT NULL,
	approximate boolean NOT NULL,
	object      text NOT NULL DEFAULT '',
	PRIMARY KEY (article_id, n)
);

CREATE TABLE commitments (
	seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_id CTEXT NOT NULL,
	n          integer NOT NULL,
	actor_id   CTEXT NOT NULL DEFAULT '',
	actor_name text NOT NULL DEFAULT '',
	action     text NOT NULL,
	due_start  CTEXT NOT NULL DEFAULT '',
	due_end    CTEXT NOT NULL DEFAULT '',
	evidence   text NOT NULL,
	span_start integer NOT NULL,
	span_end   integer NOT NULL,
	quote_id   CTEXT NOT NULL DEFAULT '',
	UNIQUE (article_id, n)
);
CREATE INDEX commitments_due ON commitments(due_start, seq);

CREATE TABLE errors (
	seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	key        CTEXT NOT NULL UNIQUE, -- hash of (input, stage, message)
	input      text NOT NULL,
	stage      CTEXT NOT NULL DEFAULT '',
	message    text NOT NULL,
	time       timestamptz NOT NULL,
	article_id CTEXT NOT NULL DEFAULT ''
);
`, "CTEXT", `text COLLATE "C"`)
