"""The prefilters are only a speed-up: on real articles (the sample and the development
set), the figures are the same with every rule run on every sentence."""

import polars as pl
import pytest

from etl.figures import extract_figures, extract_figures_explained
from etl.ingest import clean_text, decode
from etl.normalize import match_text_expr
from etl.sentences import split_sentences
from tests.conftest import DATA, SAMPLE_RAW


def _sentences(folder):
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    texts = [decode(p.read_bytes()).text for p in files]
    arts = pl.DataFrame({"article_id": [p.name for p, t in zip(files, texts) if t],
                         "text": [clean_text(t) for t in texts if t]})
    return split_sentences(arts.lazy()).with_columns(match_text_expr(pl.col("sentence")).alias("norm")).collect()


@pytest.fixture(scope="module")
def sentences():
    return pl.concat([_sentences(SAMPLE_RAW), _sentences(DATA / "devset" / "raw")])


@pytest.fixture(scope="module")
def figures(sentences):
    """The figures of every sentence with the prefilters, as a build extracts them."""
    return extract_figures(sentences.lazy())


def _rows(df):
    return sorted(df.select("article_id", "rule", "measure", "value", "value_low", "char_start", "char_end").rows(), key=str)


def test_prefilters_never_hide_a_figure(sentences, figures):
    fast = figures
    full = extract_figures(sentences.lazy(), prefilter=False)
    assert fast.height > 300
    assert _rows(fast) == _rows(full)


def test_explaining_drops_changes_no_figure(sentences, figures):
    figs, dropped = extract_figures_explained(sentences.lazy())
    assert _rows(figs) == _rows(figures)
    assert dropped.height > 0 and dropped["dropped_by"].null_count() == 0 and dropped["reason"].null_count() == 0
    # every dropped match points at its phrase inside its sentence
    for r in dropped.head(200).iter_rows(named=True):
        assert 0 <= r["char_start"] - r["sentence_start"] < r["char_end"] - r["sentence_start"] <= len(r["sentence"])
