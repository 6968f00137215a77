package loader

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/store"
)

func TestParseName(t *testing.T) {
	tests := []struct {
		in      string
		display string
		key     string
	}{
		{"Jens Stoltenberg", "Jens Stoltenberg", "jens stoltenberg"},
		{"NATO Secretary General Jens Stoltenberg", "Jens Stoltenberg", "jens stoltenberg"},
		{"President Joseph R. Biden, Jr.", "Joseph R. Biden, Jr.", "joseph biden"},
		{"Joe Biden", "Joe Biden", "joseph biden"},
		{"President Biden", "Biden", ""},
		{"Stoltenberg", "Stoltenberg", ""},
		{"Donald J. Trump", "Donald J. Trump", "donald trump"},
		{"J.D. Vance", "J.D. Vance", "jd vance"},
		{"JD Vance", "JD Vance", "jd vance"},
		{"Kamala D. Harris", "Kamala D. Harris", "kamala harris"},
		{"King Abdullah II", "Abdullah II", "abdullah ii"},
		{"Crown Prince Mohammed bin Salman", "Mohammed bin Salman", "mohammed bin salman"},
		{"H.E. Mr. Wang Yi", "Wang Yi", "wang yi"},
		{"Donald Trump, President of the United States", "Donald Trump", "donald trump"},
		{"Emmanuel Macron", "Emmanuel Macron", "emmanuel macron"},
		{"Zürich Müller", "Zürich Müller", "zurich muller"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := ParseName(tt.in)
			if got.Display != tt.display || got.Key != tt.key {
				t.Errorf("ParseName(%q) = display %q key %q, want %q %q", tt.in, got.Display, got.Key, tt.display, tt.key)
			}
		})
	}
}

// table is a Places for tests.
type table map[string]store.OrganizationRecord

func (t table) Organization(name string) (store.OrganizationRecord, bool) {
	o, ok := t[name]
	return o, ok
}
func (table) City(string, string) (store.CityRecord, bool) { return store.CityRecord{}, false }

var testPlaces = table{
	"NATO":                               {ID: "org:nato", Name: "NATO"},
	"North Atlantic Treaty Organization": {ID: "org:nato", Name: "NATO"},
	"China":                              {ID: "org:china", Name: "China"},
	"PRC":                                {ID: "org:china", Name: "China"},
	"United States":                      {ID: "org:united-states", Name: "United States"},
	"Germany":                            {ID: "org:germany", Name: "Germany"},
	"United Kingdom":                     {ID: "org:united-kingdom", Name: "United Kingdom"},
}

func TestResolverOfficials(t *testing.T) {
	type mention struct{ name, org string }
	tests := []struct {
		name     string
		mentions []mention
		want     []string // ids, one per mention
	}{
		{"surname then full name", []mention{{"Jens Stoltenberg", "NATO"}, {"Stoltenberg", "North Atlantic Treaty Organization"}, {"NATO Secretary General Jens Stoltenberg", "NATO"}},
			[]string{"official:jens-stoltenberg", "official:jens-stoltenberg", "official:jens-stoltenberg"}},
		{"surname first is adopted by the full name", []mention{{"Stoltenberg", "NATO"}, {"Jens Stoltenberg", "NATO"}, {"Stoltenberg", "NATO"}},
			[]string{"official:stoltenberg", "official:stoltenberg", "official:stoltenberg"}},
		{"president however spelled", []mention{{"President Joseph R. Biden, Jr.", "United States"}, {"Joe Biden", "United States"}, {"President Biden", "United States"}, {"Biden", "United States"}},
			[]string{"official:joseph-biden", "official:joseph-biden", "official:joseph-biden", "official:joseph-biden"}},
		{"same surname, different organizations", []mention{{"Anna Schmidt", "Germany"}, {"Peter Schmidt", "United Kingdom"}, {"Schmidt", "Germany"}, {"Schmidt", "United Kingdom"}},
			[]string{"official:anna-schmidt", "official:peter-schmidt", "official:anna-schmidt", "official:peter-schmidt"}},
		{"surname of another organization is another person", []mention{{"Anna Schmidt", "Germany"}, {"Schmidt", "United Kingdom"}},
			[]string{"official:anna-schmidt", "official:schmidt"}},
		{"surname-first names", []mention{{"Wang Yi", "China"}, {"Wang", "PRC"}},
			[]string{"official:wang-yi", "official:wang-yi"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewResolver(testPlaces)
			var got []string
			for _, m := range tt.mentions {
				got = append(got, r.Official(m.name, r.Organization(m.org)).ID)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ids (-want +got):\n%s", diff)
			}
		})
	}
}

func TestResolverSeededMatchesIncremental(t *testing.T) {
	// A resolver seeded with what an earlier run stored resolves a later
	// surname-only mention as the earlier run's resolver would have.
	r := NewResolver(testPlaces)
	full := r.Official("Jens Stoltenberg", r.Organization("NATO"))

	seeded := NewResolver(testPlaces)
	seeded.Seed([]store.KnownOfficial{{ID: full.ID, Name: full.Name, Aliases: full.Aliases, Organizations: []string{"NATO"}}})
	got := seeded.Official("Stoltenberg", seeded.Organization("North Atlantic Treaty Organization"))
	want := r.Official("Stoltenberg", r.Organization("North Atlantic Treaty Organization"))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("seeded resolver (-incremental +seeded):\n%s", diff)
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Zürich": "zurich", "Joseph R. Biden, Jr.": "joseph-r-biden-jr", "O'Brien": "obrien",
		"United States": "united-states", "COVID-19": "covid-19",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestResolverFoldsSurnameOnlyIntoLaterFullName(t *testing.T) {
	r := NewResolver(testPlaces)
	var got []string
	for _, m := range []struct{ name, org string }{
		{"Schmidt", "Germany"}, {"Anna Schmidt", "United Kingdom"}, {"Anna Schmidt", "Germany"}, {"Schmidt", "Germany"},
	} {
		got = append(got, r.Official(m.name, r.Organization(m.org)).ID)
	}
	want := []string{"official:schmidt", "official:anna-schmidt", "official:anna-schmidt", "official:anna-schmidt"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]store.OfficialMerge{{From: "official:schmidt", To: "official:anna-schmidt"}}, r.TakeMerges()); diff != "" {
		t.Errorf("merges (-want +got):\n%s", diff)
	}
}
