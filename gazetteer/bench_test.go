package gazetteer

import "testing"

// The first call of any lookup parses the embedded data; these measure that
// parse, which every command pays once.

func BenchmarkLoadCountries(b *testing.B) {
	for b.Loop() {
		if _, err := parseCountries(countriesJSON); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadCities(b *testing.B) {
	ct := countries()
	for b.Loop() {
		if _, err := parseCities(citiesTSV, ct); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookupCountry(b *testing.B) {
	countries()
	for b.Loop() {
		LookupCountry("the People's Republic of China")
		LookupCountry("U.S.")
	}
}

func BenchmarkLookupCity(b *testing.B) {
	cities()
	for b.Loop() {
		LookupCity("Munich")
		LookupCity("Washington")
	}
}

func BenchmarkIsCity(b *testing.B) {
	cities()
	for b.Loop() {
		IsCity("Stoltenberg", 100_000)
	}
}
