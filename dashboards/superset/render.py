"""Load the dashboard in headless Chromium and report every chart's state, as JSON.

    render.py URL SCREENSHOT.png [--width 1600]

Logs in as the local admin, opens the dashboard in Chromium (Debian's ``chromium``, driven
over the DevTools protocol; no browser is downloaded), waits until every chart has drawn,
and reports for each chart:

- what the page asked the chart data API for and what it answered (status, errors),
- the same query sent again through the API with a token (``/api/v1/chart/data``, or
  ``/superset/explore_json/`` for the legacy charts),
- what the chart's box on the page shows: an error box and its text, or what it drew.

It also saves a full-page screenshot. Runs in the Superset virtualenv (requests and
websocket-client come with Superset).
"""

from __future__ import annotations

import argparse
import base64
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import requests
import websocket

SLUG = "arabic-news"
ADMIN = ("admin", "admin")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--remote-debugging-port=0", "--remote-allow-origins=*"]
DATA_PATHS = ("/api/v1/chart/data", "/superset/explore_json/")
# What Superset draws in place of a chart that failed (error alerts, the legacy danger box).
ERROR_SELECTOR = ".ant-alert-error, [role='alert'], .alert-danger, [data-test='error-message']"
# What each kind of chart draws when it worked.
DRAWN_SELECTOR = "canvas, svg, table, .header-line"


class Browser:
    """A headless Chromium and one page, over the DevTools protocol (flattened sessions)."""

    def __init__(self, width: int, height: int):
        binary = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
        if not binary:
            raise SystemExit("render: no chromium on PATH (apt-get install chromium)")
        self.profile = tempfile.mkdtemp(prefix="chromium-profile-")
        self.proc = subprocess.Popen([binary, *CHROMIUM_FLAGS, f"--user-data-dir={self.profile}",
                                      f"--window-size={width},{height}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        url = self._devtools_url()
        self.ws = websocket.create_connection(url, timeout=60, suppress_origin=True)
        self.ids = itertools.count(1)
        self.events: list[dict] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]

    def _devtools_url(self) -> str:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            match = re.search(r"DevTools listening on (ws://\S+)", line)
            if match:
                return match.group(1)
            if not line and self.proc.poll() is not None:
                break
        raise SystemExit("render: chromium did not start (no DevTools address)")

    def call(self, method: str, session: bool = False, **params) -> dict:
        msg_id = next(self.ids)
        msg = {"id": msg_id, "method": method, "params": params}
        if session:
            msg["sessionId"] = self.session
        self.ws.send(json.dumps(msg))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == msg_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def page(self, method: str, **params) -> dict:
        return self.call(method, session=True, **params)

    def pump(self, seconds: float) -> None:
        """Collect events for a while."""
        self.ws.settimeout(seconds)
        try:
            while True:
                reply = json.loads(self.ws.recv())
                if "method" in reply:
                    self.events.append(reply)
        except websocket.WebSocketTimeoutException:
            pass
        finally:
            self.ws.settimeout(60)

    def evaluate(self, expression: str):
        result = self.page("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"page script failed: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def close(self) -> None:
        try:
            self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
            shutil.rmtree(self.profile, ignore_errors=True)


def login(base: str) -> tuple[requests.Session, str]:
    """A logged-in web session (cookie) and an API token, as the local admin."""
    web = requests.Session()
    page = web.get(f"{base}/login/", timeout=30)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page.text)
    if not token:
        raise SystemExit("render: no CSRF token on the login page")
    resp = web.post(f"{base}/login/", data={"username": ADMIN[0], "password": ADMIN[1], "csrf_token": token.group(1)},
                    timeout=30, allow_redirects=False)
    if resp.status_code not in (200, 302) or "session" not in web.cookies:
        raise SystemExit(f"render: login failed ({resp.status_code})")
    api = requests.post(f"{base}/api/v1/security/login", timeout=30,
                        json={"username": ADMIN[0], "password": ADMIN[1], "provider": "db", "refresh": False})
    api.raise_for_status()
    return web, api.json()["access_token"]


def dashboard_charts(base: str, token: str) -> tuple[int, list[dict]]:
    auth = {"Authorization": f"Bearer {token}"}
    dash = requests.get(f"{base}/api/v1/dashboard/{SLUG}", headers=auth, timeout=30)
    dash.raise_for_status()
    charts = requests.get(f"{base}/api/v1/dashboard/{SLUG}/charts", headers=auth, timeout=30)
    charts.raise_for_status()
    return dash.json()["result"]["id"], [{"id": c["id"], "name": c["slice_name"], "viz_type": c["form_data"]["viz_type"]}
                                         for c in charts.json()["result"]]


def chart_id_of(url: str, body: str | None) -> int | None:
    """The chart a data request is for: form_data.slice_id in the JSON body or the URL."""
    candidates = []
    if body:
        try:
            candidates.append(json.loads(body).get("form_data", {}))
        except (ValueError, AttributeError):
            form = parse_qs(body).get("form_data")
            if form:
                candidates.append(json.loads(form[0]))
    query = parse_qs(urlparse(url).query).get("form_data")
    if query:
        candidates.append(json.loads(query[0]))
    for form_data in candidates:
        if isinstance(form_data, dict) and form_data.get("slice_id"):
            return int(form_data["slice_id"])
    return None


def response_errors(payload, status: int | None = None) -> list[str]:
    """Error messages in a chart data answer (API v1: per query result; legacy: top level)."""
    if not isinstance(payload, dict):
        return ["the answer is not JSON"]
    errors = []
    if payload.get("error"):
        errors.append(str(payload["error"])[:500])
    for err in payload.get("errors") or []:
        errors.append(json.dumps(err, ensure_ascii=False)[:500])
    if payload.get("message") and (payload.get("status") == "failed" or (status or 0) >= 400):
        errors.append(json.dumps(payload["message"], ensure_ascii=False)[:500])
    for result in payload.get("result") or []:
        if isinstance(result, dict):
            if result.get("error"):
                errors.append(str(result["error"])[:500])
            if result.get("status") not in (None, "success"):
                errors.append(f"status {result.get('status')}")
            for err in result.get("errors") or []:
                errors.append(json.dumps(err, ensure_ascii=False)[:500])
    if not errors and (status or 0) >= 400:
        errors.append(f"HTTP {status}")
    return errors


def page_state(browser: Browser) -> dict:
    """Per chart on the page: its box, whether it drew, any error box; and the page's error boxes."""
    script = """(() => {
      const out = {charts: {}, errors: [], loading: document.querySelectorAll('.loading, [data-test="loading-indicator"]').length};
      for (const el of document.querySelectorAll('[data-test-chart-id]')) {
        const id = el.getAttribute('data-test-chart-id');
        const box = el.getBoundingClientRect();
        const errs = [...el.querySelectorAll(%(err)s)].map(e => e.innerText.trim()).filter(t => t);
        // drawn: a canvas, chart SVG or table of real size that is not part of an error box
        const drawn = [...el.querySelectorAll(%(drawn)s)].some(d => {
          const r = d.getBoundingClientRect();
          return r.width > 80 && r.height > 20 && !d.closest(%(err)s);
        });
        out.charts[id] = {drawn: drawn, errors: errs,
                          text: el.innerText.slice(0, 300), width: box.width, height: box.height};
      }
      for (const e of document.querySelectorAll(%(err)s)) out.errors.push(e.innerText.trim().slice(0, 500));
      return out;
    })()""" % {"err": json.dumps(ERROR_SELECTOR), "drawn": json.dumps(DRAWN_SELECTOR)}
    return browser.evaluate(script)


def render(base: str, screenshot: Path, width: int, timeout: float) -> dict:
    web, token = login(base)
    dashboard_id, charts = dashboard_charts(base, token)
    browser = Browser(width, 1000)
    try:
        browser.page("Network.enable")
        browser.page("Page.enable")
        browser.page("Runtime.enable")
        host = urlparse(base).hostname
        for cookie in web.cookies:
            browser.page("Network.setCookie", name=cookie.name, value=cookie.value, domain=host, path="/")
        browser.page("Emulation.setDeviceMetricsOverride", width=width, height=1000, deviceScaleFactor=1, mobile=False)
        browser.page("Page.navigate", url=f"{base}/superset/dashboard/{SLUG}/")
        # Wait until every chart of the dashboard has an answer from the data API and nothing is loading.
        deadline = time.monotonic() + timeout
        state = {}
        while time.monotonic() < deadline:
            browser.pump(1.0)
            requests_seen = data_requests(browser.events)
            state = page_state(browser)
            answered = {r["chart_id"] for r in requests_seen.values() if r.get("done")}
            if all(c["id"] in answered for c in charts) and not state["loading"] \
                    and len(state["charts"]) >= len(charts):
                browser.pump(2.0)  # let the last charts draw
                state = page_state(browser)
                break
        requests_seen = data_requests(browser.events)
        for req in requests_seen.values():
            if req.get("done") and "body" not in req:
                try:
                    body = browser.page("Network.getResponseBody", requestId=req["request_id"])
                    text = base64.b64decode(body["body"]).decode() if body.get("base64Encoded") else body["body"]
                    req["errors"] = response_errors(json.loads(text), req.get("status"))
                except (RuntimeError, ValueError) as exc:
                    req["errors"] = [f"unreadable answer: {exc}"]
        height = int(browser.evaluate("document.documentElement.scrollHeight"))
        browser.page("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
        # The charts draw again at the new size: wait until they all have, before the picture.
        settle = time.monotonic() + 30
        while time.monotonic() < settle:
            browser.pump(1.0)
            again = page_state(browser)
            if not again["loading"] and all(c["drawn"] or c["errors"] for c in again["charts"].values()):
                break
        browser.pump(1.0)
        shot = browser.page("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        screenshot.write_bytes(base64.b64decode(shot["data"]))
        console = [e["params"]["exceptionDetails"].get("text", "") for e in browser.events
                   if e.get("method") == "Runtime.exceptionThrown"]
    finally:
        browser.close()

    report = {"dashboard_id": dashboard_id, "screenshot": str(screenshot), "page_errors": state.get("errors", []),
              "page_height": height, "uncaught_exceptions": console, "charts": []}
    for chart in charts:
        page_requests = [r for r in requests_seen.values() if r["chart_id"] == chart["id"]]
        on_page = state.get("charts", {}).get(str(chart["id"]), {})
        api = replay(base, web, token, chart, page_requests)
        report["charts"].append({**chart, "page_requests": [{k: r.get(k) for k in ("url", "status", "errors")}
                                                            for r in page_requests],
                                 "api": api, "on_page": on_page})
    return report


def data_requests(events: list[dict]) -> dict[str, dict]:
    """Chart data requests the page made, by request id, with their status once answered."""
    seen: dict[str, dict] = {}
    for e in events:
        p = e.get("params", {})
        if e["method"] == "Network.requestWillBeSent" and any(x in p["request"]["url"] for x in DATA_PATHS):
            chart_id = chart_id_of(p["request"]["url"], p["request"].get("postData"))
            if chart_id is not None:
                seen[p["requestId"]] = {"request_id": p["requestId"], "chart_id": chart_id, "url": p["request"]["url"],
                                        "post": p["request"].get("postData")}
        elif e["method"] == "Network.responseReceived" and p["requestId"] in seen:
            seen[p["requestId"]]["status"] = p["response"]["status"]
        elif e["method"] in ("Network.loadingFinished", "Network.loadingFailed") and p["requestId"] in seen:
            seen[p["requestId"]]["done"] = True
            if e["method"] == "Network.loadingFailed":
                seen[p["requestId"]]["errors"] = [p.get("errorText", "loading failed")]
    return seen


def replay(base: str, web: requests.Session, token: str, chart: dict, page_requests: list[dict]) -> dict:
    """The chart's query sent again through the API: status, rows, errors."""
    if not page_requests:
        return {"status": None, "errors": ["the page asked nothing for this chart"]}
    req = page_requests[-1]
    if "/api/v1/chart/data" in req["url"]:
        resp = requests.post(f"{base}/api/v1/chart/data", data=req["post"], timeout=120,
                             headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    else:
        csrf = requests.get(f"{base}/api/v1/security/csrf_token/", headers={"Authorization": f"Bearer {token}"},
                            timeout=30).json()["result"]
        resp = web.post(f"{base}/superset/explore_json/", params={"form_data": json.dumps({"slice_id": chart["id"]})},
                        headers={"X-CSRFToken": csrf, "Referer": base}, timeout=120)
    try:
        payload = resp.json()
    except ValueError:
        return {"status": resp.status_code, "errors": [f"not JSON: {resp.text[:200]}"]}
    rows = None
    if isinstance(payload.get("result"), list) and payload["result"]:
        rows = sum(r.get("rowcount") or 0 for r in payload["result"] if isinstance(r, dict))
    elif "data" in payload:
        data = payload["data"]
        rows = len(data) if isinstance(data, list) else len(data.get("features", data)) if isinstance(data, dict) else None
        rows = payload.get("rowcount", rows)
    return {"status": resp.status_code, "errors": response_errors(payload, resp.status_code), "rows": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url", help="Superset's address, e.g. http://127.0.0.1:8088")
    parser.add_argument("screenshot", type=Path)
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--timeout", type=float, default=150)
    args = parser.parse_args(argv)
    report = render(args.url.rstrip("/"), args.screenshot, args.width, args.timeout)
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
