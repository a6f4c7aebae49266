package postgres

import (
	"encoding/json"
	"slices"

	"github.com/jackc/pgx/v5"

	"dateline/store"
)

// columns gathers the child rows of every article a batch creates, one
// slice per column, so each table is filled by one INSERT … SELECT FROM
// unnest(…): a dozen statements per batch, however many records it has.
type columns struct {
	// article_entities
	aeArticle, aeLocal, aeEntity, aeName, aeType, aeCountry, aeActor, aeRoles []string
	aeSeq                                                                     []int64
	aeMentions                                                                []int
	// mentions
	mArticle, mLocal, mEntity, mText, mKind []string
	mN, mStart, mEnd                        []int
	// quotes
	qArticle, qID, qKind, qText, qSpeakerID, qSpeakerName, qCue, qPublished []string
	qStart, qEnd                                                            []int
	qConfidence                                                             []float64
	// events
	vArticle, vID, vCode, vRoot, v1ID, v1Code, v1Name, v1Country []string
	v2ID, v2Code, v2Name, v2Country, vDate, vLocation, vText     []string
	vQuad, vStart, vEnd                                          []int
	vGoldstein                                                   []float64
	// times
	tArticle, tText, tType, tValue, tStartValue, tEndValue, tMod []string
	tN, tStart, tEnd                                             []int
	// amounts
	amArticle, amText, amKind, amUnit, amObject []string
	amN, amStart, amEnd                         []int
	amValue                                     []float64
	amApprox                                    []bool
	// commitments
	cArticle, cActorID, cActorName, cAction, cDueStart, cDueEnd, cEvidence, cQuote []string
	cN, cStart, cEnd                                                               []int

	entities map[string]*entityDelta
}

// entityDelta is what one batch adds to a global entity's counts. The
// first name seen names it; country and actor code: the first non-empty.
type entityDelta struct {
	id, key, name, typ, country, actor string
	articles, mentions, quotes         int
}

// add appends the rows of one created article, id and seq.
func (c *columns) add(id string, seq int64, r store.Rows) {
	if c.entities == nil {
		c.entities = map[string]*entityDelta{}
	}
	seen := map[string]bool{} // global entities of this article: counted once
	for _, e := range r.Entities {
		d, ok := c.entities[e.GlobalID]
		if !ok {
			d = &entityDelta{id: e.GlobalID, key: store.EntityKey(e.Name), name: e.Name, typ: e.Type}
			c.entities[e.GlobalID] = d
		}
		if !seen[e.GlobalID] {
			seen[e.GlobalID] = true
			d.articles++
		}
		d.mentions += e.Mentions
		if d.country == "" {
			d.country = e.Country
		}
		if d.actor == "" {
			d.actor = e.Actor
		}
		roles, _ := json.Marshal(nonNil(e.Roles)) // strings only: cannot fail
		c.aeSeq, c.aeArticle = append(c.aeSeq, seq), append(c.aeArticle, id)
		c.aeLocal, c.aeEntity = append(c.aeLocal, e.LocalID), append(c.aeEntity, e.GlobalID)
		c.aeName, c.aeType, c.aeCountry = append(c.aeName, e.Name), append(c.aeType, e.Type), append(c.aeCountry, e.Country)
		c.aeActor, c.aeRoles, c.aeMentions = append(c.aeActor, e.Actor), append(c.aeRoles, string(roles)), append(c.aeMentions, e.Mentions)
	}
	for _, q := range r.Quotes {
		if seen[q.SpeakerID] {
			c.entities[q.SpeakerID].quotes++
		}
	}
	for i, m := range r.Mentions {
		c.mArticle, c.mN, c.mLocal, c.mEntity = append(c.mArticle, id), append(c.mN, i), append(c.mLocal, m.LocalID), append(c.mEntity, m.GlobalID)
		c.mStart, c.mEnd, c.mText, c.mKind = append(c.mStart, m.Start), append(c.mEnd, m.End), append(c.mText, m.Text), append(c.mKind, m.Kind)
	}
	for _, q := range r.Quotes {
		c.qArticle, c.qID, c.qKind, c.qText = append(c.qArticle, id), append(c.qID, q.ID), append(c.qKind, q.Kind), append(c.qText, q.Text)
		c.qStart, c.qEnd, c.qSpeakerID = append(c.qStart, q.Start), append(c.qEnd, q.End), append(c.qSpeakerID, q.SpeakerID)
		c.qSpeakerName, c.qCue = append(c.qSpeakerName, q.SpeakerName), append(c.qCue, q.Cue)
		c.qConfidence, c.qPublished = append(c.qConfidence, q.Confidence), append(c.qPublished, q.Published)
	}
	for _, e := range r.Events {
		c.vArticle, c.vID, c.vCode, c.vRoot = append(c.vArticle, id), append(c.vID, e.ID), append(c.vCode, e.Code), append(c.vRoot, e.Root)
		c.vQuad, c.vGoldstein = append(c.vQuad, e.QuadClass), append(c.vGoldstein, e.Goldstein)
		c.v1ID, c.v1Code, c.v1Name, c.v1Country = append(c.v1ID, e.Actor1.EntityID), append(c.v1Code, e.Actor1.Code),
			append(c.v1Name, e.Actor1.Name), append(c.v1Country, e.Actor1.Country)
		c.v2ID, c.v2Code, c.v2Name, c.v2Country = append(c.v2ID, e.Actor2.EntityID), append(c.v2Code, e.Actor2.Code),
			append(c.v2Name, e.Actor2.Name), append(c.v2Country, e.Actor2.Country)
		c.vDate, c.vLocation, c.vText = append(c.vDate, e.Date), append(c.vLocation, e.Location), append(c.vText, e.Text)
		c.vStart, c.vEnd = append(c.vStart, e.Start), append(c.vEnd, e.End)
	}
	for i, t := range r.Times {
		c.tArticle, c.tN, c.tText, c.tStart, c.tEnd = append(c.tArticle, id), append(c.tN, i), append(c.tText, t.Text),
			append(c.tStart, t.Start), append(c.tEnd, t.End)
		c.tType, c.tValue, c.tStartValue = append(c.tType, t.Type), append(c.tValue, t.Value), append(c.tStartValue, t.StartValue)
		c.tEndValue, c.tMod = append(c.tEndValue, t.EndValue), append(c.tMod, t.Mod)
	}
	for i, m := range r.Amounts {
		c.amArticle, c.amN, c.amText, c.amStart, c.amEnd = append(c.amArticle, id), append(c.amN, i), append(c.amText, m.Text),
			append(c.amStart, m.Start), append(c.amEnd, m.End)
		c.amKind, c.amValue, c.amUnit = append(c.amKind, m.Kind), append(c.amValue, m.Value), append(c.amUnit, m.Unit)
		c.amApprox, c.amObject = append(c.amApprox, m.Approximate), append(c.amObject, m.Object)
	}
	for _, m := range r.Commitments {
		c.cArticle, c.cN, c.cActorID, c.cActorName = append(c.cArticle, id), append(c.cN, m.Seq), append(c.cActorID, m.ActorID),
			append(c.cActorName, m.ActorName)
		c.cAction, c.cDueStart, c.cDueEnd, c.cEvidence = append(c.cAction, m.Action), append(c.cDueStart, m.DueStart),
			append(c.cDueEnd, m.DueEnd), append(c.cEvidence, m.Evidence)
		c.cStart, c.cEnd, c.cQuote = append(c.cStart, m.Start), append(c.cEnd, m.End), append(c.cQuote, m.QuoteID)
	}
}

// queue adds the batch's inserts to b, entity counts last and in id order
// (unnest yields the rows in array order, sorted here): every writer then
// locks shared entity rows in the same order, so two never wait for each
// other in a cycle.
func (c *columns) queue(b *pgx.Batch) {
	if len(c.aeArticle) > 0 {
		b.Queue(`INSERT INTO article_entities(article_seq, article_id, local_id, entity_id, name, type, country, actor, roles, mentions)
			SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
				$9::text[], $10::int[])`,
			c.aeSeq, c.aeArticle, c.aeLocal, c.aeEntity, c.aeName, c.aeType, c.aeCountry, c.aeActor, c.aeRoles, c.aeMentions)
	}
	if len(c.mArticle) > 0 {
		b.Queue(`INSERT INTO mentions(article_id, n, local_id, entity_id, span_start, span_end, text, kind)
			SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[])`,
			c.mArticle, c.mN, c.mLocal, c.mEntity, c.mStart, c.mEnd, c.mText, c.mKind)
	}
	if len(c.qArticle) > 0 {
		b.Queue(`INSERT INTO quotes(article_id, id, kind, text, span_start, span_end, speaker_id, speaker_name, cue, confidence, published)
			SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[],
				$9::text[], $10::float8[], $11::text[])`,
			c.qArticle, c.qID, c.qKind, c.qText, c.qStart, c.qEnd, c.qSpeakerID, c.qSpeakerName, c.qCue, c.qConfidence, c.qPublished)
	}
	if len(c.vArticle) > 0 {
		b.Queue(`INSERT INTO events(article_id, id, code, root, quad_class, goldstein,
				actor1_id, actor1_code, actor1_name, actor1_country, actor2_id, actor2_code, actor2_name, actor2_country,
				date, location, text, span_start, span_end)
			SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::float8[],
				$7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[],
				$15::text[], $16::text[], $17::text[], $18::int[], $19::int[])`,
			c.vArticle, c.vID, c.vCode, c.vRoot, c.vQuad, c.vGoldstein, c.v1ID, c.v1Code, c.v1Name, c.v1Country,
			c.v2ID, c.v2Code, c.v2Name, c.v2Country, c.vDate, c.vLocation, c.vText, c.vStart, c.vEnd)
	}
	if len(c.tArticle) > 0 {
		b.Queue(`INSERT INTO times(article_id, n, text, span_start, span_end, type, value, start_value, end_value, mod)
			SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[], $8::text[],
				$9::text[], $10::text[])`,
			c.tArticle, c.tN, c.tText, c.tStart, c.tEnd, c.tType, c.tValue, c.tStartValue, c.tEndValue, c.tMod)
	}
	if len(c.amArticle) > 0 {
		b.Queue(`INSERT INTO amounts(article_id, n, text, span_start, span_end, kind, value, unit, approximate, object)
			SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::int[], $5::int[], $6::text[], $7::float8[], $8::text[],
				$9::bool[], $10::text[])`,
			c.amArticle, c.amN, c.amText, c.amStart, c.amEnd, c.amKind, c.amValue, c.amUnit, c.amApprox, c.amObject)
	}
	if len(c.cArticle) > 0 {
		b.Queue(`INSERT INTO commitments(article_id, n, actor_id, actor_name, action, due_start, due_end, evidence,
				span_start, span_end, quote_id)
			SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
				$9::int[], $10::int[], $11::text[])`,
			c.cArticle, c.cN, c.cActorID, c.cActorName, c.cAction, c.cDueStart, c.cDueEnd, c.cEvidence, c.cStart, c.cEnd, c.cQuote)
	}
	if len(c.entities) == 0 {
		return
	}
	ids := make([]string, 0, len(c.entities))
	for id := range c.entities {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	n := len(ids)
	keys, names, types, countries, actors := make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	arts, ments, quotes := make([]int, n), make([]int, n), make([]int, n)
	for i, id := range ids {
		d := c.entities[id]
		keys[i], names[i], types[i], countries[i], actors[i] = d.key, d.name, d.typ, d.country, d.actor
		arts[i], ments[i], quotes[i] = d.articles, d.mentions, d.quotes
	}
	// Country and actor code: the first article that knows them wins.
	b.Queue(`INSERT INTO entities AS e (id, key, name, type, country, actor, n_articles, n_mentions, n_quotes)
		SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::int[])
		ON CONFLICT (id) DO UPDATE SET
			n_articles = e.n_articles + EXCLUDED.n_articles,
			n_mentions = e.n_mentions + EXCLUDED.n_mentions,
			n_quotes = e.n_quotes + EXCLUDED.n_quotes,
			country = CASE WHEN e.country = '' THEN EXCLUDED.country ELSE e.country END,
			actor = CASE WHEN e.actor = '' THEN EXCLUDED.actor ELSE e.actor END`,
		ids, keys, names, types, countries, actors, arts, ments, quotes)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
