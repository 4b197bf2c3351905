import pytest

from etl.ingest import classify, clean_text, decode

ARTICLE = "قال مسؤولون إن نحو 2500 جندي أمريكي ما زالوا في العراق حتى الآن."


@pytest.mark.parametrize(
    "data, encoding",
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (ARTICLE.encode("utf-16"), "utf-16"),
        (ARTICLE.encode("cp1256"), "windows-1256"),
    ],
)
def test_decode_recovers_the_same_text(data, encoding):
    d = decode(data)
    assert d.text.lstrip("\ufeff") == ARTICLE
    assert d.encoding == encoding
    assert d.replaced == 0


def test_invalid_bytes_in_utf8_are_replaced_and_counted():
    data = ARTICLE.encode("utf-8") + b"\xff\xfe\xfa" + ARTICLE.encode("utf-8")
    d = decode(data)
    assert d.encoding == "utf-8" and d.replaced >= 1 and ARTICLE in d.text


@pytest.mark.parametrize(
    "data, reason",
    [(b"", "empty"), (b"   \n\t ", "blank"), (bytes(range(256)) * 4, "binary"), (b"123 456", "too_little_text")],
)
def test_non_articles_are_rejected_with_a_reason(data, reason):
    assert classify(data, decode(data).text) == reason


def test_clean_text_unifies_line_ends_and_drops_nul():
    assert clean_text("a\r\nb\rc\x00d") == "a\nb\ncd"
