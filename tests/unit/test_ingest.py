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


@pytest.mark.parametrize("variant", [ARTICLE.encode("utf-8"), b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), ARTICLE.encode("utf-16"),
                                     ARTICLE.encode("cp1256"), ARTICLE.replace(" ", " ").encode("utf-8")])
def test_article_id_depends_on_the_text_not_the_encoding(tmp_path, variant):
    from etl.ingest import article_id, read_one

    path = tmp_path / "a.txt"
    path.write_bytes(variant)
    row, art = read_one("a.txt", str(path), None)
    assert row["article_id"] == art["article_id"] == article_id(ARTICLE)


def test_line_end_variants_share_one_article_id(tmp_path):
    from etl.ingest import read_one

    ids = set()
    for i, nl in enumerate(["\n", "\r\n", "\r"]):
        p = tmp_path / f"{i}.txt"
        p.write_bytes(("سطر أول" + nl + ARTICLE).encode("utf-8"))
        ids.add(read_one(p.name, str(p), None)[0]["article_id"])
    assert len(ids) == 1
