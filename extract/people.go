package extract

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token classes for mention finding.
const (
	clsOther  = iota
	clsName   // a capitalized word that may be part of a person's name
	clsTitle  // a word of a post or body ("Minister", "Affairs")
	clsConn   // "of", "the", "and" inside a title
	clsEntity // part of a country, body or city name, or a demonym
	clsHonor  // "Mr.", "H.E.", "Sheikh"
	clsPart   // a lower-case name particle ("bin")
	clsParen  // "(" or ")"
	clsComma
)

// entity is a country, body or city found in a sentence.
type entity struct {
	tokStart, tokEnd int
	kind             string // "country", "demonym", "org", "city", "region"
	name             string // short name (country or body) or city
	country          string // the state it stands for, when it does
	possessive       bool
}

// mention is a person named in a sentence.
type mention struct {
	nameStart, nameEnd int // token range of the name
	fullStart, fullEnd int // token range of title and name together
	name               string
	title              string
	org                string
	orgWhy             string
	titled             bool
	honored            bool    // an honorific stands before the name ("Pak Jokowi")
	person             *person // resolved identity
}

// classified is a sentence's tokens with their classes and entities.
type classified struct {
	toks []token
	cls  []int
	ent  []int // index into ents, or -1
	ents []entity
}

func classify(toks []token) *classified {
	l := theLexicon()
	// cls and ent share one allocation
	both := make([]int, 2*len(toks))
	c := &classified{toks: toks, cls: both[:len(toks):len(toks)], ent: both[len(toks):]}
	for i := range c.ent {
		c.ent[i] = -1
	}
	for i := 0; i < len(toks); i++ {
		// longest entity match first
		if toks[i].word && startsUpper(toks[i].text) {
			if e, n := l.matchEntity(toks, i); n > 0 {
				e.tokStart, e.tokEnd = i, i+n
				c.ents = append(c.ents, e)
				for k := i; k < i+n; k++ {
					c.cls[k] = clsEntity
					c.ent[k] = len(c.ents) - 1
				}
				i += n - 1
				continue
			}
		}
		c.cls[i] = wordClass(toks[i])
	}
	// two-word honorifics whose words are also names on their own:
	// "Datuk Seri", "Tan Sri", "Dato' Sri", "Rt. Hon."
	for i := 0; i+2 < len(toks); i++ {
		j := i + 1
		if (toks[j].text == "'" || toks[j].text == "’") && j+2 < len(toks) {
			j++ // "Dato' Seri": the apostrophe is a token of its own
		}
		// tokens hold no spaces, so "seri"/"sri" open with s, S or a
		// non-ASCII letter (whose lower case may be ASCII): skip the rest
		if t := toks[j].text; t == "" || t[0] < 0x80 && t[0]|0x20 != 's' {
			continue
		}
		nx := fold(strings.TrimSuffix(toks[j].text, "."))
		if (nx == "seri" || nx == "sri") && honorPairs[fold(toks[i].text)] && startsUpper(toks[j+1].text) {
			for k := i; k <= j; k++ {
				c.cls[k] = clsHonor
			}
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		switch {
		case toks[i].text == "He" && (c.cls[i+1] == clsName && (c.cls[i-1] == clsTitle || c.cls[i-1] == clsEntity || c.cls[i-1] == clsName) ||
			c.cls[i-1] == clsName && toks[i-1].end() == toks[i].start()-1):
			// "Ambassador to Viet Nam He Xiaoyu", "Vice Premier Liu He
			// held": a name, not the pronoun that opens a sentence
			c.cls[i] = clsName
		case c.cls[i] == clsOther && c.cls[i-1] == clsTitle && c.cls[i+1] == clsName && len(toks[i].text) <= 3 &&
			startsUpper(toks[i].text) && !isAcronym(toks[i].text):
			// "Vietnamese President To Lam": a short word capitalized
			// between a title and a name is a name, not "to"
			c.cls[i] = clsName
		case c.cls[i] == clsTitle && c.cls[i+1] == clsName && startsUpper(toks[i].text) && wordFlags[fold(toks[i].text)]&flagTitle == 0 &&
			(strings.HasSuffix(toks[i].text, "ence") || strings.HasSuffix(toks[i].text, "ance")):
			// "Lawrence Wong", "Florence Parly": a given name, though it
			// ends like the common nouns that name bodies
			c.cls[i] = clsName
		case c.cls[i] == clsOther && c.cls[i-1] == clsName && c.cls[i+1] == clsName && len(toks[i].text) == 2 &&
			toks[i].text[1] == '.' && 'A' <= toks[i].text[0] && toks[i].text[0] <= 'Z':
			// "Enrique A. Manalo": a middle initial, even one that spells
			// a word
			c.cls[i] = clsName
		case c.cls[i] == clsOther && (c.cls[i-1] == clsTitle || c.cls[i-1] == clsEntity || c.cls[i-1] == clsHonor) &&
			c.cls[i+1] == clsName && len(toks[i].text) == 2 && isAcronym(toks[i].text):
			// "Governor of Illinois JB Pritzker", "Prime Minister KP
			// Sharma Oli": initials written together open the name
			c.cls[i] = clsName
		case c.cls[i] == clsEntity && c.ent[i] >= 0 && c.ents[c.ent[i]].kind == "city" && c.ents[c.ent[i]].tokStart == i &&
			i > 0 && (c.cls[i-1] == clsTitle || c.cls[i-1] == clsHonor || c.cls[i-1] == clsEntity && c.ent[i-1] >= 0 && c.ents[c.ent[i-1]].kind == "country") &&
			c.ents[c.ent[i]].tokEnd < len(toks) && c.cls[c.ents[c.ent[i]].tokEnd] == clsName:
			// "Argentine President Santiago Ferraro", "Minister for
			// Finance of Singapore Lawrence Wong": a city's name between a
			// title (or its state) and a surname is a given name
			for k, end := i, c.ents[c.ent[i]].tokEnd; k < end; k++ {
				c.cls[k] = clsName
				c.ent[k] = -1
			}
		case c.cls[i-1] == clsName && c.cls[i+1] == clsName && subdivisionWords[toks[i].text]:
			// "Governor of Hyogo Prefecture Kenji Morimoto": the
			// subdivision ends the title, the name follows
			for k := i; k >= 0 && (k == i || c.cls[k] == clsName); k-- {
				c.cls[k] = clsTitle
			}
		}
	}
	// a regnal number ends the name it follows: "King Abdullah II",
	// "Pope Benedict XVI"
	for i := 1; i < len(toks); i++ {
		if c.cls[i] == clsOther && c.cls[i-1] == clsName && len(toks[i].text) >= 2 && reRegnal.MatchString(toks[i].text) {
			c.cls[i] = clsName
		}
	}
	// a surname printed in capitals, Japanese style: "Mr. KAMIYA Haruki"
	for i := 1; i+1 < len(toks); i++ {
		if c.cls[i] == clsOther && c.cls[i-1] == clsHonor && isAcronym(toks[i].text) && len(toks[i].text) >= 3 &&
			wordClass(toks[i+1]) == clsName {
			c.cls[i] = clsName
		}
	}
	return c
}

var reOrdinal = regexp.MustCompile(`^\d+(?:st|nd|rd|th)$`)

// reRegnal is a Roman numeral of two letters or more (II to XXXIX): a
// single I, V or X is too often a pronoun or a letter to be one.
var reRegnal = regexp.MustCompile(`^(?:X{0,3}(?:IX|IV|V?I{0,3}))$`)

// Word-list flags, for wordFlags.
const (
	flagHonor = 1 << iota
	flagConn
	flagTitle
	flagParticle
	flagNotName
)

// wordFlags merges the word lists that wordClass consults, so that a word
// is looked up once.
var wordFlags = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, l := range []struct {
		set  map[string]bool
		flag uint8
	}{{honorifics, flagHonor}, {connectors, flagConn}, {titleWords, flagTitle}, {nameParticles, flagParticle}, {notNames, flagNotName}} {
		for w, ok := range l.set {
			if ok {
				m[w] |= l.flag
			}
		}
	}
	return m
}()

// wordFlagWords filters wordClass's lookups: most words of a text are in
// none of the lists.
var wordFlagWords = func() *wordFilter {
	f := &wordFilter{}
	for w := range wordFlags {
		f.add(w)
	}
	return f
}()

// flagsOf is wordFlags[string(w)].
func flagsOf(w []byte) uint8 {
	if !wordFlagWords.mayHaveBytes(w) {
		return 0
	}
	return wordFlags[string(w)]
}

func wordClass(t token) int {
	if !t.word {
		switch t.text {
		case "(", ")":
			return clsParen
		case ",":
			return clsComma
		case "&":
			return clsConn
		}
		return clsOther
	}
	// the folded word in a stack buffer: map lookups by string(w) copy
	// nothing, where fold would allocate for every capitalized word
	var buf [64]byte
	w := appendFold(buf[:0], t.text)
	base := bytes.TrimSuffix(bytes.TrimSuffix(w, []byte("'s")), []byte("'"))
	if len(w) > 0 && '0' <= w[0] && w[0] <= '9' && reOrdinal.MatchString(string(w)) {
		// "President of the 77th Session of ...": inside a title
		return clsConn
	}
	// one map lookup per form instead of one per word list
	fw := flagsOf(w)
	fd, fb := fw, fw
	if d := bytes.TrimSuffix(w, []byte(".")); len(d) != len(w) {
		fd = flagsOf(d)
	}
	if len(base) != len(w) {
		fb = flagsOf(base)
	}
	upper := startsUpper(t.text)
	switch {
	case (fw|fd)&flagHonor != 0:
		return clsHonor
	case fw&flagConn != 0 && !upper:
		return clsConn
	case (fw|fb)&flagTitle != 0:
		return clsTitle
	case fw&flagParticle != 0 && !upper:
		return clsPart
	case !upper:
		return clsOther
	case (fw|fb|fd)&flagNotName != 0:
		return clsOther
	case isAcronym(t.text):
		return clsOther
	case strings.ContainsRune(t.text, '-') && hyphenCompound(t.text):
		return clsOther
	}
	for _, r := range t.text {
		if unicode.IsDigit(r) {
			return clsOther
		}
	}
	for _, suf := range []string{"tion", "ment", "ity", "ism", "ance", "ence", "ship", "ness"} {
		if bytes.HasSuffix(base, []byte(suf)) && len(base) > len(suf)+3 {
			// a common noun: part of a body's name ("High Council for
			// National Reconciliation"), never of a person's
			return clsTitle
		}
	}
	return clsName
}

// hyphenCompound reports whether a hyphenated word joins places or parties
// ("China-US", "Japan-China", "military-to-military") rather than names.
func hyphenCompound(w string) bool {
	l := theLexicon()
	for _, p := range strings.Split(w, "-") {
		f := fold(p)
		if _, ok := l.country[f]; ok {
			return true
		}
		if _, ok := l.demonym[f]; ok {
			return true
		}
		if _, ok := l.org[f]; ok {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isAcronym reports an all-capitals word of two or more letters that is
// not a dotted initial ("APEC", "LMC"); such words are bodies, not names.
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2 && !strings.Contains(s, ".")
}

// matchEntity matches the longest country, body, city or demonym that
// starts at toks[i] and returns it with its length in tokens.
func (l *lexicon) matchEntity(toks []token, i int) (entity, int) {
	maxN := l.maxWords + 1
	best := 0
	var bestE entity
	// the phrase grows in one buffer; map lookups by string(bytes) copy
	// nothing
	var arr [128]byte
	full := arr[:0]
	for n := 1; n <= maxN && i+n <= len(toks); n++ {
		t := toks[i+n-1]
		if !t.word && t.text != "," && t.text != "&" {
			break
		}
		if t.text == "&" {
			full = append(full, " &"...)
			continue
		}
		if !t.word {
			full = append(full, ',')
			continue
		}
		if len(full) > 0 {
			full = append(full, ' ')
		}
		full = appendFold(full, t.text)
		key := full
		poss := false
		if bytes.HasSuffix(key, []byte("'s")) {
			key, poss = key[:len(key)-2], true
		} else if bytes.HasSuffix(key, []byte("'")) {
			key, poss = key[:len(key)-1], true
		}
		the := bytes.HasPrefix(key, []byte("the "))
		if the {
			key = key[4:]
		}
		e := l.entry(key)
		switch {
		case e.in&inCountry != 0:
			best, bestE = n, entity{kind: "country", name: e.country, country: e.country, possessive: poss}
		case e.in&inOrg != 0 && !(n == 1 && len(key) <= 3 && !isAcronym(strings.TrimSuffix(t.text, "'s"))):
			// a short acronym only in capitals: "Kim Jong Un" names no UN,
			// "Who" no WHO
			best, bestE = n, entity{kind: "org", name: e.org, country: l.orgState[e.org], possessive: poss}
		case e.in&inCity != 0:
			best, bestE = n, entity{kind: "city", name: e.city[0], country: e.city[1], possessive: poss}
		case e.in&inDemonym != 0 && n <= 2:
			best, bestE = n, entity{kind: "demonym", name: e.demonym, country: e.demonym, possessive: poss}
		case e.in&inRegion != 0:
			best, bestE = n, entity{kind: "region", name: t.text, country: e.region, possessive: poss}
		}
		if !l.grows(full, key, e, poss, the) {
			break
		}
	}
	return bestE, best
}

// grows reports whether a longer entry may start with the phrase full:
// whether full, or full without a leading "the ", is a prefix of an
// entry. key and e are full's lookup form and entry; without a
// possessive, key already is full minus its "the ", and e answers for it.
func (l *lexicon) grows(full, key []byte, e lexEntry, poss, the bool) bool {
	if string(full) == "the" {
		return true
	}
	if poss {
		return l.prefixes[string(full)] || the && l.prefixes[string(full[4:])]
	}
	return e.prefix || the && l.prefixes[string(full)]
}

// orgOf is the organization an entity stands for: a state by its short
// name, a body by its acronym, a party or institution by its state.
func (e entity) orgOf() string {
	switch e.kind {
	case "country", "demonym":
		return e.name
	case "org":
		if e.country != "" {
			return e.country
		}
		return theLexicon().orgParentOf(e.name)
	}
	return ""
}

// findMentions finds the people named in a classified sentence, with the
// titles and organizations printed next to them.
func findMentions(c *classified) []mention {
	var out []mention
	n := len(c.toks)
	i := 0
	for i < n {
		if c.cls[i] != clsName {
			i++
			continue
		}
		j := i + 1
		for j < n {
			if c.cls[j] == clsName {
				j++
				continue
			}
			// "Mohammed bin Salman", "Ursula von der Leyen"
			if c.cls[j] == clsPart {
				k := j
				for k < n && k < j+3 && c.cls[k] == clsPart {
					k++
				}
				if k < n && c.cls[k] == clsName {
					j = k + 1
					continue
				}
			}
			// "Biden, Jr."
			break
		}
		m, ok := c.buildMention(i, j)
		if ok && !m.titled && !m.honored && m.fullStart > 0 && fold(c.toks[m.fullStart-1].text) == "at" {
			// "at Seri Perdana", "at Blair House": a capitalized phrase
			// after "at" is a venue, not a person
			ok = false
		}
		if ok && c.notPerson(m) {
			ok = false
		}
		if ok {
			c.counterpartOf(&m)
			out = append(out, m)
		}
		i = j
	}
	return out
}

// nameOfEntityBefore reports "<name> of (the) <entity>" ending just
// before token k.
func (c *classified) nameOfEntityBefore(k int) bool {
	if k < 1 || c.cls[k-1] != clsEntity {
		return false
	}
	x := c.ents[c.ent[k-1]].tokStart
	if x >= 1 && fold(c.toks[x-1].text) == "the" {
		x--
	}
	return x >= 2 && fold(c.toks[x-1].text) == "of" && c.cls[x-2] == clsName
}

// counterpartOf reads "his Indonesian counterpart(,) X" before a mention:
// X is the named state's official, and the phrase stands for his title.
func (c *classified) counterpartOf(m *mention) {
	k := m.fullStart
	if k > 0 && c.toks[k-1].text == "," {
		k--
	}
	if k < 2 {
		return
	}
	if w := fold(c.toks[k-1].text); w != "counterpart" && w != "counterparts" {
		return
	}
	if c.cls[k-2] != clsEntity {
		return
	}
	e := c.ents[c.ent[k-2]]
	if o := e.orgOf(); o != "" && e.kind != "city" && m.org == "" {
		m.org, m.orgWhy = o, "\""+e.name+" counterpart\" before the name"
	}
	m.titled = true
	if m.title == "" {
		m.title = "counterpart"
	}
}

// subdivisionWords end the name of a first-level subdivision, and so a
// title that names one ("Governor of Hyogo Prefecture").
var subdivisionWords = map[string]bool{"Prefecture": true, "Province": true, "State": true, "Region": true,
	"Oblast": true, "County": true}

// venueWords end the name of a building, never of a person: "San Martín
// Palace", "Maximos Mansion".
var venueWords = map[string]bool{"palace": true, "mansion": true, "house": true, "hall": true, "hotel": true,
	"centre": true, "center": true, "residence": true, "guesthouse": true, "building": true, "villa": true}

// pluralVerbs are the headline verbs that follow a subject of two:
// "Airlangga, Chinese envoy discuss ..." names two people, not one with
// a title in apposition.
var pluralVerbs = setOf(`discuss meet hold agree sign talk vow pledge reaffirm hail eye seek mull review exchange
explore boost push call urge stress share visit hold discuss confer`)

// foreignVenueHeads open the names of buildings in other languages:
// "Palacio San Martín", "Palais de l'Élysée", "Casa Rosada".
var foreignVenueHeads = setOf(`palacio palais palazzo casa schloss maison quinta residencia`)

// notPerson reports a capitalized run that names a venue, a place, a news
// agency or a spouse rather than a participant.
func (c *classified) notPerson(m mention) bool {
	toks := c.toks
	n := len(toks)
	ns, ne := m.nameStart, m.nameEnd
	if ne < n && venueWords[fold(toks[ne].text)] {
		// "San Martín Palace"
		return true
	}
	if !m.titled && !m.honored && (venueWords[fold(toks[ne-1].text)] || foreignVenueHeads[fold(toks[ns].text)]) {
		// "Maximos Mansion", "Palacio San Martín", "Casa Rosada"
		return true
	}
	prev := ""
	if m.fullStart > 0 {
		prev = fold(toks[m.fullStart-1].text)
	}
	if m.fullStart == ns && !m.honored && prev == "in" && ne < n && toks[ne].text == "," {
		// "On August 15 in Ha Noi, Deputy Prime Minister ...": a place
		return true
	}
	if !m.titled && !m.honored && prev == "(" && ne < n && toks[ne].text == ")" && m.fullStart >= 2 {
		// "Havana, Jun 20 (Prensa Latina) ...": the agency of a dateline
		if d := toks[m.fullStart-2].text; d != "" && d[0] >= '0' && d[0] <= '9' {
			return true
		}
	}
	if ns == 0 && ne == 1 && ne < n && toks[ne].text == "," && strings.HasSuffix(toks[0].text, "ly") {
		// "Separately, Deputy Minister X ...": an opening adverb
		return true
	}
	if !m.titled && !m.honored && (prev == "in" || prev == "at" || prev == "to" || prev == "from") {
		// "in Shah Alam", "extension to Surabaya": a city the gazetteer
		// knows, not a person
		if _, _, ok := cityNamed(m.name); ok {
			return true
		}
	}
	if ns > 0 {
		// "X and his wife Y": a spouse is never a participant
		switch fold(toks[ns-1].text) {
		case "wife", "husband", "spouse":
			return true
		}
	}
	return false
}

func (c *classified) buildMention(ns, ne int) (mention, bool) {
	toks := c.toks
	n := len(toks)
	// a capitalized word followed by a title word belongs to a body's name
	// ("Oceanian Affairs", "Lancang-Mekong Cooperation")
	if ne < n && c.cls[ne] == clsTitle && startsUpper(toks[ne].text) && !postnominals[fold(toks[ne].text)] {
		return mention{}, false
	}
	if ne < n && c.cls[ne] == clsEntity && c.ents[c.ent[ne]].kind != "demonym" && ne+1 < n && c.cls[ne+1] == clsTitle {
		return mention{}, false
	}
	if ne-ns == 1 {
		b := ns
		for b > 0 && c.cls[b-1] == clsEntity {
			b--
		}
		if b > 0 && b < ns && fold(toks[b-1].text) == "the" {
			return mention{}, false
		}
	}
	if ne-ns <= 2 && ns > 0 && (fold(toks[ns-1].text) == "in" || fold(toks[ns-1].text) == "at") && ns >= 2 && c.cls[ns-2] == clsTitle {
		// "Parliament House in Brisbane": a venue and its city
		if _, _, ok := cityNamed(joinTokens(toks, ns, ne)); ok {
			return mention{}, false
		}
	}
	m := mention{nameStart: ns, nameEnd: ne, fullStart: ns, fullEnd: ne}
	m.name = joinTokens(toks, ns, ne)
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(m.name, suf) {
			m.name = strings.TrimSuffix(m.name, suf)
			break
		}
	}

	// title before the name, in the same run
	k := ns
	for k > 0 && c.cls[k-1] == clsHonor {
		k--
	}
	m.honored = k < ns
	ts := k
	appos := false
	if ts == ns && ts >= 3 && c.cls[ts-1] == clsComma && (ne == n || toks[ne].text == "," || toks[ne].text == ".") {
		// "the Managing Director of the International Monetary Fund
		// (IMF), Katarina Volkova-Berg,": a title in apposition before
		// the name, opened by "the"
		y := ts - 1
		hasTitle := false
		for y > 0 && (c.cls[y-1] == clsTitle || c.cls[y-1] == clsConn || c.cls[y-1] == clsEntity || c.cls[y-1] == clsParen) {
			if c.cls[y-1] == clsTitle {
				hasTitle = true
			}
			if fold(toks[y-1].text) == "the" && y < ts-1 && c.cls[y] == clsTitle {
				break
			}
			y--
		}
		if hasTitle && y > 0 && fold(toks[y-1].text) == "the" && c.cls[y] == clsTitle {
			t, o, why := c.titleAndOrg(y, ts-1, true)
			if t != "" {
				m.title, m.org, m.orgWhy, m.titled = t, o, why, true
				m.fullStart = y
				appos = true
			}
		}
	}
	for ts > 0 && !appos {
		p := c.cls[ts-1]
		if p == clsConn && ts >= 2 && fold(toks[ts-1].text) == "of" && !startsUpper(toks[ts-2].text) {
			break
		}
		if p == clsConn && fold(toks[ts-1].text) == "and" && c.nameOfEntityBefore(ts-1) {
			// "Minister A of Australia and Minister B": Australia is A's
			break
		}
		if p == clsEntity {
			// "received in Brasilia the Minister ...": the place of the
			// contact is no part of the title
			if e := c.ents[c.ent[ts-1]]; e.kind == "city" && e.tokStart > 0 && (fold(toks[e.tokStart-1].text) == "in" || fold(toks[e.tokStart-1].text) == "at") {
				break
			}
		}
		if p == clsTitle || p == clsConn || p == clsEntity || p == clsParen || (p == clsOther && isAcronym(toks[ts-1].text) && ts >= 2 && c.cls[ts-2] == clsParen) {
			ts--
			continue
		}
		if p == clsHonor {
			ts--
			continue
		}
		break
	}
	// drop leading connectors and closing brackets
	for ts < k && (c.cls[ts] == clsConn || c.cls[ts] == clsParen) {
		ts++
	}
	preTitle := appos
	for x := ts; x < k && !appos; x++ {
		if c.cls[x] == clsTitle {
			preTitle = true
		}
	}
	if appos {
		ts = m.fullStart
	} else if preTitle {
		m.fullStart = ts
		m.titled = true
		m.title, m.org, m.orgWhy = c.titleAndOrg(ts, k, true)
		if m.org == "" && strings.HasSuffix(m.title, " Prefecture") {
			// prefectures are Japan's first-level subdivisions
			m.org, m.orgWhy = "Japan", "a prefecture's official"
		}
	} else {
		ts = k
	}
	// "Name of Russia", "Name of the United States (US)"
	after := ne
	if after < n && toks[after].text == "," && after+1 < n && fold(toks[after+1].text) == "jr." {
		after += 2
	}
	if after+1 < n && fold(toks[after].text) == "of" {
		x := after + 1
		if x < n && fold(toks[x].text) == "the" {
			x++
		}
		if x < n && c.cls[x] == clsEntity {
			e := c.ents[c.ent[x]]
			if e.kind == "region" && m.org == "" {
				// "Governor X of Oregon": a state's or province's official
				// belongs to the country that contains it
				m.org, m.orgWhy = e.country, "\"of "+e.name+"\" after the name (a region of "+e.country+")"
			}
			if o := e.orgOf(); o != "" && (e.kind == "country" || e.kind == "org") {
				if m.org == "" || m.orgWhy != "nationality before the title" {
					m.org, m.orgWhy = o, "\"of "+e.name+"\" after the name"
				}
				m.fullEnd = e.tokEnd
				if m.fullEnd < n && toks[m.fullEnd].text == "(" {
					for y := m.fullEnd; y < n && y < m.fullEnd+4; y++ {
						if toks[y].text == ")" {
							m.fullEnd = y + 1
							break
						}
					}
				}
			}
		}
	}
	if preTitle && m.org == "" && ne < n && toks[ne].text == "," {
		// "Ambassador X, the former Deputy Secretary-General of ASEAN"
		x := ne + 1
		for x < n && (fold(toks[x].text) == "the" || fold(toks[x].text) == "a" || fold(toks[x].text) == "an") {
			x++
		}
		y := x
		for y < n && (c.cls[y] == clsTitle || c.cls[y] == clsConn || c.cls[y] == clsEntity || c.cls[y] == clsParen) {
			y++
		}
		if y > x && c.cls[x] == clsTitle {
			if _, o, why := c.titleAndOrg(x, y, false); o != "" {
				m.org, m.orgWhy = o, why
			}
		}
	}
	if !preTitle {
		// appositive title: "Jens Stoltenberg, Secretary General of NATO"
		if ne < n && toks[ne].text == "," {
			x := ne + 1
			for x < n && (fold(toks[x].text) == "the" || fold(toks[x].text) == "a" || fold(toks[x].text) == "an") {
				x++
			}
			y := x
			hasTitle := false
			for y < n && (c.cls[x] == clsTitle || c.cls[x] == clsEntity) {
				p := c.cls[y]
				if p == clsConn && y+1 < n && (fold(toks[y].text) == "in" || fold(toks[y].text) == "at") && c.cls[y+1] == clsEntity && c.ents[c.ent[y+1]].kind == "city" {
					break
				}
				if p == clsConn && y+1 < n && (fold(toks[y].text) == "in" || fold(toks[y].text) == "at" || fold(toks[y].text) == "on") && !(c.cls[y+1] == clsEntity || c.cls[y+1] == clsTitle || fold(toks[y+1].text) == "the") {
					break
				}
				if p == clsTitle {
					hasTitle = true
				} else if !(p == clsConn || p == clsEntity || p == clsParen || (p == clsOther && isAcronym(toks[y].text))) {
					break
				}
				y++
			}
			for y > x && (c.cls[y-1] == clsConn) {
				y--
			}
			if hasTitle && y > x && !(y < n && pluralVerbs[fold(toks[y].text)]) {
				m.titled = true
				t, o, why := c.titleAndOrg(x, y, false)
				m.title = t
				if m.org == "" {
					m.org, m.orgWhy = o, why
				}
				m.fullEnd = max(m.fullEnd, y)
			}
		}
		// title before a comma: "North Macedonian President, Stevo Pendarovski"
		if !m.titled && ts >= 2 && toks[ts-1].text == "," {
			y := ts - 1
			x := y
			hasTitle := false
			for x > 0 {
				p := c.cls[x-1]
				if p == clsTitle {
					hasTitle = true
				} else if !(p == clsConn || p == clsEntity || p == clsParen || (p == clsOther && isAcronym(toks[x-1].text))) {
					break
				}
				x--
			}
			for x < y && (c.cls[x] == clsConn || c.cls[x] == clsParen) {
				x++
			}
			if hasTitle && x < y && !(x > 0 && c.cls[x-1] == clsName) {
				// only a post: "senior Israeli officials, Mr. Sullivan"
				// gives Sullivan neither title nor state
				if t, o, why := c.titleAndOrg(x, y, true); postTitle(t) {
					m.titled = true
					m.fullStart = x
					m.title = t
					if m.org == "" {
						m.org, m.orgWhy = o, why
					}
				}
			}
		}
	}
	if !m.titled {
		m.fullStart = ts
	}
	return m, true
}

// titleAndOrg reads the title in tokens [a,b) and the organization it
// names: a nationality or state before the post ("Chinese President",
// "U.S. Ambassador"), else "of <state or body>" inside it.
func (c *classified) titleAndOrg(a, b int, before bool) (string, string, string) {
	toks := c.toks
	org, why := "", ""
	// leading nationality or state
	x := a
	for x < b && (c.cls[x] == clsConn || c.cls[x] == clsHonor) {
		x++
	}
	if x < b && c.cls[x] == clsEntity {
		e := c.ents[c.ent[x]]
		if e.tokEnd < b && fold(toks[e.tokEnd].text) == "of" {
			// "Visit to Brazil of the Minister of ... of Angola": the
			// place visited, not the nationality
		} else if o := e.orgOf(); o != "" && e.kind != "city" {
			org, why = o, "nationality before the title"
		}
		x = e.tokEnd
		if x < b && toks[x].text == "(" {
			for y := x; y < b; y++ {
				if toks[y].text == ")" {
					x = y + 1
					break
				}
			}
		}
	}
	titleStart := x
	for titleStart < b && c.cls[titleStart] != clsTitle {
		titleStart++
	}
	end := b
	// trailing honorifics belong to the name
	for end > titleStart && c.cls[end-1] == clsHonor {
		end--
	}
	// "of <state>" inside the title
	for y := titleStart; y < end; y++ {
		if c.cls[y] != clsEntity {
			continue
		}
		e := c.ents[c.ent[y]]
		prev := ""
		if y > 0 {
			prev = fold(toks[y-1].text)
			if prev == "the" && y > 1 {
				prev = fold(toks[y-2].text)
			}
		}
		o := e.orgOf()
		if e.kind == "region" && prev == "of" && org == "" && e.country != "" {
			// "Premier of New South Wales", "Chief Minister of Kerala"
			org, why = e.country, "\""+e.name+"\" (a region of "+e.country+") in the title"
		}
		if o == "" || e.kind == "city" || e.kind == "region" {
			y = e.tokEnd - 1
			continue
		}
		adjective := e.tokEnd < end && c.cls[e.tokEnd] == clsTitle && startsUpper(toks[e.tokEnd].text)
		if (prev == "to" && !adjective) || prev == "in" || prev == "for" || prev == "on" || prev == "at" {
			y = e.tokEnd - 1
			continue
		}
		if org == "" && (prev == "of" || e.possessive || e.kind == "demonym" || e.kind == "org") {
			org, why = o, "\""+e.name+"\" in the title"
		}
		// a title ending in "of <state>" (and its acronym) leaves the state
		// out: "Secretary General of NATO (NATO)" -> "Secretary General"
		tail := e.tokEnd
		if tail+2 < end && toks[tail].text == "(" && toks[tail+2].text == ")" {
			tail += 3
		}
		if tail == end && prev == "of" {
			k := y - 1 // "of", or "the" after it
			if k > titleStart && fold(toks[k].text) == "the" {
				k--
			}
			if k > titleStart {
				end = k
			}
			break
		}
		y = e.tokEnd - 1
	}
	title := ""
	if titleStart < end {
		title = joinTokens(toks, titleStart, end)
	}
	return title, org, why
}

// joinTokens prints tokens [a,b) with the spacing of the source text.
func joinTokens(toks []token, a, b int) string {
	var sb strings.Builder
	for i := a; i < b; i++ {
		if i > a && toks[i].start() > toks[i-1].end() {
			sb.WriteByte(' ')
		}
		sb.WriteString(toks[i].text)
	}
	return sb.String()
}

// person is one individual across the statement.
type person struct {
	name   string
	tokens []string
	title  string
	org    string
	orgWhy string
}

// nameKey folds a name to the tokens score-like comparisons use.
func nameKey(name string) []string {
	if isASCII(name) {
		return nameKeyASCII(name)
	}
	var out []string
	for _, f := range strings.FieldsFunc(fold(name), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || unicode.Is(unicode.Mn, r))
	}) {
		f = stripAccents(f)
		if utf8.RuneCountInString(f) > 1 && !honorifics[f] && f != "jr" && f != "sr" {
			out = append(out, f)
		}
	}
	return out
}

// nameKeyASCII is nameKey for an ASCII name, where folding is lowering,
// the tokens are the runs of letters, digits and apostrophes, and there
// are no accents to strip: the same tokens without the Unicode machinery.
func nameKeyASCII(name string) []string {
	low := asciiLower(name)
	var out []string
	for i := 0; i < len(low); {
		if !nameByte(low[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(low) && nameByte(low[j]) {
			j++
		}
		if f := low[i:j]; len(f) > 1 && !honorifics[f] && f != "jr" && f != "sr" {
			out = append(out, f)
		}
		i = j
	}
	return out
}

// nameByte reports the bytes of a lower-cased ASCII name that nameKey
// keeps in its tokens.
func nameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '\''
}

// subsetOf reports whether every token of a is in b.
func subsetOf(a, b []string) bool {
	if len(a) == 0 {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

var accentFold = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "ā", "a", "ă", "a", "ạ", "a", "ả", "a", "ấ", "a", "ầ", "a", "ậ", "a", "ắ", "a", "ặ", "a",
	"é", "e", "è", "e", "ê", "e", "ë", "e", "ē", "e", "ế", "e", "ề", "e", "ệ", "e", "ể", "e", "ễ", "e", "ẹ", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ī", "i", "ị", "i", "ỉ", "i",
	"ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ō", "o", "ø", "o", "ơ", "o", "ố", "o", "ồ", "o", "ộ", "o", "ớ", "o", "ờ", "o", "ợ", "o", "ọ", "o", "ỏ", "o",
	"ú", "u", "ù", "u", "û", "u", "ü", "u", "ū", "u", "ư", "u", "ứ", "u", "ừ", "u", "ự", "u", "ụ", "u", "ủ", "u",
	"ý", "y", "ỳ", "y", "ỹ", "y", "ç", "c", "č", "c", "ć", "c", "š", "s", "ś", "s", "ş", "s", "ž", "z", "ź", "z", "ż", "z",
	"ñ", "n", "ń", "n", "ň", "n", "ł", "l", "ř", "r", "ğ", "g", "ģ", "g", "ķ", "k", "ļ", "l", "ņ", "n", "đ", "d", "ı", "i",
)

// stripAccents maps accented letters to plain ones ("Lê" -> "Le"). The
// Replacer copies even what it leaves alone, so ASCII text, which holds
// none of its (non-ASCII) patterns, is returned as it is.
func stripAccents(s string) string {
	if isASCII(s) {
		return s
	}
	return accentFold.Replace(s)
}

// registry resolves mentions to people across a statement: a later
// "Stoltenberg" or "Minister Kono" is the person first named in full.
type registry struct {
	people []*person
	// author is the publishing official named in the byline, for a body
	// written in the first person ("Today I met ..."); authorTitle is the
	// post the header prints when it names no one.
	author      *person
	authorTitle string
}

func (r *registry) resolve(m *mention, register bool) *person {
	key := nameKey(m.name)
	if len(key) == 0 {
		return nil
	}
	// the same name, else the first person (in reading order) whose name
	// holds this one: "Kim" is Kim Jong Un of the lead, not a reporter
	// named at the end
	var best *person
	for _, p := range r.people {
		if sameTokens(key, p.tokens) {
			best = p
			break
		}
		if best == nil && subsetOf(key, p.tokens) {
			best = p
		}
	}
	if best == nil {
		// a full name after a surname-only first mention
		for _, p := range r.people {
			if subsetOf(p.tokens, key) && len(p.tokens) == 1 {
				best = p
				p.name, p.tokens = m.name, key
			}
		}
	}
	if best != nil {
		if best.org == "" && m.org != "" {
			best.org, best.orgWhy = m.org, m.orgWhy
		}
		if best.title == "" && m.title != "" {
			best.title = m.title
		}
		return best
	}
	if !register {
		return nil
	}
	p := &person{name: m.name, tokens: key, title: m.title, org: m.org, orgWhy: m.orgWhy}
	r.people = append(r.people, p)
	return p
}

func sameTokens(a, b []string) bool {
	return len(a) == len(b) && subsetOf(a, b)
}

// postnominals follow a name without starting a body's name: "Manasseh
// Sogavare MP".
var postnominals = setOf(`mp mep mla mpp qc kc obe mbe cbe kbe`)

// byTitle finds the one person whose title is exactly title ("President"),
// for a body that says "The President spoke with ...".
func (r *registry) byTitle(title string) *person {
	var found *person
	for _, p := range r.people {
		if strings.EqualFold(p.title, title) {
			if found != nil && found != p {
				return nil
			}
			found = p
		}
	}
	return found
}
