package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
)

// A batch is written on the writer's driver connection itself (sql.Conn.Raw),
// past database/sql: an article's records are a few dozen statements of up to
// 32 rows, and for each one database/sql made a fresh slice of its arguments
// (87 MB over the BBC corpus, 8% of an ingest's allocation) and took its
// locks again. The statements, their SQL and the values bound are the same:
// arguments are converted as database/sql converts them
// (driver.DefaultParameterConverter; modernc's driver has no converter of
// its own), so every row stored is the same byte for byte.

// dstmt is a statement prepared on the writer's driver connection.
type dstmt struct {
	s  driver.Stmt
	nv *[]driver.NamedValue // the connection's scratch, shared by its statements
}

// exec runs the statement with args.
func (d dstmt) exec(ctx context.Context, args ...any) (driver.Result, error) {
	return d.execAfter(ctx, nil, args)
}

// execAfter runs the statement with the values of head, then those of args.
func (d dstmt) execAfter(ctx context.Context, head, args []any) (driver.Result, error) {
	nv, err := namedValues((*d.nv)[:0], head)
	if err == nil {
		nv, err = namedValues(nv, args)
	}
	*d.nv = nv
	if err != nil {
		clear(nv)
		return nil, err
	}
	r, err := d.s.(driver.StmtExecContext).ExecContext(ctx, nv)
	clear(nv) // keep no argument alive until the next call
	return r, err
}

// queryRow runs a query of one row and stores its columns in dest (*string or
// *int64); no row is sql.ErrNoRows.
func (d dstmt) queryRow(ctx context.Context, args []any, dest ...any) error {
	nv, err := namedValues((*d.nv)[:0], args)
	if err != nil {
		return err
	}
	*d.nv = nv
	rows, err := d.s.(driver.StmtQueryContext).QueryContext(ctx, nv)
	clear(nv)
	if err != nil {
		return err
	}
	defer rows.Close()
	vals := make([]driver.Value, len(rows.Columns()))
	if err := rows.Next(vals); err != nil {
		if errors.Is(err, io.EOF) {
			return sql.ErrNoRows
		}
		return err
	}
	if len(vals) != len(dest) {
		return fmt.Errorf("%d columns, want %d", len(vals), len(dest))
	}
	for i, v := range vals {
		if err := scanValue(dest[i], v); err != nil {
			return fmt.Errorf("column %d: %w", i, err)
		}
	}
	return nil
}

// scanValue stores a column's value in dst as database/sql's Scan would for
// the two kinds the writer reads.
func scanValue(dst any, v driver.Value) error {
	switch d := dst.(type) {
	case *string:
		switch x := v.(type) {
		case string:
			*d = x
			return nil
		case []byte:
			*d = string(x)
			return nil
		}
	case *int64:
		if x, ok := v.(int64); ok {
			*d = x
			return nil
		}
	}
	return fmt.Errorf("cannot store %T in %T", v, dst)
}

// namedValues appends args to dst as database/sql passes them to a driver
// without a converter of its own: ordinals from 1 (after those in dst), each
// value through driver.DefaultParameterConverter (an int becomes an int64
// without its reflection).
func namedValues(dst []driver.NamedValue, args []any) ([]driver.NamedValue, error) {
	for _, a := range args {
		i := len(dst)
		var v driver.Value
		switch x := a.(type) {
		case string, int64, float64, bool, nil, []byte:
			v = x
		case int:
			v = int64(x)
		default:
			var err error
			if v, err = driver.DefaultParameterConverter.ConvertValue(a); err != nil {
				return dst, fmt.Errorf("argument %d: %w", i+1, err)
			}
		}
		dst = append(dst, driver.NamedValue{Ordinal: i + 1, Value: v})
	}
	return dst, nil
}

// onWriter runs f on the writer's driver connection with the batch
// statements prepared on it.
func (db *DB) onWriter(ctx context.Context, f func(dc driver.Conn, st *batchStmts) error) error {
	conn, err := db.w.Conn(ctx)
	if err != nil {
		return fmt.Errorf("sqlite: %q: writer connection: %w", db.path, err)
	}
	defer conn.Close()
	return conn.Raw(func(c any) error {
		dc, ok := c.(driver.Conn)
		if !ok {
			return fmt.Errorf("sqlite: %q: driver connection is a %T", db.path, c)
		}
		st, err := db.batchPrepared(ctx, dc)
		if err != nil {
			return err
		}
		return f(dc, st)
	})
}

// batchPrepared returns the batch statements of dc, preparing them on its
// first use. The writer keeps its one connection open (SetMaxIdleConns(1),
// no lifetime), so this happens once a DB.
func (db *DB) batchPrepared(ctx context.Context, dc driver.Conn) (*batchStmts, error) {
	db.rawMu.Lock()
	defer db.rawMu.Unlock()
	if db.raw != nil && db.raw.conn == dc {
		return db.raw, nil
	}
	// Statements of a connection database/sql has closed died with it.
	st, err := prepareBatch(ctx, dc)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %q: prepare statements: %w", db.path, err)
	}
	db.raw = st
	return st, nil
}

// closeRaw closes the batch statements before their connection is closed.
func (db *DB) closeRaw() {
	db.rawMu.Lock()
	st := db.raw
	db.raw = nil
	db.rawMu.Unlock()
	if st == nil {
		return
	}
	conn, err := db.w.Conn(context.Background())
	if err != nil {
		return
	}
	defer conn.Close()
	_ = conn.Raw(func(c any) error {
		if c == st.conn {
			st.close()
		}
		return nil
	})
}
