"""Places and event dates from raw files to the warehouse: the sample's Iraq figures and the
Ain al-Asad attack, the places dimension, the time series by event date and country, dates
resolved against a manifest's publication date, and the development set's scores."""

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from etl import pipeline
from etl.cli import app
from etl.evaluate_places import evaluate
from tests.conftest import DATA, SAMPLE_RAW

CORPUS_MANIFEST = Path.home() / ".cache" / "arabic-news-etl" / "saudinewsnet" / "manifest.csv"


def q(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def build_one_article(tmp_path: Path, text: str, published: str = "2015-07-24") -> Path:
    """Build one article ``a.txt`` with a manifest that dates it; return the database."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(text, encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(f"file,date\na.txt,{published}\n", encoding="utf-8")
    db = tmp_path / "news.duckdb"
    pipeline.build(raw, tmp_path / "work", db, manifest=manifest)
    return db


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("places-sample")
    db = tmp / "news.duckdb"
    pipeline.build(SAMPLE_RAW, tmp / "work", db)
    return db


@pytest.fixture(scope="module")
def devset_db(tmp_path_factory) -> Path:
    """The development set built with a manifest of its publication dates (the SaudiNewsNet
    crawl dates, kept beside the gold file), as etl eval-places builds it."""
    tmp = tmp_path_factory.mktemp("places-devset")
    db = tmp / "news.duckdb"
    pipeline.build(DATA / "devset" / "raw", tmp / "work", db, manifest=DATA / "places" / "manifest.csv")
    return db


def test_every_sample_troop_figure_about_iraq_is_in_iraq(sample_db):
    rows = q(sample_db, "select country, place_basis, sentence from troop_figures")
    assert len(rows) == 5  # the five troop figures of the sample, all about forces in Iraq
    assert all(country == "IQ" for country, _, _ in rows), rows
    assert all(basis == "sentence" for _, basis, _ in rows)


def test_the_rocket_attack_on_ain_al_asad_is_placed_at_the_base(sample_db):
    rows = q(sample_db, """select place_id, place_name, country, admin1, lat, lon from attack_counts
                           where measure = 'projectiles' and value = 14 order by article_id""")
    assert len(rows) == 2  # two articles report the 14 rockets
    for place_id, name, country, admin1, lat, lon in rows:
        assert place_id == "ref:ain_al_asad"
        assert "الأسد" in name
        assert (country, admin1) == ("IQ", "Al Anbar")
        assert (lat, lon) == pytest.approx((33.7856, 42.4412))
    base = q(sample_db, "select place_kind, country, lat, lon, geo_precision, attack_counts from places where place_id = 'ref:ain_al_asad'")
    assert base == [("base", "IQ", pytest.approx(33.7856), pytest.approx(42.4412), 1, 3)]


def test_explicit_date_in_the_sentence_is_the_event_date(sample_db):
    # «استهدف أحدث هجوم كبير في السابع من يوليو قاعدة عين الأسد» in an article of 26 July 2021
    rows = q(sample_db, """select event_date::varchar, event_date_basis, event_date_granularity from attack_counts
                           where measure = 'projectiles' and sentence like '%السابع من يوليو%'""")
    assert rows == [("2021-07-07", "explicit", "day")]


def test_places_dimension_holds_every_placed_figure_once(sample_db):
    placed = {r[0] for r in q(sample_db, "select place_id from troop_figures where place_id is not null union "
                                         "select place_id from attack_counts where place_id is not null")}
    dim = q(sample_db, "select place_id, country from places")
    assert {r[0] for r in dim} == placed
    assert all(len(country) == 2 for _, country in dim)


def test_no_unresolved_place_has_coordinates(devset_db):
    for table in ("troop_figures", "attack_counts"):
        bad = q(devset_db, f"select count(*) from {table} where place_id is null and (lat is not null or lon is not null or country is not null)")
        assert bad == [(0,)], table
        bases = {r[0] for r in q(devset_db, f"select distinct place_basis from {table}")}
        assert bases <= {"sentence", "article", "dateline", "none"}


def test_relative_dates_resolve_against_the_manifest_date(tmp_path):
    db = build_one_article(tmp_path, "مقتل 5 أشخاص في انفجار بالموصل\n\nقتل خمسة أشخاص أمس في انفجار سيارة مفخخة في مدينة الموصل.\n")
    rows = q(db, "select event_date::varchar, event_date_basis, published_date_basis, country, admin1 from attack_counts order by char_start")
    # the headline takes the lead's أمس; both resolve against the manifest's 24 July
    assert rows == [("2015-07-23", "relative", "manifest", "IQ", "Nineveh")] * 2


def test_daily_figures_sum_the_events_by_event_date_and_country(devset_db):
    total = q(devset_db, "select coalesce(sum(value), 0), coalesce(sum(events), 0) from daily_figures")[0]
    assert total == q(devset_db, "select coalesce(sum(value), 0), count(*) from events")[0]
    # no more than the stories' own figures summed (a story at two towns is two events)
    (stories,), = q(devset_db, "select coalesce(sum(conservative_value), 0) from story_figures where toll_scope = 'event' and first_date is not null")
    assert 0 < total[0] <= stories
    assert q(devset_db, "select count(*) from daily_figures where country is not null")[0][0] > 0
    # the event date, not the publication date: some stories' events precede their first report
    assert q(devset_db, """select count(*) from daily_figures d join story_figures s
                           on s.first_date > d.date and s.toll_scope = 'event' and s.measure = d.measure""")[0][0] > 0


def test_development_set_scores_meet_the_targets(devset_db):
    """Places and event dates of the 61 hand-annotated articles (tests/data/places/gold.json): a
    floor against regressions, at the issue's targets (0.95 / 0.85 / 0.9; admin1 is 0.871 after
    the second development set's round, README)."""
    res = evaluate(DATA / "places" / "gold.json", devset_db).as_dict()
    assert res["matched"] >= 0.75 * res["gold_figures"]
    assert res["country_accuracy"] >= 0.95
    assert res["admin1_accuracy"] >= 0.85
    assert res["event_date_accuracy"] >= 0.9
    assert res["coords_without_place"] == 0 and res["coords_for_unresolved_gold"] == 0


def test_eval_places_command_reports_scores(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"articles": {"004_35955c2e20ba66cb.txt": {"figures": [
        {"table": "attack_counts", "measure": "projectiles", "value": 14, "evidence": "حيث سقط 14 صاروخا",
         "place_name": "قاعدة عين الأسد", "place_basis": "sentence", "country": "IQ", "admin1": "Al Anbar",
         "lat": 33.79, "lon": 42.44, "event_date": "2021-07-07", "event_date_granularity": "day", "event_date_basis": "explicit"},
        {"table": "attack_counts", "measure": "projectiles", "value": 99, "evidence": "سقط 99 صاروخا"}]}}}), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval-places", "--gold", str(gold), "--raw", str(SAMPLE_RAW), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output.strip().splitlines()[-1])
    assert (scores["gold_figures"], scores["matched"]) == (2, 1)
    assert (scores["country_accuracy"], scores["admin1_accuracy"], scores["event_date_accuracy"]) == (1.0, 1.0, 1.0)


def test_a_troop_strength_and_a_toll_of_history_are_dated_by_their_own_sentence(tmp_path):
    db = build_one_article(tmp_path, 
        "مقتل 3 جنود في هجوم على قاعدة\n\n"
        "قتل ثلاثة جنود أمس في هجوم على قاعدة عسكرية قرب الحدود.\n\n"
        "ويتمركز في القاعدة نحو 400 جندي من القوات الخاصة.\n\n"
        "ووصل إلى القاعدة أول من أمس 150 جنديا إضافيا.\n\n"
        "وفي التاسع من أغسطس 1945 أدت قنبلة نووية إلى مقتل 74 ألف شخص في المدينة.\n")
    troops = dict((v, (d, b)) for v, d, b in q(db, "select value, event_date::varchar, event_date_basis from troop_figures"))
    assert troops[400] == ("2015-07-24", "publication")   # a strength stands as of publication, not the lead's أمس
    assert troops[150] == ("2015-07-22", "relative")      # its own sentence's أول من أمس dates an arrival
    toll = q(db, "select toll_scope, event_date::varchar, event_date_granularity from attack_counts where value = 74000")
    assert toll == [("past", "1945-08-09", "day")]          # history, not a running total as of publication


def test_a_running_total_is_dated_by_publication_not_by_its_periods_start_or_the_lead(tmp_path):
    db = build_one_article(tmp_path, 
        "مقتل 4 في هجوم على حاجز بمدينة الموصل\n\n"
        "قتل أربعة جنود أمس في هجوم على حاجز في مدينة الموصل.\n\n"
        "وفي الهجمات التي بدأت في 3 مارس قتل إجمالا 300 جندي.\n\n"
        "وبهجمات أمس يرتفع إجمالي عدد القتلى إلى 304 جنود.\n\n"
        "وبلغ إجمالي عدد القتلى في المدينة 500 قتيل.\n")
    rows = dict(((v, s), (d, b)) for v, s, d, b in q(db, """select value, toll_scope, event_date::varchar, event_date_basis
                                                           from attack_counts where measure = 'killed'"""))
    assert rows[(4, "event")] == ("2015-07-23", "relative")          # the day's event: أمس
    assert rows[(300, "period")] == ("2015-07-24", "publication")    # since 3 March: as of publication
    assert rows[(304, "period")] == ("2015-07-23", "relative")       # its own sentence's أمس dates it
    assert rows[(500, "period")] == ("2015-07-24", "publication")    # not the lead's أمس
    # … and, its sentence placing it nowhere, it is the country's total, not the lead city's
    placed = dict((v, (pid, admin1, lat is not None)) for v, pid, admin1, lat in q(
        db, "select value, place_id, admin1, lat from attack_counts where measure = 'killed'"))
    assert placed[500] == ("cc:IQ", None, True)
    assert placed[4][1] == "Nineveh"                                   # the day's event stays in Mosul
    assert q(db, "select place_kind, country from places where place_id = 'cc:IQ'") == [("country", "IQ")]
