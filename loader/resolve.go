package loader

import (
	"sort"
	"strings"

	"github.com/diplograph/diplograph/store"
)

// Places canonicalizes organizations and cities; the gazetteer package
// backs it in the loader, tests may use a small table.
type Places interface {
	// Organization returns the canonical organization (a state or an
	// international body) for any of its names, acronyms or aliases; ok is
	// false for names it does not know.
	Organization(name string) (org store.OrganizationRecord, ok bool)
	// City returns the canonical city for a name and, when known, its
	// country's name; ok is false for cities it does not know.
	City(name, country string) (city store.CityRecord, ok bool)
}

// Resolver maps the names statements give people, organizations and places
// to graph entities, so that one person is one Official however a
// statement names them. It remembers every official it has resolved (and
// those it was seeded with), so it is not safe for concurrent use: the
// loader resolves batches one at a time, in input order.
type Resolver struct {
	places Places

	people    map[string]*person   // by id
	byKey     map[string]*person   // by full-name key ("joseph biden")
	byToken   map[string][]*person // by surname and by first word of the name
	orgsCache map[string]store.OrganizationRecord
}

type person struct {
	id       string
	name     string
	key      string // "" while only a surname is known
	surname  string
	first    string
	aliases  map[string]bool
	orgs     map[string]bool // canonical organization ids
	orgNames map[string]bool
}

// NewResolver returns a resolver that knows no one yet.
func NewResolver(places Places) *Resolver {
	return &Resolver{
		places:    places,
		people:    map[string]*person{},
		byKey:     map[string]*person{},
		byToken:   map[string][]*person{},
		orgsCache: map[string]store.OrganizationRecord{},
	}
}

// Seed teaches the resolver officials stored by earlier runs, so that a
// surname-only mention in this run resolves to them.
func (r *Resolver) Seed(known []store.KnownOfficial) {
	for _, k := range known {
		p := &person{id: k.ID, name: k.Name, aliases: map[string]bool{}, orgs: map[string]bool{}, orgNames: map[string]bool{}}
		for _, a := range k.Aliases {
			p.aliases[a] = true
		}
		p.aliases[k.Name] = true
		for _, o := range k.Organizations {
			org := r.Organization(o)
			p.orgs[org.ID] = true
			p.orgNames[org.Name] = true
		}
		r.people[p.id] = p
		pn := ParseName(k.Name)
		r.index(p, pn)
		// Aliases that are full names are keys of this person too.
		for a := range p.aliases {
			if an := ParseName(a); an.Key != "" {
				if _, taken := r.byKey[an.Key]; !taken {
					r.byKey[an.Key] = p
				}
			}
		}
	}
}

// index records p under its key and name words.
func (r *Resolver) index(p *person, pn PersonName) {
	if pn.Key != "" && p.key == "" {
		p.key = pn.Key
	}
	if pn.Key != "" {
		if _, taken := r.byKey[pn.Key]; !taken {
			r.byKey[pn.Key] = p
		}
	}
	if len(pn.Tokens) > 0 {
		p.surname = pn.Tokens[len(pn.Tokens)-1]
		p.first = pn.Tokens[0]
		r.addToken(p.surname, p)
		if len(pn.Tokens) > 1 {
			r.addToken(p.first, p)
		}
	}
}

func (r *Resolver) addToken(t string, p *person) {
	for _, q := range r.byToken[t] {
		if q == p {
			return
		}
	}
	r.byToken[t] = append(r.byToken[t], p)
}

// Organization returns the canonical organization for a name a statement
// gives; names the gazetteer does not know become organizations of their
// own, kind "other".
func (r *Resolver) Organization(name string) store.OrganizationRecord {
	name = strings.TrimSpace(name)
	if o, ok := r.orgsCache[name]; ok {
		return o
	}
	o, ok := store.OrganizationRecord{}, false
	if r.places != nil {
		o, ok = r.places.Organization(name)
	}
	if !ok {
		o = store.OrganizationRecord{ID: "org:" + Slug(name), Name: name, Kind: "other", Aliases: []string{name}}
	}
	r.orgsCache[name] = o
	return o
}

// City returns the canonical city for a name and a country as a statement
// gives them.
func (r *Resolver) City(name, country string) store.CityRecord {
	if r.places != nil {
		if c, ok := r.places.City(name, country); ok {
			return c
		}
	}
	return store.CityRecord{ID: "city:" + Slug(country) + ":" + Slug(name), Name: name, Country: country, Aliases: []string{name}}
}

// Official resolves a participant's name, given with the organization they
// represent, to an Official. Full names match by key ("Joe Biden" =
// "President Joseph R. Biden, Jr."), whatever the organization. A
// single-word name ("Stoltenberg") matches a known person of the same
// organization with that surname (or, for names written surname first,
// that first word); with none, it becomes a person of its own, who takes
// the full name when one with that surname and organization turns up.
// Two people of different organizations with one surname stay two.
func (r *Resolver) Official(name string, org store.OrganizationRecord) store.OfficialRecord {
	pn := ParseName(name)
	if len(pn.Tokens) == 0 {
		return store.OfficialRecord{}
	}
	var p *person
	if pn.Key != "" {
		p = r.byKey[pn.Key]
		if p == nil {
			// A person known so far by surname only, of this organization.
			for _, q := range r.byToken[pn.Surname()] {
				if q.key == "" && q.orgs[org.ID] {
					p = q
					p.name = pn.Display
					break
				}
			}
		}
	} else {
		p = r.bySurname(pn.Tokens[0], org.ID)
	}
	if p == nil {
		id := "official:" + Slug(pn.Display)
		if pn.Key != "" {
			id = "official:" + strings.ReplaceAll(pn.Key, " ", "-")
		}
		for n := 2; r.people[id] != nil; n++ {
			// Same slug, different person (same surname, other organization).
			id = strings.TrimRight(id, "0123456789-") + "-" + itoa(n)
		}
		p = &person{id: id, name: pn.Display, aliases: map[string]bool{}, orgs: map[string]bool{}, orgNames: map[string]bool{}}
		r.people[id] = p
	}
	r.index(p, pn)
	p.aliases[pn.Display] = true
	if s := p.surname; s != "" && len(pn.Tokens) > 1 {
		// The surname alone is how later paragraphs name them.
		p.aliases[strings.ToUpper(s[:1])+s[1:]] = true
	}
	if org.ID != "" {
		p.orgs[org.ID] = true
		p.orgNames[org.Name] = true
	}
	return p.record()
}

// bySurname finds the person of org known by this one word: a surname
// first, then a first word (surname-first names such as "Wang Yi").
func (r *Resolver) bySurname(word, orgID string) *person {
	var lastMatch, firstMatch []*person
	for _, q := range r.byToken[word] {
		if !q.orgs[orgID] {
			continue
		}
		if q.surname == word {
			lastMatch = append(lastMatch, q)
		} else if q.first == word {
			firstMatch = append(firstMatch, q)
		}
	}
	for _, c := range [][]*person{lastMatch, firstMatch} {
		if len(c) == 0 {
			continue
		}
		// Several with the surname in one organization: the one with the
		// smallest id, so the choice does not depend on load order.
		sort.Slice(c, func(i, j int) bool { return c[i].id < c[j].id })
		return c[0]
	}
	return nil
}

func (p *person) record() store.OfficialRecord {
	aliases := make([]string, 0, len(p.aliases))
	for a := range p.aliases {
		aliases = append(aliases, a)
	}
	sort.Strings(aliases)
	surname := p.surname
	if surname != "" {
		// The surname as written in the display name.
		for _, w := range strings.Fields(strings.ReplaceAll(p.name, ",", " ")) {
			if strings.ReplaceAll(Slug(w), "-", "") == surname {
				surname = w
			}
		}
	}
	return store.OfficialRecord{ID: p.id, Name: p.name, Surname: surname, Aliases: aliases}
}

// Officials returns how many distinct officials the resolver knows.
func (r *Resolver) Officials() int { return len(r.people) }

func itoa(n int) string {
	const digits = "0123456789"
	if n < 10 {
		return digits[n : n+1]
	}
	return itoa(n/10) + digits[n%10:n%10+1]
}
