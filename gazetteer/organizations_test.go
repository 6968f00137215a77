package gazetteer

import "testing"

func TestLookupOrganization(t *testing.T) {
	tests := []struct{ in, want string }{
		{"NATO", "NATO"},
		{"Nato", "NATO"},
		{"North Atlantic Treaty Organization", "NATO"},
		{"the North Atlantic Treaty Organisation", "NATO"},
		{"European Union", "EU"},
		{"the EU", "EU"},
		{"United Nations", "UN"},
		{"the U.N.", "UN"},
		{"UN", "UN"},
		{"World Health Organization", "WHO"},
		{"WHO", "WHO"},
		{"Association of Southeast Asian Nations", "ASEAN"},
		{"Asean", "ASEAN"},
		{"League of Arab States", "Arab League"},
		{"Arab League", "Arab League"},
		{"African Union", "AU"},
		{"Gulf Cooperation Council", "GCC"},
		{"Shanghai Cooperation Organisation", "SCO"},
		{"Organization for Security and Co-operation in Europe", "OSCE"},
		{"World Bank", "World Bank"},
		{"G-20", "G20"},
		{"Group of Twenty", "G20"},
		{"UN Security Council", "UN Security Council"},
		{"UNSC", "UN Security Council"},
		{"Council of Europe", "Council of Europe"},
		{"African Union Commission", "African Union Commission"},
		{"International Atomic Energy Agency", "IAEA"},
		{"Interpol", "Interpol"},
		{"INTERPOL", "Interpol"},
		{"MERCOSUR", "Mercosur"},
		{"Lancang-Mekong Cooperation", "Lancang-Mekong Cooperation"},
		// English words that are also acronyms in capitals.
		{"who", ""},
		{"Who", ""},
		{"un", ""},
		{"can", ""},
		{"Alliance", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			o, ok := LookupOrganization(tt.in)
			if o.Name != tt.want || ok != (tt.want != "") {
				t.Errorf("LookupOrganization(%q) = %q, %v; want %q", tt.in, o.Name, ok, tt.want)
			}
		})
	}
}

func TestOrganizations(t *testing.T) {
	orgs := Organizations()
	if len(orgs) < 150 {
		t.Errorf("%d organizations, want at least 150", len(orgs))
	}
	kinds := map[string]bool{
		KindUN: true, KindUNAgency: true, KindUNMission: true, KindIntergovernmental: true,
		KindInstitution: true, KindFinancial: true, KindForum: true, KindCourt: true,
		KindParliamentary: true, KindNGO: true,
	}
	names := make(map[string]bool)
	for _, o := range orgs {
		if names[o.Name] {
			t.Errorf("duplicate organization %q", o.Name)
		}
		names[o.Name] = true
		if !kinds[o.Kind] {
			t.Errorf("%s: unknown kind %q", o.Name, o.Kind)
		}
		if o.FullName == "" {
			t.Errorf("%s: no full name", o.Name)
		}
		for _, f := range append([]string{o.Name, o.FullName, o.Acronym}, o.Aliases...) {
			if f == "" {
				continue
			}
			if got, ok := LookupOrganization(f); !ok || got.Name != o.Name {
				t.Errorf("LookupOrganization(%q) = %q, want %q", f, got.Name, o.Name)
			}
		}
		if o.Country != "" {
			if _, ok := LookupCountry(o.Country); !ok {
				t.Errorf("%s: unknown country %q", o.Name, o.Country)
			}
		}
	}
	for _, o := range orgs {
		if o.Parent != "" && !names[o.Parent] {
			t.Errorf("%s: unknown parent %q", o.Name, o.Parent)
		}
	}
	// An organization's name must not also name a country.
	for _, o := range orgs {
		if c, ok := LookupCountry(o.Name); ok {
			t.Errorf("organization %q is also country %q", o.Name, c.Name)
		}
	}
}

func BenchmarkLookupOrganization(b *testing.B) {
	organizations()
	for b.Loop() {
		LookupOrganization("North Atlantic Treaty Organization")
		LookupOrganization("NATO")
	}
}
