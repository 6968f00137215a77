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
	merges    []store.OfficialMerge // decided since the last TakeMerges
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
			if o == "" {
				p.orgs[""] = true
				continue
			}
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
	if p == nil && pn.Key == "" && org.ID == "" {
		// No organization to tell people apart: the person of that
		// surname known under a full name (the smallest id if several).
		p = r.anyBySurname(pn.Tokens[0])
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
	if pn.Key != "" && org.ID != "" {
		r.foldSurnameOnly(p, org.ID)
	}
	p.aliases[pn.Display] = true
	if len(pn.Tokens) > 1 && !suffixWords[p.surname] {
		// The surname alone, as written, is how later paragraphs name them.
		if w := writtenSurname(pn.Display, p.surname); w != "" {
			p.aliases[w] = true
		}
	}
	// A person named without organization is known as such ("" in orgs),
	// so the next mention without one finds them.
	p.orgs[org.ID] = true
	if org.ID != "" {
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

// foldSurnameOnly merges into p, now known by full name in org, the people
// of org known so far only by p's surname: a "Harris" of the United States
// met before any "Kamala Harris" of the United States is her.
func (r *Resolver) foldSurnameOnly(p *person, orgID string) {
	for _, q := range append([]*person(nil), r.byToken[p.surname]...) {
		if q == p || q.key != "" || q.surname != p.surname || !q.orgs[orgID] {
			continue
		}
		for a := range q.aliases {
			p.aliases[a] = true
		}
		for o := range q.orgs {
			p.orgs[o] = true
		}
		for o := range q.orgNames {
			p.orgNames[o] = true
		}
		delete(r.people, q.id)
		for t, l := range r.byToken {
			kept := l[:0]
			for _, x := range l {
				if x != q {
					kept = append(kept, x)
				}
			}
			r.byToken[t] = kept
		}
		r.merges = append(r.merges, store.OfficialMerge{From: q.id, To: p.id})
	}
}

// TakeMerges returns the merges decided since the last call and forgets
// them.
func (r *Resolver) TakeMerges() []store.OfficialMerge {
	m := r.merges
	r.merges = nil
	return m
}

// anyBySurname finds the person with this surname known under a full
// name, whatever their organization.
func (r *Resolver) anyBySurname(word string) *person {
	var c []*person
	for _, q := range r.byToken[word] {
		if q.key != "" && q.surname == word {
			c = append(c, q)
		}
	}
	if len(c) == 0 {
		return nil
	}
	sort.Slice(c, func(i, j int) bool { return c[i].id < c[j].id })
	return c[0]
}

// writtenSurname returns the word of display whose slug is surname.
func writtenSurname(display, surname string) string {
	found := ""
	for _, w := range strings.Fields(strings.ReplaceAll(display, ",", " ")) {
		if strings.ReplaceAll(Slug(w), "-", "") == surname {
			found = w
		}
	}
	return found
}

func (p *person) record() store.OfficialRecord {
	aliases := make([]string, 0, len(p.aliases))
	for a := range p.aliases {
		aliases = append(aliases, a)
	}
	sort.Strings(aliases)
	surname := writtenSurname(p.name, p.surname)
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
