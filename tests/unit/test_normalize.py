import polars as pl
import pytest

from etl.normalize import match_index_expr, match_text_expr, normalize, normalize_expr


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("أإآ", "ااا"),
        ("مستشفى", "مستشفي"),
        ("قاعدة", "قاعده"),
        ("جنديًا", "جنديا"),
        ("مسيّرة", "مسيره"),
        ("الـعراق", "العراق"),
        ("٢٥٠٠ ۲۵۰۰", "2500 2500"),
        ("a\u200fb\u200bc", "abc"),
    ],
)
def test_normalize_letters_digits_and_marks(raw, expected):
    assert normalize(raw) == expected


def test_polars_and_python_normalisation_agree():
    words = ["أمريكيّاً", "قذيفةٍ", "٣٥٠٠ جندي", "إلى", "الـعراق\u200f"]
    out = pl.DataFrame({"w": words}).select(normalize_expr(pl.col("w")))["w"].to_list()
    assert out == [normalize(w) for w in words]


def test_match_index_maps_every_normalised_char_back_to_the_original():
    text = "نحو ٢٥٠٠ جنديًّا\nأمريكيّ"
    df = pl.DataFrame({"t": [text]}).select(match_text_expr(pl.col("t")).alias("m"), match_index_expr(pl.col("t")).alias("k"))
    m, k = df["m"][0], df["k"][0].to_list()
    assert len(m) == len(k)
    for ch, i in zip(m, k):
        assert normalize(text[i]).replace("\n", " ") in (ch, " ")
