package text

import (
	"strings"
	"unicode/utf8"
)

// FieldsJoined is strings.Join(strings.Fields(s), " "): s itself, with no
// new string, when it is already so (ASCII words one space apart), as
// names cut from a text mostly are.
func FieldsJoined(s string) string {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return strings.Join(strings.Fields(s), " ")
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}
