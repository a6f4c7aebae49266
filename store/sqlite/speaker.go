package sqlite

import (
	"context"
	"fmt"
	"strings"

	"dateline/store"
)

// speakerCond selects the quotes of the entities a speaker parameter names
// (an id, or a name matched on its key). The ids are looked up first so
// that the usual case, one entity, is `speaker_id = ?`: SQLite then walks
// quotes_speaker in (published, seq) order and stops at the page's end,
// where an IN over a subquery sorts every quote of the speaker first (see
// BenchmarkQuotesBySpeaker in package server).
func (db *DB) speakerCond(ctx context.Context, w *where, speaker string) error {
	rows, err := db.rq.QueryContext(ctx, `SELECT id FROM entities WHERE id = ? OR key = ?`, speaker, store.EntityKey(speaker))
	if err != nil {
		return fmt.Errorf("sqlite: speaker %q: %w", speaker, err)
	}
	defer rows.Close()
	var ids []any
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return fmt.Errorf("sqlite: speaker %q: %w", speaker, err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: speaker %q: %w", speaker, err)
	}
	switch len(ids) {
	case 0:
		w.empty = true
	case 1:
		w.add(`speaker_id = ?`, ids[0])
	default:
		w.add(`speaker_id IN (?`+strings.Repeat(`, ?`, len(ids)-1)+`)`, ids...)
	}
	return nil
}
