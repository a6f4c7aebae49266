// Package legalname lists the suffixes that close a firm's legal name
// ("Acme Inc", "Vollmer AG", "Kestrel Holdings"), for the tagger's mends
// (ner) and the joining and typing of names (entity), which had each kept
// a copy of the list and let the copies drift apart.
package legalname

import "strings"

// A Suffix closes a firm's legal name.
type Suffix struct {
	// Word is the suffix in lower case, without dots: "inc", "gmbh",
	// "corporation".
	Word string
	// Abbrev: an abbreviation ("Inc", "GmbH"), read in any case; a word
	// ("Corporation", "Holdings") is a suffix only capitalised.
	Abbrev bool
	// Dotted: also written with a dot after each letter ("S.A.",
	// "L.L.C.").
	Dotted bool
	// CapsOnly: read only capitalised or in capitals, because in lower
	// case it is a word or another abbreviation ("sa", "ag", "nv").
	CapsOnly bool
}

// Suffixes are the legal suffixes of firms in English-language news.
var Suffixes = []Suffix{
	{Word: "inc", Abbrev: true},
	{Word: "corp", Abbrev: true},
	{Word: "co", Abbrev: true},
	{Word: "ltd", Abbrev: true},
	{Word: "plc", Abbrev: true},
	{Word: "llc", Abbrev: true, Dotted: true},
	{Word: "lp", Abbrev: true, Dotted: true, CapsOnly: true},
	{Word: "pty", Abbrev: true, CapsOnly: true},
	{Word: "ag", Abbrev: true, CapsOnly: true},
	{Word: "sa", Abbrev: true, Dotted: true, CapsOnly: true},
	{Word: "nv", Abbrev: true, Dotted: true, CapsOnly: true},
	{Word: "bv", Abbrev: true, Dotted: true, CapsOnly: true},
	{Word: "spa", Abbrev: true, Dotted: true, CapsOnly: true},
	{Word: "gmbh", Abbrev: true, CapsOnly: true},
	{Word: "corporation"},
	{Word: "incorporated"},
	{Word: "limited"},
	{Word: "company"},
	{Word: "group"},
	{Word: "holdings"},
}

// DottedForm is the suffix written with a dot after each letter
// ("s.p.a.").
func (s Suffix) DottedForm() string {
	var b strings.Builder
	for _, r := range s.Word {
		b.WriteRune(r)
		b.WriteByte('.')
	}
	return b.String()
}

// Capitalised is the word as it closes a name ("Holdings").
func (s Suffix) Capitalised() string {
	return strings.ToUpper(s.Word[:1]) + s.Word[1:]
}
