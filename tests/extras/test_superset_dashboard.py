"""The Superset dashboard on a corpus build: Superset starts on 127.0.0.1, the dashboard loads,
headless Chromium renders it, and no chart fails.

An optional extra: ``make test-extras`` makes Superset's virtualenv and runs it with
ETL_WITH_SUPERSET=1, where a missing piece (the virtualenv, Chromium) is a failure, not a skip,
so CI (.ci/run) cannot pass without it. Run by hand (``pytest tests/extras``) it says why it is
skipped when Superset or Chromium is missing.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.dashboards import SUPERSET_DIR, load

dashboard = load("dashboard")
REQUIRED = os.environ.get("ETL_WITH_SUPERSET") == "1"
SCREENSHOTS = Path(os.environ.get("ETL_SCREENSHOTS", "/tmp/arabic-news-dashboard"))


def need(ok: bool, reason: str) -> None:
    if not ok:
        if REQUIRED:
            pytest.fail(f"{reason} (ETL_WITH_SUPERSET=1: the dashboard test must run)")
        pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def superset(warehouse, tmp_path_factory):
    """Superset serving the dashboard, loaded from the session warehouse, on a free port."""
    need(dashboard.venv_ready(), f"Superset is not installed in {dashboard.VENV}: `make superset` "
                                 "(or make test-extras) makes its virtualenv")
    need(shutil.which("chromium") is not None, "Chromium is not installed (apt-get install chromium)")
    home = tmp_path_factory.mktemp("superset-home")
    dashboard.init(home)
    dashboard.import_dashboard(warehouse, home)
    port = free_port()
    log = (home / "server.log").open("w")
    proc = dashboard.serve(home, port=port, log=log)
    url = f"http://127.0.0.1:{port}"
    try:
        dashboard.wait_healthy(url, proc)
        yield {"url": url, "home": home, "warehouse": warehouse}
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def render(url: str, screenshot: Path, width: int = 1600) -> dict:
    proc = subprocess.run([str(dashboard.venv_bin("python")), str(SUPERSET_DIR / "render.py"), url, str(screenshot),
                           "--width", str(width)], capture_output=True, text=True, timeout=400)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


def chart_names() -> set[str]:
    return {yaml.safe_load(p.read_text(encoding="utf-8"))["slice_name"] for p in (SUPERSET_DIR / "charts").glob("*.yaml")}


def failures(chart: dict) -> list[str]:
    """Everything wrong with one chart in the renderer's report."""
    out = []
    if not chart["page_requests"]:
        out.append("the page asked no data for it")
    for req in chart["page_requests"]:
        if req["status"] != 200 or req["errors"]:
            out.append(f"page request {req['status']}: {req['errors']}")
    if chart["api"]["status"] != 200 or chart["api"]["errors"]:
        out.append(f"chart data API {chart['api']['status']}: {chart['api']['errors']}")
    if chart["on_page"].get("errors"):
        out.append(f"error box on the page: {chart['on_page']['errors']}")
    if not chart["on_page"].get("drawn"):
        out.append(f"nothing drawn: {chart['on_page'].get('text', '')[:200]!r}")
    return out


@pytest.mark.slow
def test_every_chart_of_the_dashboard_draws_without_an_error(superset):
    report = render(superset["url"], SCREENSHOTS / "dashboard-desktop.png")
    assert {c["name"] for c in report["charts"]} == chart_names()
    problems = {c["name"]: failures(c) for c in report["charts"] if failures(c)}
    assert problems == {}
    assert report["page_errors"] == []
    # Every chart has rows on this corpus (the map, the countries, troop claims, the disputed wire story).
    assert all(c["api"]["rows"] for c in report["charts"]), {c["name"]: c["api"]["rows"] for c in report["charts"]}
    shot = Path(report["screenshot"])
    assert shot.stat().st_size > 50_000 and report["page_height"] > 2000


@pytest.mark.slow
def test_a_chart_whose_query_fails_is_reported(superset, tmp_path):
    """The check can fail: a copy of the dashboard whose injured metric names no column shows
    error boxes and API errors on exactly the charts that use the metric."""
    broken = tmp_path / "superset"
    shutil.copytree(SUPERSET_DIR, broken, ignore=shutil.ignore_patterns("__pycache__"))
    tolls = broken / "datasets" / "tolls.yaml"
    spec = yaml.safe_load(tolls.read_text(encoding="utf-8"))
    for metric in spec["metrics"]:
        if metric["name"] == "injured":
            metric["expression"] = "sum(no_such_column)"
    tolls.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    charts = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in (broken / "charts").glob("*.yaml")]
    users = {c["slice_name"] for c in charts if c["dataset"] == "tolls" and "injured" in json.dumps(c["params"])}
    env = dashboard.superset_env(superset["home"])
    try:
        subprocess.run([str(dashboard.venv_bin("python")), str(broken / "load.py"), str(superset["warehouse"])],
                       env=env, check=True, capture_output=True, text=True)
        report = render(superset["url"], tmp_path / "broken.png")
    finally:  # the good dashboard back, for whatever runs next
        dashboard.import_dashboard(superset["warehouse"], superset["home"])
    failing = {c["name"] for c in report["charts"] if failures(c)}
    assert users and failing == users
    for chart in report["charts"]:
        if chart["name"] in users:
            assert any("no_such_column" in e for e in chart["api"]["errors"])
            assert chart["on_page"]["errors"]
    assert report["page_errors"]
