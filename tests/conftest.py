import shutil
from pathlib import Path

import polars as pl
import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_RAW = ROOT / "data" / "raw"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def raw_copy(tmp_path):
    """A private copy of the sample raw folder."""
    dst = tmp_path / "raw"
    shutil.copytree(SAMPLE_RAW, dst)
    return dst


def extract_one(text: str) -> dict[str, pl.DataFrame]:
    from etl.extract import extract

    return extract(pl.DataFrame({"article_id": ["a"], "text": [text]}))
