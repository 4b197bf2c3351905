"""Pure parts of the HTML report."""

import pytest

from etl.report import dense_months


@pytest.mark.parametrize("counts, kept, trimmed", [
    ({"1996-06": 1, "2015-07": 400, "2015-08": 300}, ["2015-07", "2015-08"], 1),          # a stray early month
    ({"2015-07": 400, "2015-08": 300, "2016-02": 2}, ["2015-07", "2015-08"], 2),          # a stray late one
    ({"2015-01": 50, "2015-02": 50}, ["2015-01", "2015-02"], 0),                          # nothing stray
    ({"2010-01": 10, "2015-07": 400, "2015-08": 300}, ["2010-01", "2015-07", "2015-08"], 0),  # 10 of 710 is more than 1%
    ({"2015-07": 5}, ["2015-07"], 0),
])
def test_stray_months_at_either_end_are_trimmed_only_when_they_hold_little(counts, kept, trimmed):
    months = {m: {"killed": n} for m, n in counts.items()}
    got, cut = dense_months(months)
    assert sorted(got) == kept and cut == trimmed
