package entity

import "dateline/text"

// MakeOrganisation retypes entity e and its mentions as an organisation,
// for the quote stage when a one-word "person" is spoken of as "it" (a
// firm the name tagger typed a person). Its actor code stays as the
// entity stage gave it.
func MakeOrganisation(d *text.Document, e int) {
	if e < 0 || e >= len(d.Entities) {
		return
	}
	d.Entities[e].Type = "ORG"
	for _, mi := range d.Entities[e].Mentions {
		if mi >= 0 && mi < len(d.Mentions) {
			d.Mentions[mi].Type = "ORG"
		}
	}
}
