package entity

import (
	"strings"

	"dateline/text"
)

// The quote stage adds to a Document whose entities are resolved: sources,
// writers, names and pronouns the entity stage left out (AddSource,
// AddHonorificName, LinkPronoun, …). These two keep the entity ids and the
// entities' mention lists as the stage makes them.

// newEntity appends e with the next id and returns its index.
func newEntity(d *text.Document, e text.Entity) int {
	e.ID = "E" + itoa(len(d.Entities)+1)
	e.Name = oneLine(e.Name)
	d.Entities = append(d.Entities, e)
	return len(d.Entities) - 1
}

// addMentionOf appends mention m of entity e, lists it on the entity and
// returns e.
func addMentionOf(d *text.Document, m text.Mention, e int) int {
	m.Entity = e
	d.Mentions = append(d.Mentions, m)
	d.Entities[e].Mentions = append(d.Entities[e].Mentions, len(d.Mentions)-1)
	return e
}

// oneLine joins the lines of a name that a hard-wrapped text broke
// ("Federal Reserve\nBoard"): the line end and the indentation after it
// are one space, as any reader takes them.
func oneLine(name string) string {
	if !strings.ContainsAny(name, "\n\r") {
		return name
	}
	return strings.Join(strings.Fields(name), " ")
}
