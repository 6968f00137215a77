package gazetteer

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// Offices of an Officeholder.
const (
	OfficeHeadOfState       = "head_of_state"
	OfficeHeadOfGovernment  = "head_of_government"
	OfficeForeignMinister   = "foreign_minister"
	OfficeDefenceMinister   = "defence_minister"
	OfficeVicePresident     = "vice_president"
	OfficeVicePremier       = "vice_premier"
	OfficeStateCouncilor    = "state_councilor"
	OfficeForeignAffairsDir = "foreign_affairs_commission_director"
	OfficeSecurityAdvisor   = "national_security_advisor"
	OfficeSecurityCouncil   = "security_council_secretary"
	OfficeOrgHead           = "org_head"
)

// Officeholder is one person's tenure in one office: a head of state or
// government, a foreign or defence minister, or the head of an
// international body, from 2008 on.
type Officeholder struct {
	// Name is the full name as the English-language press usually prints
	// it ("Wang Yi", "Recep Tayyip Erdoğan").
	Name string
	// Aliases are other spellings and forms of the full name
	// ("Recep Tayyip Erdogan", "Kishida Fumio"); never a bare surname.
	Aliases []string
	// Organization is the state's short name (Country.Name) or the body's
	// (Organization.Name).
	Organization string
	// Office is one of the Office constants.
	Office string
	// From and To are the first and last year in office, clipped to 2008;
	// To is 0 while still in office.
	From, To int
}

// Holds reports whether the tenure covers the year.
func (o Officeholder) Holds(year int) bool {
	return year >= o.From && (o.To == 0 || year <= o.To)
}

// officeholdersTSV is the table in data/officeholders.tsv: name, aliases
// (|-separated), organization, office, from, to, with a header line.
//
//go:embed data/officeholders.tsv
var officeholdersTSV string

type officeholderTable struct {
	all    []Officeholder
	byName map[string][]int32 // key(name or alias) -> indices into all
}

var (
	officeholdersOnce sync.Once
	officeholdersData *officeholderTable
)

func officeholders() *officeholderTable {
	officeholdersOnce.Do(func() {
		t, err := parseOfficeholders(officeholdersTSV)
		if err != nil {
			panic(err) // embedded data, checked by the package's tests
		}
		officeholdersData = t
	})
	return officeholdersData
}

// parseOfficeholders reads the table and checks that every organization is
// a known state or body.
func parseOfficeholders(data string) (*officeholderTable, error) {
	t := &officeholderTable{byName: map[string][]int32{}}
	lines := strings.Split(strings.TrimRight(data, "\n"), "\n")
	for n, line := range lines[1:] {
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("officeholders.tsv:%d: %d fields, want 6", n+2, len(f))
		}
		o := Officeholder{Name: f[0], Organization: f[2], Office: f[3]}
		if f[1] != "" {
			o.Aliases = strings.Split(f[1], "|")
		}
		var err error
		if o.From, err = strconv.Atoi(f[4]); err != nil {
			return nil, fmt.Errorf("officeholders.tsv:%d: from %q: %v", n+2, f[4], err)
		}
		if f[5] != "" {
			if o.To, err = strconv.Atoi(f[5]); err != nil {
				return nil, fmt.Errorf("officeholders.tsv:%d: to %q: %v", n+2, f[5], err)
			}
		}
		if _, ok := LookupCountry(o.Organization); !ok {
			if _, ok := LookupOrganization(o.Organization); !ok {
				return nil, fmt.Errorf("officeholders.tsv:%d: unknown organization %q", n+2, o.Organization)
			}
		}
		i := int32(len(t.all))
		t.all = append(t.all, o)
		seen := map[string]bool{}
		for _, name := range append([]string{o.Name}, o.Aliases...) {
			k := key(name)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			t.byName[k] = append(t.byName[k], i)
		}
	}
	return t, nil
}

// Officeholders returns every tenure known.
func Officeholders() []Officeholder {
	return append([]Officeholder(nil), officeholders().all...)
}

// LookupOfficeholders finds the tenures of the person with this full name
// or alias ("Wang Yi", "Sergei Lavrov", "Kishida Fumio"), in table order.
// Case, diacritics and full stops do not matter.
func LookupOfficeholders(name string) []Officeholder {
	t := officeholders()
	var out []Officeholder
	for _, i := range t.byName[key(name)] {
		out = append(out, t.all[i])
	}
	return out
}

// OfficeholderOrganization is a tenure of the person with this full
// name, when the tenures known for the name all belong to one state or
// body; a person keeps it out of office too. When two people of different
// states share the name, the year (0 for none) picks the one in office
// then, if only one was.
func OfficeholderOrganization(name string, year int) (Officeholder, bool) {
	all := LookupOfficeholders(name)
	if pick, ok := oneOrganization(all); ok {
		return pick, true
	}
	if year == 0 {
		return Officeholder{}, false
	}
	var then []Officeholder
	for _, o := range all {
		if o.Holds(year) {
			then = append(then, o)
		}
	}
	return oneOrganization(then)
}

// oneOrganization returns the first tenure when all belong to one
// organization.
func oneOrganization(all []Officeholder) (Officeholder, bool) {
	if len(all) == 0 {
		return Officeholder{}, false
	}
	for _, o := range all[1:] {
		if o.Organization != all[0].Organization {
			return Officeholder{}, false
		}
	}
	return all[0], true
}
