package extract

import (
	"regexp"
	"strings"
)

// place is where a contact took place.
type place struct {
	city, country, why string
	start              int // byte offset in the sentence, for ordering
}

// rePlaceCue are the words before a place name that put a contact there.
var rePlaceCue = regexp.MustCompile(`(?i)\b(?:in|at)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:city|town|capital|port|resort|village|island|municipality)\s+of\s+)?$`)

// rePresenceCue are the words that put a visitor in a place: "who was in
// China", "visiting Singapore", "on a visit to Beijing".
var rePresenceCue = regexp.MustCompile(`(?i)(?:\b(?:who|which)\s+(?:was|is|were|are|has been)\s+(?:currently\s+|then\s+|also\s+)?(?:in|visiting)\s+(?:the\s+)?|\b(?:visiting|visited|arrived\s+in|(?:on|during|in)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?visit\s+to|(?:concluded|began|paid|pays|made)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?visit\s+to|delegation\s+to|trip\s+to|mission\s+to|(?:was|were)\s+held\s+in|(?:is|was|are|were)\s+(?:currently\s+)?in)\s+(?:the\s+)?)$`)

// presenceCue and placeCue try their regexps only where a cue's first
// word starts, not from every byte of the text before a place.
var (
	presenceCue = newLedRegexp(rePresenceCue, "who", "which", "visiting", "visited", "arrived", "on", "during", "in",
		"concluded", "began", "paid", "pays", "made", "delegation", "trip", "mission", "was", "were", "is", "are")
	placeCue = newLedRegexp(rePlaceCue, "in", "at")
)

// findPlace looks for where the sentence puts a contact: a city after "in"
// or "at" (with its country), a city and region or country ("Woodside,
// California"), or a country after a presence cue. Entities inside a
// person's title ("Ambassador of China in Sri Lanka") are skipped.
func findPlace(c *classified, s sentence, inMention []bool, trigEnd int) (place, bool) {
	var best place
	found := false
	for ei, e := range c.ents {
		if inMention[e.tokStart] {
			continue
		}
		if e.kind != "city" && e.kind != "country" {
			continue
		}
		rel := c.toks[e.tokStart].start() - s.start
		pre := s.text[max(0, rel-60):rel]
		// both cues end in "in", "at", "to" or "visiting"/"visited" (and
		// an optional "the"): check that word before the regexps
		lw := cueWord(pre)
		if e.kind == "city" && venueComma(c, e.tokStart) {
			// "at the Ministry of Foreign Affairs, Jakarta"
			found = true
			best = place{start: rel, city: e.name, country: e.country, why: "city after a venue and a comma"}
			continue
		}
		if lw != "in" && lw != "at" && lw != "to" && lw != "visiting" && lw != "visited" && lw != "of" {
			continue
		}
		presence := lw != "at" && lw != "of" && presenceCue.MatchString(pre)
		// "of" only after a place noun: "in the southern port city of X"
		cue := presence || (lw == "in" || lw == "at" || lw == "of") && placeCue.MatchString(pre)
		if !cue {
			continue
		}
		p := place{start: rel}
		switch e.kind {
		case "city":
			p.city, p.country = e.name, e.country
			p.why = "city after \"" + strings.TrimSpace(lastWords(pre, 2)) + "\""
			if presence {
				p.why = "presence: \"" + strings.TrimSpace(lastWords(pre, 3)) + "\""
			}
			// "in Kuala Lumpur, Malaysia" confirms; a region picks the country
			if ei+1 < len(c.ents) {
				nx := c.ents[ei+1]
				if nx.tokStart == e.tokEnd+1 && c.toks[e.tokEnd].text == "," && nx.country != "" && nx.kind != "city" {
					p.country = nx.country
				}
			}
		case "country":
			// a country whose name is also its capital city state
			if v, ok := theLexicon().city[fold(e.name)]; ok && v[1] == e.name {
				p.city = v[0]
			}
			if !presence && p.city == "" && (trigEnd < 0 || rel < trigEnd || rel-trigEnd > 30) {
				continue
			}
			if !presence && p.city == "" {
				// "in China" after a meeting verb still places it in the country
				p.why = "country after \"" + strings.TrimSpace(lastWords(pre, 2)) + "\""
			} else {
				p.why = "presence: \"" + strings.TrimSpace(lastWords(pre, 3)) + "\""
			}
			p.country = e.name
		}
		if !found || (best.city == "" && p.city != "") {
			best, found = p, true
		}
	}
	if !found {
		// "in Berne": a capitalized name after "in" that the gazetteer knows
		prefer := map[string]bool{}
		for _, e := range c.ents {
			if e.kind == "country" {
				prefer[e.name] = true
			} else if e.country != "" {
				prefer[e.country] = true
			}
		}
		for k := 1; k < len(c.toks); k++ {
			if c.cls[k] != clsName {
				continue
			}
			w := fold(c.toks[k-1].text)
			if inMention[k] && !(w == "of" && k >= 2 && placeNouns[fold(c.toks[k-2].text)]) {
				continue
			}
			if w == "of" && k >= 2 && placeNouns[fold(c.toks[k-2].text)] {
				w = "city of" // "in the southern port city of X"
			} else if w != "in" && w != "visiting" {
				continue
			}
			j := k
			for j < len(c.toks) && c.cls[j] == clsName && j < k+3 {
				j++
			}
			if city, country, ok := cityNamedIn(joinTokens(c.toks, k, j), prefer); ok {
				best = place{city: city, country: country, why: "gazetteer city after \"" + w + "\"", start: c.toks[k].start() - s.start}
				found = true
				break
			}
		}
	}
	if !found {
		// "in Woodside, California": an unknown capitalized word before a
		// region or country
		for ei, e := range c.ents {
			if e.kind != "region" && e.kind != "country" || e.tokStart < 3 || inMention[e.tokStart] {
				continue
			}
			_ = ei
			k := e.tokStart
			if c.toks[k-1].text != "," || c.cls[k-2] != clsName {
				continue
			}
			j := k - 2
			for j > 0 && c.cls[j-1] == clsName {
				j--
			}
			if j == 0 || fold(c.toks[j-1].text) != "in" {
				continue
			}
			best = place{city: joinTokens(c.toks, j, k-1), country: e.country, why: "\"in City, Region\"", start: c.toks[j].start() - s.start}
			found = true
			break
		}
	}
	return best, found
}

// venueComma reports a city after a comma that closes a venue opened by
// "at the": "at the Ministry of Foreign Affairs, Jakarta".
func venueComma(c *classified, k int) bool {
	if k < 4 || c.toks[k-1].text != "," {
		return false
	}
	for j := k - 2; j > 0 && j > k-10; j-- {
		switch c.cls[j] {
		case clsTitle, clsConn, clsEntity, clsName:
		default:
			if !(venueWords[fold(c.toks[j].text)] && startsUpper(c.toks[j].text) || isAcronym(c.toks[j].text)) {
				return false
			}
		}
		if fold(c.toks[j].text) == "the" && fold(c.toks[j-1].text) == "at" {
			// "at the Merdeka Palace, Jakarta"
			return c.cls[j+1] == clsTitle || c.cls[j+1] == clsName || venueWords[fold(c.toks[j+1].text)] || isAcronym(c.toks[j+1].text)
		}
	}
	return false
}

// placeNouns describe a place before its name: "the port city of X".
var placeNouns = setOf(`city town capital port resort village island municipality`)

func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// cueWord is the last word of pre, lower-cased, skipping a final "the".
func cueWord(pre string) string {
	w := lastWordOf(pre)
	if strings.EqualFold(w, "the") {
		pre = strings.TrimRight(pre, " \t\n")
		w = lastWordOf(pre[:len(pre)-len(w)])
	}
	return strings.ToLower(w)
}

func lastWordOf(s string) string {
	s = strings.TrimRight(s, " \t\n")
	i := strings.LastIndexAny(s, " \t\n")
	return s[i+1:]
}
