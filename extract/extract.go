package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/gazetteer"
)

// Explanation says why the extractor chose what it did for one contact:
// which trigger, date rule, place cue and organization cue applied.
type Explanation struct {
	// Contact is the index of the contact in Result.Contacts.
	Contact int
	// Reasons are short "field: why" notes.
	Reasons []string
}

// Extract reads one statement and returns the contacts it reports. It is
// pure and safe for concurrent use.
func Extract(in Input) Result {
	r, _ := run(in)
	return r
}

// ExtractExplained is Extract that also returns, for each contact, why each
// field was chosen.
func ExtractExplained(in Input) (Result, []Explanation) {
	return run(in)
}

// maxText caps how much of a statement is read; statements are a few
// kilobytes, and the cap keeps pathological inputs linear and bounded.
const maxText = 1 << 20

// maxContacts caps the contacts of one statement (real ones have a few).
const maxContacts = 200

// sentInfo is the per-sentence analysis.
type sentInfo struct {
	s         sentence
	low       string // s.text lower-cased (strings.ToLower)
	alow      string // s.text with only ASCII letters lowered: s.text's byte offsets
	c         *classified
	ments     []mention
	header    bool
	dates     []dateExpr
	datesDone bool
	trigs     []trigger
	lineDate  string

	topics       sentTopics // sentenceTopics's cache
	cues         [][]int    // topicCues's cache
	cuesDone     bool
	presence     place // docPresence's cache, on the first sentence only
	presenceOK   bool
	presenceDone bool
}

// cand is a contact being built.
type cand struct {
	kind        Kind
	rule        string
	people      []*person
	unnamed     []Participant
	date        string
	dateText    string
	city        string
	country     string
	atRequest   string
	sent        int
	background  bool
	header      bool
	ownDate     bool
	topics      []string
	reasons     []string
	placeWhy    string
	topicsUntil int
	sides       map[*person]int
	// bilateral marks "also held a bilateral meeting with X" after a
	// meeting of more: a contact of its own among fewer of the same people
	bilateral bool
}

func run(in Input) (Result, []Explanation) {
	text := in.Text
	if len(text) > maxText {
		text = text[:maxText]
	}
	orig := text
	text = plainSpaces(text)
	fm, bodyStart := frontMatter(text)
	res := Result{Title: in.Title}
	if res.Title == "" && fm != nil {
		res.Title = unquoteYAML(fm["title"])
	}
	sents := splitSentences(text, bodyStart)
	if len(sents) > 20000 {
		sents = sents[:20000]
	}
	infos := make([]sentInfo, len(sents))
	firstBody := len(sents)
	for i, s := range sents {
		if isBodySentence(s.text) {
			firstBody = i
			break
		}
	}
	reg := &registry{}
	if in.Title != "" {
		// the headline given with the input names the principals that a
		// body calls "the President"
		tt := plainSpaces(in.Title)
		if len(tt) > 500 {
			tt = tt[:500]
		}
		tc := classify(tokenize(sentence{text: tt}))
		for _, m := range findMentions(tc) {
			if m.titled {
				m := m
				reg.resolve(&m, true)
			}
		}
	}
	// all sentences' tokens in one array, about one token per five bytes
	// of sentence text (front matter and blank space hold none)
	sentBytes := 0
	for _, s := range sents {
		sentBytes += len(s.text)
	}
	allToks := make([]token, 0, sentBytes/5+16)
	alowText, lowText := lowerText(text)
	for i, s := range sents {
		si := &infos[i]
		si.s = s
		si.header = i < firstBody
		n := len(allToks)
		allToks = appendTokens(allToks, s)
		toks := allToks[n:len(allToks):len(allToks)]
		if len(toks) > 400 {
			toks = toks[:400:400]
		}
		si.c = classify(toks)
		si.ments = findMentions(si.c)
		si.low, si.alow = sentenceLowerForms(s, alowText)
		si.trigs = findTriggers(s.text, si.low, si.alow)
		// dates are read where they can matter: contact sentences, the
		// headline area, lines that open with a date; the fallback to "the
		// last date before" reads the others lazily
		if len(si.trigs) > 0 || si.header || s.lineStart && opensWithDate(s.text) {
			si.dates, si.datesDone = findDatesLow(s.text, si.alow), true
		}
		if s.lineStart && len(si.dates) > 0 && si.dates[0].start <= 2 && si.dates[0].fullDate() && len(s.text) > 60 {
			si.lineDate = si.dates[0].ymd()
		}
	}
	if res.Title == "" {
		res.Title = headline(infos, firstBody)
	}
	for i, ch := range markChrome(infos, firstBody) {
		if ch {
			infos[i].trigs = nil
		}
	}
	// register people: titled mentions and full names first, so that a
	// later surname resolves to them
	for i := range infos {
		for k := range infos[i].ments {
			m := &infos[i].ments[k]
			if m.titled || len(nameKey(m.name)) >= 2 {
				m.person = reg.resolve(m, true)
			}
		}
	}
	for i := range infos {
		for k := range infos[i].ments {
			m := &infos[i].ments[k]
			if m.person == nil && m.honored {
				m.person = reg.resolve(m, true)
			}
		}
	}
	for i := range infos {
		for k := range infos[i].ments {
			m := &infos[i].ments[k]
			if m.person == nil {
				m.person = reg.resolve(m, false)
			}
		}
	}

	findAuthor(infos, firstBody, reg)

	// publication date
	firstTrig := -1
	for _, si := range infos {
		if !si.header && len(si.trigs) > 0 {
			firstTrig = si.s.start
			break
		}
	}
	pub, pubWhy := in.Published, "input publication date"
	if pub == "" {
		// the date lines near the top are mostly sentences already read
		// above: reuse their dates
		memo := map[string][]dateExpr{}
		for i := 0; i < len(infos) && i <= 60; i++ { // publicationDate reads no further
			if infos[i].datesDone {
				memo[infos[i].s.text] = infos[i].dates
			}
		}
		dates := func(s string) []dateExpr {
			ds, ok := memo[s]
			if !ok {
				ds = findDates(s)
				memo[s] = ds
			}
			return ds
		}
		pub, pubWhy = publicationDate(text, fm, sents, firstTrig, dates)
	}
	res.Published = pub

	home, homeWhy := homeSide(lowText, fm, infos)
	sourceURL := in.URL
	for _, k := range []string{"source_url", "url"} {
		if sourceURL == "" && fm != nil {
			sourceURL = strings.Trim(fm[k], `'" `)
		}
	}
	pubSide, pubSideWhy := publisherSide(text, sourceURL, infos, firstBody)
	if pubSide != "" {
		rest := []string{pubSide}
		for _, h := range home {
			if h != pubSide {
				rest = append(rest, h)
			}
		}
		home, homeWhy = rest, pubSideWhy
	}

	var cands []*cand
	var anchor *cand // the last contact reported as happening now, for "during the meeting"
	lastDateSent := -1
	for i := range infos {
		si := &infos[i]
		if len(si.trigs) == 0 {
			continue
		}
		if low := si.low; (strings.Contains(low, "conference") || strings.Contains(low, "briefing") ||
			strings.Contains(low, "interview") || strings.Contains(low, "message") || strings.Contains(low, "letter")) &&
			reNotContact.MatchString(si.s.text) {
			continue
		}
		trigs := si.trigs
		for ti, t := range trigs {
			if future(si.s.text, t) {
				continue
			}
			if t.rule == "took part in the summit" && reRelativeClause.MatchString(si.s.text[max(0, t.start-20):t.start]) {
				continue
			}
			next := len(si.s.text)
			if ti+1 < len(trigs) {
				next = trigs[ti+1].start
			}
			prevEnd := 0
			if ti > 0 {
				prevEnd = trigs[ti-1].end
			}
			if continuesMeeting(si.s.text, t, prevEnd, anchor, i) || receivedMessage(si.s.text, t) {
				continue
			}
			groups := participantsFor(si, t, prevEnd, next, anchor, reg, infos, i)
			for gi, g := range groups {
				c := &cand{kind: t.kind, rule: t.rule, sent: i, background: t.background || t.possessive || t.rule == "paid a state visit at the invitation of", header: si.header}
				if t.kind == KindPhoneCall && strings.HasPrefix(t.rule, "spoke") || t.rule == "A and B spoke" {
					if low := si.low; strings.Contains(low, "on the margins") || strings.Contains(low, "on the sidelines") || strings.Contains(low, "in the margins") ||
						reAtSummit.MatchString(si.s.text[t.end:next]) {
						// "spoke with X at the G7": in person
						c.kind = KindMeeting
					}
				}
				if c.kind == KindMeeting && forDialogue(si.s.text[t.end:next]) {
					// "met X in Beijing for the sixth Strategic Dialogue":
					// the meeting is the dialogue
					c.kind = KindTalks
				}
				if (c.kind == KindMeeting || c.kind == KindTalks) && videoWording(si.s.text[t.start:next]) {
					// video wording anywhere in the contact's clause wins
					c.kind = KindVideoCall
				}
				c.bilateral = strings.Contains(strings.ToLower(si.s.text[t.start:t.end]), "bilateral")
				c.reasons = append(c.reasons, "kind: "+string(t.kind)+" from \""+si.s.text[t.start:t.end]+"\" ("+t.rule+")")
				c.people = plausiblePeople(g.people)
				c.unnamed = g.unnamed
				c.sides = g.sides
				c.reasons = append(c.reasons, g.why...)
				dateFor(c, si, t, pub, pubWhy, anchor, infos, lastDateSent)
				placeFor(c, si, t, anchor, infos)
				if at := atRequest(si.s.text, t); at {
					c.atRequest = "?"
				}
				_ = gi
				if len(c.people) == 0 && len(c.unnamed) < 2 {
					// nobody named: only an anchor for later sentences
					if !c.background && !si.header {
						anchor = c
					}
					continue
				}
				if len(c.people)+len(c.unnamed) < 2 {
					continue
				}
				if len(cands) < maxContacts {
					cands = append(cands, c)
				}
				if !c.background && !si.header {
					anchor = c
				}
			}
		}
		if len(si.dates) > 0 && !si.header {
			lastDateSent = i
		}
	}
	_ = lastDateSent

	// header contacts only confirm body ones, unless the body has none
	var body, header []*cand
	for _, c := range cands {
		if c.header {
			header = append(header, c)
		} else {
			body = append(body, c)
		}
	}
	merged := mergeCands(body)
	if len(merged) == 0 {
		merged = mergeCands(header)
	} else {
		for _, h := range header {
			for _, m := range merged {
				if samePeople(h.people, m.people) {
					fillFrom(m, h)
					break
				}
			}
		}
	}

	// topics
	for ci, c := range merged {
		until := len(infos)
		for _, o := range merged[ci+1:] {
			if o.sent > c.sent && !o.background {
				until = o.sent
				break
			}
		}
		c.topics = topicsFor(infos, c, until)
	}

	var expl []Explanation
	inferred := map[*person]string{} // an org inferred once holds for the whole statement
	for ci, c := range merged {
		ct := Contact{Kind: c.kind, Date: c.date, DateText: c.dateText, City: c.city, Country: c.country}
		reasons := append([]string(nil), c.reasons...)
		assigned := map[*person]string{}
		holder := map[*person]gazetteer.Officeholder{}
		for _, p := range c.people {
			// what an earlier contact settled holds for the counterparts
			// of those read before it here
			if p.org == "" && inferred[p] != "" {
				assigned[p] = inferred[p]
			}
			if p.org == "" && inferred[p] == "" {
				if o, ok := knownHolder(p.name, c.date); ok {
					holder[p] = o
					assigned[p] = o.Organization
				}
			}
		}
		for _, p := range c.people {
			org, why := p.org, p.orgWhy
			if org == "" && inferred[p] != "" {
				org, why = inferred[p], "as inferred for the contact before"
			}
			if o, ok := holder[p]; ok && org == "" {
				org, why = o.Organization, "a known office-holder: "+strings.ReplaceAll(o.Office, "_", " ")+" of "+o.Organization
			}
			if org == "" {
				if o := titleState(p.title, lowText); o != "" && !counterpartHolds(c, p, o, assigned) {
					org, why = o, "the title \""+p.title+"\" is "+o+"'s"
				}
			}
			if org == "" {
				// a side's unnamed-org member shares the side's org
				for _, q := range c.people {
					sq, okq := c.sides[q]
					sp, okp := c.sides[p]
					if q != p && okq && okp && sq == sp && (q.org != "" || assigned[q] != "") {
						org = q.org
						if org == "" {
							org = assigned[q]
						}
						if counterpartHolds(c, p, org, assigned) {
							// never put a person on the counterpart's state
							org = ""
							continue
						}
						why = "same side as " + q.name
						break
					}
				}
			}
			if org == "" {
				org = otherSide(home, c, p, assigned)
				if org != "" && envoy(p.title) && org == c.country {
					// an ambassador is no official of his host state
					org = ""
				}
				if org != "" {
					why = "publisher's side: " + homeWhy
				}
			}
			if org == "" && c.country != "" && !envoy(p.title) && !counterpartHolds(c, p, c.country, assigned) && hostIsThem(c, p, infos, inferred) {
				// nobody else is the host: the state where the contact
				// took place
				org, why = c.country, "the host state of the contact's place"
			}
			assigned[p] = org
			if p.org == "" && inferred[p] == "" {
				inferred[p] = org
			}
			ct.Participants = append(ct.Participants, Participant{Name: p.name, Title: p.title, Organization: org})
			reasons = append(reasons, "participant "+p.name+": organization "+nz(org)+" ("+nz(why)+")")
		}
		ct.Participants = append(ct.Participants, c.unnamed...)
		if c.atRequest != "" {
			ct.AtRequestOf = requester(c, ct.Participants, home)
			reasons = append(reasons, "at_request_of: \"at request\" wording: the counterpart of the publisher's side")
		}
		ct.Topics = c.topics
		s := infos[c.sent].s
		ct.Evidence = Evidence{Text: orig[s.start:s.end], Start: s.start, End: s.end}
		res.Contacts = append(res.Contacts, ct)
		expl = append(expl, Explanation{Contact: ci, Reasons: reasons})
	}
	if res.Contacts == nil {
		res.Contacts = []Contact{}
	}
	return res, expl
}

// hostIsThem reports whether the state where a contact took place can be
// p's: not at a summit's margins, where every side is a guest, and not
// when another participant is just as unplaced ("Modi met Macron in
// Paris": either could be the host).
func hostIsThem(c *cand, p *person, infos []sentInfo, inferred map[*person]string) bool {
	low := strings.ToLower(infos[c.sent].s.text)
	if strings.Contains(low, "sidelines") || strings.Contains(low, "margins") || strings.Contains(low, "summit") {
		return false
	}
	for _, q := range c.people {
		if q != p && q.org == "" && inferred[q] == "" {
			return false
		}
	}
	return true
}

// knownHolder looks a participant's full name up among the office-holders
// of the gazetteer (heads of state and government, foreign ministers,
// heads of international bodies); the contact's year settles a name two
// people share.
func knownHolder(name, date string) (gazetteer.Officeholder, bool) {
	if name == "" {
		return gazetteer.Officeholder{}, false
	}
	year := 0
	if len(date) >= 4 {
		year, _ = strconv.Atoi(date[:4])
	}
	return gazetteer.OfficeholderOrganization(name, year)
}

// envoy reports a title held abroad: an ambassador or consul is never of
// the state where he meets.
func envoy(title string) bool {
	return title != "" && reEnvoy.MatchString(title)
}

var reEnvoy = regexp.MustCompile(`(?i)\b(?:ambassador|consul|consul[- ]general|envoy|charg[ée] d'affaires)\b`)

func nz(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// isBodySentence reports a sentence of running text rather than a
// headline, crumb or date line.
func isBodySentence(s string) bool {
	s = strings.TrimSpace(s)
	if countFields(s, 9) < 9 {
		return false
	}
	last := s[len(s)-1]
	return last == '.' || last == '"' || strings.HasSuffix(s, "”") || last == ')' || last == '!' || last == '?'
}

// headline picks the statement's headline: the longest line before the
// body that is not a crumb or a date line.
func headline(infos []sentInfo, firstBody int) string {
	best := ""
	for i := 0; i < firstBody && i < len(infos); i++ {
		t := strings.TrimSpace(infos[i].s.text)
		if strings.Contains(t, ">") || countFields(t, 3) < 3 {
			continue
		}
		if d, _ := dateLine(infos[i].s, i); d != "" {
			continue
		}
		if len(t) > len(best) {
			best = t
		}
	}
	if best == "" && len(infos) > 0 {
		best = strings.TrimSpace(infos[0].s.text)
		if len(best) > 200 {
			best = best[:200]
		}
	}
	return best
}

// group is one set of participants for a trigger.
type group struct {
	sides   map[*person]int
	people  []*person
	unnamed []Participant
	why     []string
}

var stopAfter = setOf(`who which where when during discussing discussed said says stressed while whereas after before
;`)

var excludeBefore = setOf(`of by behalf invitation accompanied including`)

// participantsFor finds who took part in the contact that t reports: the
// people named before the trigger (its subject) and after it (its object),
// one group per object when the sentence says "respectively".
func participantsFor(si *sentInfo, t trigger, prevEnd, next int, anchor *cand, reg *registry, infos []sentInfo, idx int) []group {
	toks := si.c.toks
	s := si.s
	tStart, tEnd := len(toks), len(toks)
	for k, tk := range toks {
		rel := tk.start() - s.start
		if rel >= t.start && tStart == len(toks) {
			tStart = k
		}
		if rel >= t.end {
			tEnd = k
			break
		}
	}
	var subj, obj []*mention
	var why []string
	if !t.background && !t.possessive {
		if g, ok := unnamedSides(s.text[prevEnd:t.start]); ok {
			return []group{g}
		}
	}
	for k := range si.ments {
		m := &si.ments[k]
		if m.person == nil {
			continue
		}
		rel := toks[m.nameStart].start() - s.start
		if !plausibleName(m) {
			continue
		}
		if excluded(si, m) && !(t.rule == ruleJoinedBy && m.fullStart == tEnd) {
			// "joined by X for the trilateral": X is a side here, not an
			// attendee
			continue
		}
		if m.fullEnd <= tStart && rel >= prevEnd {
			if speakerBetween(toks, m.fullEnd, tStart) {
				continue
			}
			if !m.titled && len(nameKey(m.name)) < 2 && !known(m) {
				continue
			}
			subj = append(subj, m)
		} else if (m.fullStart >= tEnd || (m.fullStart > tStart && m.fullStart < tEnd)) && rel < next {
			if clauseStopped(toks, tEnd, m.fullStart) {
				continue
			}
			if m.fullStart > tEnd && possessive(toks[m.nameEnd-1].text) {
				// "to reinforce President Biden's commitment": a
				// possessor, not a side
				continue
			}
			if len(nameKey(m.name)) < 2 && !known(m) && (m.fullStart < tEnd && !m.titled || m.titled && !postTitle(m.title)) {
				// "held the Annual Summit with": a capitalized word inside
				// the phrase, not a person
				continue
			}
			// "received" takes its object at once ("received X"), not
			// "received from China ... Li"
			if t.rule == "received" && len(obj) == 0 && m.fullStart-tEnd > 8 && (m.fullStart-tEnd > 24 || tokenIn(toks[tEnd:m.fullStart], "from")) {
				continue
			}
			obj = append(obj, m)
		}
	}
	if t.rule == "during their meeting, A and B" {
		subj = nil
	}
	if sidesBefore[t.rule] {
		// "A and B held a meeting at ...": what follows the noun is the
		// meeting's place or occasion, never a side
		obj = nil
	}
	if t.background && strings.HasSuffix(strings.ToLower(strings.TrimSpace(s.text[t.start:t.end])), "in") {
		// "A and B's meeting in": the sides come before
		obj = nil
	} else if t.background {
		subj = nil
		if len(obj) > 2 {
			obj = obj[:2]
		}
	}
	var people []*person
	add := func(p *person) {
		for _, q := range people {
			if q == p {
				return
			}
		}
		people = append(people, p)
	}
	if t.possessive {
		if len(subj) >= 2 && andBetween(toks, subj) {
			// "the consensus reached by A and B at their meeting in
			// Kazan": the two named just before
			var ps []*person
			for _, m := range subj {
				ps = append(ps, m.person)
			}
			return []group{{people: ps, why: []string{"participants: \"their\" = the two named before it"}}}
		}
		if anchor == nil {
			return nil
		}
		return []group{{people: anchor.people, why: []string{"participants: \"their\" = the sides of the contact before"}}}
	}
	sides := map[*person]int{}
	for _, m := range subj {
		add(m.person)
		sides[m.person] = 0
	}
	var authorSide []Participant
	if len(subj) == 0 && !t.background && reFirstPerson.MatchString(s.text[prevEnd:t.start]) {
		// "Today I met ...": the publishing official of the byline
		if reg.author != nil {
			add(reg.author)
			sides[reg.author] = 0
			why = append(why, "subject: \"I\" is the official of the byline, "+reg.author.name)
		} else if reg.authorTitle != "" {
			authorSide = append(authorSide, Participant{Title: reg.authorTitle})
			why = append(why, "subject: \"I\" is the unnamed "+reg.authorTitle+" of the header")
		}
	} else if len(subj) == 0 && !t.background {
		pre := strings.ToLower(s.text[prevEnd:t.end])
		if p := sideReference(s.text[prevEnd:t.start], infos, idx); p != nil {
			add(p)
			why = append(why, "subject: \"the ... official\" resolved to "+p.name)
		} else if singularPronoun(pre) && lastMentionBefore(si, tStart) != nil && !strings.HasPrefix(t.rule, "paid") {
			m := lastMentionBefore(si, tStart)
			add(m.person)
			sides[m.person] = 0
			why = append(why, "subject: he/she resolved to "+m.person.name+" earlier in the sentence")
		} else if singularPronoun(pre) && idx > 0 {
			for k := range infos[idx-1].ments {
				m := &infos[idx-1].ments[k]
				if m.person != nil && (m.titled || known(m)) && !excluded(&infos[idx-1], m) && !inMentions(obj, m.person) {
					add(m.person)
					why = append(why, "subject: he/she resolved to "+m.person.name+" of the sentence before")
					break
				}
			}
			if len(people) == 0 && anchor != nil && anchor.sent >= idx-4 && len(anchor.people) > 0 && !inMentions(obj, anchor.people[0]) {
				// "The two ministers also discussed ... Later in the day,
				// he also met X": the subject of the contact before
				add(anchor.people[0])
				sides[anchor.people[0]] = 0
				why = append(why, "subject: he/she resolved to "+anchor.people[0].name+", who led the contact before")
			}
		} else if pronounSubject(pre) {
			prevPeople := 0
			if idx > 0 {
				for k := range infos[idx-1].ments {
					m := &infos[idx-1].ments[k]
					if m.person != nil && m.titled && !excluded(&infos[idx-1], m) && !speakerAfter(infos[idx-1].c.toks, m.fullEnd) {
						prevPeople++
					}
				}
			}
			if prevPeople == 0 && anchor != nil && len(anchor.people) > 0 && anchor.sent >= idx-6 {
				for _, p := range anchor.people {
					add(p)
					sides[p] = 0
				}
				why = append(why, "subject: pronoun resolved to the contact before")
			} else if idx > 0 {
				for k := range infos[idx-1].ments {
					m := &infos[idx-1].ments[k]
					if m.person != nil && m.titled && !excluded(&infos[idx-1], m) && !speakerAfter(infos[idx-1].c.toks, m.fullEnd) {
						add(m.person)
						sides[m.person] = 0
					}
				}
				why = append(why, "subject: pronoun resolved to the people of the sentence before")
			}
		}
	}
	multilateral := t.rule == "after attending the meeting" || t.rule == "took part in the summit" || t.rule == "led a delegation to attend"
	var hosts []*person
	if multilateral {
		defer func() {
			// a summit's host belongs to the state it is held in; placeFor
			// runs later, so the state is looked up from the place cues
			for _, h := range hosts {
				if h.org == "" {
					if p, ok := docPresence(infos); ok && p.country != "" {
						h.org, h.orgWhy = p.country, "host of a meeting held in "+p.country
					}
				}
			}
		}()
		// the meeting's other participants are not named here; a host is
		for _, m := range obj {
			if fold(toks[max(0, m.fullStart-1)].text) != "by" {
				continue
			}
			add(m.person)
			hosts = append(hosts, m.person)
		}
		if len(people) == 0 {
			return []group{{}}
		}
		return []group{{people: people, unnamed: []Participant{{Title: "participants of the meeting"}}, why: append(why, "participants: a multilateral meeting's attendee")}}
	}
	if t.rule == "paid a state visit at the invitation of" {
		// only a visit whose host is named counts: "at the invitation of
		// President X, President Y paid a state visit to Z"
		var host *person
		for k := range si.ments {
			m := &si.ments[k]
			if m.person != nil && m.fullStart >= 3 && fold(toks[m.fullStart-1].text) == "of" && fold(toks[m.fullStart-2].text) == "invitation" {
				host = m.person
			}
		}
		if host == nil || len(people) == 0 {
			return []group{{}}
		}
		if host.org == "" {
			// the host belongs to the state visited
			for _, e := range si.c.ents {
				if toks[e.tokStart].start()-s.start >= t.end && e.kind == "country" {
					host.org, host.orgWhy = e.name, "host of the visit to "+e.name
					break
				}
			}
		}
		add(host)
		return []group{{people: people, why: append(why, "participants: the visitor and the host who invited")}}
	}
	unnamed := authorSide
	if len(people) == 0 && len(obj) > 0 && !t.background && len(authorSide) == 0 {
		if m := reUnnamedSubject.FindStringSubmatch(s.text[prevEnd:t.start]); m != nil {
			allTitle := true
			for _, w := range strings.Fields(m[1]) {
				if !titleWords[fold(w)] {
					allTitle = false
				}
			}
			if p := reg.byTitle(m[1]); allTitle && p != nil {
				add(p)
				sides[p] = 0
				why = append(why, "subject: \"the "+m[1]+"\" is "+p.name)
			} else if allTitle {
				unnamed = append(unnamed, Participant{Title: m[1]})
				why = append(why, "subject: an unnamed "+m[1])
			}
		}
	}
	if len(obj) == 0 && len(people) > 0 && t.rule != ruleSigned && !sidesBefore[t.rule] && t.rule != "co-chaired" {
		if u, ok := unnamedObject(toks, tEnd); ok {
			unnamed = append(unnamed, u)
		}
	}
	// "Japanese Foreign Minister A and National Security Advisor B": B
	// shares A's nationality
	for k := 1; k < len(obj); k++ {
		a, b := obj[k-1], obj[k]
		if b.person.org == "" && a.person.org != "" && b.fullStart == a.fullEnd+1 && fold(toks[a.fullEnd].text) == "and" {
			b.person.org, b.person.orgWhy = a.person.org, "shares the nationality of "+a.person.name
		}
	}
	respectively := strings.Contains(strings.ToLower(s.text[t.start:min(len(s.text), next)]), "respectively") ||
		// "met separately with A and B": one contact each
		strings.Contains(strings.ToLower(s.text[t.start:min(len(s.text), t.end+24)]), " separately with ") ||
		// "called on the Prime Minister and the Army Chief": a call is
		// paid on each
		(t.rule == "called on" || t.rule == "courtesy call") && len(people) > 0
	if respectively && len(obj) >= 2 {
		var out []group
		for _, m := range obj {
			g := group{people: append(append([]*person(nil), people...), m.person), sides: map[*person]int{m.person: 1}}
			for _, p := range people {
				g.sides[p] = 0
			}
			g.why = append(why, "participants: \"respectively\": one contact per counterpart")
			out = append(out, g)
		}
		return out
	}
	nSubj := len(people)
	for _, m := range obj {
		add(m.person)
		sides[m.person] = 1
	}
	if len(obj) == 0 && len(unnamed) == 0 && (namedBefore[t.rule] || sidesBefore[t.rule]) {
		// "A and B met" needs both named before the verb; otherwise the
		// sentence only dates and places what follows ("they jointly
		// attended" names them through the pronoun)
		if nSubj < 2 || !andBetween(toks, subj) && !(t.rule == ruleJointlyAttended && len(subj) == 0) {
			return []group{{}}
		}
	}
	if len(people) > 0 {
		var names []string
		for _, p := range people {
			names = append(names, p.name)
		}
		why = append(why, "participants: "+strings.Join(names, "; ")+" (named around the trigger)")
	}
	// everyone named on one side of the verb ("A and B met"): the sides
	// are not told apart by position
	if len(obj) == 0 || nSubj == 0 {
		sides = nil
	}
	if t.rule == ruleHostedBy && anchor != nil {
		// "a dinner hosted by X was held": X's guests are the other side
		// of the contact before
		for _, p := range anchor.people {
			add(p)
		}
	}
	if t.rule == "stopped by the meeting" && anchor != nil {
		// the drop-in greets the other side of the meeting
		for _, p := range anchor.people {
			if len(people) > 0 && p.org != people[0].org && p.org != "" {
				add(p)
			}
		}
		unnamed = nil
	}
	return []group{{people: people, unnamed: unnamed, why: why, sides: sides}}
}

// lastMentionBefore is the last person named before token k of the
// sentence, for "promised X, when he met ...".
func lastMentionBefore(si *sentInfo, k int) *mention {
	var last *mention
	for i := range si.ments {
		m := &si.ments[i]
		if m.person != nil && m.fullEnd <= k && !excluded(si, m) {
			last = m
		}
	}
	return last
}

// reUnnamedSubject is a post without a name opening the sentence: "The
// Ambassador meets ...".
var reUnnamedSubject = regexp.MustCompile(`^(?:[A-Z][\w ]{0,30},\s+)?(?:[Tt]he\s+)?((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s*(?:(?:also|then|later|subsequently|separately|further|additionally)\s+)?$`)

func inMentions(ms []*mention, p *person) bool {
	for _, m := range ms {
		if m.person == p {
			return true
		}
	}
	return false
}

// andBetween reports "A and B" (or "A ... with B") among the subject
// mentions.
func andBetween(toks []token, subj []*mention) bool {
	if len(subj) < 2 {
		return false
	}
	for k := subj[0].nameEnd; k < subj[len(subj)-1].fullStart && k < len(toks); k++ {
		if w := fold(toks[k].text); w == "and" || w == "with" {
			return true
		}
	}
	return false
}

func singularPronoun(pre string) bool {
	pre = " " + strings.TrimSpace(pre) + " "
	for _, p := range []string{" he ", " she ", " his ", " her "} {
		if strings.Contains(pre, p) {
			return true
		}
	}
	return false
}

var reSideRef = regexp.MustCompile(`\b[Tt]he\s+([a-z.]+|[A-Z][\w.]+)\s+((?:(?:[Ff]oreign|[Pp]rime|[Dd]efen[cs]e|[Dd]eputy|[Vv]ice|[Tt]rade)\s+)?(?:official|side|delegation|envoy|diplomat|[Mm]inister|leader|[Aa]mbassador|[Pp]resident|[Pp]remier))\b`)

// sideReference resolves "the US official" to the last person of that
// state named before.
func sideReference(pre string, infos []sentInfo, idx int) *person {
	m := reSideRef.FindStringSubmatch(pre)
	if m == nil {
		return nil
	}
	l := theLexicon()
	w := fold(m[1])
	org := l.country[w]
	if org == "" {
		org = l.demonym[w]
	}
	if org == "" {
		return nil
	}
	// the first such person is the principal the text is about; "the
	// Chinese Foreign Minister" prefers one whose title says so
	role := strings.ToLower(m[2])
	var first *person
	for i := 0; i <= idx; i++ {
		for k := range infos[i].ments {
			p := infos[i].ments[k].person
			if p == nil || p.org != org {
				continue
			}
			if first == nil {
				first = p
			}
			if strings.Contains(strings.ToLower(p.title), role) {
				return p
			}
		}
	}
	return first
}

// known reports a mention that resolves to someone named in full
// elsewhere, or with a title ("External Affairs Minister S Jaishankar").
func known(m *mention) bool {
	return m.person != nil && (len(m.person.tokens) >= 2 || postTitle(m.person.title))
}

// tokenIn reports whether one of the tokens is the word w (folded).
func tokenIn(toks []token, w string) bool {
	for _, t := range toks {
		if fold(t.text) == w {
			return true
		}
	}
	return false
}

// plausibleName reports whether a mention can name a participant. A
// one-word name needs a post for a title ("President Lula"), a title that
// does not break off ("Chief of" Engineers), or a fuller form elsewhere;
// a file or site name ("remarks.pdf") or a hyphenated phrase
// ("Biden-Harris") is no name on its own.
func plausibleName(m *mention) bool {
	for _, w := range strings.Fields(m.name) {
		// "remarks.pdf", "state.gov"; initials such as "G.L." keep capitals
		if i := strings.IndexByte(w, '.'); i >= 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z' {
			return false
		}
	}
	if strings.ContainsAny(strings.TrimSpace(m.name), " \t\n") {
		return true
	}
	if known(m) && len(m.person.tokens) >= 2 {
		return true
	}
	if !m.titled {
		return !strings.Contains(m.name, "-") || known(m)
	}
	return postTitle(m.title) && !brokenTitle(m.title)
}

// plausiblePeople drops the people whose names cannot be a participant's
// (see plausiblePerson); the contact then needs two sides without them.
func plausiblePeople(ps []*person) []*person {
	out := ps[:0:0]
	for _, p := range ps {
		if plausiblePerson(p) {
			out = append(out, p)
		}
	}
	return out
}

// plausiblePerson is plausibleName for a person as the statement knows
// them, whatever the mention that brought them in (a pronoun, "the
// Chinese side", the sentence before).
func plausiblePerson(p *person) bool {
	for _, w := range strings.Fields(p.name) {
		if i := strings.IndexByte(w, '.'); i >= 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z' {
			return false
		}
	}
	if strings.ContainsAny(strings.TrimSpace(p.name), " \t\n") || len(p.tokens) >= 2 && !strings.Contains(p.name, "-") {
		return true
	}
	if p.title == "" {
		_, known := gazetteer.OfficeholderOrganization(p.name, 0)
		return known
	}
	return postTitle(p.title) && !brokenTitle(p.title)
}

// brokenTitle reports a title run that stops on a connector ("Chief of",
// "Secretary for Energy and"): the capitalized word after it is no name.
func brokenTitle(title string) bool {
	f := strings.Fields(title)
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(strings.Trim(f[len(f)-1], "(,")) {
	case "and", "of", "the", "for", "to", "at", "in", "on", "with", "by", "&":
		return true
	}
	return false
}

// possessive reports a word in the possessive case ("Biden's").
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// postNouns are the words that name a post on their own; a title without
// one ("first", "Economic", "Member of the") names none.
var postNouns = setOf(`president premier minister secretary secretary-general ambassador chancellor king queen emir
sultan prince princess pope leader chairman chairwoman chair chairperson director director-general commissioner envoy
representative adviser advisor governor mayor speaker senator consul consul-general counselor counsellor councilor
councillor spokesperson spokesman spokeswoman head chief taoiseach monarch emperor president-elect vice-president
vice-premier undersecretary under-secretary attaché attache chargé charge d'affaires fm pm mp mep deputy commander
general marshal admiral secretaries ministers ambassadors leaders chairman's counterpart father cardinal`)

// postTitle reports a title that names a post.
func postTitle(title string) bool {
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if postNouns[strings.Trim(w, ",.")] {
			return true
		}
	}
	return false
}

// excluded reports a mention that is not a side of the contact: "at the
// invitation of X", "accompanied by X", "on behalf of X".
func excluded(si *sentInfo, m *mention) bool {
	toks := si.c.toks
	k := m.fullStart
	for k > 0 && (fold(toks[k-1].text) == "the" || si.c.cls[k-1] == clsHonor) {
		k--
	}
	if k == 0 {
		return false
	}
	w := fold(toks[k-1].text)
	if w == "by" {
		if k < 2 {
			return false
		}
		p := fold(toks[k-2].text)
		return p == "accompanied" || p == "attended" || p == "joined" || p == "witnessed" || p == "represented"
	}
	if w == "of" && si.c.cls[k] == clsEntity && si.c.ents[si.c.ent[k]].possessive {
		// "... of China's ambassador X": the state opens X's title
		return false
	}
	if w == "of" && k >= 3 && fold(toks[k-3].text) == "in" && (fold(toks[k-2].text) == "honor" || fold(toks[k-2].text) == "honour") {
		// "a banquet in honor of President X": the guest
		return false
	}
	if w == "of" && k >= 2 {
		// "the delegation of X" and "the President of Kosovo, X" are sides
		p := fold(toks[k-2].text)
		if p == "delegation" || p == "team" {
			return false
		}
	}
	return excludeBefore[w]
}

var speakerWords = setOf(`said says told announced added noted informed stated according`)

func speakerBetween(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if speakerWords[fold(toks[k].text)] {
			return true
		}
	}
	return false
}

func speakerAfter(toks []token, a int) bool {
	return a < len(toks) && speakerWords[fold(toks[a].text)]
}

func clauseStopped(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		w := fold(toks[k].text)
		if stopAfter[w] {
			return true
		}
		if w == "and" && k+1 < len(toks) {
			n := fold(toks[k+1].text)
			if n == "they" || n == "he" || n == "she" || n == "discussed" || n == "exchanged" {
				return true
			}
		}
	}
	return false
}

func pronounSubject(pre string) bool {
	pre = " " + strings.TrimSpace(pre) + " "
	for _, p := range []string{" they ", " the two sides ", " both sides ", " the leaders ", " the two leaders ", " the two ", " both leaders ", " the two ministers "} {
		if strings.Contains(pre, p) {
			return true
		}
	}
	return false
}

// reForDialogue is a meeting held "for the sixth Strategic Dialogue", a
// round of consultations or negotiations: talks.
var reForDialogue = regexp.MustCompile(`\bfor\s+(?:the|a)\s+(?:[\w'’-]+\s+){0,6}?(?:[Dd]ialogue|[Cc]onsultations|[Nn]egotiations|round\s+of\s+talks)\b`)

// forDialogue is reForDialogue.MatchString(s). The pattern is
// case-sensitive; a text without the word "for" or without the end of
// one of its nouns cannot match, and is answered without the regexp.
func forDialogue(s string) bool {
	return hasASCIIWord(s, "for") && containsAnyOf(s, "ialogue", "onsultations", "egotiations", "round") &&
		reForDialogue.MatchString(s)
}

// reReceivedMessage is what "received" takes when it reports a letter or
// message rather than a visitor.
var reReceivedMessage = regexp.MustCompile(`(?i)^\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:letter|message|note|cable|greetings|telegram|invitation)s?\b`)

// receivedMessage reports "received a personal letter from X": no contact.
func receivedMessage(s string, t trigger) bool {
	return t.rule == "received" && reReceivedMessage.MatchString(s[t.end:])
}

// reAtSummit places a conversation at a summit, so in person: "at the
// G7", "at the NATO Summit", "at the G20 Leaders' Summit".
var reAtSummit = regexp.MustCompile(`\bat\s+the\s+(?:G-?\d{1,2}\b|(?:[A-Z][\w'’-]*\s+){1,5}(?:Summit|Leaders'?’?\s+Meeting)\b)`)

// continuesMeeting reports "They also spoke about ..." a few sentences
// after a meeting: the sides of that meeting talking during it, not a
// call of their own. Phone wording in the sentence keeps it a call.
func continuesMeeting(s string, t trigger, prevEnd int, anchor *cand, idx int) bool {
	if t.rule != "A and B spoke" && t.rule != "spoke with (a call)" || anchor == nil || anchor.sent < idx-6 {
		return false
	}
	if anchor.kind != KindMeeting && anchor.kind != KindTalks && anchor.kind != KindOther {
		return false
	}
	low := strings.ToLower(s)
	if strings.Contains(low, "phone") || strings.Contains(low, " call") {
		return false
	}
	return pronounSubject(low[prevEnd:t.start])
}

// unnamedObject reads an unnamed counterpart after the trigger: "the
// delegation", "25 consulates general", "diplomatic envoys of Arab states".
func unnamedObject(toks []token, from int) (Participant, bool) {
	k := from
	if k < len(toks) && (fold(toks[k].text) == "with" || fold(toks[k].text) == "to" || fold(toks[k].text) == "on") {
		k++
	}
	if k > from && fold(toks[k-1].text) == "to" && k < len(toks) && !startsUpper(toks[k].text) {
		switch fold(toks[k].text) {
		case "the", "a", "an", "all", "both", "several", "members", "representatives", "leaders", "heads":
		default:
			// "hosted a reception to celebrate ...": a purpose, not a guest
			return Participant{}, false
		}
	}
	start := k
	if k < len(toks) {
		switch fold(toks[k].text) {
		case "in", "at", "during", "from", "for", "after", "before", "by", "via", "over", "through", "and", "to":
			// a place, time or means, not a counterpart
			return Participant{}, false
		}
	}
	hasGroup := false
	for k < len(toks) && k < start+12 {
		w := fold(toks[k].text)
		if w == "," || w == "." || w == ";" || w == "who" || w == "at" || w == "in" && hasGroup || w == "to" && hasGroup && k > start+3 {
			break
		}
		if titleWords[w] || titleWords[strings.TrimSuffix(w, "s")] || w == "consulates" || w == "envoys" || w == "delegation" || w == "representatives" || w == "team" {
			hasGroup = true
		}
		k++
	}
	if !hasGroup || k == start {
		return Participant{}, false
	}
	title := joinTokens(toks, start, k)
	title = strings.TrimPrefix(strings.TrimPrefix(title, "the "), "a ")
	return Participant{Title: title}, true
}

// dateFor sets the contact's date from its sentence: the date expression
// nearest the trigger, else the line's date, else the contact it follows
// on from, else the last date before it.
func dateFor(c *cand, si *sentInfo, t trigger, pub, pubWhy string, anchor *cand, infos []sentInfo, lastDateSent int) {
	ref := pub
	if si.lineDate != "" {
		ref = si.lineDate
	}
	best := -1
	bestDist := 1 << 30
	dl := datelineEnd(si.s.text)
	for k, d := range si.dates {
		if si.lineDate != "" && k == 0 {
			continue
		}
		if d.end <= dl {
			// the dateline dates the report, not the contact
			continue
		}
		if t.background && d.rel == "today" {
			continue
		}
		dist := t.start - d.end
		if d.start >= t.end {
			dist = d.start - t.end
		}
		if dist < 0 {
			dist = 0
		}
		// absolute dates are worth more than weekdays and relative words
		if d.m == 0 && !d.isWeekday && d.rel == "" {
			continue
		}
		if d.m > 0 {
			dist -= 40
		}
		// a date far from the trigger belongs to another clause, unless it
		// opens the sentence ("On May 5, 2021, ... met"), or is the
		// sentence's only date and a day word ("... met with A, B and C of
		// D today"), or the sentence reports this contact only and nothing
		// opens a new clause between ("X met Y, <long apposition>, on the
		// sidelines of ... in New York today")
		lone := datesAfter(si.dates, dl) == 1 && (d.rel == "today" || d.rel == "yesterday" || d.isWeekday) && !possessiveDate(si.s.text, d)
		if dist > 100 && d.start > 40 && !lone && !sameClause(si.s.text, t, d, len(si.trigs)) {
			continue
		}
		if d.start > t.end && (strings.Contains(si.s.text[t.end:d.start], ", who ") || strings.Contains(si.s.text[t.end:d.start], ", which ")) {
			continue
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best >= 0 {
		d := si.dates[best]
		c.dateText = dateWords(si.s.text, d)
		c.ownDate = true
		if d.rel == "same day" && anchor != nil {
			c.date = anchor.date
			c.reasons = append(c.reasons, "date: \"the same day\" = the contact before")
			return
		}
		v, why := resolve(d, ref)
		c.date = v
		if ref != pub {
			why += " (the line's own date)"
		} else if ref != "" && (d.rel != "" || d.isWeekday || d.y == 0) {
			why += " [" + pubWhy + "]"
		}
		c.reasons = append(c.reasons, "date: \""+d.text+"\": "+why)
		return
	}
	if si.lineDate != "" {
		c.date, c.dateText = si.lineDate, si.dates[0].text
		c.reasons = append(c.reasons, "date: the date that opens the line")
		return
	}
	if c.background {
		return
	}
	if reDuringVisit.MatchString(si.s.text) {
		// "During the visit, X also met ...": some day of the visit's
		// range told before, so its month
		if v, text, ok := rangeMonthBefore(infos, c.sent, pub); ok {
			c.date, c.dateText = v, text
			c.reasons = append(c.reasons, "date: \"during the visit\" of \""+text+"\": its month")
			return
		}
	}
	if anchor != nil && anchor.ownDate {
		c.date, c.dateText = anchor.date, anchor.dateText
		c.reasons = append(c.reasons, "date: none in the sentence; taken from the contact before")
		return
	}
	lastDateSent = -1
	for k := c.sent - 1; k >= 0; k-- {
		if infos[k].header {
			break
		}
		if len(infos[k].datesOf()) > 0 {
			lastDateSent = k
			break
		}
	}
	if lastDateSent >= 0 {
		ds := infos[lastDateSent].dates
		for k := len(ds) - 1; k >= 0; k-- {
			d := ds[k]
			if d.m == 0 && !d.isWeekday && d.rel == "" {
				continue
			}
			if d.rel == "vague" {
				continue
			}
			if dl, _ := dateLine(infos[lastDateSent].s, lastDateSent); dl != "" && !isBodySentence(infos[lastDateSent].s.text) {
				break
			}
			v, why := resolve(d, pub)
			if d.isRange && len(v) == 10 && reDuringVisit.MatchString(si.s.text) {
				// the contact falls somewhere inside the range told before
				v, why = v[:7], why+"; a range told before the contact: its month"
			}
			c.date, c.dateText = v, d.text
			c.reasons = append(c.reasons, "date: none in the sentence; the last date before it, \""+d.text+"\": "+why)
			return
		}
	}
	if anchor == nil {
		forwardDate(c, si, pub, infos)
	}
}

// forwardWindow is how far past the start of a statement's first contact
// sentence a later relative date may still date it (the opening paragraph
// of a readout).
const forwardWindow = 600

// forwardDate dates the first contact of a statement whose sentence gives
// no date from the relative dates of the sentences right after it ("...
// met with X. Today's meeting ...", "... spoke with X. He thanked her for
// attending his speech tonight."): a readout reports one event, so when
// those sentences agree on a single day, that is its day. Words that only
// qualify a noun ("today's challenges") and vague ones ("recently") do not
// count, and disagreeing dates leave it null.
func forwardDate(c *cand, si *sentInfo, pub string, infos []sentInfo) {
	if pub == "" {
		return
	}
	var found dateExpr
	var val string
	for k := c.sent + 1; k < len(infos) && infos[k].s.start-si.s.start < forwardWindow; k++ {
		sk := &infos[k]
		if sk.header {
			break
		}
		for _, d := range sk.datesOf() {
			if d.rel != "today" && d.rel != "yesterday" && !d.isWeekday {
				continue
			}
			if possessiveDate(sk.s.text, d) {
				continue
			}
			v, _ := resolve(d, pub)
			if v == "" {
				continue
			}
			if val != "" && v != val {
				return
			}
			val, found = v, d
		}
	}
	if val == "" {
		return
	}
	c.date, c.dateText = val, found.text
	c.reasons = append(c.reasons, "date: none in the sentence; the one relative date of the sentences after it, \""+found.text+"\"")
}

// possessiveDate reports a day word that only qualifies a noun ("today's
// challenges"), not one that names the event ("today's meeting").
func possessiveDate(s string, d dateExpr) bool {
	rest := s[d.end:]
	if !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") {
		return false
	}
	return !reEventNoun.MatchString(rest)
}

// reEventNoun reads a possessive date that names the event ("today's
// meeting"), not a time's concerns ("today's challenges").
var reEventNoun = regexp.MustCompile(`^(?:'s|’s)\s+(?:\w+\s+)?(?:meeting|call|talks|conversation|discussion|visit|session|engagement)`)

// reDuringVisit places a contact somewhere inside a visit of several days.
// datesAfter counts the date expressions that start at or after offset
// from (past a dateline).
func datesAfter(ds []dateExpr, from int) int {
	n := 0
	for _, d := range ds {
		if d.start >= from {
			n++
		}
	}
	return n
}

// rangeMonthBefore is the month of the last date range told in the body
// before sentence idx ("From January 26 to 27, 2025, X paid a visit").
func rangeMonthBefore(infos []sentInfo, idx int, pub string) (string, string, bool) {
	for k := idx - 1; k >= 0 && !infos[k].header; k-- {
		for _, d := range infos[k].datesOf() {
			if !d.isRange {
				continue
			}
			if v, _ := resolve(d, pub); len(v) >= 7 {
				return v[:7], d.text, true
			}
		}
	}
	return "", "", false
}

var reDuringVisit = regexp.MustCompile(`(?i)\bduring\s+(?:the|my|his|her|this|their|our)\s+(?:[\w-]+\s+)?(?:visit|trip|mission|tour|stay)\b`)

// reNewClause opens a clause that can carry a date of its own.
var reNewClause = regexp.MustCompile(`(?i)(?:[;:]|,\s*(?:who|which|where|when|while|after|before|and|but)\b|\b(?:who|which|since|after|before|when)\s)`)

// sameClause reports a date after the only trigger of a sentence, with no
// clause boundary between: it dates that contact however long the
// apposition in between.
func sameClause(s string, t trigger, d dateExpr, nTrigs int) bool {
	if nTrigs != 1 || d.start < t.end || d.start-t.end > 300 {
		return false
	}
	return !reNewClause.MatchString(s[t.end:d.start])
}

// reOwnVenue opens a sentence that reports a separate event at a venue of
// its own ("Earlier in the day, ... at the Residence"), or a diary entry
// under its own date: the place of the contact before is not its place.
var reOwnVenue = regexp.MustCompile(`\bat\s+(?:the\s+)?[A-Z]|^\d{4}-\d{2}-\d{2}\b`)

// placedElsewhere reports a sentence that does not take the place of the
// contact before it.
func placedElsewhere(s string) bool {
	return ownVenue(strings.TrimSpace(s))
}

// ownVenue is reOwnVenue.MatchString(s), without the regexp, which was
// tried from every byte of every sentence.
func ownVenue(s string) bool {
	if len(s) >= 10 && (len(s) == 10 || !asciiWord(s[10])) {
		iso := true
		for i := 0; i < 10; i++ {
			if i == 4 || i == 7 {
				iso = iso && s[i] == '-'
			} else {
				iso = iso && digitAt(s, i)
			}
		}
		if iso {
			return true
		}
	}
	for from := 0; ; {
		i := strings.Index(s[from:], "at")
		if i < 0 {
			return false
		}
		i += from
		from = i + 1
		if i > 0 && asciiWord(s[i-1]) {
			continue
		}
		j := i + 2
		for j < len(s) && asciiSpace(s[j]) {
			j++
		}
		if j == i+2 || j == len(s) {
			continue
		}
		if isUpperByte(s[j]) {
			return true
		}
		if strings.HasPrefix(s[j:], "the") {
			k := j + 3
			for k < len(s) && asciiSpace(s[k]) {
				k++
			}
			if k > j+3 && k < len(s) && isUpperByte(s[k]) {
				return true
			}
		}
	}
}

// placeFor sets the city and country from the sentence, or from the
// contact it follows on from, or from where the text puts a visitor.
func placeFor(c *cand, si *sentInfo, t trigger, anchor *cand, infos []sentInfo) {
	inMention := make([]bool, len(si.c.toks)+1)
	for _, m := range si.ments {
		if !m.titled && !m.honored && m.fullStart > 0 && fold(si.c.toks[m.fullStart-1].text) == "in" {
			if _, _, ok := cityNamed(m.name); ok {
				// "in Portland": a city the tokenizer took for a name
				continue
			}
		}
		for k := m.fullStart; k < m.fullEnd; k++ {
			inMention[k] = true
		}
	}
	if p, ok := findPlace(si.c, si.s, inMention, t.end); ok && !((c.background || c.kind == KindPhoneCall || c.kind == KindVideoCall) && p.start < t.start) {
		c.city, c.country = p.city, p.country
		c.reasons = append(c.reasons, "place: "+p.why)
		return
	}
	if c.background || c.kind == KindPhoneCall || c.kind == KindVideoCall {
		return
	}
	if saysHere(si.s.text) {
		// "held the Strategic Dialogue here": the city of the dateline
		if city, country, ok := datelineCity(infos); ok {
			c.city, c.country = city, country
			c.reasons = append(c.reasons, "place: \"here\" is the dateline's "+city)
			return
		}
	}
	if anchor != nil && anchor.sent != c.sent && (anchor.city != "" || anchor.country != "") && anchor.kind != KindPhoneCall && anchor.kind != KindVideoCall &&
		!placedElsewhere(si.s.text) {
		c.city, c.country = anchor.city, anchor.country
		c.reasons = append(c.reasons, "place: from the contact before")
		return
	}
	// a presence sentence elsewhere ("Xi is in Russia on a state visit"),
	// unless this one names its own venue
	if p, ok := docPresence(infos); ok && !placedElsewhere(si.s.text) {
		c.city, c.country = p.city, p.country
		c.reasons = append(c.reasons, "place: "+p.why+" (another sentence)")
	}
}

// docPresence finds the first sentence that puts a visitor somewhere. It
// is computed once per statement (cached in the first sentence's info).
func docPresence(infos []sentInfo) (place, bool) {
	if len(infos) == 0 {
		return place{}, false
	}
	cache := &infos[0]
	if cache.presenceDone {
		return cache.presence, cache.presenceOK
	}
	cache.presenceDone = true
	for i := range infos {
		oi := &infos[i]
		if oi.header {
			continue
		}
		inM := make([]bool, len(oi.c.toks)+1)
		for _, m := range oi.ments {
			for k := m.fullStart; k < m.fullEnd; k++ {
				inM[k] = true
			}
		}
		if p, ok := findPlace(oi.c, oi.s, inM, -1); ok && strings.HasPrefix(p.why, "presence") {
			cache.presence, cache.presenceOK = p, true
			break
		}
	}
	return cache.presence, cache.presenceOK
}

// atRequest reports "at request" / "at the latter's request" wording.
func atRequest(s string, t trigger) bool {
	low := strings.ToLower(s)
	return strings.Contains(low, "at request") || strings.Contains(low, "at the latter's request") ||
		strings.Contains(low, "at the latter’s request") || strings.Contains(low, "at his request") ||
		strings.Contains(low, "at her request") || strings.Contains(low, "at the request of")
}

// requester names the side that asked: "met at request with X" and "at
// the latter's request" both point at the side met (the object), else the
// first participant who is not of the publisher's side.
func requester(c *cand, ps []Participant, home []string) string {
	for i, p := range c.people {
		if side, ok := c.sides[p]; ok && side == 1 && i < len(ps) && ps[i].Organization != "" {
			return ps[i].Organization
		}
	}
	h := ""
	if len(home) > 0 {
		h = home[0]
	}
	for _, p := range ps {
		if p.Organization != "" && p.Organization != h {
			return p.Organization
		}
	}
	if len(ps) > 1 {
		if ps[len(ps)-1].Name != "" {
			return ps[len(ps)-1].Name
		}
		return ps[len(ps)-1].Title
	}
	return ""
}

func samePeople(a, b []*person) bool {
	return subsetPeople(a, b) || subsetPeople(b, a)
}

func subsetPeople(a, b []*person) bool {
	for _, p := range a {
		found := false
		for _, q := range b {
			if p == q {
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

// mergeCands joins contacts that are the same event told twice (a lead
// and a photo caption, "met" and "during the meeting").
// sidesBefore are the rules whose sides are all named before the phrase
// ("A and B held the trilateral meeting", "A and B discussed X at a
// meeting"): what follows it is its place or occasion, never a side, and
// both sides must be there.
var sidesBefore = map[string]bool{ruleHeldMeeting: true, ruleInTheirTalks: true, ruleInTheirMeeting: true,
	ruleAtAMeeting: true, ruleJointlyAttended: true}

// namedBefore are the other rules that, when nobody follows them, report a
// contact only with both sides named before ("A and B met", "A and B
// spoke"); otherwise the sentence only dates and places what follows.
var namedBefore = map[string]bool{"received": true, "met": true, "meets (headline or caption)": true,
	"A and B spoke": true, ruleDuringCall: true}

// banquet reports the rules of a function held for a guest, which is a
// contact of its own after the talks.
func banquet(rule string) bool {
	return rule == ruleBanquet || rule == ruleHostedBy || rule == ruleJointlyAttended
}

func mergeCands(cs []*cand) []*cand {
	var out []*cand
	for _, c := range cs {
		merged := false
		for _, o := range out {
			if o.background || c.background {
				if !(o.background && c.background) {
					continue
				}
			}
			if !samePeople(c.people, o.people) || (len(c.people) == 0) != (len(o.people) == 0) {
				continue
			}
			if c.sent != o.sent && len(c.people) > len(o.people) && subsetPeople(o.people, c.people) && !strings.HasPrefix(c.rule, "during") {
				// "Also on September 15, A, B and C held the trilateral
				// meeting": more people later is a meeting of its own
				continue
			}
			if (o.rule == ruleJoinedBy || c.rule == ruleJoinedBy || c.bilateral && c.sent != o.sent) && len(c.people) != len(o.people) {
				// "the two ministers were joined by X for the trilateral":
				// a meeting of its own
				continue
			}
			if banquet(o.rule) != banquet(c.rule) && o.sent != c.sent {
				// a banquet after the talks is a contact of its own
				continue
			}
			if (o.kind == KindPhoneCall || o.kind == KindVideoCall) != (c.kind == KindPhoneCall || c.kind == KindVideoCall) {
				continue
			}
			if c.date != "" && o.date != "" && c.date != o.date {
				continue
			}
			if c.date == "" && o.date == "" && c.ownDate && o.ownDate && !strings.EqualFold(c.dateText, o.dateText) {
				continue
			}
			if c.city != "" && o.city != "" && c.city != o.city {
				continue
			}
			fillFrom(o, c)
			merged = true
			break
		}
		if !merged {
			out = append(out, c)
		}
	}
	return out
}

// fillFrom completes o with what c knows and o does not.
func fillFrom(o, c *cand) {
	if len(c.people) > len(o.people) && !c.header {
		o.people = c.people
		o.sides = c.sides
	}
	if o.date == "" && c.date != "" && !o.ownDate {
		o.date, o.dateText = c.date, c.dateText
		o.reasons = append(o.reasons, "date: from a second report of the same contact")
	}
	if o.city == "" && o.country == "" && (c.city != "" || c.country != "") {
		o.city, o.country = c.city, c.country
	}
	if o.kind == KindOther && (c.kind == KindTalks || c.kind == KindMeeting) {
		o.kind = c.kind
	}
	if o.atRequest == "" {
		o.atRequest = c.atRequest
	}
	if len(o.unnamed) > 0 && len(c.people) > 1 {
		o.unnamed = nil
	}
}

// homeSide guesses the publisher's state from general cues: front matter
// pointing at a government site, and the states the text names most. low
// is the text lower-cased.
func homeSide(low string, fm map[string]string, infos []sentInfo) ([]string, string) {
	count := map[string]int{}
	for i := range infos {
		si := &infos[i]
		// a state's affairs named in what was discussed ("discussed North
		// Korea's missile programs") make it no side of the contact
		// the cue scan is costly and only matters for possessive states:
		// run it lazily, at most once per sentence
		cueAt, cueDone := len(si.s.text), false
		for _, e := range si.c.ents {
			if e.possessive && !cueDone {
				cueDone = true
				var cs [][]int
				if si.low == si.alow {
					cs = si.topicCues() // shared with sentenceTopics
				} else {
					cs = findTopicCues(si.s.text, si.low)
				}
				if len(cs) > 0 {
					cueAt = cs[0][0]
				}
			}
			if e.possessive && si.c.toks[e.tokStart].start()-si.s.start >= cueAt {
				continue
			}
			if e.kind == "country" {
				// "relations with Cyprus", "the situation in Syria": a state
				// the contact is about, not a side of it
				at := si.c.toks[e.tokStart].start() - si.s.start
				if at > 0 && at <= len(si.s.text) && aboutState(si.s.text[max(0, at-40):at]) {
					continue
				}
			}
			if e.kind == "country" && venueMention(si.c, e) {
				// "in Kuala Lumpur, Malaysia", "is in Malaysia": the venue,
				// not a side
				continue
			}
			if o := e.orgOf(); o != "" && (e.kind == "country" || e.kind == "demonym" || (e.kind == "org" && e.country != "")) {
				count[o]++
			}
		}
		for k, tk := range si.c.toks {
			if tk.text == "/" && k > 0 && k+1 < len(si.c.toks) && si.c.cls[k-1] == clsEntity && si.c.cls[k+1] == clsEntity {
				count[si.c.ents[si.c.ent[k-1]].orgOf()] += 3
				count[si.c.ents[si.c.ent[k+1]].orgOf()] += 3
			}
			if tk.word && strings.ContainsRune(tk.text, '-') {
				for _, p := range strings.Split(tk.text, "-") {
					if v, ok := theLexicon().country[fold(p)]; ok {
						count[v] += 3
					}
				}
			}
		}
	}
	why := "the state the text names most"
	if fm != nil && strings.Contains(fm["source_url"], "whitehouse") {
		count["United States"] += 100
		why = "a White House page"
	}
	if strings.Contains(low, "white house") {
		count["United States"] += 2
	}
	if strings.Contains(low, "the chinese side") || strings.Contains(low, "xinhua") || strings.Contains(low, "china news") {
		count["China"] += 3
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range count {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	var out []string
	for _, x := range kvs {
		out = append(out, x.k)
	}
	return out, why
}

// reAboutState ends in words that make the state after them a subject of
// the contact rather than a party to it.
var reAboutState = regexp.MustCompile(`(?i)\b(?:relations?|format|cooperation|ties|partnership|dialogue|situation)\s+(?:with|in)\s+(?:the\s+)?$`)

// aboutState reports whether reAboutState matches the window w before a
// state's name. The regexp is unanchored at its start, so the engine tries
// it at every byte; most windows do not end in "with" or "in" (then maybe
// "the") and white space, which it needs, and are answered without it.
// Case folding maps no non-ASCII letter to any of those letters, so an
// ASCII comparison decides.
func aboutState(w string) bool {
	if isASCII(w) {
		return aboutStateASCII(w)
	}
	t := strings.TrimRight(w, " \t\n\f\r")
	if len(t) == len(w) {
		return false
	}
	if hasSuffixFold(t, "the") {
		t = strings.TrimRight(t[:len(t)-len("the")], " \t\n\f\r")
	}
	if !hasSuffixFold(t, "with") && !hasSuffixFold(t, "in") {
		return false
	}
	return reAboutState.MatchString(w)
}

// aboutStateWords are the nouns reAboutState opens with.
var aboutStateWords = []string{"relation", "relations", "format", "cooperation", "ties", "partnership", "dialogue", "situation"}

// aboutStateASCII is reAboutState.MatchString(w) for an ASCII window,
// where (?i) folds nothing but ASCII case: it reads the pattern from the
// end of w backwards, as the pattern is anchored there.
func aboutStateASCII(w string) bool {
	t, ok := trimSpaceSuffix(w)
	if !ok {
		return false
	}
	if hasSuffixFold(t, "the") {
		// "(?:the\s+)?" applies only after white space; without it t
		// ends in "the", which the next step rejects
		if u, ok := trimSpaceSuffix(t[:len(t)-len("the")]); ok {
			t = u
		}
	}
	switch {
	case hasSuffixFold(t, "with"):
		t = t[:len(t)-len("with")]
	case hasSuffixFold(t, "in"):
		t = t[:len(t)-len("in")]
	default:
		return false
	}
	if t, ok = trimSpaceSuffix(t); !ok {
		return false
	}
	for _, n := range aboutStateWords {
		if hasSuffixFold(t, n) && (len(t) == len(n) || !asciiWord(t[len(t)-len(n)-1])) {
			return true
		}
	}
	return false
}

// trimSpaceSuffix trims the white space regexp's \s matches off the end
// of s, and reports whether there was any.
func trimSpaceSuffix(s string) (string, bool) {
	t := strings.TrimRight(s, " \t\n\f\r")
	return t, len(t) < len(s)
}

// hasSuffixFold is strings.HasSuffix under case folding, as (?i) reads it.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// counterpartHolds reports whether a participant on the other side of
// the contact from p already holds org.
func counterpartHolds(c *cand, p *person, org string, assigned map[*person]string) bool {
	for _, q := range c.people {
		if q == p {
			continue
		}
		sq, okq := c.sides[q]
		sp, okp := c.sides[p]
		if okq && okp && sq == sp {
			continue
		}
		qo := q.org
		if qo == "" {
			qo = assigned[q]
		}
		if qo == org {
			return true
		}
	}
	return false
}

// venueMention reports a country named as where something happens: after
// "in", or after a city and a comma.
func venueMention(c *classified, e entity) bool {
	k := e.tokStart
	if k == 0 {
		return false
	}
	if fold(c.toks[k-1].text) == "in" {
		return true
	}
	if k >= 2 && c.toks[k-1].text == "," && c.cls[k-2] == clsEntity && c.ents[c.ent[k-2]].kind == "city" {
		return true
	}
	return false
}

// otherSide is the organization for a participant the text gives none:
// the most-named state that no other participant of the contact holds.
func otherSide(home []string, c *cand, p *person, assigned map[*person]string) string {
	taken := map[string]bool{}
	for _, q := range c.people {
		sq, okq := c.sides[q]
		sp, okp := c.sides[p]
		if q == p || (okq && okp && sq == sp) {
			continue
		}
		if q.org != "" {
			taken[q.org] = true
		} else if assigned[q] != "" {
			taken[assigned[q]] = true
		}
	}
	for _, h := range home {
		if !taken[h] {
			return h
		}
	}
	return ""
}

// reHere is "here" as the place of what a wire report tells: "met here on
// Monday", "held talks here".
var reHere = regexp.MustCompile(`\b(?:met|held|holds|hold|meets|talks|meeting|received|receives)\b[^.;]{0,80}?\bhere\b(?:\s+(?:on|at|in|today|yesterday|this|during|after|before)\b|\s*[.,;])`)

// saysHere is reHere.MatchString(s). The pattern is case-sensitive and
// needs the word "here", which most sentences lack; only those that have
// it are given to the regexp, whose backtracker pays by the length of s.
func saysHere(s string) bool {
	return hasASCIIWord(s, "here") && reHere.MatchString(s)
}

// hasASCIIWord reports whether s contains w, a run of ASCII word bytes,
// between \b boundaries.
func hasASCIIWord(s, w string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		a, b := from+i, from+i+len(w)
		if (a == 0 || !asciiWord(s[a-1])) && (b == len(s) || !asciiWord(s[b])) {
			return true
		}
		from = a + 1
	}
}

// datelineCity is the city of the report's dateline ("ISLAMABAD, May 6
// (APP):", "BEIJING, Nov. 27 (Xinhua) --"), when the gazetteer knows it.
func datelineCity(infos []sentInfo) (string, string, bool) {
	for i := range infos {
		s := infos[i].s.text
		end := datelineEnd(s)
		if end == 0 {
			continue
		}
		comma := strings.IndexAny(s[:end], ",(")
		if comma <= 0 {
			continue
		}
		name := strings.TrimSpace(s[:comma])
		if city, country, ok := cityNamed(name); ok {
			return city, country, true
		}
		return "", "", false
	}
	return "", "", false
}

// datelineEnd is the end of a dateline that opens s ("BEIJING, March 5,
// 2019 (Xinhua) --", "MOSCOW, March 21. /TASS/."), or 0.
func datelineEnd(s string) int {
	if !isUpperWord(s) {
		return 0
	}
	head := s[:min(len(s), 120)]
	for _, sep := range []string{"--", "—", " -- ", "/.", "):", ") -", ")-"} {
		if i := strings.Index(head, sep); i > 0 {
			return i + len(sep)
		}
	}
	return 0
}

// datesOf returns the sentence's date expressions, reading them on first
// use.
func (si *sentInfo) datesOf() []dateExpr {
	if !si.datesDone {
		si.dates, si.datesDone = findDatesLow(si.s.text, si.alow), true
	}
	return si.dates
}

// opensWithDate reports a line that may open with a date ("June 20, 2023
// Ambassador ...", "2023-02-04 ...").
func opensWithDate(s string) bool {
	if s == "" {
		return false
	}
	if s[0] >= '0' && s[0] <= '9' {
		return true
	}
	for _, m := range monthNames {
		if strings.HasPrefix(s, m) || strings.HasPrefix(s, strings.ToUpper(m)) {
			return true
		}
	}
	return false
}

var monthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// dateWords widens a date expression to the words that give it in the
// text: "On February 14, 2020 local time".
func dateWords(s string, d dateExpr) string {
	a, b := d.start, d.end
	for _, p := range []string{"On ", "on "} {
		if a >= len(p) && s[a-len(p):a] == p {
			a -= len(p)
			break
		}
	}
	if strings.HasPrefix(s[b:], " local time") {
		b += len(" local time")
	}
	return s[a:b]
}

// plainSpaces turns no-break and thin spaces (U+00A0, U+2009, U+202F) into
// as many ASCII spaces as they have bytes, so that word boundaries and
// \s see them while every offset still points into the original text.
func plainSpaces(text string) string {
	if !strings.Contains(text, "\u00a0") && !strings.Contains(text, "\u2009") && !strings.Contains(text, "\u202f") {
		return text
	}
	return spaceReplacer.Replace(text)
}

var spaceReplacer = strings.NewReplacer("\u00a0", "  ", "\u2009", "   ", "\u202f", "   ")
