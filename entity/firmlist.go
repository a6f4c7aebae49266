package entity

import "dateline/text"

// firmInList reports whether the name mention mi is one of a list of
// names joined by commas and "and" or "or" in which another name is one
// the gazetteer knows first as an organisation: "Google, Yahoo and
// Microsoft", "rivals such as AOL and Yahoo". A writer lists like with
// like, and the tagger, reading "Yahoo" with no firm word near it, took it
// for a person's name (17 BBC articles). Not a name the tagger alone calls
// a body: a band in a list of singers ("Jamelia, Muse and Joss Stone")
// would make them all bands. A list with commas alone is no list ("Jo
// Penn, Acme chief executive,").
func (r *resolver) firmInList(mi int, byStart, byEnd map[int]int) bool {
	first, end, ok := r.tokenRange(r.d.Mentions[mi].Span)
	if !ok {
		return false
	}
	var members []int
	joined := false
	// rightwards: a link then a name starting right after it
	for i := end; ; {
		j, and, ok := r.listLink(i, first)
		n, at := byStart[j]
		if !ok || !at {
			break
		}
		joined = joined || and
		members = append(members, n)
		_, i, _ = r.tokenRange(r.d.Mentions[n].Span)
	}
	// leftwards: a name ending right before a link
	for i := first; ; {
		k := i - 1
		if k > 0 && (r.lower[k] == "and" || r.lower[k] == "or") && r.lower[k-1] == "," {
			k-- // ", and"
		}
		j, and, ok := r.listLink(k, first)
		n, at := byEnd[k]
		if !ok || !at || j != i {
			break
		}
		joined = joined || and
		members = append(members, n)
		i, _, _ = r.tokenRange(r.d.Mentions[n].Span)
	}
	if !joined {
		return false
	}
	for _, n := range members {
		if gazClass(r.lookup(r.d.Slice(r.d.Mentions[n].Span))) == 1 {
			return true
		}
	}
	return false
}

// listLink reads the link of a list at token i: ",", "and", "or", ", and"
// or ", or", in the sentence of token first. It returns the token after
// the link and whether the link holds "and" or "or".
func (r *resolver) listLink(i, first int) (next int, and, ok bool) {
	if i < 0 || i >= len(r.lower) || r.sentOf[i] != r.sentOf[first] {
		return 0, false, false
	}
	switch r.lower[i] {
	case "and", "or":
		return i + 1, true, true
	case ",":
		if i+1 < len(r.lower) && (r.lower[i+1] == "and" || r.lower[i+1] == "or") {
			return i + 2, true, true
		}
		return i + 1, false, true
	}
	return 0, false, false
}

// nameEdges maps the first token and the token after the last of each
// name mention to the mention, for firmInList.
func (r *resolver) nameEdges() (byStart, byEnd map[int]int) {
	byStart, byEnd = map[int]int{}, map[int]int{}
	for mi, m := range r.d.Mentions {
		if m.Kind != text.MentionName {
			continue
		}
		if first, end, ok := r.tokenRange(m.Span); ok {
			byStart[first], byEnd[end] = mi, mi
		}
	}
	return byStart, byEnd
}
