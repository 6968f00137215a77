package gazetteer

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
)

// Status values of a Country.
const (
	StatusMember    = "member"    // UN member state
	StatusObserver  = "observer"  // UN observer state (Holy See, Palestine)
	StatusLimited   = "limited"   // state with limited recognition (Taiwan, Kosovo, Western Sahara)
	StatusTerritory = "territory" // dependent territory or special region (Hong Kong, Greenland)
)

// Country is a state, a territory or another entity with an ISO 3166-1 code.
type Country struct {
	// Name is the common short name diplomats use: "China", "United
	// States", "South Korea", "Turkey". It is the value extraction reports
	// as a national official's organization.
	Name string
	// Official is the first official name ("People's Republic of China"),
	// or "" when the official name is the short name.
	Official string
	// OfficialNames are all official names known, Official first.
	OfficialNames []string
	// Demonyms are the adjectives for the country ("Chinese"; "U.S.",
	// "American"), most usual first.
	Demonyms []string
	// Aliases are other names: abbreviations (PRC, DPRK, UAE), former or
	// alternative names (Burma, Czechia, Türkiye), ISO and native names.
	Aliases []string
	// ISO2 and ISO3 are the ISO 3166-1 alpha-2 and alpha-3 codes (Kosovo
	// has the user-assigned XK and UNK).
	ISO2, ISO3 string
	// Capital is the name of the capital as in the city data ("Washington",
	// "Beijing"), or "" for uninhabited territories.
	Capital string
	// Status is one of StatusMember, StatusObserver, StatusLimited or
	// StatusTerritory.
	Status string
}

// Sovereign reports whether the country is a UN member or observer state or
// a state with limited recognition, as opposed to a dependent territory.
func (c Country) Sovereign() bool { return c.Status != StatusTerritory }

//go:embed data/countries.json
var countriesJSON []byte

type countryTable struct {
	all      []Country
	names    index // short, official and alternative names
	demonyms index
	codes    map[string]int // ISO2 and ISO3
}

var (
	countriesOnce sync.Once
	countriesData *countryTable
)

// countries parses the embedded country data on first use.
func countries() *countryTable {
	countriesOnce.Do(func() {
		t, err := parseCountries(countriesJSON)
		if err != nil {
			// The data is embedded and checked by the tests: a parse
			// failure is a build defect, not a runtime condition.
			panic(err)
		}
		countriesData = t
	})
	return countriesData
}

func parseCountries(data []byte) (*countryTable, error) {
	var raw []struct {
		Name     string   `json:"name"`
		Official []string `json:"official"`
		Demonyms []string `json:"demonyms"`
		Aliases  []string `json:"aliases"`
		ISO2     string   `json:"iso2"`
		ISO3     string   `json:"iso3"`
		Status   string   `json:"status"`
		Capital  string   `json:"capital"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("gazetteer: parse countries: %w", err)
	}
	t := &countryTable{
		all:      make([]Country, len(raw)),
		names:    newIndex(len(raw) * 6),
		demonyms: newIndex(len(raw) * 2),
		codes:    make(map[string]int, len(raw)*2),
	}
	for i, r := range raw {
		c := Country{
			Name: r.Name, OfficialNames: r.Official, Demonyms: r.Demonyms, Aliases: r.Aliases,
			ISO2: r.ISO2, ISO3: r.ISO3, Capital: r.Capital, Status: r.Status,
		}
		if len(r.Official) > 0 {
			c.Official = r.Official[0]
		}
		t.all[i] = c
		t.codes[r.ISO2] = i
		t.codes[r.ISO3] = i
	}
	// Short names first, so that no alias of one country can take the
	// short name of another.
	for i, c := range t.all {
		t.names.add(c.Name, i)
	}
	for i, c := range t.all {
		for _, s := range c.OfficialNames {
			t.names.add(s, i)
		}
		for _, s := range c.Aliases {
			t.names.add(s, i)
		}
		for _, s := range c.Demonyms {
			t.demonyms.add(s, i)
		}
	}
	return t, nil
}

// Countries returns every country and territory, sorted by name.
func Countries() []Country {
	return append([]Country(nil), countries().all...)
}

// LookupCountry finds a country by short name, official name, alias or
// demonym: "PRC", "the People's Republic of China", "U.S.", "Türkiye",
// "British" all resolve. Case, a leading "the", full stops, curly
// apostrophes and diacritics are ignored, except that all-capital
// abbreviations match only as written ("US", not "us"). A trailing
// possessive ("China's") is not stripped: that is the caller's job.
func LookupCountry(s string) (Country, bool) {
	t := countries()
	if i, ok := t.names.lookup(s); ok {
		return t.all[i], true
	}
	if i, ok := t.demonyms.lookup(s); ok {
		return t.all[i], true
	}
	return Country{}, false
}

// CountryByDemonym finds a country from an adjective ("Chinese", "U.S.",
// "British", "DPRK"); nouns used as adjectives ("China", "Hong Kong") are
// accepted too. Adjectives shared by two states ("Congolese", "Dominican")
// resolve to none.
func CountryByDemonym(s string) (Country, bool) {
	t := countries()
	if i, ok := t.demonyms.lookup(s); ok {
		return t.all[i], true
	}
	if i, ok := t.names.lookup(s); ok {
		return t.all[i], true
	}
	return Country{}, false
}

// CountryByCode finds a country by its ISO 3166-1 alpha-2 or alpha-3 code
// ("CN", "chn"). Codes are not names: LookupCountry does not accept them,
// since "IN", "IT" and "NO" are English words.
func CountryByCode(code string) (Country, bool) {
	t := countries()
	if i, ok := t.codes[strings.ToUpper(strings.TrimSpace(code))]; ok {
		return t.all[i], true
	}
	return Country{}, false
}
