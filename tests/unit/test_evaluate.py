"""Scoring of the per-article fields (spec §6): credited names and stated dates."""

import pytest

from etl.evaluate import Result, name_surfaced, score_credit, score_date


@pytest.mark.parametrize(
    "gold, found, surfaced",
    [
        ("كوردستان 24", "كوردستان 24", True),
        ("«الجزيرة»", "الجزيرة", True),             # quotes and spaces are not letters
        ("Lebanon 24", "Lebanon24", True),
        ("وكالة الصحافة اليمنية", "الصحافة اليمنية", True),  # one contains the other
        ("زووم تونيزيا", "زووم", True),
        ("الأخبار", "الاخبار", True),                # alef forms are one letter
        ("شبكة رصد", "الدولة الإسلامية", False),
        ("شبكة رصد", None, False),
        (None, "شبكة رصد", False),
    ],
)
def test_name_surfaced(gold, found, surfaced):
    assert name_surfaced(gold, found) is surfaced


def test_credit_scores_split_known_outlets_from_names():
    res = Result()
    score_credit(res, "a", {"source": ["reuters"], "source_name": "رويترز"}, {"source": "reuters", "source_name": "رويترز"})
    score_credit(res, "b", {"source": [], "source_name": "شبكة رصد"}, {"source": None, "source_name": "رصد"})
    score_credit(res, "c", {"source": [], "source_name": "سما"}, {"source": None, "source_name": None})
    score_credit(res, "d", {"source": [], "source_name": None}, {"source": None, "source_name": "دولي"})
    score_credit(res, "e", {"source": []}, {"source": None, "source_name": "دولي"})  # no source_name annotated
    assert (res.known_source_right, res.known_sources) == (1, 1)
    assert (res.names_surfaced, res.unknown_credits) == (1, 2)
    assert res.name_errors == [("c", "سما", None)]
    assert res.names_invented == [("d", "دولي")]


def test_date_scores_count_invented_dates():
    res = Result()
    for gold, found in [("2021-07-26", "2021-07-26"), ("2021-07-26", None), ("2021-07-26", "2021-07-27"), (None, "2020-01-01"), (None, None)]:
        score_date(res, gold, found)
    assert (res.dates_stated_right, res.dates_stated, res.dates_invented) == (1, 3, 1)
