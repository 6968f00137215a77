package gazetteer

import "testing"

func TestLookupCity(t *testing.T) {
	tests := []struct{ in, name, country string }{
		{"Munich", "Munich", "Germany"},
		{"München", "Munich", "Germany"},
		{"Washington", "Washington", "United States"},
		{"Washington, D.C.", "Washington", "United States"},
		{"Paris", "Paris", "France"},
		{"Geneva", "Geneva", "Switzerland"},
		{"Beijing", "Beijing", "China"},
		{"Kiev", "Kyiv", "Ukraine"},
		{"Kyiv", "Kyiv", "Ukraine"},
		{"New York", "New York City", "United States"},
		{"Brussels", "Brussels", "Belgium"},
		{"The Hague", "The Hague", "Netherlands"},
		{"Moscow", "Moscow", "Russia"},
		{"Tripoli", "Tripoli", "Libya"},
		{"Vientiane", "Vientiane", "Laos"},
		{"Vaduz", "Vaduz", "Liechtenstein"},
		{"Bombay", "Mumbai", "India"},
		{"Saigon", "Ho Chi Minh City", "Vietnam"},
		{"Nur-Sultan", "Astana", "Kazakhstan"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			cs := LookupCity(tt.in)
			if len(cs) == 0 {
				t.Fatalf("LookupCity(%q) found nothing", tt.in)
			}
			if cs[0].Name != tt.name || cs[0].Country != tt.country {
				t.Errorf("LookupCity(%q)[0] = %s, %s; want %s, %s", tt.in, cs[0].Name, cs[0].Country, tt.name, tt.country)
			}
		})
	}
	if cs := LookupCity("Paris"); len(cs) < 2 || cs[0].Population < cs[1].Population {
		t.Errorf("LookupCity(Paris) = %v; want several, most populous first", cs)
	}
	// A country's name is no city alias: "Mexico" is Mexico, Pampanga
	// (a town of that name), never Mexico City.
	for _, c := range LookupCity("Mexico") {
		if c.Name == "Mexico City" {
			t.Errorf("LookupCity(Mexico) includes Mexico City")
		}
	}
	if cs := LookupCity("Xyzzy"); cs != nil {
		t.Errorf("LookupCity(Xyzzy) = %v, want nil", cs)
	}
}

func TestIsCity(t *testing.T) {
	tests := []struct {
		name string
		min  int
		want bool
	}{
		{"Munich", 1_000_000, true},
		{"Geneva", 100_000, true},
		{"Geneva", 1_000_000, false},
		{"Vaduz", 1_000_000, true}, // capitals count whatever their size
		{"Stoltenberg", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		if got := IsCity(tt.name, tt.min); got != tt.want {
			t.Errorf("IsCity(%q, %d) = %v, want %v", tt.name, tt.min, got, tt.want)
		}
	}
}

func TestCities(t *testing.T) {
	cs := Cities()
	if len(cs) < 10_000 {
		t.Errorf("%d cities, want at least 10,000", len(cs))
	}
	capitals := 0
	for i, c := range cs {
		if c.Name == "" || c.Country == "" {
			t.Fatalf("city %d: %+v", i, c)
		}
		if i > 0 && c.Population > cs[i-1].Population {
			t.Fatalf("cities not sorted by population at %d: %s", i, c.Name)
		}
		for _, a := range c.Aliases {
			if co, ok := LookupCountry(a); ok {
				t.Errorf("%s has alias %q, which names %s", c.Name, a, co.Name)
			}
		}
		if c.Capital {
			capitals++
			if co, _ := LookupCountry(c.Country); co.Capital != c.Name {
				t.Errorf("%s is marked capital of %s, whose capital is %q", c.Name, c.Country, co.Capital)
			}
		}
	}
	if capitals < 195 {
		t.Errorf("%d capitals, want one per UN member and observer state", capitals)
	}
}
