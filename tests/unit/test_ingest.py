import polars as pl
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


def test_a_batch_reads_every_encoding_like_one_file_at_a_time(tmp_path):
    """The batch path validates plain UTF-8 in bulk and decodes the rest one by one: each
    file must come out exactly as :func:`read_one` reads it alone."""
    from etl.ingest import read_batch, read_one

    variants = {
        "utf8.txt": ARTICLE.encode("utf-8"),
        "bom.txt": b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
        "utf16.txt": ARTICLE.encode("utf-16"),
        "cp1256.txt": ARTICLE.encode("cp1256"),
        "bad-bytes.txt": ARTICLE.encode("utf-8") + b"\xff" + ARTICLE.encode("utf-8"),
        "crlf.txt": (ARTICLE + "\r\n" + ARTICLE).encode("utf-8"),
        "empty.txt": b"",
    }
    entries = []
    for name, data in sorted(variants.items()):
        (tmp_path / name).write_bytes(data)
        entries.append((name, str(tmp_path / name), None))
    rows, texts, reused = read_batch(entries, 10**6, {}, set())
    assert reused == 0 and len(rows) == len(texts) == len(entries)
    for (rel, path, _), row, text in zip(entries, rows, texts):
        alone_row, alone = read_one(rel, path, None)
        assert row == alone_row, rel
        assert text == (alone["text"] if alone else None), rel
    by_name = dict(zip([e[0] for e in entries], rows))
    assert by_name["cp1256.txt"]["encoding"] == "windows-1256"
    assert by_name["bad-bytes.txt"]["replaced_bytes"] == 1


def test_scan_files_judges_every_entry_as_discover_does(tmp_path):
    from etl.ingest import discover, scan_files

    raw = tmp_path / "raw"
    (raw / "sub" / "deeper").mkdir(parents=True)
    (raw / ".hidden_dir").mkdir()
    for rel, text in [("a.txt", "x"), ("b.TXT", "y"), ("noext", "z"), ("c.csv", "w"), (".hidden", "h"), ("sub/d.text", "dd"),
                      ("sub/deeper/e.txt", "eee"), (".hidden_dir/f.txt", "f"), ("dots.in.name.txt", "g"), ("trailing.", "t")]:
        (raw / rel).write_text(text, encoding="utf-8")
    (raw / "link.txt").symlink_to(raw / "a.txt")
    (raw / "broken.txt").symlink_to(raw / "missing.txt")
    (raw / "outside.txt").symlink_to(tmp_path)
    (raw / "sublink").symlink_to(raw / "sub")
    frame = scan_files(raw)
    want = discover(raw)
    assert list(frame.select("source_path", "path", "skip").iter_rows()) == [tuple(e) for e in want]
    sizes = dict(zip(frame["source_path"], frame["size_bytes"]))
    assert sizes["sub/deeper/e.txt"] == 3 and sizes["c.csv"] is None and sizes["link.txt"] == 1


def test_the_unordered_scan_lists_the_same_entries_and_the_signature_ignores_order(tmp_path):
    from etl.ingest import scan_files
    from etl.pipeline import _signature

    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    for rel in ["b.txt", "a.txt", "sub/c.txt", "z.csv", ".hidden"]:
        (raw / rel).write_text(rel, encoding="utf-8")
    ordered, unordered = scan_files(raw), scan_files(raw, ordered=False)
    assert sorted(unordered.rows()) == ordered.rows()
    reversed_rows = ordered.reverse()
    assert _signature(reversed_rows, 100) == _signature(ordered, 100)
    touched = ordered.with_columns(pl.when(pl.col("source_path") == "sub/c.txt").then(pl.col("mtime_ns") + 1)
                                   .otherwise(pl.col("mtime_ns")).alias("mtime_ns"))
    assert _signature(touched, 100) != _signature(ordered, 100)
    assert _signature(ordered.filter(pl.col("source_path") != "z.csv"), 100) != _signature(ordered, 100)
    assert _signature(ordered, 100) != _signature(ordered, 101)  # the size limit is part of it


def test_read_file_reads_a_local_file_whole_and_records_its_stat(tmp_path):
    from etl.ingest import read_file

    body = ("سطر أول من نص الخبر\n" * 5000).encode("utf-8")  # larger than one read of a pipe or buffer
    path = tmp_path / "a.txt"
    path.write_bytes(body)
    row, data = read_file("a.txt", str(path), None)
    st = path.stat()
    assert data == body
    assert (row["size_bytes"], row["mtime_ns"], row["file_name"]) == (len(body), st.st_mtime_ns, "a.txt")
    assert row["sha256"] == __import__("hashlib").sha256(body).hexdigest()


def test_read_file_records_large_and_missing_files_without_their_bytes(tmp_path):
    from etl.ingest import read_file

    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 100)
    row, data = read_file("big.txt", str(path), None, max_bytes=99)
    assert data is None and row["status"] == "rejected" and row["reason"].startswith("too_large") and row["size_bytes"] == 100
    row, data = read_file("gone.txt", str(tmp_path / "gone.txt"), None)
    assert data is None and row["reason"].startswith("unreadable: ") and row["size_bytes"] is None


def test_nul_bytes_only_after_the_head_do_not_make_a_file_binary():
    from etl.ingest import classify_bytes

    assert classify_bytes(b"a" * 5000 + b"\x00" * 200) is None
    assert classify_bytes(b"ab\x00" * 100) == "binary"


def test_the_title_is_the_first_line_after_leading_white_space():
    from etl.ingest import judge_batch

    text = "\n \u00a0\n  عنوان الخبر هنا  \nنص الخبر الذي يكفي من الحروف ليكون مقالا كاملا"
    rows = [{"source_path": "a.txt", "status": "ingested", "article_id": "a1"}]
    _, fresh = judge_batch(rows, pl.Series([text]), set())
    assert fresh["title"].to_list() == ["عنوان الخبر هنا"]
