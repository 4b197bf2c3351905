"""Reference knowledge (outlets, months, number words, triggers) loaded from data/reference/."""

from __future__ import annotations

import csv
from functools import lru_cache
from .normalize import normalize
from .resources import REPO_ROOT, data_dir  # noqa: F401  (REPO_ROOT: the source checkout, for repository tools)

REFERENCE_DIR = data_dir("reference")


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of one reference CSV as dicts (UTF-8, header row): fresh dicts on every call, the
    caller may change them."""
    return [dict(r) for r in _rows(name)]


@lru_cache(maxsize=None)
def _rows(name: str) -> tuple[dict[str, str], ...]:
    # Read and parsed once per process: an extraction asked for 124 reads of 30 files (22 of
    # credit_words.csv), about 0.1 s of CPU in every fresh process (every increment).
    with open(REFERENCE_DIR / name, encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


@lru_cache(maxsize=None)
def number_words() -> dict[str, tuple[int | float, str]]:
    """Normalised number word → (value, kind) where kind is unit, ten, hundred, scale or
    fraction (نصف: a half, read only before or after a scale word: نصف مليون، مليون ونصف)."""
    return {normalize(r["word"]): (float(r["value"]) if r["kind"] == "fraction" else int(r["value"]), r["kind"])
            for r in read_csv("number_words.csv")}
