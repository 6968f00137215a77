package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/diplograph/diplograph/gazetteer"
)

// maxTopics caps a contact's topics: readouts name a handful of subjects,
// and a long list is mostly noise.
const maxTopics = 8

// topicCues are the words after which a readout says what was discussed,
// in order of preference; each is tried only at a word that starts with
// one of its first words, in a sentence that holds one of the words it
// needs. Together they read as one alternation,
// (?i)\b(?:re|re|...)\s+ (see topicCueAlternation).
//
// The needed words are looked for in the lower-cased sentence, so they
// hold no "k" or "s", which (?i) also matches to non-ASCII letters; nor do
// the starts beyond what a cue tried at every such word had before.
var topicCues = []struct {
	starts []string // lower-case prefixes of the match; a space stands for \s+
	needs  []string // lower-case words one of which every match holds; none: no such check
	re     string
}{
	{[]string{"discuss", "to di"}, nil, `discussed|discussing|to discuss`},
	{[]string{"exchang"}, nil, `exchang(?:e|ed|ing)\s+(?:[\w-]+\s+){0,2}views\s+(?:on|about|regarding|over)`},
	{[]string{","}, []string{"uch"}, `,\s*such\s+as`},
	{[]string{"touched"}, nil, `touched\s+(?:up)?on`},
	{[]string{"cooperate on", "cooperation on", "cooperating on"}, nil, `cooperat(?:e|ion|ing)\s+on`},
	{[]string{"reaffirmed", "stressed", "underscored", "reiterated"}, nil, `(?:reaffirmed|stressed|underscored|reiterated)\s+(?:[\w’'-]+\s+){0,4}commitment\s+to(?:\s+the)?`},
	{[]string{"strengthen", "deepen", "expand", "enhance", "boost"}, nil, `(?:strengthen|deepen|expand|enhance|boost)(?:ing)?\s+(?:[\w-]+\s+){0,2}cooperation\s+in(?:\s+the\s+(?:fields?|areas?|sectors?)\s+of)?`},
	{[]string{"cooperation"}, []string{"field", "area", "ector"}, `cooperation\s+in\s+the\s+(?:fields?|areas?|sectors?)\s+of`},
	{[]string{"a exchange of", "an exchange of", "exchange of"}, []string{"exchange"}, `(?:an?\s+)?exchange\s+of\s+views\s+on`},
	{[]string{"had", "held"}, nil, `(?:had|held)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}discussions?\s+(?:on|about)`},
	{[]string{"talked"}, nil, `talked\s+about`},
	{[]string{"focus"}, nil, `focus(?:ed|ing)\s+on`},
	{[]string{"reviewed"}, nil, `reviewed(?:\s+the\s+(?:progress|state|status)\s+(?:of|in))?`},
	{[]string{"took"}, nil, `took\s+stock\s+of`},
	{[]string{"with"}, []string{"empha", "focu"}, `with\s+(?:an?\s+)?(?:particular\s+|special\s+|specific\s+)?(?:emphasis|focus)\s+on`},
	{[]string{"agreed"}, nil, `agreed\s+to\s+(?:further\s+)?(?:strengthen|deepen|expand|enhance|boost|promote|step\s+up)`},
	{[]string{"cooperate in", "cooperation in", "cooperating in", "cooperate with", "cooperation with", "cooperating with"}, nil, `cooperat(?:e|ion|ing)\s+(?:with\s+(?:[\w.-]+\s+){1,3}?)?in(?:\s+the\s+(?:fields?|areas?|sectors?|domains?)\s+of)?`},
	{[]string{"cooperate with", "cooperation with", "cooperating with"}, nil, `cooperat(?:e|ion|ing)\s+with\s+(?:[\w.-]+\s+){1,3}?on`},
	{[]string{"briefed"}, nil, `briefed\s+(?:[\w-]+\s+){0,3}on`},
	{[]string{"issues", "matters", "areas"}, nil, `(?:issues|matters|areas)\s+such\s+as`},
	{[]string{"matters"}, nil, `matters\s+(?:regarding|pertaining\s+to)`},
	{[]string{"issues"}, nil, `issues\s+(?:including|related\s+to|concerning)`},
	{[]string{"discussion"}, nil, `discussion\s+(?:on|of)`},
	{[]string{"congratulated"}, nil, `congratulated\s+(?:[\w-]+\s+){0,3}on`},
	{[]string{"condolences", "sympath"}, nil, `(?:condolences|sympathies|sympathy)\s+(?:on|over|for)`},
	{[]string{"stressed", "underscored", "emphasized", "highlighted"}, nil, `(?:stressed|underscored|emphasized|highlighted)\s+the\s+(?:importance|significance)\s+of`},
	{[]string{"expressed"}, nil, `expressed\s+(?:his|her|their)?\s*support\s+for`},
}

// topicCueAlternation is the one regexp that topicCues amount to.
func topicCueAlternation() string {
	alts := make([]string, len(topicCues))
	for i, c := range topicCues {
		alts[i] = c.re
	}
	return `(?i)\b(?:` + strings.Join(alts, "|") + `)\s+`
}

// cueIndex holds each topic cue's regexp anchored at its start, and the
// cues by the first byte of their first words.
type cueIndex struct {
	res    []*regexp.Regexp
	byByte [256][]int
	// needs holds the cues' distinct needed words, and needIDs each cue's
	// as a bit set of their indices, so that one pass over a sentence
	// tells which cues it rules out
	needs   *literalSet
	needIDs []uint64
}

var theCueIndex = sync.OnceValue(func() *cueIndex {
	if len(topicCues) > 64 {
		panic("extract: more than 64 topic cues")
	}
	ci := &cueIndex{res: make([]*regexp.Regexp, len(topicCues)), needIDs: make([]uint64, len(topicCues))}
	var needs []string
	for i, c := range topicCues {
		for _, n := range c.needs {
			id := slices.Index(needs, n)
			if id < 0 {
				id, needs = len(needs), append(needs, n)
			}
			ci.needIDs[i] |= 1 << id
		}
	}
	ci.needs = newLiteralSet(needs)
	for i, c := range topicCues {
		ci.res[i] = regexp.MustCompile(`^(?i)(?:` + c.re + `)\s+`)
		seen := map[byte]bool{}
		for _, st := range c.starts {
			if !seen[st[0]] {
				seen[st[0]] = true
				ci.byByte[st[0]] = append(ci.byByte[st[0]], i)
			}
		}
	}
	return ci
})

// reTopicSplit separates the items of a list of subjects.
var reTopicSplit = regexp.MustCompile(`\s*(?:,|;|\band\b|\bas well as\b|\bincluding(?:\s+on)?\b|\bespecially(?:\s+on)?\b|\bin particular(?:\s+on)?\b)\s*`)

// reTopicEnd ends a list of subjects: a new clause or a purpose.
var reTopicEnd = regexp.MustCompile(`(?i)(?:\.\s|\.$|;|\bbased on\b|\bfollowing\b|\bahead of\b|\bas soon as possible\b|\bat an early date\b|,\s*and\s+[a-z]+ed\b|\band (?:agreed|reached|stressed|said|noted|underscored|expressed)\b|\bso as to\b|\bwhich\b|\bthat\b|\bwhile\b|\bduring\b|\bthe (?:two|both) sides\b|\bover the (?:past|last)\b|\bin recent years\b|\bin order to\b|\bto (?:serve|benefit|inject|bring)\b|,\s*(?:reiterated|reaffirmed|stressed|noted|agreed|expressed|underlined|welcomed|emphasi[sz]ed|pledged|vowed|called|condemned|highlighted)\b)`)

// relWords end a "China-Japan relations" subject.
// Up to three qualifiers may stand between ("China-Iran comprehensive
// strategic partnership").
var reRelations = regexp.MustCompile(`\b([A-Z][\w.]*(?:[-–/][A-Z][\w.]*)+)\s+((?:(?:strategic|comprehensive|cooperative|mutually|beneficial|all-round|all-weather|constructive|friendly|economic|trade|bilateral|good-neighborly|partnership|of|and)\s+){0,4}(?:relations|relationship|ties|cooperation|partnership))\b`)

// reRelationsAt is reRelations anchored, tried only where relationsCand
// sees a compound of capitalized words start.
var reRelationsAt = regexp.MustCompile(`^(?:` + reRelations.String() + `)`)

// relationsCand reports a capital at s[i] whose run of [\w.] ends in a
// hyphen, dash or slash before another capital: where a reRelations match
// can start.
func relationsCand(s string, i int) bool {
	if !isUpperByte(s[i]) {
		return false
	}
	j := i + 1
	for j < len(s) && (asciiWord(s[j]) || s[j] == '.') {
		j++
	}
	switch {
	case j+1 < len(s) && (s[j] == '-' || s[j] == '/'):
		if !isUpperByte(s[j+1]) {
			return false
		}
	case strings.HasPrefix(s[j:], "–") && j+3 < len(s):
		if !isUpperByte(s[j+3]) {
			return false
		}
	default:
		return false
	}
	// the compound runs to white space, after which a word of the
	// relation must follow
	for j < len(s) {
		switch c := s[j]; {
		case asciiWord(c) || c == '.' || c == '-' || c == '/':
			j++
			continue
		case strings.HasPrefix(s[j:], "–"):
			j += len("–")
			continue
		}
		break
	}
	k := j
	for k < len(s) && asciiSpace(s[k]) {
		k++
	}
	if k == j {
		return false
	}
	for _, w := range relationWords {
		if strings.HasPrefix(s[k:], w) {
			return true
		}
	}
	return false
}

// relationWords open the words reRelations allows after its compound.
var relationWords = []string{"strategic", "comprehensive", "cooperative", "mutually", "beneficial", "all-round", "all-weather", "constructive",
	"friendly", "economic", "trade", "bilateral", "good-neighborly", "partnership", "of", "and", "relations", "ties", "cooperation"}

var leadingNoise = []string{"the ", "a ", "an ", "such ", "their ", "his ", "her ", "its ", "our ", "other ", "some ", "a number of ", "a full range of ", "a range of ", "the importance of ", "ways to ", "how to ", "in-depth views on ", "views on ", "issues of ", "matters of ", "topics of ", "matters pertaining to ", "matters regarding ", "number of ", "full range of ", "ongoing work to ", "significance of ", "latest development of ", "latest developments in ", "situation of ", "efforts to ", "issues on ", "issues related to ", "having ",
	// a gerund before a subject ("preventing weapons proliferation"):
	// the subject alone is the topic
	"preventing ", "promoting ", "strengthening ", "advancing ", "deepening ", "expanding ", "enhancing ", "boosting ",
	"supporting ", "maintaining ", "combating ", "combatting ", "addressing ", "improving ", "facilitating ",
	// "cooperation in energy" names its field
	"cooperation in the fields of ", "cooperation in the field of ", "cooperation in the areas of ", "cooperation in the area of ",
	"cooperation in the sectors of ", "cooperation in ", "cooperation on ", "bilateral cooperation in ", "bilateral cooperation on ",
	// a bare verb that opens a list item ("and uphold ASEAN centrality")
	"promote ", "strengthen ", "deepen ", "expand ", "enhance ", "boost ", "advance ", "uphold ", "safeguard ", "maintain ",
	"coordination on ", "cooperation and coordination on ", "communication and coordination on ",
	"issues such as ", "matters such as ", "areas such as ", "fields such as ", "topics such as ", "such as ",
	"prospects of ", "prospects for ", "current state of ", "state of ", "such areas as ", "such fields as "}

// trailingNoise closes a subject without adding to it ("practical
// cooperation in various fields").
var trailingNoise = []string{" in various fields", " in all fields", " in many fields", " in various areas", " in all areas",
	" in all respects", " and other fields", " and other areas", " and other sectors", " in various sectors"}

// cooperationFields are fields too common to name a subject alone,
// which a list after "cooperation in" names as "<field> cooperation".
var cooperationFields = setOf(`security finance development`)

// sectorWords are fields of cooperation that name a subject on their own
// in a list after a cue ("cooperation in energy, health and tourism").
// General knowledge of what governments cooperate on.
var sectorWords = setOf(`agriculture education health healthcare energy trade investment investments tourism defense defence
aviation logistics transport transportation infrastructure fisheries fishery mining telecommunications technology innovation
science pharmaceuticals manufacturing shipping connectivity industry finance banking insurance textiles forestry
irrigation water electricity hydropower renewables space culture sports media tourism railways ports
counterterrorism counter-terrorism peacekeeping climate environment migration cybersecurity`)

type topicIndex struct {
	byPhrase map[string]string // folded phrase -> topic name
	specific map[string]bool   // phrases specific enough to count anywhere in a sentence
	verbatim map[string]bool   // phrases reported as printed (sectors, relations), not by topic name
	region   map[string]bool   // topic names of places and hotspots
	prefixes map[string]bool   // word prefixes of multi-word phrases
	maxWords int
	withAnd  []string // phrases with an inner "and"

	// vocab holds the above by phrase and word prefix, so that vocabAll,
	// which looks up every n-gram of a sentence, needs one lookup for each
	vocab map[string]vocabEntry
	// firstWords holds the first word of every vocab key: most words of
	// a sentence open no key, and vocabAll skips their lookup
	firstWords wordFilter
}

// vocabEntry is what topicIndex knows of a phrase or word prefix.
type vocabEntry struct {
	name     string // the topic, when the key is a phrase
	phrase   bool
	specific bool
	verbatim bool
	prefix   bool // the key opens a longer phrase
}

// genericPhrases are vocabulary words too common in readouts to signal a
// topic outside a list of subjects.
var genericPhrases = setOf(`security culture democracy elections exchanges cooperation development economy investment
infrastructure education health energy nato un eu asean g20 exports imports tariff tariffs
multilateralism sovereignty governance peace stability human rights region`)

// topicExtension adds general diplomatic subjects that the gazetteer's
// topic vocabulary lacks; each is read as printed. General knowledge of
// what governments discuss, not phrases taken from any annotated text.
var topicExtension = []string{
	"drug control", "law enforcement cooperation", "judicial cooperation",
	"maritime cooperation", "visa facilitation", "nuclear safety", "nuclear security", "cybersecurity", "cyber security",
	"artificial intelligence", "supply chains", "supply chain resilience", "critical minerals", "energy security",
	"irregular migration", "humanitarian assistance", "humanitarian aid", "disaster relief", "peacekeeping",
	"export controls", "debt relief", "debt restructuring", "green development", "digital economy", "space cooperation",
	"agricultural cooperation", "education cooperation", "health cooperation", "defense cooperation", "defence cooperation",
	"military cooperation", "connectivity", "people-to-people ties", "hostage release", "ceasefire", "two-state solution",
	"nonproliferation", "non-proliferation", "rule of law", "good governance", "anti-corruption",
}

var (
	topicOnce sync.Once
	topicIdx  *topicIndex
)

func theTopics() *topicIndex {
	topicOnce.Do(func() {
		ti := &topicIndex{byPhrase: map[string]string{}, specific: map[string]bool{}, prefixes: map[string]bool{}, verbatim: map[string]bool{}, region: map[string]bool{}}
		for _, t := range gazetteer.Topics() {
			if t.Category == gazetteer.CategoryRegion {
				ti.region[t.Name] = true
			}
			phrases := append([]string{strings.ToLower(t.Name)}, t.Phrases...)
			for _, p := range phrases {
				p = fold(p)
				// one-word place names signal a topic only in a list of
				// subjects, not anywhere in the text
				ti.byPhrase[p] = t.Name
				for i := 0; i < len(p); i++ {
					if p[i] == ' ' {
						ti.prefixes[p[:i]] = true
					}
				}
				multi := strings.Contains(p, " ")
				// one word signals a topic on its own only for places and
				// the recurring themes ("epidemic" -> COVID-19, "Yemen")
				if !genericPhrases[p] && (multi || len(p) >= 5 && (t.Category == gazetteer.CategoryRegion || conventionalTopics[t.Name])) &&
					(t.Category != gazetteer.CategoryRelations || multi && p != "bilateral relations") {
					ti.specific[p] = true
				}
				// the conventions name recurring themes by one form; other
				// subjects read best as printed
				// a one-word place is named as printed ("Darfur", not its
				// state), but not a people or group ("Palestinian",
				// "Taliban"), which signals its region's topic
				if !conventionalTopics[t.Name] && (multi && t.Category != gazetteer.CategoryRegion ||
					!multi && t.Category == gazetteer.CategoryRegion && !demonymLike(p)) {
					ti.verbatim[p] = true
				}
				if n := len(strings.Fields(p)); n > ti.maxWords {
					ti.maxWords = n
				}
			}
		}
		for _, p := range topicExtension {
			p = fold(p)
			if _, ok := ti.byPhrase[p]; ok {
				continue
			}
			ti.byPhrase[p], ti.specific[p], ti.verbatim[p] = p, true, true
			for i := 0; i < len(p); i++ {
				if p[i] == ' ' {
					ti.prefixes[p[:i]] = true
				}
			}
			if n := len(strings.Fields(p)); n > ti.maxWords {
				ti.maxWords = n
			}
		}
		for p := range ti.byPhrase {
			if strings.Contains(p, " and ") && strings.IndexFunc(p, func(r rune) bool { return r >= utf8.RuneSelf }) < 0 {
				ti.withAnd = append(ti.withAnd, p)
			}
		}
		sort.Strings(ti.withAnd)
		ti.vocab = map[string]vocabEntry{}
		for p, name := range ti.byPhrase {
			ti.vocab[p] = vocabEntry{name: name, phrase: true, specific: ti.specific[p], verbatim: ti.verbatim[p]}
		}
		for p := range ti.prefixes {
			e := ti.vocab[p]
			e.prefix = true
			ti.vocab[p] = e
		}
		for p := range ti.vocab {
			first, _, _ := strings.Cut(p, " ")
			ti.firstWords.add(first)
		}
		topicIdx = ti
	})
	return topicIdx
}

// normalizeTopic maps a phrase to the topic vocabulary when it contains one
// of its phrases, else cleans it up as an open phrase.
func normalizeTopic(p string) (string, bool) {
	p = strings.Join(strings.Fields(strings.Trim(stripQuotes(p), " .,;:'")), " ")
	low := strings.ToLower(p)
	for changed := true; changed; {
		changed = false
		for _, n := range leadingNoise {
			if strings.HasPrefix(low, n) {
				p, low = p[len(n):], low[len(n):]
				changed = true
			}
		}
	}
	if strings.HasPrefix(low, "support ") && !strings.HasPrefix(low, "support for ") {
		p, low = p[len("support "):], low[len("support "):]
	}
	for _, n := range trailingNoise {
		if strings.HasSuffix(low, n) && len(low) > len(n) {
			p, low = p[:len(p)-len(n)], low[:len(low)-len(n)]
		}
	}
	p = strings.TrimSpace(p)
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > 7 {
		return "", false
	}
	for _, w := range words {
		if verbish[strings.ToLower(w)] {
			return "", false
		}
	}
	if _, ok := theLexicon().country[strings.ToLower(p)]; ok && len(words) <= 2 {
		return p, true
	}
	if !strings.ContainsAny(low, "abcdefghijklmnopqrstuvwxyz") {
		return "", false
	}
	if name, ok := vocabIn(low); ok && (conventionalTopics[name] || len(words) <= 3 && theTopics().region[name] && nameInText(name, low)) {
		return name, true
	}
	if len(words) == 1 && !startsUpper(p) && abstractNoun(low) && !genericPhrases[low] && !noisyTopics[low] {
		// a lone abstract noun in a list of subjects ("counterterrorism",
		// "inclusiveness") names one
		return p, true
	}
	if len(words) == 1 && sectorWords[low] && !noisyTopics[low] {
		return p, true
	}
	if len(words) == 1 && (len(p) < 4 || !startsUpper(p)) {
		// a lone common word ("bilateral", "legacy") says too little
		return "", false
	}
	switch strings.ToLower(words[0]) {
	case "on", "at", "in", "to", "for", "with", "by", "advance", "areas", "behalf":
		return "", false
	}
	if stockTopic(low) {
		return "", false
	}
	return p, true
}

// vocabIn finds the longest vocabulary phrase inside a lower-case phrase.
func vocabIn(low string) (string, bool) {
	return vocabMatch(low, false)
}

// vocabMatch finds the longest vocabulary phrase in low; with specific,
// only phrases that signal a topic anywhere.
func vocabMatch(low string, specific bool) (string, bool) {
	ti := theTopics()
	words := strings.FieldsFunc(low, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '"' || r == '“' || r == '”' })
	// each n-gram is joined in one stack buffer: map lookups by
	// string(buf) copy nothing
	var arr [128]byte
	for n := min(ti.maxWords, len(words)); n >= 1; n-- {
		for i := 0; i+n <= len(words); i++ {
			if !ti.firstWords.mayHave(words[i]) {
				continue // no phrase opens with this word
			}
			ph := arr[:0]
			for k, w := range words[i : i+n] {
				if k > 0 {
					ph = append(ph, ' ')
				}
				ph = append(ph, w...)
			}
			if name, ok := ti.byPhrase[string(ph)]; ok && (!specific || ti.specific[string(ph)]) {
				return name, true
			}
		}
	}
	return "", false
}

// topicsFor collects what the contact's sentences say was discussed: the
// items after "discussed" / "exchanged views on", "A-B relations", and
// vocabulary phrases in those items.
func topicsFor(infos []sentInfo, c *cand, until int) []string {
	var out []string
	var lows []string // out lower-cased, each lowered once
	seenRel := map[string]bool{}
	add := func(t string) {
		if strings.ContainsAny(t, "\"“”") {
			t = strings.TrimSpace(quoteStripper.Replace(t))
		}
		if t == "" || len(out) >= maxTopics {
			return
		}
		lt := strings.ToLower(t)
		if noisyTopics[lt] || stockTopic(lt) {
			return
		}
		for i, lo := range lows {
			if lo == lt || strings.Contains(lo, lt) {
				return
			}
			if strings.Contains(lt, lo) {
				// "energy cooperation" says more than "energy"
				out[i], lows[i] = t, lt
				return
			}
		}
		if k := relationKey(t); k != "" {
			if seenRel[k] {
				return
			}
			seenRel[k] = true
		}
		out, lows = append(out, t), append(lows, lt)
	}
	if c.background {
		until = c.sent + 1
	}
	if until > c.sent+12 {
		until = c.sent + 12
	}
	for i := c.sent; i < until && i < len(infos); i++ {
		tc := sentenceTopics(&infos[i])
		if tc.future {
			continue
		}
		for _, t := range tc.listed {
			add(t)
		}
		if i > c.sent {
			for _, t := range tc.vocab {
				add(t)
			}
		}
	}
	return out
}

// sentenceTopicWords are the words sentenceTopics checks a sentence for
// before trying its patterns, found in one literalSet pass.
var sentenceTopicWords = []string{
	"relation", "ties", "cooperation", "partnership", // 0-3: reRelations
	"will", "would", "forward", "scheduled", // 4-7: reFutureSentence
	"anniversary",              // 8
	"visit to",                 // 9
	" discussed", " addressed", // 10-11: rePassiveTopic
}

// Bit sets of sentenceTopicWords' indices, by the pattern they guard.
const (
	litRelation    = 1<<0 | 1<<1 | 1<<2 | 1<<3
	litFuture      = 1<<4 | 1<<5 | 1<<6 | 1<<7
	litAnniversary = 1 << 8
	litVisitTo     = 1 << 9
	litPassive     = 1<<10 | 1<<11
)

// sentenceTopicLiterals indexes sentenceTopicWords.
var sentenceTopicLiterals = newLiteralSet(sentenceTopicWords)

// sentTopics are the topic candidates of one sentence, computed once.
type sentTopics struct {
	done   bool
	future bool
	listed []string // relations and listed subjects, in order
	vocab  []string // vocabulary topics named anywhere in the sentence
}

func sentenceTopics(si *sentInfo) *sentTopics {
	tc := &si.topics
	if tc.done {
		return tc
	}
	tc.done = true
	add := func(t string) { tc.listed = append(tc.listed, t) }
	{
		s := si.s.text
		low := si.alow // same byte offsets as s
		has := sentenceTopicLiterals.present(low)
		if containsAnyOf(s, "-", "/", "–") && has&litRelation != 0 {
			for _, m := range findAllAt(reRelationsAt, s, relationsCand) {
				add(relationStart(s, m[2]) + statesOfDemonyms(s[m[2]:m[3]]) + " " + s[m[4]:m[5]])
			}
		}
		if has&litFuture != 0 && futureSentence(s, low) {
			// plans are no topics, but the relationship they serve is, and
			// so are the fields a side hopes to cooperate in
			if hopeful(low) && strings.Contains(low, "cooperat") {
				for _, loc := range findTopicCues(s, low) {
					if strings.Contains(asciiLower(s[loc[0]:loc[1]]), "cooperat") {
						for _, t := range cueTopics(s, loc) {
							add(t)
						}
					}
				}
			}
			tc.future = len(tc.listed) == 0
			return tc
		}
		if has&litAnniversary != 0 {
			for _, m := range findAllAt(reAnniversaryAt, s, digitAt) {
				add(strings.TrimSpace(s[m[0]:m[1]]))
			}
		}
		if has&litVisitTo != 0 {
			for _, m := range findAllAt(reVisitTopicAt, s, newVisitCand()) {
				add(strings.TrimSpace(s[m[0]:m[1]]))
			}
		}
		if has&litPassive != 0 && passiveCand(s, low) {
			for _, m := range rePassiveTopic.FindAllStringSubmatch(s, -1) {
				for _, piece := range splitTopics(m[1]) {
					if t, ok := normalizeTopic(piece); ok {
						add(t)
					}
				}
			}
		}
		if hasInitiativeWord(s) {
			for _, loc := range findNamedInitiatives(s) {
				if namedInitiativeOK(s, loc[0], loc[1]) && !inTitle(si, loc[0], loc[1]) {
					add(strings.TrimSpace(s[loc[0]:loc[1]]))
				}
			}
		}
		if !hasTopicCueWord(low) {
			goto vocab
		}
		for _, loc := range si.topicCues() {
			for _, t := range cueTopics(s, loc) {
				add(t)
			}
		}
		// vocabulary phrases anywhere in the contact's own sentences
	vocab:
		for _, v := range vocabAll(s, low) {
			if !inTitle(si, v.a, v.b) && !occasion(low[:v.a], asciiLower(v.text)) {
				tc.vocab = append(tc.vocab, v.text)
			}
		}
	}
	return tc
}

// reFutureSentence skips plans when collecting topics.
var reFutureSentence = regexp.MustCompile(`(?i)\b(?:will|would|looks? forward to|is scheduled to)\b`)

// futurePhrases are reFutureSentence's alternatives, spelled out.
var futurePhrases = []string{"will", "would", "look forward to", "looks forward to", "is scheduled to"}

// futureSentence reports whether reFutureSentence matches s; low is s
// with its ASCII letters lowered. The regexp is an alternation of
// literals, which the engine tries at every byte; in an ASCII sentence,
// where (?i) folds nothing but ASCII case, a search for each phrase
// between word boundaries answers the same.
func futureSentence(s, low string) bool {
	if !isASCII(s) {
		return reFutureSentence.MatchString(s)
	}
	for _, p := range futurePhrases {
		for from := 0; ; {
			i := strings.Index(low[from:], p)
			if i < 0 {
				break
			}
			a, b := from+i, from+i+len(p)
			if (a == 0 || !isASCIIWord(low[a-1])) && (b == len(low) || !isASCIIWord(low[b])) {
				return true
			}
			from = a + 1
		}
	}
	return false
}

// vocabAll lists the specific vocabulary topics a sentence s mentions; low
// is s with ASCII letters lowered.
func vocabAll(s, low string) []vocabHit {
	ti := theTopics()
	// each word's span and lookup form: trimmed of curly quotes (which
	// only a non-ASCII byte at either end can be) and lower-cased
	type span struct {
		a, b int
		tok  string
	}
	var arr [64]span
	words := arr[:0]
	start, ascii := -1, true // ascii: the word so far is
	for k := 0; k <= len(low); k++ {
		sep := k == len(low)
		if !sep {
			switch low[k] {
			case ' ', ',', '.', '"', '\n', ';', '(', ')', ':', '\t':
				sep = true
			}
		}
		if sep {
			if start >= 0 {
				t := low[start:k]
				if t[0] >= 0x80 || t[len(t)-1] >= 0x80 {
					t = strings.Trim(t, "“”’‘")
				}
				if !ascii {
					// low lowers only ASCII letters
					t = strings.ToLower(t)
				}
				words = append(words, span{start, k, t})
				start, ascii = -1, true
			}
		} else {
			if start < 0 {
				start = k
			}
			if low[k] >= 0x80 {
				ascii = false
			}
		}
	}
	var out []vocabHit
	var bufArr [128]byte
	buf := bufArr[:0]
	for i := 0; i < len(words); i++ {
		if !ti.firstWords.mayHave(words[i].tok) {
			continue // no phrase opens with this word
		}
		best, bestN := "", 0
		buf = buf[:0]
		for n := 1; n <= ti.maxWords && i+n <= len(words); n++ {
			w := words[i+n-1]
			if n > 1 {
				buf = append(buf, ' ')
			}
			buf = append(buf, w.tok...)
			e := ti.vocab[string(buf)]
			if e.phrase && e.specific {
				name := e.name
				best, bestN = name, n
				if e.verbatim || !conventionalTopics[name] && !nameInText(name, low) {
					// a topic is named by what the text says: "the Red
					// Sea" is not reported as Yemen
					best = s[words[i].a:w.b]
					if theLexicon().isPlaceOrState(best) {
						best = "" // a body named in passing is no subject
					}
				}
			}
			if !e.prefix {
				break
			}
		}
		if bestN > 0 && best != "" {
			out = append(out, vocabHit{text: strings.Join(strings.Fields(best), " "), a: words[i].a, b: words[i+bestN-1].b})
			i += bestN - 1
		}
	}
	return out
}

// verbish words mark a clause, not a subject.
var verbish = setOf(`said says expressed according who was were is are has have had welcomed noted stressed statement told reported added pointed underlined emphasized emphasised`)

// noisyTopics are vocabulary entries and fragments that readouts mention
// in passing far more often than they discuss them.
var noisyTopics = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split("international situation|un affairs|multilateralism|culture|youth|regional security|maritime security|security|international|issues|ways|democracy|elections|development|practical cooperation|bilateral cooperation|win-win cooperation|mutually beneficial cooperation|traditional friendship|american people|chinese people|new approaches|eu affairs|finance", "|") {
		m[w] = true
	}
	return m
}()

// relationStart gives the word before a relation compound when it and the
// compound's first part name one state ("Viet Nam-China", "Saudi
// Arabia-China"), else "".
func relationStart(s string, at int) string {
	if at < 2 || s[at-1] != ' ' {
		return ""
	}
	i := strings.LastIndexByte(s[:at-1], ' ') + 1
	prev := s[i : at-1]
	if prev == "" || !startsUpper(prev) {
		return ""
	}
	j := at
	for j < len(s) && s[j] != '-' && s[j] != '/' && s[j] != ' ' {
		j++
	}
	if _, ok := theLexicon().country[strings.ToLower(prev+" "+s[at:j])]; ok {
		return prev + " "
	}
	return ""
}

// relationKey gives "China-US relations", "US-China relations" and
// "China-U.S. ties" one key, so a relationship is listed once.
func relationKey(t string) string {
	m := reRelationKey.FindStringSubmatch(t)
	if m == nil {
		return ""
	}
	parts := strings.FieldsFunc(strings.ToLower(strings.ReplaceAll(m[1], ".", "")), func(r rune) bool { return r == '-' || r == '–' || r == '/' })
	for i, p := range parts {
		if a, ok := relationAliases[p]; ok {
			parts[i] = a
		} else if st, ok := theLexicon().demonym[p]; ok {
			// "Russian-Chilean relations" are Russia-Chile relations
			parts[i] = strings.ToLower(strings.ReplaceAll(st, ".", ""))
		}
	}
	sort.Strings(parts)
	return strings.Join(parts, "-")
}

// reAnniversary reads "the 30th anniversary of diplomatic relations".
// The long form runs to what is commemorated ("the 40th anniversary of the
// signing of the Treaty of Peace and Friendship"); the short one is the
// fallback.
var reAnniversary = regexp.MustCompile(`\b\d+(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?:[\w.-]+\s+){0,9}?(?:relations|[Ff]riendship|ties|[Tt]reaty|[Aa]greement|[Pp]artnership|[Ii]ndependence|[Vv]ictory|[Ff]ounding|[Ll]iberation|[Uu]nification)\b(?:\s+(?:of|on)\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})?|\b\d+(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?[\w-]+\b`)

// reAnniversaryAt and reVisitTopicAt are reAnniversary and reVisitTopic
// anchored, for findAllAt: their matches open with a number and a
// capital respectively, after a non-word byte, and the unanchored
// patterns would be tried at every byte of the sentence.
var (
	reAnniversaryAt = anchored(reAnniversary)
	reVisitTopicAt  = anchored(reVisitTopic)
)

// upperAt reports a capital at s[i].
func upperAt(s string, i int) bool { return isUpperByte(s[i]) }

// reNamedInitiative reads the names of initiatives, forums and agreements
// ("Belt and Road Forum", "China-GCC Free Trade Agreement"): capitalized
// words ending in such a word.
var reNamedInitiative = regexp.MustCompile(`\b(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:and|of|for|on)\s+)?){1,5}(?:Forum|Summit|Initiative|Agreement|Congress|Partnership|Treaty|Vision\s+\d{4}|Mechanism|Dam|Corridor|Expo|Zone|Cooperation)\b`)

// reNamedInitiativeAt is reNamedInitiative anchored, tried only where
// initiativeAt sees a name or an ordinal start: unanchored, the engine
// tries the pattern at every byte of the sentence.
var reNamedInitiativeAt = regexp.MustCompile(`^(?:` + reNamedInitiative.String() + `)`)

// initiativeAt reports a capital or a digit at s[i], with which every
// reNamedInitiative match opens.
func initiativeAt(s string, i int) bool {
	return isUpperByte(s[i]) || digitAt(s, i)
}

// findNamedInitiatives is reNamedInitiative.FindAllStringSubmatchIndex(s,
// -1). Before its closing word, which follows white space, a match holds
// only word bytes, white space, hyphens and apostrophes: a capital or
// digit opens one only if such a word starts after it before any other
// byte, and the anchored regexp is tried only there.
func findNamedInitiatives(s string) [][]int {
	runEnd, last := -1, -1 // the run of such bytes holding i, and the last closing word's start in it
	return findAllAt(reNamedInitiativeAt, s, func(s string, i int) bool {
		if !initiativeAt(s, i) {
			return false
		}
		if i >= runEnd {
			runEnd, last = initiativeRun(s, i)
		}
		return last > i
	})
}

// initiativeRun is the end of the run of bytes reNamedInitiative allows
// before its closing word that opens at s[i], and the start of the last
// closing word after white space in it (or -1).
func initiativeRun(s string, i int) (int, int) {
	last := -1
	j := i
	for j < len(s) {
		c := s[j]
		if c == 0xE2 && strings.HasPrefix(s[j:], "’") {
			j += len("’")
			continue
		}
		if !asciiWord(c) && !asciiSpace(c) && c != '\'' && c != '-' {
			break
		}
		if j > i && asciiSpace(s[j-1]) && isUpperByte(c) {
			for _, w := range initiativeWords {
				if strings.HasPrefix(s[j:], w) {
					last = j
					break
				}
			}
		}
		j++
	}
	return j, last
}

// isPlaceOrState reports a phrase that names a state, body or city (not a
// subject of talks on its own).
func (l *lexicon) isPlaceOrState(s string) bool {
	return l.byKey[fold(s)].in&(inCountry|inOrg|inCity) != 0
}

// namedInitiativeOK keeps a named initiative that is a subject: not the
// head of a longer name ("North Atlantic Treaty Organization"), not a post
// ("Minister of ... Cooperation"), not the occasion ("on the margins of
// the G7 Summit").
func namedInitiativeOK(s string, a, b int) bool {
	m := s[a:b]
	if theLexicon().isPlaceOrState(m) {
		return false
	}
	if b+1 < len(s) && s[b] == ' ' && s[b+1] >= 'A' && s[b+1] <= 'Z' {
		return false
	}
	for _, w := range strings.Fields(m) {
		switch strings.ToLower(strings.Trim(w, "’'")) {
		case "minister", "president", "vice-chairman", "chairman", "director", "secretary", "ambassador", "envoy", "director-general", "state",
			// a government body ("Department of International Relations and
			// Cooperation") publishes, it is not discussed
			"department", "ministry", "office", "bureau", "directorate", "embassy", "agency", "secretariat":
			return false
		}
	}
	pre := strings.ToLower(s[max(0, a-30):a])
	for _, cue := range []string{"margins of the ", "sidelines of the ", "ahead of the ", "attend the ", "attending the ", "for the ", "upcoming "} {
		if strings.HasSuffix(pre, cue) {
			return false
		}
	}
	return true
}

// reVisitTopic reads a visit discussed as a subject: "President Trump's
// state visit to China", "Premier Li's visit to Japan".
var reVisitTopic = regexp.MustCompile(`\b(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+(?:(?:upcoming|successful|recent|first|state|official|working|historic)\s+)*visit\s+to\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?`)

// newVisitCand returns a test, for one sentence, of a capital at s[i]
// whose run of word bytes, periods, hyphens and white space ends in "'s"
// or "’s": where a reVisitTopic match can open, its name words running
// to the possessive.
func newVisitCand() func(s string, i int) bool {
	runEnd, ok := -1, false // the run holding the last capital tried
	return func(s string, i int) bool {
		if !isUpperByte(s[i]) {
			return false
		}
		if i >= runEnd {
			j := i
			for j < len(s) && (asciiWord(s[j]) || s[j] == '.' || s[j] == '-' || asciiSpace(s[j])) {
				j++
			}
			runEnd = j
			ok = strings.HasPrefix(s[j:], "'s") || strings.HasPrefix(s[j:], "’s")
		}
		return ok
	}
}

// rePassiveTopic reads "global issues were discussed" and "the situation in
// Europe was addressed".
var rePassiveTopic = regexp.MustCompile(`(?:^|[,;:]\s*|\b(?:meeting|talks|call),?\s+)([^,;:.]{3,120}?)\s+(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?(?:discussed|addressed)\b`)

// passiveCand is rePassiveTopic's prefilter: in an ASCII sentence (where
// (?i) folds only ASCII case) the regexp needs "discussed" or "addressed"
// right after "were", "was" or "been" (maybe with "also" between), which
// active readouts ("the leaders discussed ...") lack. low is s with its
// ASCII letters lowered.
func passiveCand(s, low string) bool {
	if !isASCII(s) {
		return true
	}
	for _, verb := range []string{"discussed", "addressed"} {
		for from := 0; ; {
			i := strings.Index(low[from:], verb)
			if i < 0 {
				break
			}
			at := from + i
			before := strings.TrimRight(low[:at], asciiSpaces)
			if len(before) < at {
				if passiveAux(before) {
					return true
				}
				if also := strings.TrimSuffix(before, "also"); len(also) < len(before) {
					if t := strings.TrimRight(also, asciiSpaces); len(t) < len(also) && passiveAux(t) {
						return true
					}
				}
			}
			from = at + 1
		}
	}
	return false
}

// asciiSpaces are the bytes regexp's \s matches.
const asciiSpaces = " \t\n\f\r"

// passiveAux reports text that ends in a passive's auxiliary.
func passiveAux(t string) bool {
	return strings.HasSuffix(t, "were") || strings.HasSuffix(t, "was") || strings.HasSuffix(t, "been")
}

var reRelationKey = regexp.MustCompile(`(?i)^([\w.]+(?:[-–/][\w.]+)+)\s+(?:[\w-]+\s+){0,4}?(relations|relationship|ties|cooperation|partnership)$`)

// topicEnd is where a cue's phrase list ends: the first clause boundary
// that is not the full stop of an abbreviation ("U.S.", "U.K.").
func topicEnd(rest string) int {
	// the first full stop or semicolon bounds the regexp's search
	cut := len(rest)
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		if c == ';' {
			cut = i
			break
		}
		if c == '.' && (i+1 == len(rest) || strings.IndexByte(" \t\n\r\f", rest[i+1]) >= 0) && !abbrevStop(rest, i) {
			cut = i
			break
		}
	}
	off := 0
	for off < cut {
		e0, e1 := findTopicEnd(rest[off:cut])
		if e0 < 0 {
			break
		}
		a := off + e0
		if rest[a] == '.' && abbrevStop(rest, a) {
			off += e1
			continue
		}
		return a
	}
	return cut
}

// abbrevStop reports the full stop of an abbreviation like "U.S." or "U.K.".
func abbrevStop(s string, i int) bool {
	return i >= 2 && s[i-2] == '.' && isUpperByte(s[i-1])
}

func isUpperByte(b byte) bool { return b >= 'A' && b <= 'Z' }

var initiativeWords = []string{"Forum", "Summit", "Initiative", "Agreement", "Congress", "Partnership", "Treaty", "Vision", "Mechanism", "Dam", "Corridor", "Expo", "Zone", "Cooperation"}

// initiativeLiterals indexes initiativeWords for hasInitiativeWord.
var initiativeLiterals = newLiteralSet(initiativeWords)

// hasInitiativeWord is reNamedInitiative's cheap prefilter: every match
// ends in one of initiativeWords (the pattern is case-sensitive, so the
// literals are too).
func hasInitiativeWord(s string) bool {
	return initiativeLiterals.any(s)
}

// conventionalTopics are the recurring themes the annotation conventions
// name in one form whatever the wording.
var conventionalTopics = map[string]bool{"COVID-19": true, "Ukraine crisis": true, "Taiwan question": true,
	"Korean Peninsula situation": true, "Korean Peninsula nuclear issue": true, "Iranian nuclear issue": true,
	"JCPOA": true, "climate change": true, "trade": true, "arms control": true}

// vocabHit is a vocabulary topic found at s[a:b].
type vocabHit struct {
	text string
	a, b int
}

// inTitle reports whether s[a:b] of the sentence lies inside a person's
// title ("Economic Development Minister X"): a post, not a subject.
func inTitle(si *sentInfo, a, b int) bool {
	for _, m := range si.ments {
		if !m.titled || m.fullStart >= len(si.c.toks) {
			continue
		}
		ts := si.c.toks[m.fullStart].start() - si.s.start
		te := si.c.toks[max(m.fullStart, m.fullEnd-1)].end() - si.s.start
		if a >= ts && b <= te {
			return true
		}
	}
	return false
}

// topicCueWords are literal words one of which every topic cue's match
// contains: a sentence without any has no cue.
var topicCueWords = []string{"discuss", "views", "exchange", "talked", "focused", "briefed", "such as", "matters",
	"issues", "congratulated", "condolences", "sympath", "importance of", "support for", "touched", "cooperat", "commitment to", "significance of", "focus", "emphasis", "agreed to", "reviewed", "took stock"}

// findTopicCues returns the matches of the topic cues' alternation in s
// (leftmost first, not overlapping), trying at each word start only the
// cues that can begin there, each anchored, instead of one alternation
// that the regexp engine cannot anchor.
func findTopicCues(s, low string) [][]int {
	ci := theCueIndex()
	var ruledOut uint64 // the cues whose needed words low lacks
	has := ci.needs.present(low)
	for k, ids := range ci.needIDs {
		if ids != 0 && has&ids == 0 {
			ruledOut |= 1 << k
		}
	}
	var out [][]int
	end := 0
	for pos := 0; pos < len(low); pos++ {
		cands := ci.byByte[low[pos]]
		if len(cands) == 0 || pos < end {
			continue
		}
		// \b: a word starts here, or a comma follows a word
		prevWord := pos > 0 && isASCIIWord(low[pos-1])
		if prevWord == isASCIIWord(low[pos]) {
			continue
		}
		rest := low[pos:]
		for _, k := range cands {
			if ruledOut&(1<<k) != 0 {
				continue
			}
			ok := false
			for _, st := range topicCues[k].starts {
				if hasSpacedPrefix(rest, st) {
					ok = true
					break
				}
			}
			if !ok {
				continue
			}
			if loc := ci.res[k].FindStringIndex(s[pos:]); loc != nil {
				out = append(out, []int{pos, pos + loc[1]})
				end = pos + loc[1]
				break
			}
		}
	}
	return out
}

// topicCues is findTopicCues over the sentence and its alow, computed
// once: homeSide and sentenceTopics both need it.
func (si *sentInfo) topicCues() [][]int {
	if !si.cuesDone {
		si.cues, si.cuesDone = findTopicCues(si.s.text, si.alow), true
	}
	return si.cues
}

// hasSpacedPrefix reports whether s opens with prefix, where each space
// of prefix stands for a run of the white space regexp's \s matches.
func hasSpacedPrefix(s, prefix string) bool {
	i := 0
	for k := 0; k < len(prefix); k++ {
		if prefix[k] != ' ' {
			if i == len(s) || s[i] != prefix[k] {
				return false
			}
			i++
			continue
		}
		j := i
		for j < len(s) && asciiSpace(s[j]) {
			j++
		}
		if j == i {
			return false
		}
		i = j
	}
	return true
}

// isASCIIWord is regexp's \b notion of a word byte.
func isASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// courtesyPrefix names what a courtesy cue expresses.
func courtesyPrefix(cue string) string {
	switch {
	case strings.HasPrefix(cue, "congratulated"):
		return "congratulations on "
	case strings.HasPrefix(cue, "condolences"):
		return "condolences on "
	case strings.HasPrefix(cue, "sympath"):
		return "sympathy over "
	}
	return ""
}

// quoteStripper drops quotation marks inside a topic ("the "Belt and
// Road" initiative").
var quoteStripper = strings.NewReplacer("\"", "", "“", "", "”", "")

// stripQuotes is quoteStripper.Replace, which copies s even when it holds
// no quotation mark (as most phrases do); then s is returned as it is.
func stripQuotes(s string) string {
	if !containsAnyOf(s, "\"", "“", "”") {
		return s
	}
	return quoteStripper.Replace(s)
}

// stockTopic reports the stock phrases that name no subject: "issues of
// common concern", "international and regional issues", "regional
// matters", "major achievements".
func stockTopic(low string) bool {
	if hasAnySuffix(low, stockRelationEnds) && reStockRelation.MatchString(low) ||
		(strings.Contains(low, "fields") || strings.Contains(low, "way ahead") || hasAnySuffix(low, stockPhraseEnds)) && reStockPhrase.MatchString(low) {
		return true
	}
	low = strings.TrimSuffix(strings.TrimSuffix(low, "s"), " of")
	for _, w := range []string{"common concern", "mutual concern", "common interest", "mutual interest", "shared interest", "shared concern"} {
		if strings.HasSuffix(low, w) {
			return true
		}
	}
	return hasAnySuffix(low, stockTopicEnds) && reStockTopic.MatchString(low)
}

// The words the stock regexps end with, their cheap prefilters: a text
// ending otherwise cannot match (a noun in reStockTopic may take an "s").
var (
	stockRelationEnds = []string{"relation", "relations", "relationship", "ties", "friendship", "countries", "peoples", "nations", "sides"}
	stockPhraseEnds   = []string{"affairs", "world peace", "peace and development", "direction", "track", "current developments in the country"}
	stockTopicEnds    = []string{"issue", "matter", "question", "topic", "subject", "area", "field", "development", "achievement",
		"situation", "affair", "problem", "item", "state", "status", "prospect", "outlook", "direction", "track", "trend", "agenda", "s"}
)

func hasAnySuffix(s string, sufs []string) bool {
	for _, w := range sufs {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// reStockPhrase reads the rhetoric of readouts that names no subject:
// non-interference in "internal affairs", "world peace", "peace and
// development", "cooperation in various fields", "the way ahead".
var reStockPhrase = regexp.MustCompile(`^(?:(?:each other's |their |its )?internal affairs|world peace|peace and development|(?:various|all|many|other) fields(?: with .*)?|(?:the )?way ahead(?: in .*)?|(?:the )?(?:right|correct) (?:direction|track)|current developments in the country)$`)

// reStockRelation reads the relationship named only as such ("friendly
// relations", "the relationship between the two countries").
var reStockRelation = regexp.MustCompile(`^(?:friendly |good |close )?(?:relations?|relationship|ties|friendship)(?: between the (?:two )?(?:countries|peoples|nations|sides))?$`)

// relationAliases give a relation compound's parts one spelling.
var relationAliases = map[string]string{"usa": "us", "america": "us", "american": "us", "sino": "china", "chinese": "china"}

var reStockTopic = regexp.MustCompile(`^(?:(?:major|key|important|other|current|pressing|relevant|various|some|certain|broad|wide|hot|hotspot|regional|international|global\s+and|bilateral|multilateral|every|each|all|and|,|\s)+)?(?:issue|matter|question|topic|subject|area|field|development|achievement|situation|affair|problem|item|state|status|prospect|outlook|direction|track|trend|agenda)s?$`)

// demonymLike reports a word shaped like a people's or group's name
// ("Palestinian", "Yemeni", "Taliban", "Sudanese", "Kurdish").
func demonymLike(w string) bool {
	for _, suf := range []string{"an", "i", "ese", "ish"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// abstractNoun reports a long word with the ending of an abstract noun.
func abstractNoun(w string) bool {
	if len(w) < 9 {
		return false
	}
	for _, suf := range []string{"tion", "ism", "ics", "ity", "ment", "ness", "ance", "ence"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// splitTopics splits a list of subjects at commas and conjunctions, but
// not at an "and" inside a name ("Treaty of Peace and Friendship",
// "Partnership for Global Infrastructure and Investment").
func splitTopics(list string) []string {
	if !strings.Contains(list, "and") {
		return splitTopicList(list)
	}
	if strings.Contains(list, "between ") {
		// "relations between Afghanistan and other countries" is one subject
		list = reBetweenAnd.ReplaceAllString(list, "${1} \x00 ")
	}
	if strings.Contains(list, " and ") && sharedModifierCand(list) {
		// modifiers share their noun: "economic and trade cooperation",
		// "nuclear and missile programs"
		list = reSharedModifier.ReplaceAllStringFunc(list, func(m string) string {
			sm := reSharedModifier.FindStringSubmatch(m)
			if nounLike[sm[2]] {
				return m // "the pandemic and energy cooperation": two subjects
			}
			return sm[1] + sm[2] + " \x00 " + sm[3]
		})
	}
	if low := asciiLower(list); strings.Contains(low, " and ") {
		// a vocabulary phrase with "and" ("science and technology") is one
		// subject
		for _, ph := range theTopics().withAnd {
			if i := strings.Index(low, ph); i >= 0 {
				j := i + strings.Index(ph, " and ")
				list = list[:j] + " \x00" + list[j+len(" and"):]
				low = asciiLower(list)
			}
		}
	}
	protected := list
	if nameAndCand(list) {
		protected = reNameAnd.ReplaceAllStringFunc(list, func(m string) string {
			if strings.HasSuffix(m, "'s") || strings.HasSuffix(m, "’s") {
				// "the South China Sea and Japan's aid": two subjects
				return m
			}
			return reNameAnd.ReplaceAllString(m, "$1 \x00 $2")
		})
	}
	pieces := splitTopicList(protected)
	for i, p := range pieces {
		pieces[i] = strings.ReplaceAll(p, "\x00", "and")
	}
	return pieces
}

// reNameAnd is an "and" between two capitalized words (or "5G and 6G").
var reNameAnd = regexp.MustCompile(`\b([A-Z0-9][\w-]*)\s+and\s+([A-Z0-9][\w-]*(?:['’]s\b)?)`)

// nameAndCand reports an "and" between white space and, after more white
// space, a capital or a digit, which every reNameAnd match holds: the
// regexp's cheap prefilter.
func nameAndCand(s string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], "and")
		if i < 0 {
			return false
		}
		i += from
		from = i + 1
		if i == 0 || !asciiSpace(s[i-1]) {
			continue
		}
		j := i + 3
		for j < len(s) && asciiSpace(s[j]) {
			j++
		}
		if j > i+3 && j < len(s) && (isUpperByte(s[j]) || digitAt(s, j)) {
			return true
		}
	}
}

// cueTopics reads the subjects listed after the cue at s[loc[0]:loc[1]].
func cueTopics(s string, loc []int) []string {
	rest := s[loc[1]:]
	if len(rest) > 300 {
		rest = rest[:300]
	}
	rest = rest[:topicEnd(rest)]
	// courtesies name their occasion: "congratulated X on his
	// inauguration" -> "congratulations on the inauguration"
	cue := strings.ToLower(s[loc[0]:loc[1]])
	if prefix := courtesyPrefix(cue); prefix != "" {
		r := strings.Join(strings.Fields(strings.Trim(rest, " .,;:")), " ")
		for _, n := range []string{"his ", "her ", "their ", "its ", "the "} {
			r = strings.TrimPrefix(r, n)
		}
		if w := len(strings.Fields(r)); w >= 1 && w <= 8 {
			return []string{prefix + r}
		}
		return nil
	}
	var out []string
	for _, piece := range splitTopics(rest) {
		if t, ok := normalizeTopic(piece); ok {
			out = append(out, t)
		} else if w := asciiLower(strings.Trim(piece, " .,;:")); strings.Contains(cue, "cooperat") && cooperationFields[w] {
			// a field too common to stand alone: "cooperation in
			// security" is security cooperation
			out = append(out, w+" cooperation")
		}
	}
	return out
}

// topicCueLiterals indexes topicCueWords for hasTopicCueWord.
var topicCueLiterals = newLiteralSet(topicCueWords)

// hasTopicCueWord is findTopicCues' cheap prefilter.
func hasTopicCueWord(low string) bool {
	return topicCueLiterals.any(low)
}

// hopeful reports a sentence that states a hope or readiness ("hopes to
// deepen cooperation in ..."): its fields were raised, though planned.
func hopeful(low string) bool {
	for _, w := range []string{"hope", "wish", "willing", "ready", "readiness", "desire"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// reSharedModifier is an adjective joined by "and" to a following modifier
// of the same noun.
// It must open the item and be followed by at least two words
// ("nuclear and missile programs").
var reSharedModifier = regexp.MustCompile(`(^\s*|[,:]\s*|\b(?:the|its|their|on|in|of)\s+|['’]s\s+)([a-z]+(?:al|ic|ive|ary|arian)|nuclear)\s+and\s+([\w-]+\s+[\w-]+)`)

// sharedModifierCand reports an "and" after an adjective-like word (by
// its ending, or "nuclear"): reSharedModifier's cheap prefilter.
func sharedModifierCand(list string) bool {
	for from := 0; ; {
		i := strings.Index(list[from:], "and")
		if i < 0 {
			return false
		}
		i += from
		from = i + 3
		if i == 0 || !asciiSpace(list[i-1]) || i+3 >= len(list) || !asciiSpace(list[i+3]) {
			continue
		}
		e := i - 1
		for e > 0 && asciiSpace(list[e-1]) {
			e--
		}
		w := list[:e]
		if strings.HasSuffix(w, "nuclear") {
			return true
		}
		for _, suf := range []string{"al", "ic", "ive", "ary", "arian"} {
			if k := len(w) - len(suf) - 1; k >= 0 && strings.HasSuffix(w, suf) && w[k] >= 'a' && w[k] <= 'z' {
				return true
			}
		}
	}
}

// nounLike are words with an adjective's ending that are nouns.
var nounLike = setOf(`pandemic epidemic republic topic traffic clinic rhetoric critic proposal approval arrival capital festival hospital
potential withdrawal renewal tribunal canal material official individual deal goal trial signal rival survival total
metal journal manual interval removal disposal portal general referendal principal initiative executive representative
objective directive alternative perspective dignitary secretary anniversary boundary commentary summary library salary
diary itinerary beneficiary adversary emissary`)

// statesOfDemonyms spells a relation compound of demonyms with its states'
// names ("Russian-Chilean" -> "Russia-Chile"), as readouts usually name a
// relationship; other compounds stay as printed.
func statesOfDemonyms(compound string) string {
	l := theLexicon()
	parts := strings.FieldsFunc(compound, func(r rune) bool { return r == '-' || r == '–' || r == '/' })
	if len(parts) < 2 {
		return compound
	}
	names := make([]string, len(parts))
	for i, p := range parts {
		k := fold(p)
		if _, isState := l.country[k]; isState {
			return compound
		}
		v, ok := l.demonym[k]
		if !ok {
			return compound
		}
		names[i] = v
	}
	return strings.Join(names, "-")
}

// nameInText reports whether a topic's name shows in the lower-case text
// by one of its distinctive words ("Palestinian question" in "the
// Palestinian issue"), so that a vocabulary name is not reported from a
// keyword the text does not use.
func nameInText(name, low string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "question", "issue", "situation", "crisis", "process", "peace", "relations", "the", "of", "and", "in":
			continue
		}
		if len(w) >= 3 && strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// occasion reports a visit or meeting named as the occasion of a contact,
// not its subject: "is in Beijing for a state visit", "on the sidelines of
// the ... summit". before is the lower-case text before the phrase.
func occasion(before, phrase string) bool {
	if !strings.Contains(phrase, "visit") && !strings.Contains(phrase, "summit") && !strings.Contains(phrase, "meeting") &&
		!strings.Contains(phrase, "forum") && !strings.Contains(phrase, "conference") && !strings.Contains(phrase, "session") {
		return false
	}
	before = strings.TrimRight(before, " ")
	for _, w := range []string{" for a", " on a", " on an", " for an", " during a", " during an", " during his", " during her",
		" during the", " sidelines of the", " margins of the", " on the occasion of", " on the occasion of the"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// reBetweenAnd is the "and" of "between A and B".
var reBetweenAnd = regexp.MustCompile(`(\bbetween\s+(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+)?)\s+and\s+`)
