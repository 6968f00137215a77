package extract

import (
	"bytes"
	"net/url"
	"regexp"
	"strings"
)

// This file finds the publisher's side of a statement (the state or body
// whose ministry, embassy or office put it out) from the page chrome, and
// the state that a country-specific title implies. Both are general
// reference knowledge about how governments name themselves; nothing here
// comes from a particular statement.

// publisherCues are fixed names of foreign services and government sites,
// matched case-insensitively in header and footer lines.
var publisherCues = []struct {
	re   *regexp.Regexp
	org  string
	keys []string // lower-case words one of which the line must contain
}{
	{regexp.MustCompile(`(?i)\b(?:u\.s\.|united states) department of state\b|\bstate\.gov\b|^\s*department of state\s*$`), "United States", []string{"department of state", "state.gov"}},
	{regexp.MustCompile(`(?i)\bwhitehouse\.gov\b|^\s*the white house\s*$`), "United States", []string{"whitehouse.gov", "white house"}},
	{regexp.MustCompile(`(?i)\bfederal foreign office\b|\bausw(?:ä|ae)rtiges amt\b|\bfederal government of germany\b|\bbundesregierung\b`), "Germany", []string{"federal foreign office", "ausw", "federal government of germany", "bundesregierung"}},
	{regexp.MustCompile(`(?i)^\s*gov\.uk\b|\bforeign,? commonwealth (?:&|and) development office\b|\bforeign (?:&|and) commonwealth office\b|\bprime minister's office, 10 downing street\b`), "United Kingdom", []string{"gov.uk", "commonwealth", "downing street"}},
	{regexp.MustCompile(`(?i)^\s*ministry of external affairs\b|\bpress information bureau\b|\bby pib\b|\bgovernment of india\b`), "India", []string{"external affairs", "pib", "government of india"}},
	{regexp.MustCompile(`(?i)\beuropean external action service\b|^\s*eeas\b|\bdelegation of the european union\b`), "EU", []string{"external action", "eeas", "delegation of the european union"}},
	{regexp.MustCompile(`(?i)\bdepartment of foreign affairs and trade\b|\bsenator the hon\b|\baustralian government\b`), "Australia", []string{"foreign affairs and trade", "senator the hon", "australian government"}},
	{regexp.MustCompile(`(?i)\bglobal affairs canada\b|\bgovernment of canada\b`), "Canada", []string{"global affairs canada", "government of canada"}},
	{regexp.MustCompile(`(?i)\bfrance diplomacy\b|\bministry for europe and foreign affairs\b`), "France", []string{"france diplomacy", "europe and foreign affairs"}},
	{regexp.MustCompile(`(?i)\bmofa\.go\.jp\b`), "Japan", []string{"mofa.go.jp"}},
	{regexp.MustCompile(`(?i)\bfmprc\.gov\.cn\b`), "China", []string{"fmprc.gov.cn"}},
	{regexp.MustCompile(`(?i)\bbeehive\.govt\.nz\b|^\s*beehive\b|\bnew zealand government\b`), "New Zealand", []string{"beehive", "new zealand government"}},
}

// rePublisherOf is a ministry, embassy or government "of <state>" in the
// page chrome: "Embassy of the People's Republic of China in the Republic
// of Zambia", "Ministry of Foreign Affairs of Japan".
var rePublisherOf = regexp.MustCompile(`(?i)\b(?:embassy|consulate(?:[- ]general)?|permanent mission|ministry of foreign affairs|ministry of external affairs|foreign ministry|government|office of the president|presidency|prime minister's office|ministry for foreign affairs)(?:\s+of|,)\s+(?:the\s+)?(.+?)(?:\s+(?:in|to|at)\s+.*)?$`)

// publisherOfWords are the words one of which rePublisherOf and
// rePublisherAdj need.
var publisherOfWords = []string{"embassy", "consulate", "mission", "ministry", "government", "office", "presidency"}

// rePublisherAdj is "<Demonym> Ministry of Foreign Affairs" / "<State>
// Ministry of Foreign Affairs" in the page chrome.
var rePublisherAdj = regexp.MustCompile(`(?i)^\s*(?:the\s+)?([A-Z][\w'. ]{2,40}?)(?:\s*[-–—|:,])?\s+(?:ministry of foreign affairs|foreign ministry|ministry for foreign affairs|embassy|government\s*$)`)

// publisherSide reads the page chrome (the lines before the body and the
// short lines after it), then the site's address, then the headline's
// subject for the state or body that published the text.
func publisherSide(text, sourceURL string, infos []sentInfo, firstBody int) (string, string) {
	var lines []string
	for i := 0; i < firstBody && i < len(infos) && i < 15; i++ {
		lines = append(lines, infos[i].s.text)
	}
	// footers: short lines at the end
	for i := len(infos) - 1; i >= firstBody && i >= len(infos)-6 && i >= 0; i-- {
		if !isBodySentence(infos[i].s.text) {
			lines = append(lines, infos[i].s.text)
		}
	}
	l := theLexicon()
	for _, ln := range lines {
		ln = strings.TrimSpace(ln)
		if len(ln) > 160 {
			continue
		}
		low := strings.ToLower(ln)
		for _, pc := range publisherCues {
			if containsAny(low, pc.keys) && pc.re.MatchString(ln) {
				return pc.org, "the publisher named in the page chrome (\"" + ln + "\")"
			}
		}
		if !containsAny(low, publisherOfWords) {
			continue // neither regexp below can match
		}
		if m := rePublisherOf.FindStringSubmatch(ln); m != nil {
			if o := stateNamed(l, m[1]); o != "" {
				return o, "the publisher named in the page chrome (\"" + ln + "\")"
			}
		}
		if m := rePublisherAdj.FindStringSubmatch(ln); m != nil {
			if o := stateNamed(l, m[1]); o != "" {
				return o, "the publisher named in the page chrome (\"" + ln + "\")"
			}
		}
	}
	if o := publisherFromURL(sourceURL); o != "" {
		host := sourceURL
		if u, err := url.Parse(sourceURL); err == nil {
			host = u.Hostname()
		}
		return o, "the site it was published on, " + host
	}
	// a headline whose subject is a state's official ("Vietnamese Deputy
	// PM Meets ...", "Kazakh Foreign Minister Holds Talks ...") is that
	// state's own release
	for i := 0; i < firstBody && i < len(infos) && i < 15; i++ {
		ln := strings.TrimSpace(infos[i].s.text)
		if len(ln) > 160 {
			continue
		}
		m := reHeadlineSubject.FindStringSubmatch(ln)
		if m == nil {
			continue
		}
		if o := stateNamed(l, m[1]); o != "" {
			return o, "the state of the headline's subject (\"" + ln + "\")"
		}
	}
	return "", ""
}

// reHeadlineSubject is a headline opening with a state's official who
// meets, holds talks with, receives or calls someone.
var reHeadlineSubject = regexp.MustCompile(`^(?:The\s+)?([A-Z][\w'.]*(?:\s+[A-Z][\w'.]*){0,2}?)\s+(?:(?:Deputy|Vice|First|Acting|Senior)\s+)*(?:Prime Minister|PM|President|Premier|Foreign Minister|FM|Minister\b[\w ,&]*?|Foreign Secretary|Chancellor|Vice[- ]President|Deputy Foreign Minister|Defen[cs]e Minister|Speaker|Ambassador|Secretary of State)\s+(?:[A-Z][\w'.-]*\s+){0,3}(?:Meets|Met|Holds|Held|Receives|Received|Calls|Hosts|Hosted|Talks|Speaks|Spoke|Visits|Visited|Has|Had)\b`)

// stateNamed maps a phrase that is exactly a state's name, alias or
// demonym to its short name.
func stateNamed(l *lexicon, s string) string {
	k := strings.TrimPrefix(fold(strings.Trim(s, " .,:;")), "the ")
	if v, ok := l.country[k]; ok {
		return v
	}
	if v, ok := l.demonym[k]; ok {
		return v
	}
	if v, ok := l.org[k]; ok && l.orgState[v] == "" {
		return l.orgParentOf(v)
	}
	return ""
}

// titleStates are posts that exist in one state (or body) only, or are
// that state's usual style. "need" lists words of which one must occur in
// the text for an ambiguous post ("Secretary of State" is also British).
var titleStates = []struct {
	re    *regexp.Regexp
	org   string
	needs []string
	lits  []string // lower-case words of which every match of re holds one
}{
	{regexp.MustCompile(`(?i)\bfederal (?:foreign minister|minister for foreign affairs|foreign office|chancellor)\b`), "Germany", []string{"german", "berlin", "federal foreign office", "bundes"}, []string{"federal "}},
	{regexp.MustCompile(`(?i)\bexternal affairs minister\b|\bminister (?:of|for) external affairs\b|\bunion minister\b`), "India", nil, []string{"external affairs", "union minister"}},
	{regexp.MustCompile(`(?i)\bstate councill?or\b|\bpremier of the state council\b|\bmember of the political bureau\b|\bcpc central committee\b`), "China", nil, []string{"state council", "political bureau", "cpc central committee"}},
	{regexp.MustCompile(`(?i)\bhigh representative(?:/| of the union| for foreign affairs and security policy|/vice[- ]president)`), "EU", nil, []string{"high representative"}},
	{regexp.MustCompile(`(?i)\btaoiseach\b|\bt[áa]naiste\b`), "Ireland", nil, []string{"taoiseach", "naiste"}},
	{regexp.MustCompile(`(?i)\bchief cabinet secretary\b`), "Japan", nil, []string{"chief cabinet secretary"}},
	{regexp.MustCompile(`(?i)\bchancellor of the exchequer\b|\bsecretary of state for foreign, commonwealth\b|\bforeign, commonwealth and development (?:affairs )?secretary\b`), "United Kingdom", nil, []string{"exchequer", "foreign, commonwealth"}},
	{regexp.MustCompile(`(?i)^foreign secretary$`), "United Kingdom", []string{"british", "united kingdom", "u.k.", "uk ", "gov.uk", "london", "commonwealth"}, []string{"foreign secretary"}},
	{regexp.MustCompile(`(?i)^(?:(?:deputy|under|assistant) )?secretary(?: of state)?$|^secretary of state$`), "United States", []string{"u.s.", "united states", "american", "washington", "department of state", "state department"}, []string{"secretary"}},
	{regexp.MustCompile(`(?i)\bsecretary-general of the united nations\b|\bun secretary-general\b|\bunited nations secretary-general\b`), "UN", nil, []string{"secretary-general"}},
}

// titleState is the state a country-specific title implies, given the
// text (lower-cased) for ambiguous posts.
func titleState(title, low string) string {
	if title == "" {
		return ""
	}
	// (?i) also folds "ſ" and the Kelvin sign to ASCII letters, which the
	// literal words would miss: such titles go to every regexp
	var buf [64]byte
	var alow []byte
	fold := foldsToASCII(title)
	if !fold {
		alow = buf[:0]
		for i := 0; i < len(title); i++ {
			c := title[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			alow = append(alow, c)
		}
	}
	for _, ts := range titleStates {
		if !fold && !containsAnyBytes(alow, ts.lits) {
			continue
		}
		if !ts.re.MatchString(title) {
			continue
		}
		if ts.needs == nil {
			return ts.org
		}
		for _, n := range ts.needs {
			if strings.Contains(low, n) {
				return ts.org
			}
		}
	}
	return ""
}

// containsAnyBytes reports whether b contains one of words.
func containsAnyBytes(b []byte, words []string) bool {
	for _, w := range words {
		if bytes.Contains(b, []byte(w)) {
			return true
		}
	}
	return false
}

// orgParentOf maps an organ of an international body to the body it
// belongs to ("UN General Assembly" -> "UN"), for the organization value.
func (l *lexicon) orgParentOf(name string) string {
	for i := 0; i < 4; i++ {
		p, ok := l.orgParent[name]
		if !ok || p == "" {
			break
		}
		name = p
	}
	return name
}

// reFirstPerson is "I" as the subject right before a contact verb: "Today I
// met", "During the visit I also met with".
var reFirstPerson = regexp.MustCompile(`(?:^|[\s,])I\s+(?:(?:have|had|also|today|then|again|briefly|separately)\s+)*$`)

// reVideoWording is video wording inside a contact's clause.
var reVideoWording = regexp.MustCompile(`(?i)\b(?:via|by|through|over)\s+(?:a\s+)?video(?:\s*link|\s*conference)?\b|\bvideo\s*(?:conference|link|call)\b|\bvideoconference\b|\bvirtually\b`)

// videoWording reports reVideoWording in s. Every match holds "video" or
// "virtually", whose letters have no case folds outside ASCII, so a
// case-insensitive ASCII search spares the regexp on most clauses.
func videoWording(s string) bool {
	return (containsFoldASCII(s, "video") || containsFoldASCII(s, "virtually")) && reVideoWording.MatchString(s)
}

// containsFoldASCII reports whether s contains sub (lower-case ASCII) with
// ASCII letters in any case.
func containsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 != sub[0] {
			continue
		}
		k := 1
		for k < len(sub) && (s[i+k] == sub[k] || s[i+k]|0x20 == sub[k] && s[i+k] >= 'A' && s[i+k] <= 'Z') {
			k++
		}
		if k == len(sub) {
			return true
		}
	}
	return false
}

// findAuthor reads the byline of a statement written in the first person:
// a header line that is one person's name with title or honorific
// ("Senator the Hon A B", "The Hon A B MP"), and a header line that is a
// post alone ("Minister for Foreign Affairs").
func findAuthor(infos []sentInfo, firstBody int, reg *registry) {
	title := ""
	for i := 0; i < firstBody && i < len(infos) && i < 12; i++ {
		si := &infos[i]
		toks := si.c.toks
		if len(toks) == 0 {
			continue
		}
		if len(si.ments) == 0 && len(toks) <= 10 && si.c.cls[0] == clsTitle {
			all := true
			for k := range toks {
				if c := si.c.cls[k]; c != clsTitle && c != clsConn && !(k > 0 && fold(toks[k].text) == "and") {
					all = false
				}
			}
			if all && title == "" {
				title = strings.TrimSpace(si.s.text)
			}
			continue
		}
		if len(si.ments) != 1 || len(si.trigs) > 0 {
			continue
		}
		m := si.ments[0]
		if m.person == nil || len(nameKey(m.name)) < 2 || !(m.titled || m.honored) {
			continue
		}
		if m.fullStart > 1 || m.fullEnd < len(toks)-1 {
			continue
		}
		reg.author = m.person
		if title != "" && (m.person.title == "" || !strings.Contains(strings.ToLower(m.person.title), "minister") && !strings.Contains(strings.ToLower(m.person.title), "secretary")) {
			m.person.title = title
		}
		return
	}
	reg.authorTitle = title
}

// reUnnamedSides is "the foreign ministers of A and B" before the verb.
var reUnnamedSides = regexp.MustCompile(`(?i)\b(?:the\s+)?((?:foreign|defen[cs]e|trade|finance|prime|economy|energy)\s+ministers|presidents|leaders|heads\s+of\s+(?:state|government)|national\s+security\s+advis[eo]rs)\s+of\s+(?:the\s+)?([A-Z][\w.' -]{1,40}?)\s+and\s+(?:the\s+)?([A-Z][\w.' -]{1,40}?)\s*$`)

// unnamedSidesCue tries reUnnamedSides only where one of its words starts.
var unnamedSidesCue = newLedRegexp(reUnnamedSides, "the", "foreign", "defen", "trade", "finance", "prime", "economy", "energy",
	"presidents", "leaders", "heads", "national")

// unnamedSides reads two unnamed sides named by their states: "The
// foreign ministers of Singapore and Thailand met".
func unnamedSides(pre string) (group, bool) {
	m := unnamedSidesCue.FindStringSubmatch(pre)
	if m == nil {
		return group{}, false
	}
	l := theLexicon()
	a, b := stateNamed(l, m[2]), stateNamed(l, m[3])
	if a == "" || b == "" || a == b {
		return group{}, false
	}
	t := singularTitle(m[1])
	return group{unnamed: []Participant{{Title: t, Organization: a}, {Title: t, Organization: b}},
		why: []string{"participants: the unnamed " + m[1] + " of " + a + " and " + b}}, true
}

// singularTitle turns "foreign ministers" into "Foreign Minister" and
// "heads of state" into "Head of State".
func singularTitle(s string) string {
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		if i == 0 || i == len(f)-1 || w != "of" {
			if w == "heads" || i == len(f)-1 && strings.HasSuffix(w, "s") && w != "affairs" {
				w = strings.TrimSuffix(w, "s")
			}
			if w != "of" {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
		}
		f[i] = w
	}
	out := strings.Join(f, " ")
	if strings.HasPrefix(out, "Heads") {
		out = "Head" + strings.TrimPrefix(out, "Heads")
	}
	return out
}
