package quote

import (
	"slices"
	"strings"
	"testing"

	"dateline/entity"
	"dateline/text"
)

// TestSpeakerOnRealParses checks speakers the real parser makes hard to
// find, on sentences written for this test.
func TestSpeakerOnRealParses(t *testing.T) {
	tests := []struct {
		name, text, cue string
		speaker         string // a word of the speaker's name, "" for none
		typ             string // the speaker entity's type, "" for any
	}{
		{"a first-person writer outside quotation marks", "I believe the council has made a grave mistake with this budget.",
			"believe", "author", entity.WriterType},
		{"an editorial's we", "Senators met on Tuesday.\n\nWe know that the schools cannot wait another year for the money.",
			"know", "author", entity.WriterType},
		{"I inside a quotation is not the writer", "\u201cI believe the council has made a grave mistake,\u201d Okafor said.",
			"said", "Okafor", "PERSON"},
		{"an active verb whose subject the parser took for passive",
			"During a speech earlier in the day, Lopez attacked Ruiz for her support of the war in Libya.",
			"attacked", "Lopez", ""},
		{"a title before the name and a perfect tense",
			"Republican nominee Maria Lopez has called for an end to the ferry levy.",
			"called", "Lopez", ""},
		{"a participle on an event speaks for the clause's subject",
			"Ruiz spoke at a news conference announcing that her office would sue the state.", "announcing", "Ruiz", ""},
		{"an infinitive on a thing speaks for the clause's subject",
			"Okafor has gone on a long tour to talk with bakers about the new tax.", "talk", "Okafor", ""},
		{"a participle on people speaks for them",
			"The mayor ignored officials saying that the bridge is safe.", "saying", "officials", ""},
		{"a quantity with what it counts", "Dozens of farmers came to the hearing, most of whom said the new rules would ruin them.",
			"said", "most of whom", "GROUP"},
		{"a closing source after a name is no apposition of the name",
			"Farmers are turning against Okafor, a new survey suggests.", "suggests", "survey", ""},
		{"a bare quantity", "Some believe the mayor will resign before the summer.", "believe", "Some", "GROUP"},
		{"a number of people", "Nearly seven of 10 farmers say they expect grain prices to fall.", "say", "seven of 10 farmers", "GROUP"},
		{"one person unnamed", "Then someone asked how the town could pay for the bridge.", "asked", "someone", "PERSON"},
		{"an uncued fragment speaks for its clause's subject",
			"Okafor billed the vote as \"the last chance we will ever have to save the ferry\" on Monday.", "", "Okafor", ""},
		{"a document just quoted goes on as it",
			"“The ferry will stop running in March,” the report says. “Repairs will cost the town $4 million,” it adds.",
			"adds", "report", ""},
		{"it is a building standing for its occupants",
			"The White House announced a new plan on Tuesday. It also said that the ferry would get federal money.",
			"said", "White House", ""},
		{"a verb read as a noun is held by the name before it",
			"Okafor argues that this plan will fail because it is up to the states to pay for it.", "argues", "Okafor", ""},
		{"a relative clause after a dash",
			"The debate turned on taxes, with Maria Lopez — who has called for higher taxes on the rich — attacking the plan.",
			"called", "Lopez", ""},
		{"a time the parser took for the subject",
			"Besides the quarrel over the budget, the High Court this week rejected a plea from parents in Leeds to keep two village schools open.",
			"rejected", "High Court", ""},
		{"a time between the name and the verb",
			"Drawing on one page of the audit, Okafor on Monday said she wants to close three loopholes for landlords.",
			"said", "Okafor", ""},
		// (The parse reads "the council" as the object of "said" and "its
		// lawyers" as the subject of a verb joined to it; before
		// joinedSubject the content stopped at "the council" and the
		// fragment was left with no cue, given to the reporter.)
		{"a fragment in reported words with two subjects is the reporter's",
			"Mayor Ana Ruiz spoke on Monday. She said the council and its lawyers will seek new hearings and take other measures \"to make clear to the county that there are costs to its careless actions.\"",
			"said", "Ruiz", ""},
		{"a name the tagger reads as a verb, before the cue",
			tagTrap,
			"described", "Trump", ""},
		{"a name the tagger reads as a passive auxiliary",
			tagTrap,
			"attacked", "Trump", ""},
		{"a quotation after a sentence bringing in another person is that person's",
			"“The ferry plan is dead,” Tom Weller said on Monday.\n\nLater that day, Mayor Ana Ruiz arrived at the harbour with two engineers. “We will find the money for the ferry, whatever the council thinks.”",
			"", "Ruiz", ""},
		{"a noun source before an inverted verb the parse hung on it",
			"He said tenants would not qualify, and when asked why the scheme leaves out renters, the 52-year-old father of two replied, \"It is meant to help the families who already own a house.\"",
			"replied", "father", ""},
		{"a relative pronoun after a dash is the name's, not the far noun the parse gives",
			"It has turned into a major issue in the contest, with Maria Lopez — who’s asked for steep fees on landlords — saying the scheme would fail.",
			"saying", "Lopez", ""},
		{"a real passive has no speaker", "Mayor Ana Ruiz was asked whether the ferry would run again in May.", "asked", "", ""},
		{"a state heading a title run is not the speaker", "Ohio Gov. Ana Ruiz described the budget as a “disgrace” on Monday.",
			"described", "Ruiz", "PERSON"},
		{"a party heading a run with a former holder's title is not the speaker", "Labour ex-minister Dan Moreno said the port should stay open.",
			"said", "Moreno", "PERSON"},
		{"a party heading a run with a shared title is not the speaker", "Labour co-chairman Dan Moreno said the ferry fares were too high.",
			"said", "Moreno", "PERSON"},
		{"a participle after a comma is not the clause describing a noun's",
			"Mayor Ana Ruiz on Sunday criticized the budget deal reached after two weeks of talks, saying the deal goes too far.",
			"saying", "Ruiz", ""},
		{"a participle joined to a reported clause about a thing is the reporter's",
			"Mayor Ana Ruiz said the plan had failed, adding that the port would close.", "adding", "Ruiz", ""},
		{"a participle after a predicate with a copula is the predicate subject's",
			"Ruiz was open about her dislike for Tom Baker, the current favourite, saying farmers need to band together.",
			"saying", "Ruiz", ""},
		{"an inverted verb opening a line before a colon", "The mayor spoke on Friday.\n\nAdded Ana Ruiz: “So I think it is a very real problem.”",
			"Added", "Ruiz", "PERSON"},
		{"a time after a participle describing the subject does not speak",
			"An audit released Thursday said the port was losing money.", "said", "audit", ""},
		{"a relative pronoun after a time phrase stands for the noun before it",
			"The mayor released the audit in June, which showed the port was losing money.", "showed", "audit", ""},
		{"a quotation after a passive attribution goes on with the speaker before it",
			"“We will open the ferry in May,” Mayor Ana Ruiz said on a radio show last week when asked what Tom Baker would do at the harbour. “Nobody knows the port better.”",
			"", "Ruiz", ""},
		{"the noun after a participle is its object, not an inverted subject",
			"Ana Ruiz and her allies dug deeper into Baker's record Tuesday, criticizing a new round of loans to his business.",
			"criticizing", "Ruiz", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text)
			for _, q := range d.Quotes {
				if q.Cue != tt.cue {
					continue
				}
				if q.Speaker < 0 {
					if tt.speaker != "" {
						t.Errorf("quote cued by %q has no speaker, want %q", tt.cue, tt.speaker)
					}
					return
				}
				e := d.Entities[q.Speaker]
				if tt.speaker == "" || !strings.Contains(e.Name, tt.speaker) || tt.typ != "" && e.Type != tt.typ {
					t.Errorf("quote cued by %q has speaker %q (%s), want %q (%s)", tt.cue, e.Name, e.Type, tt.speaker, tt.typ)
				}
				return
			}
			t.Errorf("no quote cued by %q among %+v", tt.cue, describe(d, d.Quotes))
		})
	}
}

// TestRelativePronounIsSpeakerMention checks that the relative pronoun a
// speaker is found through becomes a mention of the speaker: in "Weller,
// who argued that …" the source is as much "who" as "Weller".
func TestRelativePronounIsSpeakerMention(t *testing.T) {
	d := analyse(t, "There were many guests, including Tom Weller, who argued that the town should build the museum.")
	for _, q := range d.Quotes {
		if q.Cue != "argued" {
			continue
		}
		if q.Speaker < 0 {
			t.Fatalf("quote cued by %q has no speaker, want Tom Weller", q.Cue)
		}
		var got []string
		for _, mi := range d.Entities[q.Speaker].Mentions {
			got = append(got, d.Slice(d.Mentions[mi].Span))
		}
		if !slices.Contains(got, "who") {
			t.Errorf("speaker %q has mentions %q, want \"who\" among them", d.Entities[q.Speaker].Name, got)
		}
		return
	}
	t.Errorf("no quote cued by \"argued\" among %+v", describe(d, d.Quotes))
}

// tagTrap is text where the tagger reads the name "Trump" as a verb.
const tagTrap = "Lopez said she did not know what the driver was thinking.\n\n" +
	"Trump further described the crash as a \"sad accident,\" but stopped short of blaming the driver.\n\n" +
	"In a June speech, Trump attacked \"the greedy bosses who run the ports of the coast.\"\n"

// TestPronounAfterNameOfOtherGender checks that a pronoun opening the
// sentence right after a quote goes on with its speaker when the first
// name reads as the other gender and no one else is named between.
func TestPronounAfterNameOfOtherGender(t *testing.T) {
	txt := "Lindsey Park spoke to farmers in the valley on Tuesday.\n\n" +
		"Park said, “The price of water has doubled in two years and nobody in the capital has noticed.”\n\n" +
		"He continued, “We will keep asking until someone answers.”"
	wantQuoteIn(t, txt, got{text.QuoteDirect, "We will keep asking until someone answers.", "Lindsey Park", "continued", ""})
}

// TestPronounAfterNameOfOtherGenderWithSomeoneBetween checks that the
// speaker just quoted is not taken for a pronoun of the other gender when
// the writer names another person in between.
func TestPronounAfterNameOfOtherGenderWithSomeoneBetween(t *testing.T) {
	txt := "Lindsey Park spoke to farmers in the valley on Tuesday.\n\n" +
		"Park said, “The price of water has doubled in two years and nobody in the capital has noticed.”\n\n" +
		"Marta Olsen, who farms near the river, nodded. He continued, “We will keep asking until someone answers.”"
	d := analyse(t, txt)
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "continued" && g.speaker == "Lindsey Park" {
			t.Errorf("quote cued by %q got speaker %q, want not the speaker quoted before another person was named", g.cue, g.speaker)
		}
	}
}

// TestUncuedQuotationSkipsWriterBetween checks that a quotation with no
// cue goes on with the person quoted before it over the writer's
// sentences between: neither a weak reported cue there ("want") nor a
// thing with a name inside it as their subject is a new speaker.
func TestUncuedQuotationSkipsWriterBetween(t *testing.T) {
	tests := []struct{ name, text, quote string }{
		{"a weak reported cue between",
			"“Ferries will get cheaper once the new pier opens,” says Tom Weller, who runs the harbour. " +
				"If shipping firms want to save on fuel, the pier could cut their costs by a fifth. " +
				"“Every boat that docks here saves an hour of sailing.”",
			"Every boat that docks here saves an hour of sailing."},
		{"a thing with a name inside it as the subject between",
			"“The archive holds more than we can read,” says Tom Weller. " +
				"The cataloguing of the old Harbour Board papers turned up some odd letters. " +
				"“One was a love note from a lighthouse keeper.”",
			"One was a love note from a lighthouse keeper."},
		{"a person's own weak reported cue between still carries",
			"“We will not give up,” Tom Weller said. The surgeons said they would operate at once, " +
				"but he insisted on waiting for his own doctor back home. “I wanted my own doctor to do it.”",
			"I wanted my own doctor to do it."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text)
			for _, g := range describe(d, d.Quotes) {
				if g.text == tt.quote {
					if g.speaker != "Tom Weller" {
						t.Errorf("quote %q has speaker %q, want %q", g.text, g.speaker, "Tom Weller")
					}
					return
				}
			}
			t.Errorf("no quote %q among %+v", tt.quote, describe(d, d.Quotes))
		})
	}
}
