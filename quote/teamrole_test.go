package quote

import "testing"

// TestTeamPositionNamesThePlayer checks that a team's or country's name
// before a player's position and name does not speak for the player
// ("Ireland fly-half Tom Hadley praised …" was the country's), and that a
// position with no name after it speaks as that description, not as the
// country that qualifies it.
func TestTeamPositionNamesThePlayer(t *testing.T) {
	tests := []struct{ text, cue, want string }{
		{"Ireland fly-half Tom Hadley praised the pack for a tireless display.", "praised", "Tom Hadley"},
		{"Italy skipper Dario Vento reckons the Rome fixture can be won.", "reckons", "Dario Vento"},
		{"Ireland hooker Sean Dolan conceded that the scrum had creaked all afternoon.", "conceded", "Sean Dolan"},
		{"The one-time Wales international argued that signing for the neighbours would be foolish.", "argued", "one-time Wales international"},
	}
	for _, tt := range tests {
		checkCueSpeaker(t, analyse(t, tt.text), tt.cue, tt.want)
	}
}

// TestPartyMemberNamesTheMember checks that a party before "peer" or
// "backbencher" and a name does not speak for the member.
func TestPartyMemberNamesTheMember(t *testing.T) {
	checkCueSpeaker(t, analyse(t, "Labour peer Lord Hadley said the levy was unfair."), "said", "Hadley")
	checkCueSpeaker(t, analyse(t, "Green backbencher Ana Ruiz said the levy was unfair."), "said", "Ana Ruiz")
}
