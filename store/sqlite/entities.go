package sqlite

import (
	"context"
	"slices"

	"dateline/store"
)

// entityTally adds up what a batch's new articles say of each global
// entity, to upsert each entity once a batch instead of once an article
// (BBC corpus, batches of 64: 33,586 upserts instead of 46,087; each one
// moves the entity's entry in the entities_rank index). Entities are
// written in the order the batch first names them, so new ones get the
// seqs they got one article at a time, and country and actor code are the
// first non-empty ones in article order: what the per-article upserts
// left.
type entityTally struct {
	byID  map[string]*entityCount
	order []string
	seen  map[string]bool // scratch of add
}

type entityCount struct {
	row                        store.EntityRow
	articles, mentions, quotes int
}

// add counts one article's entities (rows.Entities of one article, where a
// global entity may stand for several local ones) and the quotes their
// speakers gave.
func (t *entityTally) add(rows store.Rows) {
	if t.byID == nil {
		t.byID = map[string]*entityCount{}
	}
	if t.seen == nil {
		t.seen = map[string]bool{}
	}
	seen := t.seen
	clear(seen)
	for _, e := range rows.Entities {
		c, ok := t.byID[e.GlobalID]
		if !ok {
			c = &entityCount{row: e}
			t.byID[e.GlobalID] = c
			t.order = append(t.order, e.GlobalID)
		}
		if !seen[e.GlobalID] {
			// An article speaks for an entity with its first local
			// entity of that id, as its own upsert did.
			seen[e.GlobalID] = true
			c.articles++
			if c.row.Country == "" {
				c.row.Country = e.Country
			}
			if c.row.Actor == "" {
				c.row.Actor = e.Actor
			}
		}
		c.mentions += e.Mentions
	}
	for _, q := range rows.Quotes {
		if seen[q.SpeakerID] {
			t.byID[q.SpeakerID].quotes++
		}
	}
}

// write upserts the tallied entities (counts as int64, which the driver
// takes as they are: see writeRecords).
func (t *entityTally) write(ctx context.Context, st *batchStmts) error {
	args := slices.Grow(st.args[:0], 9*len(t.order))
	defer func() { clear(args); st.args = args[:0] }()
	for _, id := range t.order {
		c := t.byID[id]
		e := c.row
		args = append(args, id, store.EntityKey(e.Name), e.Name, e.Type, e.Country, e.Actor, int64(c.articles), int64(c.mentions), int64(c.quotes))
	}
	return st.multi.entities.exec(ctx, nil, args)
}
