import pytest

from etl.numbers import parse_number


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("2500", 2500),
        ("2,500", 2500),
        ("12.500", 12500),
        ("٢٬٥٠٠", 2500),
        ("٢٥٠٠", 2500),
        ("۲۵۰۰", 2500),
        ("خمسة", 5),
        ("عشرة", 10),
        ("ثلاثين", 30),
        ("خمسة آلاف", 5000),
        ("ثلاثة آلاف وثمانمائة", 3800),
        ("تسعة عشر ألف", 19000),
        ("خمسة وعشرين", 25),
        ("ثلاث مئة", 300),
        ("مئتين", 200),
        ("50 ألفا و570", 50570),
        ("2.5 ألف", 2500),
        ("500 ألف", 500000),
        ("4 آلاف و100", 4100),
        ("21 ألفاً.", 21000),
    ],
)
def test_number_phrases_parse_to_integers(phrase, expected):
    assert parse_number(phrase) == expected


@pytest.mark.parametrize("phrase", ["2.5", "", "جندي", "99999999999999999999999", "1.2.3.4"])
def test_unreadable_or_non_integer_phrases_give_none(phrase):
    assert parse_number(phrase) is None
