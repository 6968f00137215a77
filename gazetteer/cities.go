package gazetteer

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// City is a populated place from GeoNames: every city of at least 15,000
// inhabitants and every national capital.
type City struct {
	// Name is the GeoNames name, usually the English one ("Munich",
	// "Kyiv", "Washington").
	Name string
	// ASCII is Name without diacritics when that differs ("Geneve" for
	// "Genève"), else "".
	ASCII string
	// Aliases are Latin-script alternate names of cities of 100,000
	// inhabitants or more ("Kiev", "Bombay", "München"). GeoNames does not
	// say which language they are in, so many are foreign spellings.
	Aliases []string
	// Country is the short name of the country, as Country.Name.
	Country string
	// Population is the GeoNames population figure (0 for a few tiny
	// capitals).
	Population int
	// Capital reports whether the city is the capital of a UN member or
	// observer state or of a state with limited recognition.
	Capital bool
}

// citiesTSV is the city table written by tools/gazetteer-build, one city a
// line: name, ascii, aliases (|-separated), ISO2, population, capital ("1"
// or ""), most populous first. It is embedded as a string, not gzipped:
// the fields are then slices of it, and the first lookup does not pay for
// decompression.
//
//go:embed data/cities.tsv
var citiesTSV string

// cityRec is a city as stored: strings are slices of citiesTSV, and the
// alias list is split only when a City is handed out.
type cityRec struct {
	name, ascii, aliases string
	country              int16 // index into countryTable.all
	capital              bool
	population           int32
}

type cityTable struct {
	recs      []cityRec
	countries *countryTable
	// byName maps key(name) to the index of the only city of that name
	// (>= 0), or to -(g+1) for groups[g], the cities sharing it, best
	// first. Most names are unique, and this keeps their load to one map
	// write.
	byName map[string]int32
	groups [][]int32
}

var (
	citiesOnce sync.Once
	citiesData *cityTable
)

func cities() *cityTable {
	citiesOnce.Do(func() {
		t, err := parseCities(citiesTSV, countries())
		if err != nil {
			panic(err) // embedded data; see countries()
		}
		citiesData = t
	})
	return citiesData
}

// parseCities indexes the city table. Every command may touch the
// gazetteer, so this is kept to about one allocation per distinct name.
func parseCities(data string, ct *countryTable) (*cityTable, error) {
	n := strings.Count(data, "\n")
	t := &cityTable{
		recs:      make([]cityRec, 0, n),
		countries: ct,
		byName:    make(map[string]int32, n*2),
	}
	var fields [6]string
	for line := 1; data != ""; line++ {
		s := data
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			s, data = data[:i], data[i+1:]
		} else {
			data = ""
		}
		if s == "" || s[0] == '#' {
			continue
		}
		nf := 0
		for nf < 5 {
			i := strings.IndexByte(s, '\t')
			if i < 0 {
				break
			}
			fields[nf], s = s[:i], s[i+1:]
			nf++
		}
		fields[nf] = s
		if nf != 5 {
			return nil, fmt.Errorf("gazetteer: cities line %d: %d fields, want 6", line, nf+1)
		}
		pop, err := strconv.ParseInt(fields[4], 10, 32)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: cities line %d: population: %w", line, err)
		}
		ci, ok := ct.codes[fields[3]]
		if !ok {
			return nil, fmt.Errorf("gazetteer: cities line %d: unknown country %q", line, fields[3])
		}
		id := int32(len(t.recs))
		t.recs = append(t.recs, cityRec{
			name: fields[0], ascii: fields[1], aliases: fields[2],
			country: int16(ci), population: int32(pop), capital: fields[5] == "1",
		})
		t.add(fields[0], id)
		if fields[1] != "" {
			t.add(fields[1], id)
		}
		for a := fields[2]; a != ""; {
			alias := a
			if i := strings.IndexByte(a, '|'); i >= 0 {
				alias, a = a[:i], a[i+1:]
			} else {
				a = ""
			}
			t.add(alias, id)
		}
	}
	// The file is sorted by population; put national capitals first, so
	// that "Washington" is the capital of the United States and "Tripoli"
	// that of Libya whatever the figures say.
	for _, ids := range t.groups {
		sort.SliceStable(ids, func(a, b int) bool {
			return t.recs[ids[a]].capital && !t.recs[ids[b]].capital
		})
	}
	return t, nil
}

// add indexes city id under name. Cities arrive most populous first, so
// appending keeps each group in that order.
func (t *cityTable) add(name string, id int32) {
	k := key(name)
	v, ok := t.byName[k]
	switch {
	case !ok:
		t.byName[k] = id
	case v == id:
		// Same city, a second spelling with the same key.
	case v >= 0:
		t.groups = append(t.groups, []int32{v, id})
		t.byName[k] = -int32(len(t.groups))
	default:
		g := &t.groups[-v-1]
		if (*g)[len(*g)-1] != id {
			*g = append(*g, id)
		}
	}
}

// city turns a stored record into a City.
func (t *cityTable) city(id int32) City {
	r := &t.recs[id]
	c := City{
		Name: r.name, ASCII: r.ascii, Country: t.countries.all[r.country].Name,
		Population: int(r.population), Capital: r.capital,
	}
	if r.aliases != "" {
		c.Aliases = strings.Split(r.aliases, "|")
	}
	return c
}

// ids returns the indexes of the cities named name, best first.
func (t *cityTable) ids(name string) []int32 {
	v, ok := t.byName[key(name)]
	switch {
	case !ok:
		return nil
	case v >= 0:
		return []int32{v}
	default:
		return t.groups[-v-1]
	}
}

// Cities returns every city, most populous first.
func Cities() []City {
	t := cities()
	out := make([]City, len(t.recs))
	for i := range t.recs {
		out[i] = t.city(int32(i))
	}
	return out
}

// LookupCity returns the cities with that name, ASCII name or alternate
// name, national capitals first and then the most populous first, or nil.
// "Paris" gives the capital of France before Paris, Texas.
func LookupCity(name string) []City {
	t := cities()
	ids := t.ids(name)
	if len(ids) == 0 {
		return nil
	}
	out := make([]City, len(ids))
	for i, id := range ids {
		out[i] = t.city(id)
	}
	return out
}

// IsCity reports whether name is the name, ASCII name or alternate name of
// a city with at least minPopulation inhabitants (national capitals count
// whatever their population).
func IsCity(name string, minPopulation int) bool {
	t := cities()
	for _, id := range t.ids(name) {
		if r := &t.recs[id]; r.capital || int(r.population) >= minPopulation {
			return true
		}
	}
	return false
}
