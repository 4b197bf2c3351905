"""A manifest given with the raw files: file name → url, publishing outlet, date.

Scrapers and archives keep one (SaudiNewsNet's ``manifest.csv`` has ``file,source,url,
date_extracted``). It supplies what the text often does not state: the publication date
(where the text states none; spec §2, the text wins) and the publishing site
(``publisher``, distinct from the credited ``source``). CSV or JSON Lines; ``file`` is
required, every other column optional and recognised by name (see the ``*_COLUMNS``
constants). Pure functions here; :func:`read_manifest` is the only I/O.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from .reference import read_csv

FILE_COLUMNS = ("file", "file_name", "filename", "path")
URL_COLUMNS = ("url", "link", "page_url")
OUTLET_COLUMNS = ("publisher", "outlet", "source", "site", "domain", "newspaper")
DATE_COLUMNS = ("published_at", "published_date", "published", "date", "datetime", "timestamp", "date_published",
                "date_extracted", "crawled_at", "fetched_at")

MANIFEST_SCHEMA = {"file": pl.Utf8, "url": pl.Utf8, "publisher": pl.Utf8, "publisher_key": pl.Utf8,
                   "manifest_at": pl.Datetime("us"), "manifest_date": pl.Date, "date_as_written": pl.Utf8}

# Timestamp and date shapes accepted, tried in this order (ISO first).
DATETIME_FORMATS = ("%Y-%m-%dT%H:%M:%S%.f%#z", "%Y-%m-%dT%H:%M:%S%#z", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%d %H:%M:%S",
                    "%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S")
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y%m%d")


class ManifestError(ValueError):
    """A manifest that cannot be used; the message says how to fix it."""


def _pick(columns: list[str], wanted: tuple[str, ...]) -> str | None:
    lower = {c.strip().lower(): c for c in columns}
    return next((lower[w] for w in wanted if w in lower), None)


def read_raw_manifest(path: Path) -> pl.DataFrame:
    """The manifest as written (every column a string): CSV, or JSON Lines by extension or content."""
    if not path.is_file():
        raise ManifestError(f"manifest {path} does not exist or is not a file: pass --manifest FILE (CSV or JSON Lines).")
    head = path.read_bytes()[:4096].lstrip(b"\xef\xbb\xbf").lstrip()
    try:
        if path.suffix.lower() in (".jsonl", ".ndjson", ".json") or head.startswith(b"{"):
            rows = []
            with open(path, encoding="utf-8-sig") as fh:
                for n, line in enumerate(fh, 1):
                    if line.strip():
                        try:
                            rows.append({k: None if v is None else str(v) for k, v in json.loads(line).items()})
                        except (ValueError, AttributeError) as exc:
                            raise ManifestError(f"manifest {path} line {n} is not a JSON object ({exc}): "
                                                f"JSON Lines needs one object per line.") from exc
            return pl.DataFrame(rows, infer_schema_length=None) if rows else pl.DataFrame({"file": []}, schema={"file": pl.Utf8})
        try:  # polars reads a million rows in a fraction of a second (csv.DictReader took seconds)
            return pl.read_csv(path, infer_schema=False, empty_string_is_null=False, truncate_ragged_lines=True, raise_if_empty=False)
        except pl.exceptions.ComputeError as exc:
            if "utf-8" in str(exc).lower():
                raise UnicodeDecodeError("utf-8", b"", 0, 1, "invalid utf-8 sequence") from exc
            raise ManifestError(f"manifest {path} is not a CSV file polars can read ({exc}): save it as UTF-8 CSV or JSON Lines.") from exc
    except UnicodeDecodeError as exc:
        raise ManifestError(f"manifest {path} is not UTF-8 text ({exc.reason}): save it as UTF-8 CSV or JSON Lines.") from exc


def parse_timestamps(values: pl.Series) -> pl.Series:
    """Date or timestamp strings → naive Datetime; NULL when no accepted shape fits. Each value
    takes the first shape (in the order of the constants) that reads it; a shape is tried only
    on the values no earlier shape read, so a manifest of one shape is parsed about once."""
    s = values.cast(pl.Utf8).str.strip_chars()
    out = pl.Series(values.name, [None] * s.len(), dtype=pl.Datetime("us"))
    todo = s.is_not_null() & (s.str.len_bytes() > 0)
    for fmt in DATETIME_FORMATS + DATE_FORMATS:
        idx = todo.arg_true()
        if idx.len() == 0:
            break
        part = s.gather(idx)
        if fmt in DATE_FORMATS:
            parsed = part.str.to_date(fmt, strict=False).cast(pl.Datetime("us"))
        else:
            parsed = part.str.to_datetime(fmt, strict=False, time_unit="us")
            parsed = parsed.dt.replace_time_zone(None) if "%#z" in fmt else parsed
        out = out.scatter(idx, parsed)
        todo = todo & out.is_null()
    return out


def parse_timestamp(col: pl.Expr) -> pl.Expr:
    """:func:`parse_timestamps` as an expression."""
    return col.map_batches(parse_timestamps, return_dtype=pl.Datetime("us"), is_elementwise=True)


def outlet_aliases() -> dict[str, str]:
    """Lower-case outlet name, alias or web domain → outlet key (data/reference/outlets.csv and outlet_aliases.csv)."""
    aliases = {r["key"].lower(): r["key"] for r in read_csv("outlets.csv")}
    aliases.update({r["alias"].strip().lower(): r["outlet_key"] for r in read_csv("outlet_aliases.csv")})
    return aliases


def domain_of(url: pl.Expr) -> pl.Expr:
    """Host of a URL without ``www.`` (``http://www.aawsat.com/x`` → ``aawsat.com``)."""
    return url.str.extract(r"^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/]*@)?(?:www\.)?([^/:?#]+)", 1).str.to_lowercase()


def normalise_manifest(raw: pl.DataFrame, aliases: dict[str, str], name: str = "manifest") -> pl.DataFrame:
    """Columns recognised by name → ``MANIFEST_SCHEMA``; pure."""
    cols = raw.columns
    file_col = _pick(cols, FILE_COLUMNS)
    if file_col is None:
        raise ManifestError(f"{name} has no file column (one of {', '.join(FILE_COLUMNS)}); its columns are "
                            f"{', '.join(cols) or 'none'}. Add a 'file' column with each article's path under --raw.")
    url_col, outlet_col, date_col = _pick(cols, URL_COLUMNS), _pick(cols, OUTLET_COLUMNS), _pick(cols, DATE_COLUMNS)
    url = pl.col(url_col).str.strip_chars() if url_col else pl.lit(None, pl.Utf8)
    named = pl.col(outlet_col).str.strip_chars() if outlet_col else pl.lit(None, pl.Utf8)
    named = pl.when(named.str.len_chars() > 0).then(named)
    publisher = pl.coalesce(named, domain_of(url))
    written = pl.col(date_col).str.strip_chars() if date_col else pl.lit(None, pl.Utf8)
    mapping = pl.DataFrame({"_alias": list(aliases), "publisher_key": list(aliases.values())}, schema={"_alias": pl.Utf8, "publisher_key": pl.Utf8})
    out = (
        raw.lazy()
        .select(
            pl.col(file_col).str.strip_chars().str.replace_all(r"\\", "/").str.strip_prefix("./").alias("file"),
            url.alias("url"), publisher.alias("publisher"), written.alias("date_as_written"),
        )
        .filter(pl.col("file").is_not_null() & (pl.col("file").str.len_chars() > 0))
        .with_columns(parse_timestamp(pl.col("date_as_written")).alias("manifest_at"),
                      pl.coalesce(pl.col("publisher").str.to_lowercase(), domain_of(pl.col("url"))).alias("_alias"))
        .join(mapping.lazy(), on="_alias", how="left", maintain_order="left")
        # a domain like aawsat.com whose first label is a key (aawsat) resolves too
        .join(mapping.lazy().rename({"_alias": "_label", "publisher_key": "_label_key"}),
              left_on=pl.col("_alias").str.extract(r"^([^.]+)\.", 1), right_on="_label", how="left", maintain_order="left")
        .with_columns(pl.coalesce("publisher_key", "_label_key").alias("publisher_key"),
                      pl.col("manifest_at").dt.date().alias("manifest_date"))
        .unique("file", keep="first", maintain_order=True)
        .select(list(MANIFEST_SCHEMA))
        .collect()
    )
    return out.cast(MANIFEST_SCHEMA)


def read_manifest(path: Path) -> pl.DataFrame:
    """Read and normalise a manifest file (CSV or JSON Lines)."""
    return normalise_manifest(read_raw_manifest(path), outlet_aliases(), name=f"manifest {path}")
