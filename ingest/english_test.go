package ingest

import (
	"strings"
	"testing"
)

func TestObviouslyEnglish(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want bool
	}{
		{"English news", "The harbour council approved the new ferry link on Monday after a long debate. " +
			"The mayor said that the first boats would sail in June and that fares were to stay low for the islanders. " +
			"Opponents of the plan have argued that the cost was too high, but the vote was clear, and work on the " +
			"terminal will start in the spring, according to a statement from the council's office.", true},
		{"too short to judge", "The ferry sails in June, the mayor said.", false},
		{"French", "Le conseil du port a approuvé lundi la nouvelle liaison par ferry après un long débat. La maire a dit " +
			"que les premiers bateaux partiraient en juin et que les tarifs resteraient bas pour les habitants des îles. " +
			"Les opposants au projet ont estimé que le coût était trop élevé, mais le vote a été clair et les travaux " +
			"du terminal commenceront au printemps, selon un communiqué du bureau du conseil.", false},
		{"German", "Der Hafenrat hat am Montag nach langer Debatte die neue Fährverbindung genehmigt. Die Bürgermeisterin " +
			"sagte, die ersten Schiffe würden im Juni fahren und die Preise für die Inselbewohner blieben niedrig. Was die " +
			"Gegner des Plans sagen, ist, dass die Kosten zu hoch waren, aber die Abstimmung war klar, und die Arbeiten am " +
			"Terminal beginnen im Frühjahr, wie es in einer Mitteilung des Rates heißt.", false},
		{"Dutch", "De havenraad heeft maandag na een lang debat de nieuwe veerverbinding goedgekeurd. De burgemeester zei " +
			"dat de eerste boten in juni zouden varen en dat de prijzen voor de eilandbewoners laag zouden blijven. Het " +
			"was volgens de tegenstanders te duur, maar de stemming is duidelijk en het werk aan de terminal begint in de " +
			"lente, volgens een verklaring van het kantoor van de raad.", false},
		{"Spanish", "El consejo del puerto aprobó el lunes la nueva conexión de ferry tras un largo debate. La alcaldesa dijo " +
			"que los primeros barcos zarparían en junio y que las tarifas seguirían bajas para los isleños. Los opositores " +
			"al plan han argumentado que el costo era demasiado alto, pero la votación fue clara y las obras de la " +
			"terminal comenzarán en primavera, según un comunicado de la oficina del consejo.", false},
		{"English, with the accented names of a few people", "The talks between Jürgen Müller and François Lefèvre ended " +
			"on Tuesday without a deal, and the two ministers said that they would meet again after the summer. The " +
			"negotiators were told to draft a plan for the border crossings, which have been closed for most of the year, " +
			"and the report is due before the next meeting of the council in the capital.", true},
		{"English words quoted in Italian", "Il consiglio del porto ha approvato lunedì il nuovo collegamento. \"The ferry is " +
			"the future\", ha detto la sindaca, che ha promesso che le prime navi partiranno a giugno e che le tariffe " +
			"resteranno basse per gli abitanti delle isole, mentre gli oppositori del piano sostengono che il costo sia " +
			"troppo alto e che i lavori al terminal non inizieranno prima della primavera.", false},
		{"English that opens with a list of names: judged again on more words", "Results on Saturday: Ashford Rovers, " +
			"Bramley Town, Castleford United, Dunmore Athletic, Eastwick Wanderers, Fenwick City, Granton Albion, Hollins " +
			"Park, Ivybridge Rangers, Jarrow Borough, Kelso Harriers, Linton Rovers, Morley Vale, Norton Heath, Oakham " +
			"Forest, Pemberton Villa, Quarry Bank, Redbridge Swifts, Selby Town, Tadley Calleva, Upton Colts, Ventnor " +
			"Rangers, Welby Lions, Yarmouth Greens. " + strings.Repeat("The league said that the new season would start "+
			"in August and that the clubs had agreed to the changes to the fixtures, which were set out in a letter to "+
			"the members after the annual meeting of the board. ", 6), true},
		{"French after an English headline, over more words", "Ferry plan is approved, says the mayor of the town. " +
			strings.Repeat("Le conseil du port a approuvé lundi la nouvelle liaison par ferry après un long débat, et la "+
				"maire a dit que les premiers bateaux partiraient en juin. ", 12), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ObviouslyEnglish(tc.text); got != tc.want {
				t.Errorf("ObviouslyEnglish = %v, want %v", got, tc.want)
			}
		})
	}
}

func BenchmarkObviouslyEnglish(b *testing.B) {
	text := "The harbour council approved the new ferry link on Monday after a long debate. " +
		"The mayor said that the first boats would sail in June and that fares were to stay low for the islanders. " +
		"Opponents of the plan have argued that the cost was too high, but the vote was clear."
	for b.Loop() {
		ObviouslyEnglish(text)
	}
}
