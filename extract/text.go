package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is a span of Input.Text that the extractor reads as one unit.
type sentence struct {
	start, end int // byte offsets into Input.Text
	text       string
	line       int  // index of the source line (or wrapped paragraph) it starts in
	lineStart  bool // first sentence of its line
}

// frontMatter finds a YAML-style front matter block ("---" lines) at the
// top of text and returns its key/value pairs and the offset where the body
// starts. Without one it returns nil and 0.
func frontMatter(text string) (map[string]string, int) {
	t := strings.TrimLeft(text, "\ufeff")
	skip := len(text) - len(t)
	if !strings.HasPrefix(t, "---\n") && !strings.HasPrefix(t, "---\r\n") {
		return nil, 0
	}
	rest := t[4:]
	end := strings.Index(rest, "\n---")
	if end < 0 || end > 8192 {
		return nil, 0
	}
	kv := map[string]string{}
	var lastKey string
	for _, ln := range strings.Split(rest[:end], "\n") {
		if strings.HasPrefix(ln, " ") && lastKey != "" {
			prev := kv[lastKey]
			if strings.HasSuffix(prev, "\\") {
				kv[lastKey] = strings.TrimSuffix(prev, "\\") + strings.TrimSpace(ln)
			} else {
				kv[lastKey] = prev + " " + strings.TrimSpace(ln)
			}
			continue
		}
		k, v, ok := strings.Cut(ln, ":")
		if !ok {
			continue
		}
		lastKey = strings.TrimSpace(k)
		kv[lastKey] = strings.TrimSpace(v)
	}
	body := skip + 4 + end + 4
	if nl := strings.IndexByte(text[min(body, len(text)):], '\n'); nl >= 0 {
		body += nl + 1
	} else {
		body = len(text)
	}
	return kv, min(body, len(text))
}

// unquoteYAML undoes the quoting of a YAML scalar well enough for titles:
// double-quoted strings with \uXXXX escapes and line-folding backslashes,
// and single-quoted strings.
func unquoteYAML(v string) string {
	if len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'' {
		return strings.ReplaceAll(v[1:len(v)-1], "''", "'")
	}
	if len(v) < 2 || v[0] != '"' || v[len(v)-1] != '"' {
		return v
	}
	v = v[1 : len(v)-1]
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c != '\\' || i+1 >= len(v) {
			b.WriteByte(c)
			continue
		}
		i++
		switch v[i] {
		case 'u':
			if i+4 < len(v) {
				var r rune
				ok := true
				for _, h := range v[i+1 : i+5] {
					r <<= 4
					switch {
					case h >= '0' && h <= '9':
						r |= h - '0'
					case h >= 'a' && h <= 'f':
						r |= h - 'a' + 10
					case h >= 'A' && h <= 'F':
						r |= h - 'A' + 10
					default:
						ok = false
					}
				}
				if ok {
					if r == 0xa0 {
						r = ' '
					}
					b.WriteRune(r)
					i += 4
					continue
				}
			}
			b.WriteByte('u')
		case '_':
			b.WriteByte(' ')
		case ' ':
			b.WriteByte(' ')
		case 'n':
			b.WriteByte(' ')
		default:
			b.WriteByte(v[i])
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// splitSentences splits text[from:] into sentences with byte offsets.
// Lines are units of their own unless the text is hard-wrapped (many lines
// of similar, medium length), in which case lines join up to blank lines.
func splitSentences(text string, from int) []sentence {
	type seg = lineSeg
	var lines []seg
	pos := from
	for n := 0; pos <= len(text); n++ {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		lines = append(lines, seg{pos, end, n})
		if nl < 0 {
			break
		}
		pos = end + 1
	}
	wrapped := hardWrapped(text, lines)
	var paras []seg
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if strings.TrimSpace(text[l.start:l.end]) == "" {
			continue
		}
		p := l
		if wrapped {
			for i+1 < len(lines) {
				cur := strings.TrimSpace(text[lines[i].start:lines[i].end])
				next := strings.TrimSpace(text[lines[i+1].start:lines[i+1].end])
				if next == "" || utf8.RuneCountInString(cur) < 45 {
					break
				}
				i++
				p.end = lines[i].end
			}
		}
		paras = append(paras, p)
	}
	var out []sentence
	for pi, p := range paras {
		first := true
		for _, sp := range sentenceSpans(text, p.start, p.end) {
			out = append(out, sentence{start: sp[0], end: sp[1], text: text[sp[0]:sp[1]], line: pi, lineStart: first})
			first = false
		}
	}
	return out
}

// lineSeg is a line (or a paragraph of wrapped lines) of the text.
type lineSeg struct{ start, end, line int }

func hardWrapped(text string, lines []lineSeg) bool {
	medium, long := 0, 0
	for _, l := range lines {
		n := l.end - l.start
		switch {
		case n > 110:
			long++
		case n >= 55:
			medium++
		}
	}
	// a short readout wrapped at 70-80 columns has only two or three lines
	return long*4 < medium && (medium >= 4 || medium >= 2 && long == 0)
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"gen": true, "lt": true, "col": true, "sen": true, "rep": true, "gov": true, "amb": true, "no": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "hon": true, "vs": true, "etc": true, "co": true,
	"inc": true, "ltd": true, "h.e": true, "u.s": true, "u.k": true, "u.n": true, "d.c": true, "e.u": true,
	"p.m": true, "a.m": true, "approx": true, "messrs": true, "rev": true, "capt": true, "adm": true, "rt": true, "smt": true,
}

// maxSentence caps a sentence's length in bytes.
const maxSentence = 3000

// sentenceSpans splits text[start:end] at sentence ends and returns the
// trimmed spans.
func sentenceSpans(text string, start, end int) [][2]int {
	var out [][2]int
	s := start
	emit := func(a, b int) {
		for a < b && isSpaceByte(text, a) {
			_, w := utf8.DecodeRuneInString(text[a:b])
			a += w
		}
		for b > a {
			r, w := utf8.DecodeLastRuneInString(text[a:b])
			if !unicode.IsSpace(r) {
				break
			}
			b -= w
		}
		// no real sentence is this long; cutting keeps the work per
		// sentence bounded, so the whole text stays linear
		for b-a > maxSentence {
			cut := a + maxSentence
			for cut > a+maxSentence/2 && text[cut] != ' ' {
				cut--
			}
			for cut > a && !utf8.RuneStart(text[cut]) {
				cut--
			}
			if cut <= a {
				break
			}
			out = append(out, [2]int{a, cut})
			a = cut
		}
		if b > a {
			out = append(out, [2]int{a, b})
		}
	}
	for i := start; i < end; i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		// closing quotes and brackets stay with the sentence
		for j < end {
			r, w := utf8.DecodeRuneInString(text[j:end])
			if r == '"' || r == '”' || r == '’' || r == '\'' || r == ')' {
				j += w
				continue
			}
			break
		}
		if j >= end {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[j:end])
		if unicode.IsSpace(r) {
			k := j
			for k < end {
				r2, w := utf8.DecodeRuneInString(text[k:end])
				if !unicode.IsSpace(r2) {
					break
				}
				k += w
			}
			if k >= end {
				continue
			}
			nr, _ := utf8.DecodeRuneInString(text[k:end])
			if !(unicode.IsUpper(nr) || unicode.IsDigit(nr) || strings.ContainsRune("\"“‘'(<[", nr)) {
				continue
			}
			if c == '.' && isAbbrevBefore(text, start, i) && !sentenceOpener(text[k:end]) {
				continue
			}
			emit(s, j)
			s = k
			i = k - 1
			continue
		}
		// "cooperation.The two": a period glued to the next sentence
		if c == '.' && unicode.IsUpper(r) && i-start >= 3 {
			p1, _ := utf8.DecodeLastRuneInString(text[start:i])
			p2, _ := utf8.DecodeLastRuneInString(text[start : i-1])
			if unicode.IsLower(p1) && unicode.IsLower(p2) {
				if nr2, _ := utf8.DecodeRuneInString(text[j+utf8.RuneLen(r) : end]); unicode.IsLower(nr2) {
					emit(s, j)
					s = j
					i = j - 1
				}
			}
		}
	}
	emit(s, end)
	return out
}

func isSpaceByte(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r)
}

// isAbbrevBefore reports whether the period at text[dot] closes an
// abbreviation or an initial ("Mr.", "U.S.", "E.").
func isAbbrevBefore(text string, lo, dot int) bool {
	b := dot
	for b > lo {
		r, w := utf8.DecodeLastRuneInString(text[lo:b])
		if unicode.IsLetter(r) || r == '.' {
			b -= w
			continue
		}
		break
	}
	w := strings.ToLower(strings.TrimLeft(text[b:dot], "."))
	if w == "" {
		return false
	}
	if abbreviations[w] {
		return true
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(text[b:dot])
		return unicode.IsUpper(r)
	}
	// dotted initials such as "G.L" or "U.S.A"
	if strings.Contains(w, ".") {
		for _, part := range strings.Split(w, ".") {
			if utf8.RuneCountInString(part) > 1 {
				return false
			}
		}
		return true
	}
	return false
}

// token is one word or punctuation mark of a sentence. A text's tokens
// are its most numerous values: an int32 offset, and an end derived from
// the text, keep one in 24 bytes instead of 40.
type token struct {
	text string // as printed
	off  int32  // byte offset into Input.Text (maxText fits)
	word bool
}

// start is the token's byte offset into Input.Text.
func (t token) start() int { return int(t.off) }

// end is the offset just past the token.
func (t token) end() int { return int(t.off) + len(t.text) }

// tokenize splits s into words and punctuation marks. Words keep internal
// apostrophes, hyphens and dotted initials ("U.S.", "G.L.", "D.Tsogtbaatar").
func tokenize(s sentence) []token {
	// about one token per five bytes: spares most of append's regrowth
	return appendTokens(make([]token, 0, len(s.text)/5+4), s)
}

// appendTokens appends s's tokens (see tokenize) to out. A text's
// sentences share one array this way, one allocation instead of one per
// sentence.
func appendTokens(out []token, s sentence) []token {
	t := s.text
	i := 0
	for i < len(t) {
		r, w := utf8.DecodeRuneInString(t[i:])
		if unicode.IsSpace(r) || r == '\u00a0' {
			i += w
			continue
		}
		if !isWordRune(r) {
			out = append(out, token{text: t[i : i+w], off: int32(s.start + i)})
			i += w
			continue
		}
		j := i
		for j < len(t) {
			// ASCII letters and digits, most of a word, without decoding
			if c := t[j]; c < utf8.RuneSelf && isASCIIAlnum(c) {
				j++
				continue
			}
			r2, w2 := utf8.DecodeRuneInString(t[j:])
			if isWordRune(r2) {
				j += w2
				continue
			}
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '&' {
				if j+w2 < len(t) {
					r3, _ := utf8.DecodeRuneInString(t[j+w2:])
					if isWordRune(r3) {
						j += w2
						continue
					}
				}
				if r2 == '.' && (isInitialWord(t[i:j]) || abbreviatedWord(t[i:j])) {
					j += w2
				}
			}
			break
		}
		out = append(out, token{text: t[i:j], off: int32(s.start + i), word: true})
		i = j
	}
	return out
}

// isASCIIAlnum reports an ASCII letter or digit: isWordRune for a byte
// below utf8.RuneSelf.
func isASCIIAlnum(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}

// abbreviatedWord reports a word that keeps the full stop after it as an
// abbreviation or honorific ("Gen.", "Mr.").
func abbreviatedWord(w string) bool {
	low := strings.ToLower(w)
	return abbreviations[low] || honorifics[low]
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		// the common case, without the Unicode tables
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isInitialWord reports whether w is an initial or dotted initials that
// keep their final period: "E", "U.S", "H.E", "G.L".
func isInitialWord(w string) bool {
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

var openers = setOf(`The He She They It We Both In On At This These During After But However Also Their His Her`)

// sentenceOpener reports whether s starts with a word that usually opens
// a sentence, so that "Washington, D.C.  The two sides" splits after "D.C.".
func sentenceOpener(s string) bool {
	end := strings.IndexAny(s, " ,\n")
	if end < 0 {
		end = len(s)
	}
	return openers[s[:end]]
}

// containsAnyOf reports whether s contains any of the strings. For a set
// of characters that holds a non-ASCII one, it is strings.ContainsAny
// without its slow path, which decodes s rune by rune.
func containsAnyOf(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// countFields returns how many fields strings.Fields would split s into,
// counting no further than limit. Callers only compare the count with a
// small bound; it is found without building the fields (for a long
// sentence, a slice of dozens of strings).
func countFields(s string, limit int) int {
	n := 0
	inField := false
	for i := 0; i < len(s) && n < limit; {
		c, size := s[i], 1
		var space bool
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
		} else {
			// strings.Fields splits at Unicode spaces too
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			inField = false
		} else if !inField {
			inField = true
			n++
		}
		i += size
	}
	return n
}

// lowerText returns text with only its ASCII letters lowered (which keeps
// its byte offsets) and text lower-cased by strings.ToLower. For an ASCII
// text both are one string. Lowering the text once, rather than each
// sentence on its own, spares an allocation per sentence.
func lowerText(text string) (alow, low string) {
	alow = asciiLower(text)
	if isASCII(text) {
		return alow, alow
	}
	return alow, strings.ToLower(text)
}

// sentenceLowerForms returns s's text lower-cased by strings.ToLower,
// and with only its ASCII letters lowered, which keeps its byte offsets
// (alow, sliced from the text's alowText: see lowerText). A sentence's
// stages share them instead of each lowering it again; for an ASCII
// sentence both are one string.
func sentenceLowerForms(s sentence, alowText string) (low, alow string) {
	alow = alowText[s.start:s.end]
	if !isASCII(s.text) {
		return strings.ToLower(s.text), alow
	}
	return alow, alow
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
