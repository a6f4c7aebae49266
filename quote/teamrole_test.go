package quote

import "testing"

// TestTeamPositionNamesThePlayer checks that a team's or country's name
// before a player's position and name does not speak for the player
// ("Ireland fly-half Tom Hadley hailed …" was the country's), and that a
// position with no name after it speaks as that description, not as the
// country that qualifies it.
func TestTeamPositionNamesThePlayer(t *testing.T) {
	tests := []struct{ text, cue, want string }{
		{"Ireland fly-half Tom Hadley hailed his side's win over the visitors.", "hailed", "Tom Hadley"},
		{"France scrum-half Piet Manor praised his team after the match.", "praised", "Piet Manor"},
		{"Italy skipper Dario Vento believes Saturday's game can be won.", "believes", "Dario Vento"},
		{"Ireland hooker Sean Dolan admitted the game had been hard.", "admitted", "Sean Dolan"},
		{"The former Scotland international added that the move would not be wise.", "added", "former Scotland international"},
	}
	for _, tt := range tests {
		checkCueSpeaker(t, analyse(t, tt.text), tt.cue, tt.want)
	}
}
