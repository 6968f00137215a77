package gazetteer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
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

//go:embed data/cities.tsv.gz
var citiesGz []byte

type cityTable struct {
	all []City
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
		t, err := parseCities(citiesGz, countries())
		if err != nil {
			panic(err) // embedded data; see countries()
		}
		citiesData = t
	})
	return citiesData
}

// parseCities reads the gzipped TSV written by tools/gazetteer-build:
// name, ascii, aliases (|-separated), ISO2, population, capital ("1" or "").
// Every command may touch the gazetteer, so this is kept to a few
// allocations per city: the text is one string that the fields slice.
func parseCities(gz []byte, ct *countryTable) (*cityTable, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: open cities: %w", err)
	}
	// The gzip trailer holds the uncompressed size: read into one buffer.
	size := 0
	if len(gz) >= 4 {
		size = int(binary.LittleEndian.Uint32(gz[len(gz)-4:]))
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+512))
	_, err = io.Copy(buf, zr)
	raw := buf.Bytes()
	if err != nil {
		return nil, fmt.Errorf("gazetteer: read cities: %w", err)
	}
	data := string(raw)
	n := strings.Count(data, "\n")
	t := &cityTable{
		all:    make([]City, 0, n),
		byName: make(map[string]int32, n*2),
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
		pop, err := strconv.Atoi(fields[4])
		if err != nil {
			return nil, fmt.Errorf("gazetteer: cities line %d: population: %w", line, err)
		}
		ci, ok := ct.codes[fields[3]]
		if !ok {
			return nil, fmt.Errorf("gazetteer: cities line %d: unknown country %q", line, fields[3])
		}
		c := City{
			Name: fields[0], ASCII: fields[1], Country: ct.all[ci].Name,
			Population: pop, Capital: fields[5] == "1",
		}
		if fields[2] != "" {
			c.Aliases = strings.Split(fields[2], "|")
		}
		id := int32(len(t.all))
		t.all = append(t.all, c)
		t.add(c.Name, id)
		if c.ASCII != "" {
			t.add(c.ASCII, id)
		}
		for _, a := range c.Aliases {
			t.add(a, id)
		}
	}
	// The file is sorted by population; put national capitals first, so
	// that "Washington" is the capital of the United States and "Tripoli"
	// that of Libya whatever the figures say.
	for _, ids := range t.groups {
		sort.SliceStable(ids, func(a, b int) bool {
			return t.all[ids[a]].Capital && !t.all[ids[b]].Capital
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
	return append([]City(nil), cities().all...)
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
		out[i] = t.all[id]
	}
	return out
}

// IsCity reports whether name is the name, ASCII name or alternate name of
// a city with at least minPopulation inhabitants (national capitals count
// whatever their population).
func IsCity(name string, minPopulation int) bool {
	t := cities()
	for _, id := range t.ids(name) {
		if c := t.all[id]; c.Capital || c.Population >= minPopulation {
			return true
		}
	}
	return false
}
