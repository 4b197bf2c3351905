"""Ingest batches (etl.pipeline.batch_bounds): bounded by files and by bytes."""

import polars as pl

from etl.pipeline import batch_bounds


def test_a_batch_closes_at_its_file_count_or_before_the_file_that_passes_its_bytes():
    sizes = pl.Series([5, 5, 5, 20, 1, 1, None, 1])
    assert batch_bounds(sizes, max_files=3, max_bytes=10) == [(0, 2), (2, 3), (3, 4), (4, 7), (7, 8)]


def test_a_file_larger_than_a_batch_is_a_batch_of_its_own_and_nothing_is_left_out():
    assert batch_bounds(pl.Series([50, 2, 50]), max_files=10, max_bytes=10) == [(0, 1), (1, 2), (2, 3)]
    assert batch_bounds(pl.Series([], dtype=pl.Int64)) == []
