package gazetteer

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLookupCountry(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" = not found
	}{
		{"China", "China"},
		{"PRC", "China"},
		{"People's Republic of China", "China"},
		{"the People’s Republic of China", "China"},
		{"Chinese", "China"},
		{"U.S.", "United States"},
		{"US", "United States"},
		{"USA", "United States"},
		{"the United States", "United States"},
		{"United States of America", "United States"},
		{"America", "United States"},
		{"American", "United States"},
		{"British", "United Kingdom"},
		{"UK", "United Kingdom"},
		{"U.K.", "United Kingdom"},
		{"Britain", "United Kingdom"},
		{"Great Britain", "United Kingdom"},
		{"DPRK", "North Korea"},
		{"Democratic People's Republic of Korea", "North Korea"},
		{"the Democratic People's Republic of Korea", "North Korea"},
		{"Republic of Korea", "South Korea"},
		{"ROK", "South Korea"},
		{"Kingdom of Saudi Arabia", "Saudi Arabia"},
		{"Saudi", "Saudi Arabia"},
		{"Türkiye", "Turkey"},
		{"Turkiye", "Turkey"},
		{"Turkish", "Turkey"},
		{"Czechia", "Czech Republic"},
		{"Ivory Coast", "Côte d'Ivoire"},
		{"Cote d’Ivoire", "Côte d'Ivoire"},
		{"Russian Federation", "Russia"},
		{"Viet Nam", "Vietnam"},
		{"Lao PDR", "Laos"},
		{"Syrian Arab Republic", "Syria"},
		{"Islamic Republic of Iran", "Iran"},
		{"Federal Republic of Germany", "Germany"},
		{"German", "Germany"},
		{"Republic of El Salvador", "El Salvador"},
		{"Federated States of Micronesia", "Micronesia"},
		{"Plurinational State of Bolivia", "Bolivia"},
		{"United Republic of Tanzania", "Tanzania"},
		{"Republic of Moldova", "Moldova"},
		{"Brunei Darussalam", "Brunei"},
		{"Cabo Verde", "Cape Verde"},
		{"UAE", "United Arab Emirates"},
		{"Emirati", "United Arab Emirates"},
		{"Holy See", "Holy See"},
		{"Vatican", "Holy See"},
		{"State of Palestine", "Palestine"},
		{"Taiwan", "Taiwan"},
		{"Hong Kong SAR", "Hong Kong"},
		{"Macau", "Macao"},
		{"Kosovo", "Kosovo"},
		{"Western Sahara", "Western Sahara"},
		{"Burma", "Myanmar"},
		{"St Kitts and Nevis", "Saint Kitts and Nevis"},
		{"St. Lucia", "Saint Lucia"},
		{"the Netherlands", "Netherlands"},
		{"Dutch", "Netherlands"},
		{"the Philippines", "Philippines"},
		{"Timor Leste", "Timor-Leste"},
		{"DRC", "Democratic Republic of the Congo"},
		{"Swiss", "Switzerland"},
		// Lower-case abbreviations are words, ISO codes are not names, and
		// demonyms shared by two states resolve to neither.
		{"us", ""},
		{"IN", ""},
		{"IT", ""},
		{"Congolese", ""},
		{"Dominican", ""},
		{"Atlantis", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c, ok := LookupCountry(tt.in)
			if got := c.Name; got != tt.want || ok != (tt.want != "") {
				t.Errorf("LookupCountry(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
			}
		})
	}
}

func TestCountryByDemonym(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Chinese", "China"},
		{"U.S.", "United States"},
		{"US", "United States"},
		{"American", "United States"},
		{"British", "United Kingdom"},
		{"Russian", "Russia"},
		{"South Korean", "South Korea"},
		{"North Korean", "North Korea"},
		{"DPRK", "North Korea"},
		{"German", "Germany"},
		{"French", "France"},
		{"Indian", "India"},
		{"Japanese", "Japan"},
		{"Vietnamese", "Vietnam"},
		{"Filipino", "Philippines"},
		{"Hong Kong", "Hong Kong"},
		{"Kazakh", "Kazakhstan"},
		{"China", "China"}, // a noun used attributively
		{"Congolese", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c, ok := CountryByDemonym(tt.in)
			if c.Name != tt.want || ok != (tt.want != "") {
				t.Errorf("CountryByDemonym(%q) = %q, %v; want %q", tt.in, c.Name, ok, tt.want)
			}
		})
	}
}

func TestCountryFields(t *testing.T) {
	c, ok := LookupCountry("PRC")
	if !ok {
		t.Fatal("PRC not found")
	}
	got := []string{c.Name, c.Official, c.ISO2, c.ISO3, c.Capital, c.Status}
	want := []string{"China", "People's Republic of China", "CN", "CHN", "Beijing", StatusMember}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("China fields (-want +got):\n%s", diff)
	}
	for code, name := range map[string]string{"US": "United States", "usa": "United States", "XK": "Kosovo", "GBR": "United Kingdom"} {
		if c, ok := CountryByCode(code); !ok || c.Name != name {
			t.Errorf("CountryByCode(%q) = %q, %v; want %q", code, c.Name, ok, name)
		}
	}
	for name, capital := range map[string]string{
		"United States": "Washington", "Germany": "Berlin", "South Africa": "Pretoria",
		"Switzerland": "Bern", "Nigeria": "Abuja", "Kazakhstan": "Astana",
	} {
		if c, _ := LookupCountry(name); c.Capital != capital {
			t.Errorf("capital of %s = %q, want %q", name, c.Capital, capital)
		}
	}
}

func TestCountryCounts(t *testing.T) {
	var members, observers, limited int
	for _, c := range Countries() {
		switch c.Status {
		case StatusMember:
			members++
		case StatusObserver:
			observers++
		case StatusLimited:
			limited++
		case StatusTerritory:
		default:
			t.Errorf("%s: unknown status %q", c.Name, c.Status)
		}
		if c.ISO2 == "" || c.ISO3 == "" {
			t.Errorf("%s: missing ISO code", c.Name)
		}
		if c.Sovereign() && c.Capital == "" {
			t.Errorf("%s: no capital", c.Name)
		}
	}
	if members != 193 || observers != 2 {
		t.Errorf("%d UN members and %d observers, want 193 and 2", members, observers)
	}
	if limited < 3 {
		t.Errorf("%d states with limited recognition, want Taiwan, Kosovo, Western Sahara", limited)
	}
}

// TestCountryFormsUnique checks that every name, official name, alias and
// demonym leads back to the country that lists it: no form is claimed by
// two countries, and no two countries share a short name.
func TestCountryFormsUnique(t *testing.T) {
	names := make(map[string]bool)
	for _, c := range Countries() {
		if names[c.Name] {
			t.Errorf("duplicate country name %q", c.Name)
		}
		names[c.Name] = true
		forms := append([]string{c.Name}, c.OfficialNames...)
		forms = append(forms, c.Aliases...)
		for _, f := range forms {
			if got, ok := LookupCountry(f); !ok || got.ISO2 != c.ISO2 {
				t.Errorf("LookupCountry(%q) = %q, want %q", f, got.Name, c.Name)
			}
		}
		for _, d := range c.Demonyms {
			if got, ok := CountryByDemonym(d); !ok || got.ISO2 != c.ISO2 {
				t.Errorf("CountryByDemonym(%q) = %q, want %q", d, got.Name, c.Name)
			}
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.S.", "us"},
		{"the United States", "united states"},
		{"  The  Hague ", "hague"},
		{"Côte d’Ivoire", "cote d'ivoire"},
		{"Guinea-Bissau", "guinea bissau"},
		{"Bosnia & Herzegovina", "bosnia and herzegovina"},
		{"St. Kitts", "saint kitts"},
		{"Washington, D.C.", "washington dc"},
		{"Łódź", "lodz"},
	}
	for _, tt := range tests {
		if got := key(tt.in); got != tt.want {
			t.Errorf("key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
