package postgres

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"dateline/store"
	"dateline/store/internal/sqlq"
)

// dialect is how PostgreSQL spells what the shared queries
// (store/internal/sqlq) leave to each backend.
type dialect struct{}

var _ sqlq.Dialect = dialect{}

// Bind numbers the ? placeholders of q as $1, $2, … in order. The shared
// SQL has no ? of its own (no literal, no jsonb operator).
func (dialect) Bind(q string) string {
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Text makes a bound string storable: a NUL in a query parameter is
// refused by the server.
func (dialect) Text(s string) string { return cleanText(s) }

// ftsConfig is the text search configuration each table's fts column was
// made with (see schemaV1): a query must stem its words the same way.
var ftsConfig = map[string]string{"articles": "dateline_en", "quotes": "dateline_en", "entities": "simple"}

// Match tests the table's tsvector column. plainto_tsquery reads the words
// as plain text: nothing the user types is query syntax. A prefix term
// ("negotiat*") needs to_tsquery's "negotiat:*", or'ed with the words of
// store.PrefixForms, which to_tsquery stems as the column was stemmed; a
// phrase term ("climate change") needs to_tsquery's "climate <-> change",
// each word stemmed and the next one position after it. The terms hold
// letters and digits (and a phrase's spaces) only, so joined with &, | and
// <-> they are still nothing but words.
func (dialect) Match(table string, terms []string) (string, any) {
	plain := true
	words := make([]string, len(terms))
	for i, t := range terms {
		if w, ok := strings.CutSuffix(t, "*"); ok {
			plain = false
			t = "(" + strings.Join(append([]string{w + ":*"}, store.PrefixForms(w)...), " | ") + ")"
		} else if strings.Contains(t, " ") {
			plain = false
			t = "(" + strings.ReplaceAll(t, " ", " <-> ") + ")"
		}
		words[i] = t
	}
	if !plain {
		return `fts @@ to_tsquery('` + ftsConfig[table] + `', ?)`, strings.Join(words, " & ")
	}
	return `fts @@ plainto_tsquery('` + ftsConfig[table] + `', ?)`, strings.Join(terms, " ")
}

func (dialect) Contains(col string) string { return `strpos(` + col + `, ?) > 0` }

// OneOf binds the values as one array: one statement text whatever their
// number.
func (dialect) OneOf(col string, vals []string) (string, []any) {
	return col + ` = ANY(?::text[])`, []any{vals}
}

// Bytewise orders expr in the "C" collation, byte order.
func (dialect) Bytewise(expr string) string { return expr + ` COLLATE "C"` }

// ScanTime reads a timestamptz (pgx gives it in the local zone).
func (dialect) ScanTime(t *time.Time) any { return t }

// ScanFlags reads a text[].
func (dialect) ScanFlags(f *[]string) any { return f }

// conn runs the shared queries on the pool.
type conn struct{ db *DB }

var _ sqlq.Conn = conn{}

func (c conn) Query(ctx context.Context, q string, args ...any) (sqlq.Rows, error) {
	rows, err := c.db.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return rows, nil
}

func (c conn) QueryRow(ctx context.Context, q string, args ...any) sqlq.Row {
	return c.db.pool.QueryRow(ctx, q, args...)
}

func (conn) NoRows(err error) bool { return errors.Is(err, pgx.ErrNoRows) }

func (c conn) Fail(op string, err error) error { return c.db.fail(op, err) }
