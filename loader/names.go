package loader

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slug turns a name into the id part of the graph model: lower case ASCII
// letters and digits joined by single hyphens, accents dropped ("Zürich"
// → "zurich", "Joseph R. Biden, Jr." → "joseph-r-biden-jr").
func Slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’' || r == '.':
			// "O'Brien" → "obrien", "J.D." → "jd"
		default:
			hyphen = true
		}
	}
	return b.String()
}

// titleWords are the words of posts and honorifics that can stand before a
// name ("NATO Secretary General Jens Stoltenberg", "H.E. Mr. Wang"). Only
// leading words are removed, up to the last one of these.
var titleWords = setOf(
	"president", "vice", "prime", "minister", "ministers", "secretary", "general", "deputy", "state",
	"councilor", "councillor", "foreign", "affairs", "premier", "chancellor", "king", "queen",
	"crown", "prince", "princess", "emir", "amir", "sultan", "his", "her", "excellency", "majesty",
	"highness", "royal", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "he", "sir", "dame",
	"lord", "ambassador", "senator", "governor", "mayor", "chairman", "chairwoman", "chair",
	"chief", "executive", "director", "commissioner", "high", "representative", "special",
	"envoy", "spokesperson", "spokesman", "speaker", "leader", "head", "member", "assistant",
	"under", "undersecretary", "first", "lady", "gentleman", "counselor", "adviser", "advisor",
	"national", "security", "defense", "defence", "finance", "trade", "commerce", "the", "of",
	"and", "federal", "supreme", "his", "majesty's", "pope", "archbishop", "cardinal",
	"sheikh", "shaikh", "taoiseach", "tanaiste", "elect", "president-elect", "governor-general",
	"vice-premier", "minister-president", "general-secretary", "secretary-general", "vice-president", "co-chair",
)

// suffixWords are generational suffixes: dropped when the name has a given
// name and a surname besides ("Joseph R. Biden, Jr."), kept when they are
// part of a regnal name ("Abdullah II").
var suffixWords = setOf("jr", "sr", "ii", "iii", "iv", "v")

// nicknames maps common short forms of given names to one form, so that
// "Joe Biden" and "Joseph R. Biden" give one key. This is about English
// given names in general, not about anyone in the corpus.
var nicknames = map[string]string{
	"joe": "joseph", "mike": "michael", "bill": "william", "will": "william", "bob": "robert",
	"rob": "robert", "tony": "anthony", "jim": "james", "jimmy": "james", "tom": "thomas",
	"dick": "richard", "rick": "richard", "dan": "daniel", "dave": "david", "steve": "stephen",
	"steven": "stephen", "chris": "christopher", "alex": "alexander", "andy": "andrew",
	"ben": "benjamin", "sam": "samuel", "nick": "nicholas", "pat": "patrick", "ted": "edward",
	"ed": "edward", "chuck": "charles", "charlie": "charles", "liz": "elizabeth", "beth": "elizabeth",
	"kate": "katherine", "kathy": "katherine", "catherine": "katherine", "jen": "jennifer",
	"jenny": "jennifer", "matt": "matthew", "greg": "gregory", "jeff": "jeffrey", "geoff": "jeffrey",
	"larry": "lawrence", "ron": "ronald", "don": "donald", "ken": "kenneth", "jon": "jonathan",
	"tim": "timothy", "sue": "susan", "val": "valerie", "vicky": "victoria", "gene": "eugene",
}

// PersonName is a person's name taken apart for matching.
type PersonName struct {
	// Display is the name without posts and honorifics, as given
	// otherwise ("Joseph R. Biden, Jr.").
	Display string
	// Key identifies the person among full names: lower case given name
	// (nicknames expanded) and surname, middle initials and suffixes
	// dropped ("joseph biden"). "" when the name is a single word.
	Key string
	// Tokens are the lower-case words of the key; for a single-word name,
	// that word.
	Tokens []string
}

// ParseName strips posts, honorifics, middle initials and generational
// suffixes from a person's name as a statement gives it.
func ParseName(raw string) PersonName {
	raw = strings.Join(strings.Fields(raw), " ")
	words := strings.Fields(strings.NewReplacer(",", " , ").Replace(raw))
	// A post after the name ("Donald Trump, President of ...") ends it.
	for i, w := range words {
		if w == "," && i+1 < len(words) && titleWords[strings.Trim(lowerASCII(words[i+1]), ".")] {
			words = words[:i]
			break
		}
	}
	// Posts and honorifics before the name go, with whatever precedes the
	// last of them ("NATO Secretary General Jens Stoltenberg"), as long as a
	// word is left.
	start := 0
	for i, w := range words {
		if titleWords[strings.Trim(lowerASCII(w), ".")] && i+1 < len(words) && words[i+1] != "," {
			start = i + 1
		}
	}
	words = words[start:]

	// Display: the remaining words, with ", Jr." kept as written.
	display := strings.TrimSpace(strings.ReplaceAll(strings.Join(words, " "), " , ", ", "))
	display = strings.TrimSuffix(strings.TrimPrefix(display, ", "), ",")

	var toks []string
	for _, w := range words {
		if w == "," {
			continue
		}
		t := Slug(w)
		if t == "" {
			continue
		}
		toks = append(toks, strings.ReplaceAll(t, "-", ""))
	}
	// Generational suffixes at the end, when two words remain besides.
	for len(toks) > 2 && suffixWords[toks[len(toks)-1]] {
		toks = toks[:len(toks)-1]
	}
	// Middle initials: one-letter words between the first and the last.
	if len(toks) > 2 {
		kept := []string{toks[0]}
		for _, t := range toks[1 : len(toks)-1] {
			if len(t) > 1 {
				kept = append(kept, t)
			}
		}
		toks = append(kept, toks[len(toks)-1])
	}
	pn := PersonName{Display: display, Tokens: toks}
	if len(toks) >= 2 {
		key := append([]string(nil), toks...)
		if full, ok := nicknames[key[0]]; ok {
			key[0] = full
		}
		pn.Key = strings.Join(key, " ")
	}
	return pn
}

// Surname is the last word of the name's key.
func (p PersonName) Surname() string {
	if len(p.Tokens) == 0 {
		return ""
	}
	return p.Tokens[len(p.Tokens)-1]
}

func lowerASCII(s string) string { return strings.ToLower(s) }

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
