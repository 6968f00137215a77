// Package gen writes corpora of fictional diplomatic statements for demos
// and benchmarks. The people are invented (names built from syllable
// tables); states, international bodies and cities are real. The
// statements follow the styles the extractor reads: Chinese foreign-ministry
// releases, White House call readouts and news-wire reports, with some
// negatives (press conferences, planned visits) that report no contact.
// Output depends only on the seed.
package gen

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Statement is one generated statement.
type Statement struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Text      string `json:"text"`
	// Style says which template made it: mfa, readout, wire, press, visit.
	Style string `json:"-"`
}

// Options say what to generate.
type Options struct {
	Count int
	Seed  uint64
}

type country struct {
	name, demonym, capital string
}

// countries are real states with their capitals.
var countries = []country{
	{"Germany", "German", "Berlin"}, {"France", "French", "Paris"}, {"United Kingdom", "British", "London"},
	{"Italy", "Italian", "Rome"}, {"Spain", "Spanish", "Madrid"}, {"Japan", "Japanese", "Tokyo"},
	{"South Korea", "South Korean", "Seoul"}, {"India", "Indian", "New Delhi"}, {"Brazil", "Brazilian", "Brasilia"},
	{"Mexico", "Mexican", "Mexico City"}, {"Canada", "Canadian", "Ottawa"}, {"Australia", "Australian", "Canberra"},
	{"Indonesia", "Indonesian", "Jakarta"}, {"Turkey", "Turkish", "Ankara"}, {"Egypt", "Egyptian", "Cairo"},
	{"Nigeria", "Nigerian", "Abuja"}, {"South Africa", "South African", "Pretoria"}, {"Kenya", "Kenyan", "Nairobi"},
	{"Argentina", "Argentine", "Buenos Aires"}, {"Chile", "Chilean", "Santiago"}, {"Poland", "Polish", "Warsaw"},
	{"Netherlands", "Dutch", "Amsterdam"}, {"Sweden", "Swedish", "Stockholm"}, {"Norway", "Norwegian", "Oslo"},
	{"Finland", "Finnish", "Helsinki"}, {"Greece", "Greek", "Athens"}, {"Portugal", "Portuguese", "Lisbon"},
	{"Vietnam", "Vietnamese", "Hanoi"}, {"Thailand", "Thai", "Bangkok"}, {"Malaysia", "Malaysian", "Kuala Lumpur"},
	{"Singapore", "Singaporean", "Singapore"}, {"Philippines", "Philippine", "Manila"}, {"Pakistan", "Pakistani", "Islamabad"},
	{"Kazakhstan", "Kazakh", "Astana"}, {"Saudi Arabia", "Saudi", "Riyadh"}, {"Iran", "Iranian", "Tehran"},
	{"Ethiopia", "Ethiopian", "Addis Ababa"}, {"Morocco", "Moroccan", "Rabat"}, {"New Zealand", "New Zealand", "Wellington"},
	{"Ireland", "Irish", "Dublin"},
}

type body struct {
	short, full, headTitle, seat string
}

// bodies are real international organizations and the posts of their heads.
var bodies = []body{
	{"NATO", "North Atlantic Treaty Organization", "Secretary General", "Brussels"},
	{"ASEAN", "Association of Southeast Asian Nations", "Secretary-General", "Jakarta"},
	{"UN", "United Nations", "Secretary-General", "New York"},
	{"WHO", "World Health Organization", "Director-General", "Geneva"},
	{"African Union", "African Union Commission", "Chairperson", "Addis Ababa"},
	{"OSCE", "Organization for Security and Co-operation in Europe", "Secretary General", "Vienna"},
}

var topics = []string{
	"COVID-19", "climate change", "trade", "Afghanistan", "the Middle East", "Iraq", "arms control",
	"counter-terrorism", "energy security", "the Korean Peninsula", "maritime cooperation", "food security",
	"nuclear non-proliferation", "the Belt and Road Initiative", "multilateralism", "Ukraine", "Syria",
	"public health", "investment", "cybersecurity",
}

var (
	// Syllables for invented names: combinations that read as names but
	// belong to no one in particular.
	firstA = []string{"Ma", "Ta", "Ve", "Lo", "Ka", "Ri", "Se", "Do", "Ne", "Al", "Bre", "Cal", "Ed", "Fa", "Gi", "Ha", "Il", "Jo", "Lu", "Mi", "Or", "Pe", "Ro", "Sa", "Ti", "Va", "Wen", "Ya", "Zo"}
	firstB = []string{"ren", "lin", "da", "mar", "ros", "vin", "tha", "rik", "na", "lia", "ven", "dor", "mir", "sa", "to", "ra", "nel", "bert", "ton", "zia"}
	lastA  = []string{"Kes", "Vor", "Tal", "Bran", "Mor", "Hal", "Dres", "Fen", "Gor", "Lind", "Mar", "Nor", "Ost", "Pel", "Quin", "Rav", "Sten", "Tor", "Ul", "Wes", "Zan", "Bel", "Cor", "Dal"}
	lastB  = []string{"ovan", "berg", "ani", "ard", "enko", "ova", "ström", "ez", "elli", "ington", "os", "ida", "uru", "ström", "mann", "ssen", "ard", "ic", "ander", "ura"}
	// Surname-first names (as Chinese names are written): one syllable,
	// then a two-syllable given name.
	cnFamily = []string{"Lan", "Qiao", "Fen", "Mu", "Shan", "Tao", "Ren", "Bai", "Kang", "Luo", "Jiang", "Xie", "Pan", "Du", "Yan"}
	cnGivenA = []string{"He", "Ming", "Jia", "Wen", "Lian", "Qing", "Rui", "Shu", "Xin", "Yun", "Zhi", "An"}
	cnGivenB = []string{"xiu", "hao", "ping", "ran", "dong", "yuan", "jun", "lin", "feng", "tao", "hua", "wei"}
)

// gen holds one corpus's random source and the rosters it invents.
type gen struct {
	seed uint64
	r    *rand.Rand
}

// person is an invented office holder.
type person struct{ name, title, org string }

// term is which roster a date falls in: office holders change every three
// years.
func term(d time.Time) int { return (d.Year() - 2014) / 3 }

// holder invents who held a post in a state or body in a term. It depends
// only on the seed, the post and the term, so the same person recurs across
// statements.
func (g *gen) holder(org, post string, t int, chinese bool) person {
	h := fnv(fmt.Sprintf("%d|%s|%s|%d", g.seed, org, post, t))
	r := rand.New(rand.NewPCG(h, h>>7|1))
	pick := func(l []string) string { return l[r.IntN(len(l))] }
	var name string
	if chinese {
		name = pick(cnFamily) + " " + pick(cnGivenA) + pick(cnGivenB)
	} else {
		name = pick(firstA) + pick(firstB) + " " + pick(lastA) + pick(lastB)
	}
	return person{name: name, title: post, org: org}
}

func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// Generate calls fn with opts.Count statements, in order.
func Generate(opts Options, fn func(i int, s Statement) error) error {
	g := &gen{seed: opts.Seed, r: rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))}
	for i := range opts.Count {
		s := g.statement(i)
		if err := fn(i, s); err != nil {
			return err
		}
	}
	return nil
}

func (g *gen) pick(l []string) string { return l[g.r.IntN(len(l))] }

func (g *gen) date() time.Time {
	start := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	return start.AddDate(0, 0, g.r.IntN(3650))
}

func (g *gen) topics() []string {
	n := 2 + g.r.IntN(3)
	perm := g.r.Perm(len(topics))
	out := make([]string, n)
	for i := range n {
		out[i] = topics[perm[i]]
	}
	return out
}

func (g *gen) statement(i int) Statement {
	var s Statement
	switch x := g.r.IntN(100); {
	case x < 45:
		s = g.mfa()
	case x < 75:
		s = g.readout()
	case x < 92:
		s = g.wire()
	case x < 96:
		s = g.press()
	default:
		s = g.visit()
	}
	s.URL = fmt.Sprintf("https://example.org/diplograph-gen/%d/%s/%06d", g.seed, s.Style, i)
	return s
}

func longDate(d time.Time) string { return d.Format("January 2, 2006") }

func listing(l []string) string {
	switch len(l) {
	case 0:
		return ""
	case 1:
		return l[0]
	}
	return strings.Join(l[:len(l)-1], ", ") + " and " + l[len(l)-1]
}

// counterpart is a foreign minister of a state or the head of a body.
func (g *gen) counterpart(d time.Time) (p person, city, country string) {
	if g.r.IntN(4) == 0 {
		b := bodies[g.r.IntN(len(bodies))]
		p = g.holder(b.short, b.headTitle, term(d), false)
		return p, b.seat, ""
	}
	c := countries[g.r.IntN(len(countries))]
	post := g.pick([]string{"Foreign Minister", "Prime Minister", "President"})
	return g.holder(c.name, post, term(d), false), c.capital, c.name
}

// mfa is a Chinese foreign-ministry release.
func (g *gen) mfa() Statement {
	d := g.date()
	wy := g.holder("China", "State Councilor and Foreign Minister", term(d), true)
	other, city, _ := g.counterpart(d)
	surname := strings.Fields(other.name)[1]
	tps := g.topics()
	verb, place := "met with", " in "+city
	kind := g.r.IntN(10)
	switch {
	case kind < 2:
		verb, place = "held talks with", " in Beijing"
	case kind < 4:
		verb, place = "had a phone call with", ""
	case kind < 5:
		verb, place = "held a video call with", ""
	case kind < 6:
		verb = "met at request with"
	}
	of := other.org
	headline := map[string]string{
		"met with": "Meets with", "held talks with": "Holds Talks with", "had a phone call with": "Has a Phone Call with",
		"held a video call with": "Holds a Video Call with", "met at request with": "Meets with",
	}[verb]
	title := fmt.Sprintf("%s %s %s", wy.name, headline, other.name)
	text := fmt.Sprintf(`Home > News & Events
%s

On %s local time, %s %s %s %s, %s of %s%s.

%s said that %s is willing to strengthen dialogue and cooperation with the Chinese side. %s said the two sides should deepen exchanges on %s.

%s said China stands ready to work with all parties to uphold multilateralism. The two sides also exchanged views on %s.
`, title, longDate(d), wy.title, wy.name, verb, other.name, other.title, of, place,
		surname, other.org, surname, tps[0], strings.Fields(wy.name)[0], listing(tps[1:]))
	return Statement{Title: title, Published: d.Format("2006-01-02"), Text: text, Style: "mfa"}
}

func isBody(org string) bool {
	for _, b := range bodies {
		if b.short == org {
			return true
		}
	}
	return false
}

// readout is a White House call readout, dated by its publication.
func (g *gen) readout() Statement {
	d := g.date()
	pres := g.holder("United States", "President", term(d), false)
	c := countries[g.r.IntN(len(countries))]
	post := g.pick([]string{"Prime Minister", "President", "Chancellor"})
	other := g.holder(c.name, post, term(d), false)
	last := strings.Fields(pres.name)[1]
	tps := g.topics()
	verb, noun := "spoke with", "Call"
	if g.r.IntN(4) == 0 {
		verb, noun = "met with", "Meeting"
	}
	title := fmt.Sprintf("Readout of President %s’s %s with %s %s of %s", pres.name, noun, post, other.name, c.name)
	text := fmt.Sprintf(`%s
%s

Today, President %s %s %s %s of %s. The leaders discussed %s. President %s reaffirmed the commitment of the United States to working with %s on %s.
`, title, longDate(d), pres.name, verb, post, other.name, c.name, listing(tps[:len(tps)-1]), last, c.name, tps[len(tps)-1])
	return Statement{Title: title, Published: d.Format("2006-01-02"), Text: text, Style: "readout"}
}

// wire is a news-wire report with a dated dateline.
func (g *gen) wire() Statement {
	d := g.date()
	a := countries[g.r.IntN(len(countries))]
	b := countries[g.r.IntN(len(countries))]
	for b.name == a.name {
		b = countries[g.r.IntN(len(countries))]
	}
	pa := g.holder(a.name, "Foreign Minister", term(d), false)
	pb := g.holder(b.name, "Foreign Minister", term(d), false)
	tps := g.topics()
	title := fmt.Sprintf("%s and %s foreign ministers discuss %s", a.name, b.name, tps[0])
	text := fmt.Sprintf(`%s

%s, %s (Diplograph Wire) - %s Foreign Minister %s met %s Foreign Minister %s in %s on %s, the two governments said.

The ministers discussed %s, according to a statement released after the meeting. "We agreed to stay in close contact," %s told reporters.
`, title, strings.ToUpper(a.capital), longDate(d), a.demonym, pa.name, b.demonym, pb.name, a.capital, d.Weekday(),
		listing(tps), strings.Fields(pb.name)[1])
	return Statement{Title: title, Published: d.Format("2006-01-02"), Text: text, Style: "wire"}
}

// press is a press conference: a negative, no contact happened.
func (g *gen) press() Statement {
	d := g.date()
	sp := g.holder("China", "Foreign Ministry Spokesperson", term(d), true)
	c := countries[g.r.IntN(len(countries))]
	title := fmt.Sprintf("Foreign Ministry Spokesperson %s's Regular Press Conference on %s", sp.name, longDate(d))
	text := fmt.Sprintf(`%s

Q: What is China's comment on the situation in %s?

A: China has always maintained that differences should be resolved through dialogue and consultation. We hope all parties will stay calm and exercise restraint.

Q: Will the foreign minister visit %s this year?

A: We will release information in due course.
`, title, c.name, c.name)
	return Statement{Title: title, Published: d.Format("2006-01-02"), Text: text, Style: "press"}
}

// visit announces a planned visit: a negative, it has not happened.
func (g *gen) visit() Statement {
	d := g.date()
	c := countries[g.r.IntN(len(countries))]
	host := g.holder(c.name, "Foreign Minister", term(d), false)
	fm := g.holder("China", "State Councilor and Foreign Minister", term(d), true)
	later := d.AddDate(0, 0, 7+g.r.IntN(14))
	title := fmt.Sprintf("%s to Visit %s", fm.name, c.name)
	text := fmt.Sprintf(`%s

Foreign Ministry Spokesperson announced on %s: At the invitation of %s Foreign Minister %s, State Councilor and Foreign Minister %s will pay an official visit to %s from %s to %s.
`, title, longDate(d), c.demonym, host.name, fm.name, c.name, later.Format("January 2"), later.AddDate(0, 0, 2).Format("January 2, 2006"))
	return Statement{Title: title, Published: d.Format("2006-01-02"), Text: text, Style: "visit"}
}

// WriteJSONL writes the statements as JSON lines (url, title, published,
// text), the fast format for large corpora.
func WriteJSONL(w io.Writer, opts Options) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return Generate(opts, func(_ int, s Statement) error { return enc.Encode(s) })
}

// WriteDir writes each statement as a plain-text file, DIR/gen-NNNNNN.txt
// (the text only, as published; its date is in the text).
func WriteDir(dir string, opts Options) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return Generate(opts, func(i int, s Statement) error {
		return os.WriteFile(filepath.Join(dir, fmt.Sprintf("gen-%06d.txt", i)), []byte(s.Text), 0o644)
	})
}
