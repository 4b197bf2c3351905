"""An article's derived fields do not depend on which other articles share its batch
(the local engine extracts parts of 8,000, the Spark engine parts of 2,000)."""

import polars as pl
import pytest

from etl.extract import extract
from tests.conftest import DATA, SAMPLE_RAW


def articles(n: int) -> pl.DataFrame:
    """The first ``n`` development articles and the sample."""
    paths = sorted((DATA / "devset" / "raw").glob("*.txt"))[:n] + sorted(SAMPLE_RAW.glob("*.txt"))
    return pl.DataFrame({"article_id": [p.stem for p in paths], "text": [p.read_text(encoding="utf-8") for p in paths]})


KEYS = {
    "article_fields": ["article_id"],
    "troop_figures": ["article_id", "char_start", "rule"],
    "attack_counts": ["article_id", "char_start", "rule", "measure"],
    "cited_sources": ["article_id", "outlet"],
    "date_mentions": ["article_id", "sentence_start", "mention", "granularity"],
    "article_sketch": ["article_id", "h"],
    "figure_context": ["article_id", "measure", "char_start", "char_end"],
}


@pytest.fixture(scope="module")
def whole():
    """The 80 development articles and the sample extracted in one batch, the reference every
    split is compared with (each split's articles are some of these: their rows in it)."""
    return extract(articles(80))


@pytest.mark.parametrize("batch", [1, 7, 40])
def test_fields_are_the_same_whatever_the_batch(whole, batch):
    # every part costs a fixed overhead: eight one-article parts (the sample's five and three others)
    # and three parts of seven show a batch effect as well as 85 would
    arts = articles({1: 3, 7: 16}.get(batch, 80))
    parts = [extract(arts.slice(i, batch)) for i in range(0, arts.height, batch)]
    ids = arts["article_id"]
    for name, keys in KEYS.items():
        together = pl.concat([p[name] for p in parts]).sort(keys)
        assert together.equals(whole[name].filter(pl.col("article_id").is_in(ids.implode())).sort(keys)), name
    # the date mentions in one order whatever the run (they came in another each time)
    dates = pl.concat([p["date_mentions"] for p in parts]).sort("article_id", maintain_order=True)
    assert dates.height and dates.equals(whole["date_mentions"].filter(pl.col("article_id").is_in(ids.implode())))
