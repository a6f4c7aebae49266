package text

// Memo returns the value kept under key, calling compute the
// first time. It is for data derived from the document that more than one
// stage reads (the gazetteer phrases of each sentence are read by the NER
// tagger and by entity resolution), so that it is computed once. A value
// is not part of the record: it is never serialised, and a key should name
// what the value depends on (a derived value of the tokens is stale once
// the tokens change), e.g. by holding their count. Like the rest of a
// Document, Memo is not safe for concurrent use.
func (d *Document) Memo(key any, compute func() any) any {
	if v, ok := d.memo[key]; ok {
		return v
	}
	v := compute()
	if d.memo == nil {
		d.memo = map[any]any{}
	}
	d.memo[key] = v
	return v
}
