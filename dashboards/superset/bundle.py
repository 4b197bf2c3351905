"""The dashboard as a Superset import bundle, made from the files beside this one.

    datasets/<name>.yaml   a dataset: its SQL over the published tables, its metrics
    charts/<name>.yaml     a chart: its dataset, viz type and Superset params
    dashboard.yaml         the layout: rows of charts and notes

``bundle.py WAREHOUSE OUT.zip`` reads the warehouse read-only to learn each dataset's
columns (and to check that every column a chart uses exists: a warehouse built before
places were published has no ``country``, ``lat``, ``lon`` or ``place_name``, and the bundle
then stops and names what is missing), and writes the ZIP that ``superset import-dashboards``
takes. Runs in the Superset environment (PyYAML, duckdb).
"""

from __future__ import annotations

import json
import sys
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import yaml

HERE = Path(__file__).resolve().parent
NAMESPACE = uuid.UUID("5b0f3c0e-2d4a-4f0e-9a57-6e6577732d65")  # fixed: the same names give the same UUIDs
DATABASE_NAME = "news_warehouse"
VERSION = "1.0.0"
# Params that name dataset columns (plain, in lists, or inside dicts), per Superset's controls.
COLUMN_KEYS = ("x_axis", "groupby", "columns", "all_columns", "entity", "dimension", "granularity_sqla",
               "tooltip_contents")


class BundleError(Exception):
    """The dashboard cannot be made from this warehouse; the message says why."""


@dataclass
class Dataset:
    name: str
    sql: str
    description: str
    main_dttm_col: str | None
    metrics: list[dict]
    labels: dict[str, str] = field(default_factory=dict)  # column -> the name charts show
    columns: list[tuple[str, str]] = field(default_factory=list)  # (name, DuckDB type)


@dataclass
class Chart:
    name: str
    slice_name: str
    dataset: str
    viz_type: str
    description: str
    params: dict


def stable_uuid(kind: str, name: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{name}"))


def read_yaml(path: Path) -> dict:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise BundleError(f"{path}: not valid YAML: {exc}") from None


def load_datasets(root: Path = HERE) -> dict[str, Dataset]:
    out = {}
    for path in sorted((root / "datasets").glob("*.yaml")):
        d = read_yaml(path)
        out[path.stem] = Dataset(path.stem, d["sql"].strip(), d.get("description", ""), d.get("main_dttm_col"),
                                 d.get("metrics") or [], d.get("labels") or {})
    return out


def load_charts(root: Path = HERE) -> dict[str, Chart]:
    out = {}
    for path in sorted((root / "charts").glob("*.yaml")):
        c = read_yaml(path)
        out[path.stem] = Chart(path.stem, c["slice_name"], c["dataset"], c["viz_type"], c.get("description", ""),
                               c["params"])
    return out


def load_layout(root: Path = HERE) -> dict:
    return read_yaml(root / "dashboard.yaml")


def describe(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[str, str]]:
    """The columns (name, type) a dataset's SQL returns, without reading its rows."""
    return [(name, str(typ)) for name, typ, *_ in con.execute(f"describe ({sql})").fetchall()]


def columns_used(params: dict) -> set[str]:
    """Dataset columns a chart's params refer to (not metrics: those are the dataset's own)."""
    used: set[str] = set()

    def add(value):
        if isinstance(value, str):
            used.add(value)
        elif isinstance(value, list):
            for v in value:
                add(v)

    for key in COLUMN_KEYS:
        add(params.get(key))
    spatial = params.get("spatial") or {}
    for key in ("latCol", "lonCol", "lonlatCol", "geohashCol"):
        add(spatial.get(key))
    for f in params.get("adhoc_filters") or []:
        if f.get("expressionType") == "SIMPLE":
            add(f.get("subject"))
    for spec in params.get("order_by_cols") or []:
        add(json.loads(spec)[0])
    return used


def metrics_used(params: dict) -> set[str]:
    used = set()
    for key in ("metrics", "metric", "secondary_metric", "timeseries_limit_metric", "x_axis_sort"):
        value = params.get(key)
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str):
                used.add(v)
    spec = params.get("point_radius_fixed") or {}
    if spec.get("type") == "metric":
        used.add(spec["value"])
    return used


def problems(datasets: dict[str, Dataset], charts: dict[str, Chart]) -> list[str]:
    """What a chart needs that its dataset lacks: a column, a metric, the dataset itself."""
    out = []
    for ds in datasets.values():
        for col in sorted(set(ds.labels) - {c for c, _ in ds.columns}):
            out.append(f"dataset {ds.name!r} labels column {col!r}, which it does not return")
    for chart in charts.values():
        ds = datasets.get(chart.dataset)
        if ds is None:
            out.append(f"chart {chart.name}: no dataset {chart.dataset!r} in datasets/")
            continue
        have = {c for c, _ in ds.columns}
        metric_names = {m["name"] for m in ds.metrics}
        for col in sorted(columns_used(chart.params) - have - metric_names):
            out.append(f"chart {chart.name!r} uses column {col!r}, which dataset {ds.name!r} does not return")
        for metric in sorted(metrics_used(chart.params) - metric_names - have):
            out.append(f"chart {chart.name!r} uses metric {metric!r}, which dataset {ds.name!r} does not define")
    return out


def introspect(warehouse: Path, datasets: dict[str, Dataset]) -> None:
    """Fill each dataset's columns from the warehouse (opened read-only). A dataset whose SQL
    does not bind (a table or column the warehouse lacks) stops the bundle with DuckDB's word."""
    if not warehouse.exists():
        raise BundleError(f"no warehouse at {warehouse}: build it first (make build, or etl build --db {warehouse})")
    con = duckdb.connect(str(warehouse), read_only=True)
    failures = []
    try:
        for ds in datasets.values():
            try:
                ds.columns = describe(con, ds.sql)
            except duckdb.Error as exc:
                first = str(exc).strip().splitlines()[0]
                failures.append(f"dataset {ds.name!r} does not run on {warehouse}: {first}")
    finally:
        con.close()
    if failures:
        raise BundleError("\n".join(failures + [
            "The dashboard needs a warehouse with places on every figure (attack_counts and troop_figures: "
            "place_name, country, lat, lon; daily_figures: country). Rebuild it with this version of the ETL."]))


def is_temporal(duck_type: str) -> bool:
    return duck_type.upper().startswith(("DATE", "TIMESTAMP", "TIME"))


def database_yaml(warehouse: Path) -> dict:
    return {
        "database_name": DATABASE_NAME,
        # Read-only: the ETL publishes a new file and renames it over this one, and never
        # changes a file a reader has open; Superset opens a connection per query (NullPool).
        "sqlalchemy_uri": f"duckdb:///{warehouse.resolve()}",
        "cache_timeout": None,
        "expose_in_sqllab": True,
        "allow_run_async": False,
        "allow_ctas": False,
        "allow_cvas": False,
        "allow_dml": False,
        "allow_file_upload": False,
        "extra": {"engine_params": {"connect_args": {"read_only": True}}, "metadata_params": {},
                  "schemas_allowed_for_file_upload": []},
        "uuid": stable_uuid("database", DATABASE_NAME),
        "version": VERSION,
    }


def dataset_yaml(ds: Dataset) -> dict:
    return {
        "table_name": ds.name,
        "main_dttm_col": ds.main_dttm_col,
        "description": ds.description,
        "default_endpoint": None,
        "offset": 0,
        "cache_timeout": None,
        "schema": "main",
        "sql": ds.sql,
        "params": None,
        "template_params": None,
        "filter_select_enabled": True,
        "fetch_values_predicate": None,
        "extra": None,
        "normalize_columns": False,
        "always_filter_main_dttm": False,
        "uuid": stable_uuid("dataset", ds.name),
        "metrics": [{"metric_name": m["name"], "verbose_name": m.get("label"), "metric_type": None,
                     "expression": m["expression"], "description": m.get("description"), "d3format": None,
                     "currency": None, "extra": None, "warning_text": None} for m in ds.metrics],
        "columns": [{"column_name": name, "verbose_name": ds.labels.get(name), "is_dttm": is_temporal(typ), "is_active": True,
                     "type": typ, "advanced_data_type": None, "groupby": True, "filterable": True,
                     "expression": None, "description": None, "python_date_format": None, "extra": None}
                    for name, typ in ds.columns],
        "version": VERSION,
        "database_uuid": stable_uuid("database", DATABASE_NAME),
    }


def chart_yaml(chart: Chart, label_colors: dict | None = None) -> dict:
    params = {**chart.params, "viz_type": chart.viz_type}
    if label_colors:  # the dashboard's series colours, also when the chart is opened on its own
        params["label_colors"] = label_colors
    return {
        "slice_name": chart.slice_name,
        "description": chart.description,
        "certified_by": None,
        "certification_details": None,
        "viz_type": chart.viz_type,
        "params": params,
        "query_context": None,
        "cache_timeout": None,
        "uuid": stable_uuid("chart", chart.name),
        "version": VERSION,
        "dataset_uuid": stable_uuid("dataset", chart.dataset),
    }


def position(layout: dict, charts: dict[str, Chart]) -> dict:
    """Superset's position JSON from the rows of dashboard.yaml."""
    pos: dict = {
        "DASHBOARD_VERSION_KEY": "v2",
        "ROOT_ID": {"type": "ROOT", "id": "ROOT_ID", "children": ["GRID_ID"]},
        "GRID_ID": {"type": "GRID", "id": "GRID_ID", "children": [], "parents": ["ROOT_ID"]},
        "HEADER_ID": {"type": "HEADER", "id": "HEADER_ID", "meta": {"text": layout["dashboard_title"]}},
    }
    for r, row in enumerate(layout["rows"], 1):
        row_id = f"ROW-{r}"
        pos["GRID_ID"]["children"].append(row_id)
        pos[row_id] = {"type": "ROW", "id": row_id, "children": [], "parents": ["ROOT_ID", "GRID_ID"],
                       "meta": {"background": "BACKGROUND_TRANSPARENT"}}
        for c, cell in enumerate(row, 1):
            parents = ["ROOT_ID", "GRID_ID", row_id]
            if "chart" in cell:
                chart = charts[cell["chart"]]
                cell_id = f"CHART-{chart.name}"
                pos[cell_id] = {"type": "CHART", "id": cell_id, "children": [], "parents": parents,
                                "meta": {"chartId": 0, "width": cell["width"], "height": cell["height"],
                                         "sliceName": chart.slice_name, "uuid": stable_uuid("chart", chart.name)}}
            else:
                cell_id = f"MARKDOWN-{r}-{c}"
                pos[cell_id] = {"type": "MARKDOWN", "id": cell_id, "children": [], "parents": parents,
                                "meta": {"width": cell["width"], "height": cell["height"], "code": cell["markdown"]}}
            pos[row_id]["children"].append(cell_id)
    return pos


def native_filter(spec: dict) -> dict:
    """A filter of the filter bar (dashboard.yaml ``filters``), scoped to the whole dashboard."""
    slug = "".join(ch if ch.isalnum() else "-" for ch in spec["name"].lower())
    out = {
        "id": f"NATIVE_FILTER-{slug}",
        "name": spec["name"],
        "filterType": spec["type"],
        "type": "NATIVE_FILTER",
        "description": "",
        "cascadeParentIds": [],
        "scope": {"rootPath": ["ROOT_ID"], "excluded": []},
        "controlValues": {"enableEmptyFilter": False},
        "defaultDataMask": {"extraFormData": {}, "filterState": {}, "ownState": {}},
        "targets": [{}],
    }
    if "column" in spec:
        out["targets"] = [{"column": {"name": spec["column"]}, "datasetUuid": stable_uuid("dataset", spec["dataset"])}]
        out["controlValues"] = {"enableEmptyFilter": False, "multiSelect": True, "searchAllOptions": False,
                                "defaultToFirstItem": False, "inverseSelection": False}
    return out


def dashboard_yaml(layout: dict, charts: dict[str, Chart]) -> dict:
    used = [cell["chart"] for row in layout["rows"] for cell in row if "chart" in cell]
    unknown = [name for name in used if name not in charts]
    if unknown:
        raise BundleError(f"dashboard.yaml places charts that charts/ does not have: {', '.join(unknown)}")
    return {
        "dashboard_title": layout["dashboard_title"],
        "description": layout.get("description"),
        "css": layout.get("css", ""),
        "slug": layout["slug"],
        "certified_by": None,
        "certification_details": None,
        "published": True,
        "uuid": stable_uuid("dashboard", layout["slug"]),
        "position": position(layout, charts),
        "metadata": {
            "color_scheme": "",
            "cross_filters_enabled": False,
            "expanded_slices": {},
            "label_colors": layout.get("label_colors", {}),
            "shared_label_colors": [],
            "map_label_colors": {},
            "refresh_frequency": 0,
            "timed_refresh_immune_slices": [],
            "default_filters": "{}",
            "chart_configuration": {},
            "global_chart_configuration": {},
            "native_filter_configuration": [native_filter(f) for f in layout.get("filters", [])],
        },
        "version": VERSION,
    }


def build(warehouse: Path, out, root: Path = HERE, kind: str = "Dashboard") -> list[str]:
    """Write the import ZIP for ``warehouse`` to ``out`` (a path or a binary file); returns the
    chart names. ``kind`` is Dashboard (for ``superset import-dashboards`` and the UI's import,
    which leave existing charts and datasets alone) or assets (replaces them). Raises BundleError."""
    datasets, charts, layout = load_datasets(root), load_charts(root), load_layout(root)
    introspect(warehouse, datasets)
    found = problems(datasets, charts)
    if found:
        raise BundleError("\n".join(found))
    files = {"metadata.yaml": {"version": VERSION, "type": kind, "timestamp": "2026-01-01T00:00:00+00:00"},
             f"databases/{DATABASE_NAME}.yaml": database_yaml(warehouse),
             "dashboards/arabic_news.yaml": dashboard_yaml(layout, charts)}
    for ds in datasets.values():
        files[f"datasets/{DATABASE_NAME}/{ds.name}.yaml"] = dataset_yaml(ds)
    for chart in charts.values():
        files[f"charts/{chart.name}.yaml"] = chart_yaml(chart, layout.get("label_colors"))
    if isinstance(out, Path):
        out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w") as z:
        for name, content in files.items():
            z.writestr(f"arabic_news_dashboard/{name}", yaml.safe_dump(content, allow_unicode=True, sort_keys=False))
    return sorted(charts)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: bundle.py WAREHOUSE.duckdb OUT.zip", file=sys.stderr)
        return 2
    try:
        names = build(Path(argv[0]), Path(argv[1]))
    except BundleError as exc:
        print(f"dashboard: {exc}", file=sys.stderr)
        return 1
    print(f"{argv[1]}: {len(names)} charts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
