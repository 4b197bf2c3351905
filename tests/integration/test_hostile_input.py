"""Hostile input (issue: hardening): every file is accounted for, good files keep all their figures."""

import os
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from etl import pipeline
from tests.conftest import ROOT

GOOD = "عنوان الخبر\n\nبغداد - رويترز\n\nقالت الشرطة إن 7 أشخاص قتلوا في انفجار سيارة مفخخة وسط المدينة، وإن نحو 2500 جندي أمريكي ما زالوا في العراق.\n"


def q(db, sql, params=None):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def build(tmp_path, files: dict, **kw):
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    for name, data in files.items():
        path = raw / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    db = tmp_path / "news.duckdb"
    pipeline.build(raw, tmp_path / "work", db, **kw)
    return raw, db


def status_of(db):
    return {r[0]: (r[1], r[2] or "") for r in q(db, "select source_path, status, reason from input_files")}


def figures_of(db, name):
    return sorted(q(db, """select 'troops', value from troop_figures join articles using (article_id) where file_name = $1
                           union all select measure, value from attack_counts join articles using (article_id) where file_name = $1""", [name]))


EXPECTED = sorted([("killed", 7), ("troops", 2500)])


# Each case: the file's name, its bytes made from an article text, and the status and reason it
# must get. All of them go into one folder (one build for the lot, see hostile_folder), each
# made from its own text so that no two decode to the same article (a duplicate's status would
# hide the case).
HOSTILE = [
    ("empty.txt", lambda t: b"", "rejected", "empty"),
    ("spaces.txt", lambda t: b"   \n\t\n  ", "rejected", "blank"),
    ("binary.txt", lambda t: bytes(range(256)) * 16, "rejected", "binary"),
    ("nul-inside.txt", lambda t: t.replace(" 7 ", " 7\x00 ").encode("utf-8"), "ingested", "1 NUL characters removed"),
    ("cp1256.txt", lambda t: t.encode("cp1256"), "ingested", ""),
    ("utf16.txt", lambda t: t.encode("utf-16"), "ingested", ""),
    ("utf16le-nobom.txt", lambda t: t.encode("utf-16-le"), "ingested", ""),
    ("bom.txt", lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), "ingested", ""),
    ("crlf.txt", lambda t: t.replace("\n", "\r\n").encode("utf-8"), "ingested", ""),
    ("bad-bytes.txt", lambda t: t.encode("utf-8")[:60] + b"\xff\xfe" + t.encode("utf-8")[60:], "ingested", "invalid bytes replaced"),
    ("page.txt", lambda t: ("<!DOCTYPE html><html><body><p>" + t + "</p></body></html>").encode("utf-8"), "rejected", "html"),
    ("image.png", lambda t: b"\x89PNG\r\n\x1a\n" + bytes(64), "rejected", "not_an_article_file"),
    ("name with spaces; 'quotes' \"and\" عربي.txt", lambda t: t.encode("utf-8"), "ingested", ""),
    ("deep/nested/folder/a.txt", lambda t: t.encode("utf-8"), "ingested", ""),
    (".hidden.txt", lambda t: t.encode("utf-8"), "rejected", "hidden"),
]


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory):
    """Every hostile file of HOSTILE in one folder beside a plain good article, built once.
    Each file is made from GOOD plus a closing line of its own (no number: the figures stay
    those of GOOD). Built together, a file that disturbed the others or the batch would show in
    their rows as it would alone; each test below checks one file's row."""
    files = {name: make(GOOD + "\nملحق" + " إضافي" * (i + 1) + ".") for i, (name, make, _, _) in enumerate(HOSTILE)}
    return build(tmp_path_factory.mktemp("hostile"), {**files, "anchor.txt": GOOD + "\nمرجع."})[1]


@pytest.mark.parametrize("name, status, reason", [(n, s, r) for n, _, s, r in HOSTILE], ids=[n for n, *_ in HOSTILE])
def test_each_hostile_file_is_recorded_and_good_text_keeps_its_figures(hostile_folder, name, status, reason):
    db = hostile_folder
    # A plain good article beside it must come through untouched.
    got_status, got_reason = status_of(db)[name]
    assert got_status == status and reason in got_reason
    assert figures_of(db, "anchor.txt") == EXPECTED
    if status == "ingested":
        assert figures_of(db, name.rsplit("/", 1)[-1]) == EXPECTED


def test_symlinks_inside_outside_and_broken(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(GOOD, encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "real.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(raw / "real.txt", raw / "inside-link.txt")
    os.symlink(outside, raw / "outside-link.txt")
    os.symlink(tmp_path / "missing.txt", raw / "broken-link.txt")
    db = tmp_path / "news.duckdb"
    pipeline.build(raw, tmp_path / "work", db)
    st = status_of(db)
    assert sorted([st["inside-link.txt"][0], st["real.txt"][0]]) == ["duplicate", "ingested"]  # one text, two names
    assert st["outside-link.txt"] == ("rejected", "symlink_outside_raw")
    assert st["broken-link.txt"] == ("rejected", "broken_symlink")
    assert q(db, "select count(*) from articles") == [(1,)]


def test_file_over_the_size_limit_is_recorded_not_read(tmp_path):
    raw, db = build(tmp_path, {"big.txt": GOOD * 50, "ok.txt": GOOD}, max_bytes=5000)
    assert status_of(db)["big.txt"][1].startswith("too_large")
    assert figures_of(db, "ok.txt") == EXPECTED


def test_numbers_beyond_64_bits_are_left_out(tmp_path):
    raw, db = build(tmp_path, {"huge.txt": GOOD + "\nوقال إن 99999999999999999999999 جندي انتشروا.\n"})
    assert figures_of(db, "huge.txt") == EXPECTED


@pytest.mark.slow
def test_one_10mb_line_and_repeated_triggers_finish(tmp_path):
    line = ("قتل مقتل جنود صاروخ هجوم عشرات 5 " * 300_000)[:10_000_000]
    raw, db = build(tmp_path, {"long.txt": "عنوان\n\n" + line + "\n", "ok.txt": GOOD})
    assert status_of(db)["long.txt"][0] == "ingested"
    assert figures_of(db, "ok.txt") == EXPECTED
    for text, s, e, sentence in q(db, "select a.text, f.char_start, f.char_end, f.sentence from attack_counts f join articles a using (article_id)"):
        assert text[s:e] in sentence


def test_unwritable_output_gives_a_clear_error_and_nonzero_exit(tmp_path):
    from typer.testing import CliRunner

    from etl.cli import app

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(GOOD, encoding="utf-8")
    res = CliRunner().invoke(app, ["build", "--raw", str(raw), "--work", str(tmp_path / "w"), "--db", str(blocker / "news.duckdb")])
    assert res.exit_code == 1
    assert "error" in res.output and "Traceback" not in res.output


def test_reader_keeps_working_while_a_build_publishes(tmp_path):
    raw, db = build(tmp_path, {"a.txt": GOOD})
    reader = duckdb.connect(str(db), read_only=True)
    try:
        before = reader.execute("select count(*) from articles").fetchall()
        (raw / "b.txt").write_text(GOOD + "\nإضافة.", encoding="utf-8")
        pipeline.build(raw, tmp_path / "work", db)
        assert reader.execute("select count(*) from articles").fetchall() == before
    finally:
        reader.close()
    assert q(db, "select count(*) from articles") == [(2,)]


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.3, 0.8, 1.5])
def test_sigkill_at_any_point_leaves_the_previous_database(tmp_path, delay):
    raw = ROOT / "tests" / "data" / "devset" / "raw"
    work, db = tmp_path / "work", tmp_path / "news.duckdb"
    pipeline.build(raw, work, db)
    before = q(db, "select count(*) from articles") + q(db, "select count(*) from attack_counts")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "etl.cli", "build", "--full", "--raw", str(raw), "--work", str(work), "--db", str(db)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert q(db, "select count(*) from articles") + q(db, "select count(*) from attack_counts") == before
    pipeline.build(raw, work, db)  # completes and publishes the same tables from whatever the kill left in work/
    assert q(db, "select count(*) from articles") + q(db, "select count(*) from attack_counts") == before


def test_two_builds_at_once_one_stops_with_a_clear_message(tmp_path):
    raw, db = build(tmp_path, {"a.txt": GOOD})
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with pipeline.build_lock(db):
        res = subprocess.run([sys.executable, "-m", "etl.cli", "build", "--raw", str(raw), "--work", str(tmp_path / "work"), "--db", str(db)],
                             env=env, capture_output=True, text=True)
    assert res.returncode == 75 and "another build" in res.stderr
    assert q(db, "select count(*) from articles") == [(1,)]
