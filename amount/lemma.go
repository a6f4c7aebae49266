package amount

import "strings"

var irregular = map[string]string{
	"people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
	"teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife",
	"knives": "knife", "leaves": "leaf", "halves": "half", "data": "data", "media": "media",
	"police": "police", "staff": "staff", "personnel": "personnel", "crises": "crisis",
	"analyses": "analysis", "series": "series", "species": "species", "news": "news",
	"aircraft": "aircraft", "buses": "bus", "gases": "gas", "viruses": "virus", "bonuses": "bonus", "sheep": "sheep", "fish": "fish", "deer": "deer",
}

// lemma returns the singular of an English noun (lower case): the unit of a
// count ("troops" → "troop"). It is a rule of thumb for when the syntax
// stage has not supplied a lemma.
func lemma(w string) string {
	if l, ok := irregular[w]; ok {
		return l
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") ||
		strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}
