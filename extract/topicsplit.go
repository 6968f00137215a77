package extract

import "strings"

// splitTopicList is reTopicSplit.Split(s, -1) without the regexp, which
// was tried from every byte of every list.
func splitTopicList(s string) []string {
	if len(s) == 0 {
		return []string{""}
	}
	var out []string
	beg, end := 0, 0
	for pos := 0; pos < len(s); {
		a, b := nextTopicSplit(s, pos)
		if a < 0 {
			break
		}
		end = a
		if b != 0 {
			out = append(out, s[beg:end])
		}
		beg = b
		pos = b
	}
	if end != len(s) {
		out = append(out, s[beg:])
	}
	return out
}

// nextTopicSplit is the leftmost match of reTopicSplit in s at or after
// pos, or -1, -1.
func nextTopicSplit(s string, pos int) (int, int) {
	for p := pos; p < len(s); p++ {
		q := p
		for q < len(s) && asciiSpace(s[q]) {
			q++
		}
		if e := topicSplitAt(s, q); e >= 0 {
			for e < len(s) && asciiSpace(s[e]) {
				e++
			}
			return p, e
		}
		if q > p {
			p = q - 1 // no start inside this white space can match either
		}
	}
	return -1, -1
}

// topicSplitAt is the end of reTopicSplit's delimiter (without the white
// space around it) opening at s[q], or -1.
func topicSplitAt(s string, q int) int {
	if q >= len(s) {
		return -1
	}
	switch s[q] {
	case ',', ';':
		return q + 1
	}
	if q > 0 && asciiWord(s[q-1]) {
		return -1
	}
	rest := s[q:]
	for _, w := range []string{"and", "as well as"} {
		if strings.HasPrefix(rest, w) && wordEndAt(s, q+len(w)) {
			return q + len(w)
		}
	}
	for _, w := range []string{"including", "especially", "in particular"} {
		if !strings.HasPrefix(rest, w) {
			continue
		}
		e := q + len(w)
		k := e
		for k < len(s) && asciiSpace(s[k]) {
			k++
		}
		if k > e && strings.HasPrefix(s[k:], "on") && wordEndAt(s, k+2) {
			return k + 2
		}
		if wordEndAt(s, e) {
			return e
		}
		return -1
	}
	return -1
}
