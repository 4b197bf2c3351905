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
        ("5ر1 مليون", 1500000),     # a decimal written fraction first with a letter mark
        ("35ر10 مليون", 10350000),
        ("1,5 مليون", 1500000),
        ("ألفين و300", 2300),       # thousands plus a remainder in digits
        ("ثلاثة آلاف و250", 3250),
        ("[500]", 500),
        ("واحدا", 1),
        ("نصف مليون", 500000),      # a half or a quarter of a scale
        ("ربع مليون", 250000),
        ("مليون ونصف", 1500000),    # a scale and a half (of it)
        ("مليون ونصف المليون", 1500000),
        ("ألف ونصف", 1500),
        ("مليوني", 2000000),        # a dual scale
        ("26ألف", 26000),           # digits glued to a scale
    ],
)
def test_number_phrases_parse_to_integers(phrase, expected):
    assert parse_number(phrase) == expected


@pytest.mark.parametrize("phrase", ["2.5", "", "جندي", "99999999999999999999999", "1.2.3.4", "5ر1", "5ر", "نصف", "خمسة ونصف", "26جندي"])
def test_unreadable_or_non_integer_phrases_give_none(phrase):
    assert parse_number(phrase) is None


@pytest.mark.parametrize(
    "low, high, expected",
    [
        ("20", "40 ألف", 20000),            # the high end names the magnitude of both
        ("3", "5 آلاف", 3000),
        ("2", "3 ملايين", 2000000),
        ("خمسة آلاف", "ثمانية آلاف", 5000),  # each names its own
        ("250", "350", 250),                 # none does
        ("900", "2 مليون", 900),             # read in that magnitude it would pass the high end
    ],
)
def test_the_low_end_of_a_range_takes_the_magnitude_its_high_end_names(low, high, expected):
    from etl.numbers import range_low

    assert range_low(low, high) == expected
