"""Reference knowledge (outlets, months, number words, triggers) loaded from data/reference/."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from .normalize import normalize

REPO_ROOT = Path(__file__).resolve().parents[1]
REFERENCE_DIR = REPO_ROOT / "data" / "reference"
SQL_DIR = REPO_ROOT / "sql"


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of one reference CSV as dicts (UTF-8, header row)."""
    with open(REFERENCE_DIR / name, encoding="utf-8", newline="") as fh:
        return [dict(r) for r in csv.DictReader(fh)]


@lru_cache(maxsize=None)
def number_words() -> dict[str, tuple[int | float, str]]:
    """Normalised number word → (value, kind) where kind is unit, ten, hundred, scale or
    fraction (نصف: a half, read only before or after a scale word: نصف مليون، مليون ونصف)."""
    return {normalize(r["word"]): (float(r["value"]) if r["kind"] == "fraction" else int(r["value"]), r["kind"])
            for r in read_csv("number_words.csv")}
