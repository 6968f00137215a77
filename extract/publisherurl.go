package extract

import (
	"net/url"
	"strings"

	"github.com/diplograph/diplograph/gazetteer"
)

// governmentLabels are domain labels that mark a government site under a
// country-code domain: gov.uk, go.jp, gob.mx, gouv.fr, govt.nz, mfa.gov.cn.
var governmentLabels = setOf(`gov go gob gouv govt gv gub mfa mofa mid mea admin kremlin`)

// missionWords mark a diplomatic mission's own domain, named after its
// state: chineseembassy.org, china-embassy.gov.cn, chinaconsulatechicago.org.
var missionWords = []string{"embassy", "consulate", "mission"}

// publisherFromURL names the state or body that runs the site a statement
// was published on, from the host name alone: the United States' .gov and
// .mil sites, a government second-level domain under a country code
// (gov.uk, go.jp, mfa.gov.cn), a mission's domain named after its state
// (chineseembassy.org), and bodies on their own domains (nato.int,
// un.org). It returns "" when the host says nothing reliable.
func publisherFromURL(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Hostname() == "" {
		return ""
	}
	labels := strings.Split(strings.ToLower(strings.TrimSuffix(u.Hostname(), ".")), ".")
	if len(labels) < 2 {
		return ""
	}
	for _, lb := range labels[:len(labels)-1] {
		if s := missionState(lb); s != "" {
			return s
		}
	}
	tld := labels[len(labels)-1]
	switch tld {
	case "gov", "mil":
		return "United States"
	case "int", "org", "eu":
		// nato.int, un.org, europa.eu: the body named by the label
		// before the top-level domain (for .org only on the body's own
		// short host, since many .org sites are not bodies)
		second := labels[len(labels)-2]
		if tld == "eu" && second == "europa" {
			return "EU"
		}
		if tld == "org" && len(labels) > 3 {
			return ""
		}
		if o, ok := gazetteer.LookupOrganization(strings.ToUpper(second)); ok {
			return o.Name
		}
		return ""
	}
	if tld == "uk" {
		tld = "gb" // the United Kingdom's domain is not its ISO code
	}
	if len(tld) != 2 {
		return ""
	}
	for _, lb := range labels[:len(labels)-1] {
		if governmentLabels[lb] {
			if c, ok := gazetteer.CountryByCode(tld); ok {
				return c.Name
			}
		}
	}
	return ""
}

// missionState reads a domain label such as "chineseembassy",
// "china-embassy" or "chinaconsulatechicago" for the state the mission
// belongs to: the words before "embassy", "consulate" or "mission".
func missionState(label string) string {
	for _, w := range missionWords {
		i := strings.Index(label, w)
		if i <= 0 {
			continue
		}
		name := strings.Trim(label[:i], "-")
		if name == "" {
			continue
		}
		if c, ok := gazetteer.CountryByDemonym(name); ok {
			return c.Name
		}
	}
	return ""
}
