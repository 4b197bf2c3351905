"""The dashboard's datasets run on a corpus build and carry every column its charts use, and a
warehouse without places stops the dashboard with a reason instead of empty charts.

Needs no Superset: the bundle reads the warehouse with the ETL's own DuckDB (Superset's
rendering test is tests/extras/test_superset_dashboard.py)."""

import zipfile

import duckdb
import pytest
import yaml

from tests.dashboards import load

bundle = load("bundle")


def test_every_dataset_runs_on_the_warehouse_and_feeds_its_charts(warehouse, tmp_path):
    out = tmp_path / "dashboard.zip"
    charts = bundle.build(warehouse, out)
    assert set(charts) == set(bundle.load_charts())
    with zipfile.ZipFile(out) as z:
        files = {name.split("/", 1)[1]: yaml.safe_load(z.read(name)) for name in z.namelist()}
    tolls = files["datasets/news_warehouse/tolls.yaml"]
    assert {c["column_name"] for c in tolls["columns"]} >= {"date", "country", "measure", "value"}
    assert [c["is_dttm"] for c in tolls["columns"] if c["column_name"] == "date"] == [True]
    database = files["databases/news_warehouse.yaml"]
    assert database["extra"]["engine_params"]["connect_args"] == {"read_only": True}
    assert database["sqlalchemy_uri"] == f"duckdb:///{warehouse.resolve()}"
    position = files["dashboards/arabic_news.yaml"]["position"]
    placed = {v["meta"]["uuid"] for v in position.values() if isinstance(v, dict) and v.get("type") == "CHART"}
    assert placed == {files[f"charts/{name}.yaml"]["uuid"] for name in charts}


def test_the_place_datasets_have_rows_with_coordinates(warehouse):
    """The map and the per-country charts have something to show on the test corpus."""
    datasets = bundle.load_datasets()
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        placed = con.execute(f"select count(*), count(distinct country), min(lat), max(lat) from ({datasets['placed_figures'].sql})").fetchone()
        countries = con.execute(f"select count(distinct country) from ({datasets['tolls'].sql}) where country is not null").fetchone()[0]
        places, events = con.execute(f"select count(distinct place_name), count(*) from ({datasets['place_events'].sql}) where lat is not null").fetchone()
    finally:
        con.close()
    assert placed[0] > 0 and placed[1] > 1
    assert -90 <= placed[2] <= placed[3] <= 90
    assert countries > 1
    assert places > 1 and events >= places  # the places table's events, each at a place with its point


def test_a_warehouse_without_places_stops_the_dashboard_with_the_reason(tmp_path):
    """An older warehouse (figures without country, lat, lon) fails clearly, naming the datasets."""
    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    con.execute("create table daily_figures as select date '2015-07-01' as date, 'killed' as measure, 'spa' as outlet_key,"
                " 3 as value, 3 as highest_value, 1 as stories, 1 as articles, 0 as disputed_stories")
    con.execute("create table articles as select 'a' as article_id, date '2015-07-01' as published_date")
    for table in ("attack_counts", "troop_figures"):
        con.execute(f"create table {table} as select 'f' as figure_id, 'a' as article_id, 'killed' as measure, 3 as value,"
                    " 'event' as toll_scope, true as plausible, date '2015-07-01' as published_date, 'spa' as outlet_key,"
                    " 'a' as story_id")
    con.close()
    with pytest.raises(bundle.BundleError) as err:
        bundle.build(old, tmp_path / "dashboard.zip")
    message = str(err.value)
    assert "dataset 'tolls'" in message and '"country"' in message
    assert "dataset 'placed_figures'" in message
    assert "place_name, country, lat, lon" in message
    assert not (tmp_path / "dashboard.zip").exists()


def test_a_missing_warehouse_says_to_build_it(tmp_path):
    with pytest.raises(bundle.BundleError, match="no warehouse at .*build it first"):
        bundle.build(tmp_path / "absent.duckdb", tmp_path / "dashboard.zip")
