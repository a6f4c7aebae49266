package event

import (
	"fmt"
	"path/filepath"
	"strings"

	"dateline/event/petrarch"
)

// LoadBuiltinSources reads the PETRARCH-2 dictionaries the built-in
// lexicon is made from (CAMEO.2.0.txt, the Phoenix actor, agent and
// discard files in dir) and mends what the files lost (lostVerbs).
// cmd/gen-cameo writes the result with WriteLexicon.
func LoadBuiltinSources(dir string) (*petrarch.Dictionaries, error) {
	cfg := &petrarch.Config{
		Verbs: filepath.Join(dir, "CAMEO.2.0.txt"),
		Actors: []string{filepath.Join(dir, "Phoenix.Countries.actors.txt"),
			filepath.Join(dir, "Phoenix.International.actors.txt"),
			filepath.Join(dir, "Phoenix.MilNonState.actors.txt")},
		Agents:   filepath.Join(dir, "Phoenix.agents.txt"),
		Discards: filepath.Join(dir, "Phoenix.discards.txt"),
	}
	d, err := cfg.Load()
	if err != nil {
		return nil, err
	}
	if err := addLostVerbs(d); err != nil {
		return nil, err
	}
	if err := recodeVerbs(d); err != nil {
		return nil, err
	}
	if err := addSynsetMembers(d); err != nil {
		return nil, err
	}
	more, err := petrarch.ReadActors(strings.NewReader(missingActors), "event/sources.go missingActors")
	if err != nil {
		return nil, err
	}
	d.Actors = append(d.Actors, more...)
	return d, nil
}

// missingActors are names Phoenix.Countries.actors.txt has only in longer
// forms: it has "US STATE DEPARTMENT", "DEPARTMENT OF STATE" and "STATE
// DEPARTMENT OFFICIAL", not the bare "State Department" most copy writes,
// so "The State Department criticized Iran" had no source and no event,
// and "a State Department spokesman" was a journalist (the spokesperson
// agent's MED). The files also lack the World Trade Organization (they
// code its heads IGOBUSWTO, as here) and the central
// banks named "Bank of <country>" or by their own name (they have the
// Federal Reserve as USAGOVBUS and the agents "central bank", "reserve
// bank" as GOVBUS): "The Bank of England warned the government" had no
// source. "Bank of X" is not made a rule: the Bank of China, of Scotland
// and of America are commercial banks. Written in the dictionary's own
// format.
const missingActors = `STATE_DEPARTMENT
+STATE_DEPARTMENT_SPOKESMAN
+STATE_DEPARTMENT_SPOKESWOMAN
+STATE_DEPARTMENT_SPOKESPERSON
	[USAGOV]

WORLD_TRADE_ORGANIZATION
+WORLD_TRADE_ORGANISATION
+WTO
	[IGOBUSWTO]

BANK_OF_ENGLAND
	[GBRGOVBUS]

BANK_OF_JAPAN
	[JPNGOVBUS]

BANK_OF_CANADA
	[CANGOVBUS]

BANK_OF_FRANCE
+BANQUE_DE_FRANCE
	[FRAGOVBUS]

BANK_OF_ITALY
	[ITAGOVBUS]

BANK_OF_SPAIN
	[ESPGOVBUS]

BANK_OF_KOREA
	[KORGOVBUS]

BANK_OF_RUSSIA
	[RUSGOVBUS]

BANK_OF_THAILAND
	[THAGOVBUS]

BANK_OF_ISRAEL
	[ISRGOVBUS]

BANK_OF_MEXICO
	[MEXGOVBUS]

BUNDESBANK
	[DEUGOVBUS]

RESERVE_BANK_OF_AUSTRALIA
	[AUSGOVBUS]

RESERVE_BANK_OF_NEW_ZEALAND
	[NZLGOVBUS]

RIKSBANK
	[SWEGOVBUS]

NORGES_BANK
	[NORGOVBUS]
`

// lostVerbs are verbs CAMEO.2.0.txt lost when it was converted from the
// TABARI dictionaries: the file still has the patterns made for them
// ("- * EFFORTS [020] # URGE", 22 lines in the DEMAND block) but no
// verb line, so the patterns never fire. Each is put back in the block
// its patterns live in, with its code from the CAMEO codebook ("urge" is
// the codebook's example of 020, make an appeal or request).
var lostVerbs = []struct{ verb, block, code string }{
	{"URGE", "DEMAND", "020"},
	// "sanction" is the codebook's own word for 163 (impose embargo,
	// boycott or sanctions); the file has it only as a noun in patterns
	// ("- * SANCTION [163] # APPLY"), so "Washington sanctioned two
	// banks" was no event. It joins BOYCOTT and EMBARGO's block.
	{"SANCTION", "EXCLUDE", "163"},
}

func addLostVerbs(d *petrarch.Dictionaries) error {
	for _, lv := range lostVerbs {
		found := false
		for i := range d.Verbs.Blocks {
			b := &d.Verbs.Blocks[i]
			if b.Name != lv.block {
				continue
			}
			b.Verbs = append(b.Verbs, petrarch.Verb{Words: []petrarch.Word{{Text: lv.verb}}, Code: lv.code})
			found = true
			break
		}
		if !found {
			return fmt.Errorf("CAMEO.2.0.txt has no verb block %q for %q", lv.block, lv.verb)
		}
	}
	return nil
}

// recodedVerbs are verbs whose block code leaves their commonest news use
// uncoded. SLAM sits in the CRASH block (code ---, for vehicles) though
// every pattern the file gives it is criticism ("- * (AS UNACCEPTABLE)
// [111] # SLAM", "- * CONDEMNATION [111]", "- * BOYCOTT [1054]"), so
// "Japan slammed North Korea" was no event. A crash's target is no actor
// ("the car slammed into a wall"), so 111 costs the crash sense nothing.
var recodedVerbs = []struct{ verb, block, code string }{
	{"SLAM", "CRASH", "111"},
}

func recodeVerbs(d *petrarch.Dictionaries) error {
	for _, rv := range recodedVerbs {
		n := 0
		for i := range d.Verbs.Blocks {
			b := &d.Verbs.Blocks[i]
			if b.Name != rv.block {
				continue
			}
			for j := range b.Verbs {
				if w := b.Verbs[j].Words; len(w) == 1 && w[0].Text == rv.verb {
					b.Verbs[j].Code = rv.code
					n++
				}
			}
		}
		if n == 0 {
			return fmt.Errorf("CAMEO.2.0.txt has no verb %q in block %q", rv.verb, rv.block)
		}
	}
	return nil
}

// synsetMembers are words a synonym set of CAMEO.2.0.txt lacks. &TREATY
// (treaty, pact, accord, agreement) lacked "deal", the word most copy
// uses: "Kenya and Tanzania signed a deal" was no event, as SIGN's block
// codes only the deals it names ("peace deal", "loan deals").
var synsetMembers = []struct{ synset, word string }{
	{"&TREATY", "DEAL"},
}

func addSynsetMembers(d *petrarch.Dictionaries) error {
	for _, sm := range synsetMembers {
		if _, ok := d.Verbs.Synsets[sm.synset]; !ok {
			return fmt.Errorf("CAMEO.2.0.txt has no synonym set %s", sm.synset)
		}
		d.Verbs.Synsets[sm.synset] = append(d.Verbs.Synsets[sm.synset], []petrarch.Word{{Text: sm.word}})
	}
	return nil
}
