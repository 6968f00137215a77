package loader

import (
	"sort"
	"strings"

	"github.com/diplograph/diplograph/gazetteer"
	"github.com/diplograph/diplograph/store"
)

// Gazetteer is the Places the loader uses: states, international bodies
// and world cities from the gazetteer package.
type Gazetteer struct{}

// Organization resolves a state by any of its names ("PRC", "People's
// Republic of China", "Chinese side") or an international body by name,
// acronym or alias ("North Atlantic Treaty Organization" → NATO).
func (Gazetteer) Organization(name string) (store.OrganizationRecord, bool) {
	name = strings.TrimSpace(name)
	name = strings.TrimSuffix(strings.TrimSuffix(name, " side"), " Side")
	if c, ok := gazetteer.LookupCountry(name); ok {
		aliases := []string{c.Name}
		aliases = append(aliases, c.OfficialNames...)
		aliases = append(aliases, c.Aliases...)
		for _, d := range c.Demonyms {
			aliases = append(aliases, d+" side")
		}
		return store.OrganizationRecord{
			ID: "org:" + Slug(c.Name), Name: c.Name, Kind: "state", Country: c.Name,
			Aliases: uniqueSorted(aliases),
		}, true
	}
	if o, ok := lookupOrganization(name); ok {
		return o, true
	}
	return store.OrganizationRecord{}, false
}

// City resolves a city by name within its country.
func (Gazetteer) City(name, country string) (store.CityRecord, bool) {
	if c, ok := gazetteer.LookupCountry(country); ok {
		country = c.Name
	}
	return lookupCity(name, country)
}

func uniqueSorted(l []string) []string {
	seen := map[string]bool{}
	out := make([]string, 0, len(l))
	for _, s := range l {
		s = strings.TrimSpace(s)
		if s == "" || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}
