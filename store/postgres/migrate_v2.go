package postgres

import "strings"

// schemaV2 makes the full-text columns find the words the SQLite store's
// FTS5 (tokenize='porter unicode61') finds, so a search gives the same
// articles, quotes and speakers on either store:
//   - Words are runs of letters and digits, as for unicode61. PostgreSQL's
//     parser keeps URLs, host names, e-mail addresses, file paths, decimals
//     and "U.S." as single tokens, so "festival" was not found in
//     "example.org/Harbour_Festival" (on the BBC and Wikinews samples,
//     129 of 5,842 words found fewer articles than in SQLite). Turning
//     ASCII punctuation into spaces before the parser leaves only words;
//     regexp_replace costs about what the dropped URL tokens saved.
//   - Words are stemmed with the Porter stemmer (snowball's "porter"), the
//     one FTS5 uses, instead of snowball "english" (Porter 2): the two
//     stem hundreds of words differently ("news", "used", "possibly").
//
// The fts columns are generated, so they are dropped and added again: the
// tables are rewritten once, in the migration's transaction.
var schemaV2 = strings.NewReplacer("WORDS(", `regexp_replace(`, "PUNCT)", `'[!-/:-@\[-`+"`"+`{-~]+', ' ', 'g')`).Replace(`
CREATE TEXT SEARCH DICTIONARY dateline_porter (TEMPLATE = snowball, LANGUAGE = porter);
ALTER TEXT SEARCH CONFIGURATION dateline_en
	ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH dateline_porter;
DROP TEXT SEARCH DICTIONARY dateline_english_stem;

ALTER TABLE articles DROP COLUMN fts;
ALTER TABLE articles ADD COLUMN fts tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector('dateline_en', WORDS(title, PUNCT)), 'A') ||
	to_tsvector('dateline_en', WORDS(left(text, 1000000), PUNCT)) ) STORED;
CREATE INDEX articles_fts ON articles USING gin (fts);

ALTER TABLE quotes DROP COLUMN fts;
ALTER TABLE quotes ADD COLUMN fts tsvector GENERATED ALWAYS AS (
	to_tsvector('dateline_en', WORDS(left(text, 100000), PUNCT)) ) STORED;
CREATE INDEX quotes_fts ON quotes USING gin (fts);

ALTER TABLE entities DROP COLUMN fts;
ALTER TABLE entities ADD COLUMN fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', WORDS(name, PUNCT))) STORED;
CREATE INDEX entities_fts ON entities USING gin (fts);
`)
