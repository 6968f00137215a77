package loader

import (
	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/store"
)

// lookupOrganization and lookupCity wait for the gazetteer's organization
// and city tables.
func lookupOrganization(name string) (store.OrganizationRecord, bool) {
	return store.OrganizationRecord{}, false
}

func lookupCity(name, country string) (store.CityRecord, bool) { return store.CityRecord{}, false }

// defaultExtract waits for extract.Extract.
var defaultExtract = func(extract.Input) extract.Result { return extract.Result{} }
