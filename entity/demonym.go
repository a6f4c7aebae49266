package entity

import (
	"strings"

	"dateline/gazetteer"
)

// IsPersonDemonym reports whether word is a nationality that, singular
// after "the", names one person ("the American", "the Swede", "the
// Dutchman"), not a people: the forms that are also the people's name
// ("the French", "the Irish", "the Japanese", "the Swiss") and plurals
// are not.
func IsPersonDemonym(word string) bool {
	w := strings.ToLower(word)
	for _, suf := range []string{"ch", "sh", "ese", "ss", "s"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	g, err := gazetteer.Load()
	if err != nil {
		return false
	}
	e, ok := g.Demonym(word)
	return ok && !e.Flags.Has(gazetteer.FlagPlural)
}
