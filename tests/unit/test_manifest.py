"""The manifest given with the raw files: columns recognised by name, outlets and dates normalised."""

import json

import polars as pl
import pytest

from etl.manifest import ManifestError, normalise_manifest, outlet_aliases, read_manifest


def norm(rows: dict) -> pl.DataFrame:
    return normalise_manifest(pl.DataFrame(rows, schema={k: pl.Utf8 for k in rows}), outlet_aliases())


def test_saudinewsnet_columns_work_as_they_are():
    out = norm({"file": ["snn-00001.txt", "snn-00002.txt"], "source": ["aljazirah", "was"],
                "url": ["http://www.al-jazirah.com/2015/x", "http://spa.gov.sa/1"],
                "date_extracted": ["2015-07-21 02:51:32", "2015-08-03 23:10:00"]})
    assert out["file"].to_list() == ["snn-00001.txt", "snn-00002.txt"]
    assert out["publisher"].to_list() == ["aljazirah", "was"]  # as the manifest names it
    assert out["publisher_key"].to_list() == ["aljazirah_sa", "spa"]  # the outlet table's keys
    assert [str(d) for d in out["manifest_date"]] == ["2015-07-21", "2015-08-03"]
    assert str(out["manifest_at"][0]) == "2015-07-21 02:51:32"


@pytest.mark.parametrize("url, publisher, key", [
    ("https://www.aawsat.com/home/article/1", "aawsat.com", "aawsat"),     # a domain in the alias table
    ("http://okaz.com.sa/news/2", "okaz.com.sa", "okaz"),
    ("https://sabq.org/a", "sabq.org", "sabq"),
    ("https://arabic.rt.com/middle_east/3", "arabic.rt.com", None),        # unknown: named, no key
])
def test_without_an_outlet_column_the_url_domain_names_the_publisher(url, publisher, key):
    out = norm({"file": ["a.txt"], "url": [url]})
    assert (out["publisher"][0], out["publisher_key"][0]) == (publisher, key)


@pytest.mark.parametrize("written, day", [
    ("2024-02-03", "2024-02-03"),
    ("2024/02/03", "2024-02-03"),
    ("2024-02-03T10:15:00", "2024-02-03"),
    ("2024-02-03T23:30:00Z", "2024-02-03"),
    ("2024-02-03T01:30:00+03:00", "2024-02-02"),  # an offset is converted to UTC
    ("2024-02-03 10:15", "2024-02-03"),
    ("not a date", None),
    ("", None),
])
def test_dates_and_timestamps(written, day):
    out = norm({"file": ["a.txt"], "published": [written]})
    got = out["manifest_date"][0]
    assert (str(got) if got is not None else None) == day


def test_paths_are_normalised_and_repeated_files_keep_their_first_row():
    out = norm({"file": ["./sub\\a.txt", "sub/a.txt", " b.txt "], "date": ["2020-01-01", "2021-01-01", "2022-01-01"]})
    assert out["file"].to_list() == ["sub/a.txt", "b.txt"]
    assert str(out["manifest_date"][0]) == "2020-01-01"


def test_a_manifest_without_a_file_column_says_how_to_fix_it():
    with pytest.raises(ManifestError, match="no file column.*Add a 'file' column"):
        norm({"name": ["a.txt"], "url": ["http://x.org/1"]})


def test_json_lines_and_csv_read_the_same(tmp_path):
    rows = [{"file": "a.txt", "outlet": "Reuters.com", "published_at": "2023-05-06T07:08:09"},
            {"file": "b.txt", "outlet": "", "url": "https://www.bbc.com/arabic/x", "published_at": None}]
    jl = tmp_path / "m.jsonl"
    jl.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    csv = tmp_path / "m.csv"
    csv.write_text("file,outlet,url,published_at\na.txt,Reuters.com,,2023-05-06T07:08:09\nb.txt,,https://www.bbc.com/arabic/x,\n", encoding="utf-8")
    a, b = read_manifest(jl), read_manifest(csv)
    assert a.select("file", "publisher_key", "manifest_date").rows() == b.select("file", "publisher_key", "manifest_date").rows()
    assert a["publisher_key"].to_list() == ["reuters", "bbc"]


@pytest.mark.parametrize("content, message", [
    (b"\xff\xfe\x00bad", "not UTF-8"),
    (b'{"file": "a.txt"}\nnot json\n', "line 2 is not a JSON object"),
])
def test_unreadable_manifests_fail_with_a_reason(tmp_path, content, message):
    path = tmp_path / "m.jsonl"
    path.write_bytes(content)
    with pytest.raises(ManifestError, match=message):
        read_manifest(path)


def test_a_missing_manifest_file_is_named(tmp_path):
    with pytest.raises(ManifestError, match="does not exist"):
        read_manifest(tmp_path / "nope.csv")
