package gazetteer

import "strings"

// The three-letter segments of a CAMEO actor code that are no country:
// roles, group types and religions. An actor code is a country's segment
// and then these ("GBRGOV", "IGOUNO", "---MUS"); the GDELT export splits
// codes by them, and the event stage asks whether a code is a bare
// country.

// RoleCode says whether seg is a CAMEO actor type (the "role" segment).
// PPL (people) is the Phoenix agents' own, which the built-in lexicon uses.
func RoleCode(seg string) bool { return roleCodes[seg] }

// GroupType says whether seg is a type followed by a known group's own
// code ("IGO" before "UNO").
func GroupType(seg string) bool { return groupTypes[seg] }

// ReligionCode says whether seg is a CAMEO religion code. MUS is the
// Phoenix agents' code for Muslims (CAMEO's MOS).
func ReligionCode(seg string) bool { return religionCodes[seg] }

var (
	roleCodes     = codeSet("GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LAB LEG HLH REF MOD RAD AGR DEV ELI ENV HRI INS SET UAF NGM IMG RES PPL")
	groupTypes    = codeSet("IGO NGO IMG MNC")
	religionCodes = codeSet("MUS REL ADR ALE ATH BAH BUD CHR CON CPT CTH DOX JAN JEW ITH HIN HSD LDS MOS MRN NEW ORT PRO SFI SHI SHN SIK SUN TAO UDI ZRO")
)

func codeSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
