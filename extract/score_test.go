package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// This file reimplements the metrics of ../shared/tools/score.py so that
// the dev-corpus test is self-contained. Keep it in step with score.py.

type goldContact struct {
	Kind         string            `json:"kind"`
	Date         *string           `json:"date"`
	City         *string           `json:"city"`
	Participants []goldParticipant `json:"participants"`
	Topics       []string          `json:"topics"`
}

type goldParticipant struct {
	Name         *string `json:"name"`
	Organization *string `json:"organization"`
}

var scoreOrgAliases = map[string]string{
	"prc": "china", "people's republic of china": "china", "the people's republic of china": "china",
	"chinese": "china", "mainland china": "china",
	"us": "united states", "u.s.": "united states", "usa": "united states", "u.s.a.": "united states",
	"united states of america": "united states", "the united states": "united states", "america": "united states",
	"uk": "united kingdom", "u.k.": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
	"the united kingdom": "united kingdom",
	"eu":                 "european union", "the european union": "european union",
	"un": "united nations", "the united nations": "united nations",
	"nato": "north atlantic treaty organization", "the north atlantic treaty organization": "north atlantic treaty organization",
	"russian federation": "russia", "the russian federation": "russia",
	"rok": "south korea", "republic of korea": "south korea", "the republic of korea": "south korea", "korea": "south korea",
	"dprk": "north korea", "democratic people's republic of korea": "north korea",
	"asean": "association of southeast asian nations",
	"who":   "world health organization",
	"au":    "african union", "the african union": "african union",
	"sco": "shanghai cooperation organisation", "shanghai cooperation organization": "shanghai cooperation organisation",
	"uae": "united arab emirates", "the united arab emirates": "united arab emirates",
	"iran": "iran", "islamic republic of iran": "iran",
	"viet nam": "vietnam", "lao pdr": "laos", "lao people's democratic republic": "laos",
	"turkiye": "turkey", "türkiye": "turkey",
	"the netherlands": "netherlands", "the philippines": "philippines",
}

var scoreStop = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "h.e.": true, "he": true, "his": true, "her": true, "excellency": true, "sir": true, "dame": true, "jr": true, "sr": true}

func scoreFold(s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(strings.ToLower(b.String()))
}

var reNameTok = regexp.MustCompile(`[a-z0-9']+`)
var reTopicTok = regexp.MustCompile(`[a-z0-9]+`)
var reSpaces = regexp.MustCompile(`\s+`)

func scoreNameTokens(name string) map[string]bool {
	out := map[string]bool{}
	for _, t := range reNameTok.FindAllString(scoreFold(name), -1) {
		if len(t) > 1 && !scoreStop[t] {
			out[t] = true
		}
	}
	return out
}

func scoreSamePerson(a, b string) bool {
	ta, tb := scoreNameTokens(a), scoreNameTokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	small, big := ta, tb
	if len(ta) > len(tb) {
		small, big = tb, ta
	}
	for t := range small {
		if !big[t] {
			return false
		}
	}
	return len(ta) == len(tb) || len(small) >= 2
}

func scoreNormOrg(o *string) string {
	if o == nil || *o == "" {
		return ""
	}
	f := strings.Trim(reSpaces.ReplaceAllString(scoreFold(*o), " "), " .")
	if v, ok := scoreOrgAliases[f]; ok {
		return v
	}
	return f
}

func scoreNormCity(c *string) string {
	if c == nil || *c == "" {
		return ""
	}
	return strings.Trim(reSpaces.ReplaceAllString(scoreFold(*c), " "), " .")
}

func scoreTopicMatch(a, b string) bool {
	a, b = scoreFold(a), scoreFold(b)
	if a == "" || b == "" {
		return false
	}
	if strings.Contains(b, a) || strings.Contains(a, b) {
		return true
	}
	ta, tb := map[string]bool{}, map[string]bool{}
	for _, t := range reTopicTok.FindAllString(a, -1) {
		ta[t] = true
	}
	for _, t := range reTopicTok.FindAllString(b, -1) {
		tb[t] = true
	}
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	inter := 0
	for t := range ta {
		if tb[t] {
			inter++
		}
	}
	union := len(ta) + len(tb) - inter
	return float64(inter)/float64(union) >= 0.5
}

func named(c goldContact) []goldParticipant {
	var out []goldParticipant
	for _, p := range c.Participants {
		if p.Name != nil && *p.Name != "" {
			out = append(out, p)
		}
	}
	return out
}

func overlapCount(g, p goldContact) int {
	n := 0
	used := map[int]bool{}
	pn := named(p)
	for _, gp := range named(g) {
		for i, pp := range pn {
			if !used[i] && scoreSamePerson(*gp.Name, *pp.Name) {
				used[i] = true
				n++
				break
			}
		}
	}
	return n
}

func strEq(a, b *string) bool {
	x, y := "", ""
	if a != nil {
		x = *a
	}
	if b != nil {
		y = *b
	}
	return x == y
}

// scores are the metrics score.py prints.
type scores struct {
	ContactsF1, ParticipantsF1, TopicsF1           float64
	Org, Date, City, Kind, Negatives               float64
	goldContacts, predContacts, matched, filesSeen int
}

type counter struct{ ok, n int }

func (c counter) acc() float64 {
	if c.n == 0 {
		return 1
	}
	return float64(c.ok) / float64(c.n)
}

func f1(tp, fp, fn int) float64 {
	p, r := 1.0, 1.0
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// score compares predictions with gold, file by file, as score.py does.
func score(gold, pred map[string][]goldContact) scores {
	var cTP, cFP, cFN, pTP, pFP, pFN, tTP, tFP, tFN int
	var org, date, city, kind, neg counter
	files := make([]string, 0, len(gold))
	for f := range gold {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		g, p := gold[f], pred[f]
		if len(g) == 0 {
			neg.n++
			if len(p) == 0 {
				neg.ok++
			}
		}
		type cand struct{ ov, bonus, i, j int }
		var cands []cand
		for i, gc := range g {
			for j, pc := range p {
				ov := overlapCount(gc, pc)
				bonus := 0
				if gc.Date != nil && *gc.Date != "" && strEq(gc.Date, pc.Date) {
					bonus++
				}
				if scoreNormCity(gc.City) != "" && scoreNormCity(gc.City) == scoreNormCity(pc.City) {
					bonus++
				}
				if ov > 0 || (len(named(gc)) == 0 && bonus > 0) {
					cands = append(cands, cand{ov, bonus, i, j})
				}
			}
		}
		sort.Slice(cands, func(a, b int) bool {
			x, y := cands[a], cands[b]
			if x.ov != y.ov {
				return x.ov > y.ov
			}
			if x.bonus != y.bonus {
				return x.bonus > y.bonus
			}
			if x.i != y.i {
				return x.i > y.i
			}
			return x.j > y.j
		})
		gfree, pfree := map[int]bool{}, map[int]bool{}
		for i := range g {
			gfree[i] = true
		}
		for j := range p {
			pfree[j] = true
		}
		type pair struct{ g, p goldContact }
		var pairs []pair
		for _, c := range cands {
			if gfree[c.i] && pfree[c.j] {
				delete(gfree, c.i)
				delete(pfree, c.j)
				pairs = append(pairs, pair{g[c.i], p[c.j]})
			}
		}
		cTP += len(pairs)
		cFN += len(gfree)
		cFP += len(pfree)
		for i := range gfree {
			gc := g[i]
			pFN += len(named(gc))
			for _, gp := range named(gc) {
				if gp.Organization != nil && *gp.Organization != "" {
					org.n++
				}
			}
			date.n++
			city.n++
			kind.n++
			tFN += len(gc.Topics)
		}
		for j := range pfree {
			pFP += len(named(p[j]))
		}
		for _, pr := range pairs {
			gc, pc := pr.g, pr.p
			used := map[int]bool{}
			pn := named(pc)
			for _, gp := range named(gc) {
				hit := -1
				for k, pp := range pn {
					if !used[k] && scoreSamePerson(*gp.Name, *pp.Name) {
						hit = k
						break
					}
				}
				hasOrg := gp.Organization != nil && *gp.Organization != ""
				if hit < 0 {
					pFN++
					if hasOrg {
						org.n++
					}
					continue
				}
				used[hit] = true
				pTP++
				if hasOrg {
					org.n++
					if scoreNormOrg(gp.Organization) == scoreNormOrg(pn[hit].Organization) {
						org.ok++
					}
				}
			}
			pFP += len(pn) - len(used)
			date.n++
			if strEq(gc.Date, pc.Date) {
				date.ok++
			}
			city.n++
			if scoreNormCity(gc.City) == scoreNormCity(pc.City) {
				city.ok++
			}
			kind.n++
			if gc.Kind == pc.Kind {
				kind.ok++
			}
			matched := map[int]bool{}
			for _, gt := range gc.Topics {
				hit := -1
				for k, pt := range pc.Topics {
					if !matched[k] && scoreTopicMatch(gt, pt) {
						hit = k
						break
					}
				}
				if hit < 0 {
					tFN++
				} else {
					matched[hit] = true
					tTP++
				}
			}
			tFP += len(pc.Topics) - len(matched)
		}
	}
	return scores{
		ContactsF1: f1(cTP, cFP, cFN), ParticipantsF1: f1(pTP, pFP, pFN), TopicsF1: f1(tTP, tFP, tFN),
		Org: org.acc(), Date: date.acc(), City: city.acc(), Kind: kind.acc(), Negatives: neg.acc(),
		goldContacts: cTP + cFN, predContacts: cTP + cFP, matched: cTP, filesSeen: len(files),
	}
}
