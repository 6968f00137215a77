package gazetteer

import (
	"strings"
	"testing"
)

func TestTopics(t *testing.T) {
	tps := Topics()
	if len(tps) < 100 {
		t.Errorf("%d topics, want at least 100", len(tps))
	}
	cats := map[string]bool{CategoryIssue: true, CategoryRegion: true, CategorySector: true, CategoryRelations: true}
	seen := make(map[string]bool)
	owner := make(map[string]string) // key of a name or phrase -> topic
	for _, tp := range tps {
		if seen[key(tp.Name)] {
			t.Errorf("duplicate topic %q", tp.Name)
		}
		seen[key(tp.Name)] = true
		for _, p := range append([]string{tp.Name}, tp.Phrases...) {
			if o, ok := owner[key(p)]; ok && o != tp.Name {
				t.Errorf("phrase %q signals both %q and %q", p, o, tp.Name)
			}
			owner[key(p)] = tp.Name
		}
		if !cats[tp.Category] {
			t.Errorf("%s: unknown category %q", tp.Name, tp.Category)
		}
		if len(tp.Phrases) == 0 {
			t.Errorf("%s: no phrases", tp.Name)
		}
		for _, p := range tp.Phrases {
			if p != strings.ToLower(p) || strings.TrimSpace(p) != p || p == "" {
				t.Errorf("%s: phrase %q is not trimmed lower case", tp.Name, p)
			}
		}
	}
	tests := []struct{ in, want string }{
		{"epidemic", "COVID-19"},
		{"novel coronavirus", "COVID-19"},
		{"COVID-19", "COVID-19"},
		{"the war in Ukraine", "Ukraine crisis"},
		{"Russia's aggression against Ukraine", "Ukraine crisis"},
		{"Taiwan Strait", "Taiwan question"},
		{"denuclearization", "Korean Peninsula nuclear issue"},
		{"Iranian nuclear issue", "Iranian nuclear issue"},
		{"Joint Comprehensive Plan of Action", "JCPOA"},
		{"arms control", "arms control"},
		{"Afghanistan", "Afghanistan"},
		{"Middle East", "Middle East"},
		{"Iraq", "Iraq"},
		{"Gaza", "Gaza"},
		{"Belt and Road", "Belt and Road Initiative"},
		{"weather", ""},
	}
	for _, tt := range tests {
		tp, ok := LookupTopic(tt.in)
		if tp.Name != tt.want || ok != (tt.want != "") {
			t.Errorf("LookupTopic(%q) = %q, %v; want %q", tt.in, tp.Name, ok, tt.want)
		}
	}
}

func TestTitlesAndHonorifics(t *testing.T) {
	titles := Titles()
	if len(titles) < 300 {
		t.Errorf("%d titles, want several hundred", len(titles))
	}
	has := make(map[string]bool)
	for i, s := range titles {
		if has[s] {
			t.Errorf("duplicate title %q", s)
		}
		has[s] = true
		if i > 0 && len(s) > len(titles[i-1]) {
			t.Fatalf("titles not longest first at %q", s)
		}
	}
	for _, s := range []string{
		"State Councilor", "Foreign Minister", "Secretary General", "Secretary-General",
		"Minister of Trade and Industry", "Vice Foreign Minister", "Chargé d'affaires",
		"Chairman of the Standing Committee of the National People's Congress",
		"Director of the Office of the Central Foreign Affairs Commission", "Federal Chancellor",
	} {
		if !has[s] {
			t.Errorf("title %q missing", s)
		}
	}
	hon := make(map[string]bool)
	for _, s := range Honorifics() {
		hon[s] = true
	}
	for _, s := range []string{"H.E.", "Mr.", "Ms.", "Dr.", "Prof.", "Sir", "Sheikh", "Hon.", "Pak", "Ambassador", "His Majesty"} {
		if !hon[s] {
			t.Errorf("honorific %q missing", s)
		}
	}
}
