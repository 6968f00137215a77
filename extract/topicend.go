package extract

import "strings"

// topicEndWords are reTopicEnd's word alternatives, each bounded by \b on
// both sides, grouped by their lower-case first letter.
var topicEndWords = func() [26][]string {
	var by [26][]string
	for _, w := range []string{"based on", "following", "ahead of", "as soon as possible", "at an early date",
		"and agreed", "and reached", "and stressed", "and said", "and noted", "and underscored", "and expressed",
		"so as to", "which", "that", "while", "during", "the two sides", "the both sides", "over the past", "over the last",
		"in recent years", "in order to", "to serve", "to benefit", "to inject", "to bring"} {
		by[w[0]-'a'] = append(by[w[0]-'a'], w)
	}
	return by
}()

// topicEndVerbs follow a comma in reTopicEnd: ", reiterated".
var topicEndVerbs = []string{"reiterated", "reaffirmed", "stressed", "noted", "agreed", "expressed", "underlined", "welcomed",
	"emphasised", "emphasized", "pledged", "vowed", "called", "condemned", "highlighted"}

// asciiWord is \w: an ASCII letter, digit or underscore.
func asciiWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// asciiSpace is ASCII white space, as \s matches it.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// prefixFold reports whether t[i:] starts with the lower-case ASCII w,
// ignoring ASCII case.
func prefixFold(t string, i int, w string) bool {
	if len(t)-i < len(w) {
		return false
	}
	for j := 0; j < len(w); j++ {
		c := t[i+j]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[j] {
			return false
		}
	}
	return true
}

// wordEndAt is \b after a word character: t ends at i or t[i] is no \w.
func wordEndAt(t string, i int) bool { return i == len(t) || !asciiWord(t[i]) }

// findTopicEnd is reTopicEnd.FindStringIndex(t) without the regexp: the
// leftmost match's start and end, or -1, -1. The end is exact only for
// the full-stop alternatives, the only ones whose end is used.
// Text holding the letters that (?i) folds to ASCII ("ſ", the Kelvin
// sign) goes to the regexp itself.
func findTopicEnd(t string) (int, int) {
	if strings.Contains(t, "ſ") || strings.Contains(t, "\u212a") {
		e := reTopicEnd.FindStringIndex(t)
		if e == nil {
			return -1, -1
		}
		return e[0], e[1]
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '.':
			if i+1 < len(t) && asciiSpace(t[i+1]) {
				return i, i + 2
			}
			if i+1 == len(t) {
				return i, i + 1
			}
		case c == ';':
			return i, i + 1
		case c == ',':
			j := i + 1
			for j < len(t) && asciiSpace(t[j]) {
				j++
			}
			// ,\s*and\s+[a-z]+ed\b
			if prefixFold(t, j, "and") {
				k := j + 3
				if k < len(t) && asciiSpace(t[k]) {
					for k < len(t) && asciiSpace(t[k]) {
						k++
					}
					e := k
					for e < len(t) && asciiLetter(t[e]) {
						e++
					}
					if e-k >= 3 && prefixFold(t, e-2, "ed") && wordEndAt(t, e) {
						return i, e
					}
				}
			}
			for _, w := range topicEndVerbs {
				if prefixFold(t, j, w) && wordEndAt(t, j+len(w)) {
					return i, j + len(w)
				}
			}
		default:
			l := c | 0x20
			if l < 'a' || l > 'z' || i > 0 && asciiWord(t[i-1]) {
				continue
			}
			for _, w := range topicEndWords[l-'a'] {
				if prefixFold(t, i, w) && wordEndAt(t, i+len(w)) {
					return i, i + len(w)
				}
			}
		}
	}
	return -1, -1
}
