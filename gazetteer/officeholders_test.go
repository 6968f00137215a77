package gazetteer

import "testing"

func TestOfficeholderTableParses(t *testing.T) {
	if _, err := parseOfficeholders(officeholdersTSV); err != nil {
		t.Fatal(err)
	}
	offices := map[string]bool{OfficeHeadOfState: true, OfficeHeadOfGovernment: true, OfficeForeignMinister: true,
		OfficeDefenceMinister: true, OfficeVicePresident: true, OfficeVicePremier: true, OfficeStateCouncilor: true,
		OfficeForeignAffairsDir: true, OfficeSecurityAdvisor: true, OfficeSecurityCouncil: true, OfficeOrgHead: true}
	for _, o := range Officeholders() {
		if !offices[o.Office] {
			t.Errorf("%s: unknown office %q", o.Name, o.Office)
		}
		if o.From < 2008 || o.From > 2026 || o.To != 0 && (o.To < o.From || o.To > 2026) {
			t.Errorf("%s (%s %s): years %d-%d", o.Name, o.Organization, o.Office, o.From, o.To)
		}
		for _, a := range append([]string{o.Name}, o.Aliases...) {
			if len(nameTokens(a)) < 2 && len(a) < 4 {
				t.Errorf("%s: alias %q is too short to name one person", o.Name, a)
			}
		}
	}
}

func nameTokens(s string) []string {
	var out []string
	for _, f := range splitSpace(key(s)) {
		if len(f) > 1 {
			out = append(out, f)
		}
	}
	return out
}

func splitSpace(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

func TestOfficeholderOrganization(t *testing.T) {
	for _, tc := range []struct {
		name string
		year int
		want string // "" = none
	}{
		{"Wang Yi", 0, "China"},
		{"wang yi", 2020, "China"},
		{"Nobody Inparticular", 0, ""},
		{"", 0, ""},
	} {
		o, ok := OfficeholderOrganization(tc.name, tc.year)
		if got := o.Organization; ok != (tc.want != "") || got != tc.want {
			t.Errorf("OfficeholderOrganization(%q, %d) = %q, %v; want %q", tc.name, tc.year, got, ok, tc.want)
		}
	}
}

func TestSharedNameResolvesByYear(t *testing.T) {
	tbl, err := parseOfficeholders("name\taliases\torganization\toffice\tfrom\tto\n" +
		"Ana Velt\t\tNorway\tforeign_minister\t2010\t2014\n" +
		"Ana Velt\t\tSweden\thead_of_state\t2019\t\n")
	if err != nil {
		t.Fatal(err)
	}
	saved := officeholders()
	officeholdersData = tbl
	defer func() { officeholdersData = saved }()
	for year, want := range map[int]string{0: "", 2012: "Norway", 2021: "Sweden", 2016: ""} {
		o, _ := OfficeholderOrganization("Ana Velt", year)
		if o.Organization != want {
			t.Errorf("year %d: got %q, want %q", year, o.Organization, want)
		}
	}
}
