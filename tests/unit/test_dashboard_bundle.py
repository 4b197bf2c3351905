"""The dashboard bundle's checks: which columns and metrics a chart uses, and what its dataset lacks."""

import json

import pytest

from tests.dashboards import load

bundle = load("bundle")


@pytest.mark.parametrize(("params", "expected"), [
    ({"x_axis": "date", "groupby": ["measure"], "adhoc_filters": [
        {"expressionType": "SIMPLE", "subject": "country", "operator": "IS NOT NULL"}]}, {"date", "measure", "country"}),
    ({"spatial": {"type": "latlong", "latCol": "lat", "lonCol": "lon"}, "dimension": "country",
      "tooltip_contents": ["place_name"]}, {"lat", "lon", "country", "place_name"}),
    ({"all_columns": ["title", "measure"], "order_by_cols": [json.dumps(["outlets", False])]}, {"title", "measure", "outlets"}),
    ({"entity": "country", "adhoc_filters": [{"expressionType": "SQL", "sqlExpression": "x > 1"}]}, {"country"}),
], ids=["timeseries", "deck-scatter", "raw-table", "world-map"])
def test_columns_used_finds_every_column_a_chart_names(params, expected):
    assert bundle.columns_used(params) == expected


def test_metrics_used_includes_the_map_point_size():
    params = {"metrics": ["killed", "injured"], "point_radius_fixed": {"type": "metric", "value": "figures"},
              "x_axis_sort": "killed"}
    assert bundle.metrics_used(params) == {"killed", "injured", "figures"}


def test_problems_name_the_chart_the_column_and_the_dataset():
    ds = bundle.Dataset("tolls", "select 1", "", None, [{"name": "killed", "expression": "sum(value)"}],
                        columns=[("date", "DATE"), ("value", "BIGINT")])
    ok = bundle.Chart("weekly", "Weekly", "tolls", "echarts_timeseries_bar", "", {"x_axis": "date", "metrics": ["killed"]})
    bad = bundle.Chart("map", "Map", "tolls", "world_map", "", {"entity": "country", "metric": "wounded"})
    orphan = bundle.Chart("lost", "Lost", "nowhere", "table", "", {})
    assert bundle.problems({"tolls": ds}, {"weekly": ok}) == []
    found = bundle.problems({"tolls": ds}, {"map": bad, "lost": orphan})
    assert found == ["chart 'map' uses column 'country', which dataset 'tolls' does not return",
                     "chart 'map' uses metric 'wounded', which dataset 'tolls' does not define",
                     "chart lost: no dataset 'nowhere' in datasets/"]


def test_every_chart_on_the_dashboard_exists_and_every_chart_is_placed():
    charts, layout = bundle.load_charts(), bundle.load_layout()
    placed = [cell["chart"] for row in layout["rows"] for cell in row if "chart" in cell]
    assert sorted(placed) == sorted(charts)
    for row in layout["rows"]:
        assert sum(cell["width"] for cell in row) <= 12


def test_uuids_are_stable_and_distinct_per_kind():
    assert bundle.stable_uuid("chart", "places") == bundle.stable_uuid("chart", "places")
    assert bundle.stable_uuid("chart", "places") != bundle.stable_uuid("dataset", "places")
