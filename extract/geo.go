package extract

import (
	"strings"
	"unicode"

	"github.com/diplograph/diplograph/gazetteer"
)

// geoAugment adds the shared gazetteer's countries and bodies to the
// built-in lexicon. Built-in entries win: they are the short forms this
// package was tuned with. This file and cityNamed are the only places that
// know about the gazetteer package.
func geoAugment(l *lexicon) {
	for _, c := range gazetteer.Countries() {
		if !c.Sovereign() && c.Name != "Hong Kong" && c.Name != "Macao" && c.Name != "Taiwan" {
			continue
		}
		names := append([]string{c.Name}, c.OfficialNames...)
		names = append(names, c.Aliases...)
		for _, n := range names {
			if !usableName(n) {
				continue
			}
			if _, ok := l.country[fold(n)]; !ok {
				l.addCountry(n, c.Name)
			}
		}
		for _, d := range c.Demonyms {
			if !usableName(d) {
				continue
			}
			if _, ok := l.demonym[fold(d)]; !ok {
				l.demonym[fold(d)] = c.Name
			}
		}
	}
	// "Republic of China" is also the tail of "People's Republic of China"
	delete(l.country, "republic of china")
	for _, o := range gazetteer.Organizations() {
		if _, ok := l.orgState[o.Name]; !ok {
			l.orgState[o.Name] = o.Country
		}
		if o.Parent != "" {
			l.orgParent[o.Name] = o.Parent
		}
		names := append([]string{o.Name, o.FullName, o.Acronym}, o.Aliases...)
		for _, n := range names {
			if !usableName(n) {
				continue
			}
			if _, ok := l.org[fold(n)]; !ok {
				l.org[fold(n)] = o.Name
				l.noteWords(n)
			}
		}
	}
}

// usableName keeps names that start with a capital letter and are not
// two-letter codes, which collide with ordinary words and initials.
func usableName(n string) bool {
	if n == "" || !startsUpper(n) {
		return false
	}
	letters := 0
	for _, r := range n {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters <= 2 && !strings.Contains(n, ".") {
		return false
	}
	return true
}

// cityNamed looks a capitalized phrase up in the gazetteer's world cities:
// a capital, or a city of at least 50,000 people. It is used only where the
// text already says "in" or "visiting" before the phrase.
func cityNamed(name string) (city, country string, ok bool) {
	return cityNamedIn(name, nil)
}

// cityNamedIn is cityNamed that prefers a city in one of the states the
// sentence names ("Governor X of Oregon ... in Salem").
func cityNamedIn(name string, prefer map[string]bool) (city, country string, ok bool) {
	cs := gazetteer.LookupCity(name)
	for _, c := range cs {
		if prefer[c.Country] && strings.EqualFold(c.Name, name) && (c.Capital || c.Population >= 20000) {
			return c.Name, c.Country, true
		}
	}
	// a city of that very name before one that has it as an old or foreign
	// alias ("Salem" is a city, and also an old name of Jerusalem)
	for _, c := range cs {
		if strings.EqualFold(c.Name, name) && (c.Capital || c.Population >= 50000) {
			return c.Name, c.Country, true
		}
	}
	for _, c := range cs {
		if c.Capital || c.Population >= 50000 {
			return c.Name, c.Country, true
		}
	}
	return "", "", false
}
