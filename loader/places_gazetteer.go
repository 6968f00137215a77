package loader

import (
	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/gazetteer"
	"github.com/diplograph/diplograph/store"
)

// lookupOrganization finds an international body in the gazetteer.
func lookupOrganization(name string) (store.OrganizationRecord, bool) {
	o, ok := gazetteer.LookupOrganization(name)
	if !ok {
		return store.OrganizationRecord{}, false
	}
	aliases := append([]string{o.Name, o.FullName, o.Acronym}, o.Aliases...)
	return store.OrganizationRecord{
		ID: "org:" + Slug(o.Name), Name: o.Name, Kind: o.Kind, Acronym: o.Acronym, Country: o.Country,
		Aliases: uniqueSorted(aliases),
	}, true
}

// lookupCity finds a city of a country (any country when country is "")
// in the gazetteer: the capital or most populous of that name.
func lookupCity(name, country string) (store.CityRecord, bool) {
	for _, c := range gazetteer.LookupCity(name) {
		if country != "" && c.Country != country {
			continue
		}
		aliases := []string{c.Name, c.ASCII}
		// GeoNames lists many foreign spellings; a few are enough to find
		// the city by.
		aliases = append(aliases, c.Aliases[:min(len(c.Aliases), 8)]...)
		return store.CityRecord{
			ID: "city:" + Slug(c.Country) + ":" + Slug(c.Name), Name: c.Name, Country: c.Country,
			Aliases: uniqueSorted(aliases),
		}, true
	}
	return store.CityRecord{}, false
}

// defaultExtract is the extraction engine.
var defaultExtract = extract.Extract
