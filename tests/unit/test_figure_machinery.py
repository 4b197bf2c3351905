"""The figure machinery's shortcuts give the same rows as the plain evaluation (etl/figures.py)."""

import polars as pl
import pytest

from etl.figures import _row_wise, apply_exclusions
from etl.rules import EXCLUSION_BY_NAME, Exclusion


@pytest.mark.parametrize("name, test, row_wise", [
    ("contains", lambda: pl.col("a").str.contains("x").fill_null(False) & ~pl.col("b").is_in(["y"]), True),
    ("when", lambda: pl.when(pl.col("b").is_null()).then(pl.col("a").str.tail(4).str.contains("y")).otherwise(False), True),
    ("window", lambda: pl.col("a").str.contains("x").any().over("b"), False),
    ("rank", lambda: pl.col("n").rank("ordinal").over("b") > 1, False),
    ("shift", lambda: pl.col("a").shift(1) == pl.col("a"), False),
    ("aggregate", lambda: pl.col("a").str.len_chars().sum() > 3, False),
])
def test_an_exclusion_test_is_row_wise_only_when_each_row_reads_itself(name, test, row_wise):
    assert _row_wise(name, test) is row_wise


def test_the_back_reference_test_reads_other_rows():
    e = EXCLUSION_BY_NAME["definite_back_reference"]
    assert not _row_wise(e.name, e.test)


def _frame() -> pl.DataFrame:
    return pl.DataFrame({"rule": ["r1", "r2", "r1", "r3", "r2", "r1"], "a": ["xa", "xb", None, "c", "x", "d"],
                         "b": ["k", "k", "m", "m", "k", "m"], "n": [3, 1, 2, 5, 4, 6]})


@pytest.mark.parametrize("excl", [
    [Exclusion("has_x", "", "figure", lambda: pl.col("a").str.contains("x"), ("r1",))],  # a null test drops its rule's row
    [Exclusion("has_x", "", "figure", lambda: pl.col("a").str.contains("x"), ("r1", "r3")),
     Exclusion("is_m", "", "figure", lambda: pl.col("b") == "m", ("r2",)),
     Exclusion("short", "", "figure", lambda: pl.col("a").str.len_chars() < 2, ())],
    [Exclusion("second_of_b", "", "figure", lambda: pl.col("n").rank("ordinal").over("b") > 1, ("r1",))],  # a window: every row
])
def test_exclusions_on_their_rules_rows_drop_what_the_combined_predicate_drops(excl):
    m = _frame()
    expected = m.filter(pl.all_horizontal([~e.drops() for e in excl]))
    got = apply_exclusions(m, excl, None)
    assert got.equals(expected)
    assert got.height < m.height
