"""What dashboards read: dates from the text or the manifest, the publishing outlet, plausible
figures, toll scopes, story reconciliation per force and the daily time series."""

import shutil

import pytest
from typer.testing import CliRunner

from etl import pipeline
from etl.cli import app

from tests.conftest import SAMPLE_RAW, build_with_manifest, q

runner = CliRunner()


# Articles written for these tests: one toll each, with the words that set its scope.
TOLLS = {
    "event.txt": ("بغداد - رويترز", "قالت الشرطة إن 12 شخصا قتلوا صباح اليوم في انفجار سيارة مفخخة وسط المدينة."),
    "since_morning.txt": ("صنعاء - رويترز", "وقال مسؤول إن 30 مدنيا قتلوا منذ صباح اليوم في غارات على الأحياء الشرقية."),
    "running_total.txt": ("بيروت - أ ف ب", "وقال المرصد إن أكثر من 240 ألف شخص قتلوا منذ بداية النزاع في البلاد."),
    "past_year.txt": ("القاهرة - واس", "وكانت المواجهات قد أسفرت عن مقتل 50 شخصا في عام 2012 في المدينة نفسها."),
    "too_large.txt": ("جنيف - رويترز", "وأسفر القصف عن إصابة 4000000 شخص في المدينة."),
    "yearly_rate.txt": ("لندن - رويترز", "ويقتل التلوث نحو 700 شخص سنويا في المدينة بحسب الدراسة."),
    "dated_long_ago.txt": ("بغداد - رويترز", "وفي 21 يوليو 1905 قتل 80 شخصا في انفجار بالمدينة."),
    "large_long_ago.txt": ("طوكيو - رويترز", "وفي التاسع من أغسطس 1945 أدت القنبلة إلى مقتل 74 ألف شخص في المدينة."),
    "lasted_years.txt": ("غزة - رويترز", "وأشعلت الجماعة في 8 أكتوبر 2013 حربا استمرت عامين وخلفت أكثر من 70 ألف قتيل."),
    # no span words: the size alone says whether one event can hold it (plausibility.csv event_max)
    "large_event.txt": ("كابول - رويترز", "وقال مسؤول إن 450 شخصا قتلوا في انفجار شاحنة مفخخة في السوق."),
    "above_one_event.txt": ("عدن - رويترز", "وقال مسؤول إن 600 شخص قتلوا في المدينة."),
}


@pytest.fixture(scope="module")
def tolls(tmp_path_factory):
    return build_with_manifest(tmp_path_factory.mktemp("tolls"), {
        name: (f"عنوان الخبر\n\n{dateline}\n\n{body}\n", "okaz" if i % 2 else "alriyadh", f"2015-07-2{i}")
        for i, (name, (dateline, body)) in enumerate(TOLLS.items())})


@pytest.mark.parametrize("name, scope", [
    ("event.txt", "event"), ("since_morning.txt", "event"), ("running_total.txt", "period"),
    ("past_year.txt", "past"), ("yearly_rate.txt", "period"), ("too_large.txt", "period"), ("dated_long_ago.txt", "past"),
    # a date of an earlier year makes history of a toll of any size; a span it lasted makes a running total of it
    ("large_long_ago.txt", "past"), ("lasted_years.txt", "period"),
    # more killed than one attack's toll in the news is a total however it is worded
    ("large_event.txt", "event"), ("above_one_event.txt", "period"),
])
def test_each_toll_has_the_scope_its_words_give(tolls, name, scope):
    got = q(tolls, f"select c.toll_scope, c.toll_scope_words from attack_counts c join articles a using (article_id) where a.file_name = '{name}'")
    assert [g[0] for g in got] == [scope]
    assert (got[0][1] is None) == (scope == "event")  # a non-event scope says why


def test_a_figure_beyond_what_its_measure_allows_is_flagged_with_its_reason(tolls):
    (plausible, reason), = q(tolls, "select plausible, implausible_reason from attack_counts where value = 4000000")
    assert plausible is False and "4000000 > 1000000" in reason
    assert q(tolls, "select count(*) from attack_counts where not plausible") == [(1,)]
    assert q(tolls, "select count(*) from story_figures where highest_value >= 4000000") == [(0,)]


def test_the_time_series_holds_event_tolls_only(tolls):
    assert q(tolls, "select measure, sum(value) from daily_figures group by 1") == [("killed", 12 + 30 + 450)]
    assert q(tolls, "select count(*) from story_figures where toll_scope = 'period'")[0][0] >= 2


def test_every_figure_of_the_session_warehouse_has_a_dashboard_date(warehouse):
    for table in ("attack_counts", "troop_figures", "figure_claims"):
        (share,), = q(warehouse, f"select avg((published_date is not null)::int) from {table}")
        assert share >= 0.99, table
    assert q(warehouse, "select count(*) from articles where outlet_key is null") == [(0,)]


def test_the_text_date_wins_over_the_manifest_and_the_basis_says_which(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SAMPLE_RAW, raw)
    (raw / "undated.txt").write_text("خبر\n\nقال مسؤولون إن الاجتماع سيعقد قريبا في العاصمة لبحث الأوضاع.\n", encoding="utf-8")
    names = sorted(p.name for p in raw.iterdir())
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,outlet,date\n" + "".join(f"{n},aawsat.com,1999-01-0{i + 1}\n" for i, n in enumerate(names)), encoding="utf-8")
    db = tmp_path / "db.duckdb"
    pipeline.build(raw, tmp_path / "work", db, manifest=manifest)
    rows = dict(((f, (d, b)) for f, d, b in q(db, "select file_name, cast(published_date as varchar), published_date_basis from articles")))
    assert rows["undated.txt"] == ("1999-01-06", "manifest")
    assert rows["000_98b9b88ac5afc341.txt"] == ("2021-07-26", "text")  # the dateline's date, not 1999-01-01
    assert {b for _, b in rows.values()} == {"text", "manifest"}
    assert q(db, "select distinct publisher, publisher_key, outlet_key from articles where source is null") == [("aawsat.com", "aawsat", "aawsat")]
    # the credited source stays what the text credits; the publisher is the site
    assert q(db, "select source, publisher_key from articles where file_name = '000_98b9b88ac5afc341.txt'") == [("xinhua", "aawsat")]


def test_a_manifest_entry_by_file_name_matches_only_an_unambiguous_file(tmp_path):
    raw = tmp_path / "raw"
    for sub in ("a", "b"):
        (raw / sub).mkdir(parents=True)
    body = "خبر\n\n{} قال مسؤولون إن الاجتماع سيعقد قريبا في العاصمة.\n"
    (raw / "a" / "same.txt").write_text(body.format("أول"), encoding="utf-8")
    (raw / "b" / "same.txt").write_text(body.format("ثان"), encoding="utf-8")
    (raw / "a" / "only.txt").write_text(body.format("ثالث"), encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,date\nsame.txt,2020-01-01\nonly.txt,2020-02-02\nb/same.txt,2020-03-03\n", encoding="utf-8")
    db = tmp_path / "db.duckdb"
    pipeline.build(raw, tmp_path / "work", db, manifest=manifest)
    got = dict(q(db, "select source_path, cast(published_date as varchar) from articles"))
    assert got == {"a/same.txt": None, "b/same.txt": "2020-03-03", "a/only.txt": "2020-02-02"}


def test_a_changed_manifest_republishes_and_the_same_one_does_not(tmp_path, raw_copy):
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,source\n000_98b9b88ac5afc341.txt,okaz\n", encoding="utf-8")
    db, work = tmp_path / "db.duckdb", tmp_path / "work"
    pipeline.build(raw_copy, work, db, manifest=manifest)
    assert pipeline.build(raw_copy, work, db, manifest=manifest) == {"unchanged": True}
    manifest.write_text("file,source\n000_98b9b88ac5afc341.txt,sabq\n", encoding="utf-8")
    assert "unchanged" not in pipeline.build(raw_copy, work, db, manifest=manifest)
    assert q(db, "select publisher_key from articles where file_name = '000_98b9b88ac5afc341.txt'") == [("sabq",)]
    assert "unchanged" not in pipeline.build(raw_copy, work, db)  # no manifest now: its dates go
    assert q(db, "select count(*) from articles where publisher is not null") == [(0,)]


def test_a_bad_manifest_stops_the_build_in_one_line_and_leaves_the_database(tmp_path, raw_copy):
    db = tmp_path / "db.duckdb"
    assert runner.invoke(app, ["build", "--raw", str(raw_copy), "--work", str(tmp_path / "w"), "--db", str(db)]).exit_code == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("name,url\na.txt,http://x.org\n", encoding="utf-8")
    res = runner.invoke(app, ["build", "--raw", str(raw_copy), "--work", str(tmp_path / "w"), "--db", str(db), "--manifest", str(bad)])
    assert res.exit_code == 1
    lines = [line for line in (res.stderr or res.output).splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and "file column" in lines[0]
    assert q(db, "select count(*) from build_runs") == [(1,)]


def test_troops_of_two_forces_in_one_article_are_not_a_dispute(warehouse):
    rows = q(warehouse, """select sf.force_name, sf.values_reported, sf.disputed from story_figures sf
                           join articles a on a.article_id = sf.story_id
                           where a.file_name = '004_35955c2e20ba66cb.txt' and sf.measure = 'troops' order by 1""")
    assert rows == [("US", "2500", False), ("foreign", "3500", False)]


def test_disputed_always_means_two_articles_that_disagree(warehouse):
    assert q(warehouse, "select count(*) from story_figures where disputed and articles < 2") == [(0,)]
    rows = q(warehouse, "select values_reported, conservative_value, highest_value, articles, outlets from story_figures where disputed")
    assert ("12, 15", 12, 15, 2, 2) in rows  # the two-outlet wire story (tests/conftest.py)


def test_the_daily_series_counts_each_story_once_on_its_first_day_and_outlet(warehouse):
    # the wire story: 12 killed (Reuters' copy, filed on its manifest day) and 15 (SPA's, a day later)
    rows = q(warehouse, "select cast(date as varchar), outlet_key, value, highest_value, stories, articles, disputed_stories "
                        "from daily_figures where measure = 'killed' and date = date '2015-08-03'")
    assert ("2015-08-03", "reuters", 12, 15, 1, 2, 1) in rows
    assert q(warehouse, "select count(*) from daily_figures where measure = 'killed' and date = date '2015-08-04' and outlet_key = 'spa'") == [(0,)]


def test_the_daily_series_adds_up_to_the_events(warehouse):
    (series,), = q(warehouse, "select sum(value) from daily_figures")
    assert q(warehouse, "select sum(value) from events") == [(series,)]
    # never more than each dated story's own figure summed: one event told by several stories counts once
    (stories,), = q(warehouse, "select sum(conservative_value) from story_figures where toll_scope = 'event' and first_date is not null")
    assert 0 < series <= stories
    assert q(warehouse, "select count(*) from daily_figures where measure = 'troops'") == [(0,)]


def test_bridge_tables_hold_what_list_columns_held(warehouse):
    # a dateline crediting two outlets: both, numbered, the first the primary source
    rows = q(warehouse, """select s.outlet_key, s.position, s.is_primary from article_sources s join articles a using (article_id)
                           where a.file_name = '002_d370733e592f79a1.txt' order by s.position""")
    assert {r[0] for r in rows} == {"urdupoint", "sputnik"} and [(r[1], r[2]) for r in rows] == [(1, True), (2, False)]
    assert q(warehouse, "select count(*) from article_sources s join articles a using (article_id) where s.is_primary and s.outlet_key <> a.source") == [(0,)]
    (n_stories,), = q(warehouse, "select count(*) from stories where outlets > 0")
    assert q(warehouse, "select count(distinct story_id) from story_outlets where outlet_key <> 'unknown'") == [(n_stories,)]
