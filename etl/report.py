"""``etl report``: one self-contained HTML file (inline SVG, no scripts, no CDN)."""

from __future__ import annotations

import html
import math
import re
from datetime import datetime, timezone
from pathlib import Path

import duckdb

# Warehouse access: every table and column the report reads is named in these queries and
# nowhere else, so a schema change (a renamed column, a list column turned into a string)
# is one edit here. Each query's result shape is what write_report unpacks.
SQL = {
    "run": "select run_id, finished_at, files_seen, ingested, duplicates, rejected, articles, troop_figures, attack_counts, code_version from build_runs order by run_id desc limit 1",
    "reasons": "select status, coalesce(reason, ''), count(*) from input_files where status != 'ingested' group by 1, 2 order by 3 desc",
    "by_month": """
            select strftime(published_date, '%Y-%m') as m, measure, count(*) from (
                select published_date, 'troops' as measure from troop_figures union all select published_date, measure from attack_counts)
            where published_date is not null group by 1, 2 order by 1""",
    "by_outlet": """
            select outlet_key as outlet, measure, count(*) from (
                select outlet_key, 'troops' as measure from troop_figures union all select outlet_key, measure from attack_counts)
            group by 1, 2""",
    "claims": "select force_name || ' · ' || value, articles from troop_claims order by articles desc, value desc limit 15",
    "disputed": """
            select s.story_id, st.title, s.measure, s.values_reported, s.conservative_value, s.highest_value, s.outlets
            from story_figures s join stories st using (story_id)
            where s.disputed and s.outlets > 1 order by s.outlets desc, s.highest_value desc limit 25""",
    "stories": "select count(*), count(*) filter (where articles > 1), count(*) filter (where outlets > 1) from stories",
    "story_rows": """
            select st.story_id, st.title, st.articles, st.outlets, s.measure, s.conservative_value, s.highest_value
            from stories st join story_figures s using (story_id)""",
    "dated_articles": "select count(*), count(published_date) from articles",
    "series": "select strftime(date, '%Y-%m') as m, measure, sum(value) from daily_figures group by 1, 2 order by 1",
    "dated_figures": """
            select count(*), count(published_date) from (
                select published_date from troop_figures union all select published_date from attack_counts)""",
}

PALETTE = {"troops": "#1b9e77", "attacks": "#d95f02", "projectiles": "#7570b3", "killed": "#e7298a",
           "injured": "#66a61e", "casualties": "#e6ab02"}

# Arabic, Arabic Supplement, Arabic Extended-A and the presentation forms.
ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def esc(v) -> str:
    return html.escape("" if v is None else str(v))


def is_arabic(v) -> bool:
    return v is not None and ARABIC.search(str(v)) is not None


def dir_attrs(v, auto: bool = True) -> str:
    """``dir``/``lang`` for an HTML element that holds the text ``v``: Arabic gets a right-to-left
    base direction (so "3 قتلى في ..." keeps its digit at the right, where it starts); other text
    that could be either gets ``dir=auto``."""
    if is_arabic(v):
        return ' dir="rtl" lang="ar"'
    return ' dir="auto"' if auto else ""


def clip(v, n: int) -> str:
    s = "" if v is None else " ".join(str(v).split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def fmt(v: float) -> str:
    return f"{v:,.0f}"


def values_text(v) -> str:
    """story_figures.values_reported as shown: a list of numbers, or already a flat string."""
    if v is None:
        return ""
    return v if isinstance(v, str) else ", ".join(str(x) for x in v)


# ---- SVG pieces --------------------------------------------------------------------------

def text_width(s: str, size: float) -> float:
    """A rough width of ``s`` in pixels at font size ``size`` (for layout only): Arabic letters
    join and run narrower than Latin ones."""
    return size * sum(0.45 if ARABIC.match(c) else 0.58 for c in s)


def svg_text(x: float, y: float, text, cls: str, anchor: str = "start", extra: str = "") -> str:
    """One SVG <text>. Arabic gets ``direction=rtl`` (its base direction, as ``dir=rtl`` does in
    HTML); text-anchor is relative to that direction, so start/end are swapped to keep the same
    edge at ``x``."""
    attrs = f'class="{cls}" x="{x:.1f}" y="{y:.1f}"'
    if is_arabic(text):
        anchor = {"start": "end", "end": "start"}.get(anchor, anchor)
        attrs += ' direction="rtl" unicode-bidi="embed" lang="ar"'
    if anchor != "start":
        attrs += f' text-anchor="{anchor}"'
    return f"<text {attrs}{extra}>{esc(text)}</text>"


def svg_tip(text) -> str:
    """A hover tooltip (<title> child of a mark)."""
    rtl = ' direction="rtl" lang="ar"' if is_arabic(text) else ""
    return f"<title{rtl}>{esc(text)}</title>"


def svg_open(title: str, width: float, height: float, cls: str = "chart") -> str:
    return (f'<svg class="{cls}" role="img" aria-label="{esc(title)}" viewBox="0 0 {width:.0f} {height:.0f}" '
            f'width="{width:.0f}" height="{height:.0f}"><title>{esc(title)}</title>')


def hline(cls: str, x1: float, x2: float, y: float) -> str:
    return f'<line class="{cls}" x1="{x1:.1f}" y1="{y:.1f}" x2="{x2:.1f}" y2="{y:.1f}"/>'


def vline(cls: str, x: float, y1: float, y2: float) -> str:
    return f'<line class="{cls}" x1="{x:.1f}" y1="{y1:.1f}" x2="{x:.1f}" y2="{y2:.1f}"/>'


def ticks(top: float, n: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``top`` (counts, so steps are whole numbers)."""
    if top <= 0:
        return [0, 1]
    raw = top / n
    mag = 10 ** math.floor(math.log10(raw))
    step = max(1, next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw))
    return [i * step for i in range(math.ceil(top / step) + 1)]


def chart(title: str, svg: str, before: str = "") -> str:
    return f'<figure><h3>{esc(title)}</h3>{before}<div class="scroll">{svg}</div></figure>'


def bar_chart(rows: list[tuple[str, float]], title: str, x_title: str, y_title: str, color: str = "#4c72b0") -> str:
    """Horizontal bars, one per (label, value): categories on the y axis, values on the x axis."""
    if not rows:
        return f'<h3>{esc(title)}</h3><p class="note">nothing to show</p>'
    labels = [clip(label, 32) for label, _ in rows]
    left = min(250, max(90, max(text_width(lb, 13) for lb in labels + [y_title]) + 14))
    plot_w, right, top, band = 240, 52, 28, 24
    plot_h = band * len(rows)
    y0, width = top + plot_h, left + plot_w + right
    height = y0 + 48
    tk = ticks(max(v for _, v in rows))
    sx = plot_w / tk[-1]
    parts = [svg_open(title, width, height)]
    for t in tk:
        x = left + t * sx
        if t:
            parts.append(vline("grid", x, top, y0))
        parts.append(vline("tick-mark", x, y0, y0 + 5))
        parts.append(svg_text(x, y0 + 19, fmt(t), "tick", "middle"))
    for i, ((label, value), shown) in enumerate(zip(rows, labels)):
        y = top + i * band
        w = value * sx
        parts.append(hline("tick-mark", left - 5, left, y + band / 2))
        parts.append(svg_text(left - 8, y + band / 2 + 4.5, shown, "tick", "end"))
        parts.append(f'<rect x="{left}" y="{y + 4}" width="{w:.1f}" height="{band - 8}" fill="{color}">{svg_tip(f"{label}: {fmt(value)}")}</rect>')
        parts.append(svg_text(left + w + 4, y + band / 2 + 4.5, fmt(value), "value"))
    parts.append(vline("axis", left, top - 4, y0))
    parts.append(hline("axis", left, left + plot_w, y0))
    parts.append(svg_text(left + plot_w / 2, height - 6, x_title, "axis-title", "middle"))
    parts.append(svg_text(left - 8, top - 10, y_title, "axis-title", "end"))
    parts.append("</svg>")
    return chart(title, "".join(parts))


def month_range(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` ("YYYY-MM"), both included."""
    y, m = map(int, first.split("-"))
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def legend(keys: list[str], shape: str = "line") -> str:
    items = "".join(f'<li><span class="key {shape}" style="background:{PALETTE.get(k, "#999")}"></span>{esc(k)}</li>' for k in keys)
    return f'<ul class="legend" aria-label="legend">{items}</ul>'


GROUPED_MAX_MONTHS = 12
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def time_chart(by_month: dict[str, dict[str, float]], keys: list[str], title: str, x_title: str, y_title: str) -> str:
    """Every month from the first to the last dated one on the x axis, a month with no dated
    figure of a measure counting 0: grouped bars (one per measure) over a few months, where
    lines would hide one another, one line per measure over more."""
    months = month_range(min(by_month), max(by_month))
    keys = [k for k in keys if any(by_month[m].get(k) for m in by_month)]
    grouped = len(months) <= GROUPED_MAX_MONTHS
    tk = ticks(max(v for d in by_month.values() for v in d.values()))
    # room for the widest tick label (about 7 px a character at the tick size) and the axis title
    left, right, top, plot_h = 34 + 7 * max(len(fmt(t)) for t in tk), 16, 12, 240
    # a few months of grouped bars need less room than a line over many months
    plot_w = min(600.0, max(260.0, len(months) * len(keys) * 30.0)) if grouped else 600.0
    width = left + plot_w + right
    y0 = top + plot_h
    height = y0 + 66
    band = plot_w / len(months)
    sy = plot_h / tk[-1]

    def x_at(i: int) -> float:
        return left + band * (i + 0.5)

    parts = [svg_open(title, width, height, "chart wide" if width > 480 else "chart")]
    for t in tk:
        y = y0 - t * sy
        if t:
            parts.append(hline("grid", left, left + plot_w, y))
        parts.append(hline("tick-mark", left - 5, left, y))
        parts.append(svg_text(left - 8, y + 4.5, fmt(t), "tick", "end"))
    # Month names on the axis, the year under the first labelled month of each year; labels
    # every 1, 2, 3, 4, 6 or 12 months (or years) as room allows.
    every = next((n for n in (1, 2, 3, 4, 6, 12, 24, 60, 120) if band * n >= 34), 240)
    year_seen: set[str] = set()
    for i, m in enumerate(months):
        year, month = m.split("-")
        labelled = (int(month) - 1) % every == 0 if every <= 12 else month == "01" and int(year) % (every // 12) == 0
        if labelled or band >= 3:
            parts.append(vline("tick-mark", x_at(i), y0, y0 + (5 if labelled else 3)))
        if labelled:
            if every < 12:
                parts.append(svg_text(x_at(i), y0 + 19, MONTHS[int(month) - 1], "tick", "middle"))
            if year not in year_seen or every >= 12:
                parts.append(svg_text(x_at(i), y0 + (35 if every < 12 else 19), year, "tick year", "middle"))
            year_seen.add(year)
    for j, k in enumerate(keys if grouped else []):
        bar_w = min(28.0, band * 0.8 / len(keys))
        for i, m in enumerate(months):
            v = by_month.get(m, {}).get(k, 0)
            x = x_at(i) + (j - len(keys) / 2) * bar_w
            parts.append(f'<rect x="{x:.1f}" y="{y0 - v * sy:.1f}" width="{bar_w * 0.9:.1f}" height="{v * sy:.1f}" '
                         f'fill="{PALETTE.get(k, "#999")}">{svg_tip(f"{m} {k}: {fmt(v)}")}</rect>')
    for k in [] if grouped else keys:
        color = PALETTE.get(k, "#999")
        pts = [(x_at(i), y0 - by_month.get(m, {}).get(k, 0) * sy) for i, m in enumerate(months)]
        if len(pts) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
            parts.append(f'<polyline class="series" points="{path}" stroke="{color}">{svg_tip(k)}</polyline>')
        if len(months) <= 48:
            for (x, y), m in zip(pts, months):
                parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{color}">{svg_tip(f"{m} {k}: {fmt(by_month.get(m, {}).get(k, 0))}")}</circle>')
    parts.append(vline("axis", left, top, y0))
    parts.append(hline("axis", left, left + plot_w, y0))
    parts.append(svg_text(left + plot_w / 2, height - 6, x_title, "axis-title", "middle"))
    cy = top + plot_h / 2
    parts.append(svg_text(16, cy, y_title, "axis-title", "middle", f' transform="rotate(-90 16 {cy:.1f})"'))
    parts.append("</svg>")
    return chart(title, "".join(parts), legend(keys, "box" if grouped else "line"))


# ---- tables ------------------------------------------------------------------------------

def cell(v, kind: str) -> str:
    """kind: "n" a number (right-aligned), "t" text that could be Arabic or not, "title" an article
    title, "h" a row header of the report's own (English) words."""
    if kind == "h":
        return f'<th scope="row">{esc(v)}</th>'
    if kind == "n":
        return f'<td class="num">{esc(fmt(v) if isinstance(v, (int, float)) else v)}</td>'
    if kind == "title":
        shown = clip(v, 140)
        full = f' title="{esc(v)}"' if shown != ("" if v is None else str(v)) else ""
        return f'<td class="title"{dir_attrs(v)}{full}>{esc(shown)}</td>'
    return f"<td{dir_attrs(v)}>{esc(v)}</td>"


def table(headers: list[str], rows: list[tuple], kinds: str | None = None) -> str:
    """kinds: one letter per column, n (number), t (text), a (article title) or h (row header);
    text by default."""
    kinds = kinds or "t" * len(headers)
    names = {"n": "n", "t": "t", "a": "title", "h": "h"}
    head = "".join(f'<th{" class=num" if k == "n" else ""}>{esc(h)}</th>' for h, k in zip(headers, kinds))
    body = "".join("<tr>" + "".join(cell(v, names[k]) for v, k in zip(r, kinds)) + "</tr>" for r in rows)
    return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


def value_range(lo, hi) -> str:
    if lo is None:
        return ""
    return fmt(lo) if hi is None or hi == lo else f"{fmt(lo)}–{fmt(hi)}"


# ---- the page ----------------------------------------------------------------------------

CSS = """
body{font-family:system-ui,"Noto Sans",sans-serif;color:#1d1d1d;line-height:1.45;max-width:1000px;margin:0 auto;padding:1.5em 2em}
h1{font-size:1.7em;margin:.2em 0}h2{margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.2em}h3{font-size:1.05em;margin:1.2em 0 .4em}
figure{margin:0}
.note{color:#555}
.scroll{overflow-x:auto;max-width:100%;margin:.6em 0 1em}
table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:4px 8px;font-size:13px;vertical-align:top}
th{background:#f3f3f3;text-align:start}th[scope=row]{font-weight:normal}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.title{min-width:16em;max-width:34em}td:first-child:not(.title){white-space:nowrap}
[lang=ar]{font-family:"Noto Naskh Arabic","Noto Sans Arabic","Geeza Pro","Segoe UI",Tahoma,sans-serif}
td[lang=ar]{font-size:15px}
svg.chart{display:block;max-width:100%;height:auto}
.chart text{font-size:13px;fill:#1d1d1d}
.chart .value{font-size:12px;fill:#444}
.chart .axis-title,.chart .year{font-weight:600}
.chart .axis,.chart .tick-mark{stroke:#333;stroke-width:1}
.chart .grid{stroke:#e4e4e4;stroke-width:1}
.chart .series{fill:none;stroke-width:2.2;stroke-linejoin:round}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.2em 1.4em;padding:0;margin:.3em 0}
.legend li{white-space:nowrap}
.key{display:inline-block;vertical-align:middle;margin-inline-end:6px}.key.line{width:18px;height:4px;border-radius:2px}.key.box{width:12px;height:12px}
details{margin:.5em 0 1em}summary{cursor:pointer;color:#333}
@media (max-width:640px){body{padding:.8em 12px}h1{font-size:1.35em}svg.chart.wide{min-width:560px}td.title{min-width:12em}}
"""


def stamp(v) -> str:
    return v.isoformat(sep=" ", timespec="seconds") if isinstance(v, datetime) else esc(v)


OUTLIER_SHARE = 0.01  # at most this share of the mentions may lie in months trimmed off either end


def dense_months(months: dict[str, dict[str, float]], share: float = OUTLIER_SHARE) -> tuple[dict[str, dict[str, float]], float]:
    """The months to draw: stray months at either end (an opinion column dated 1996 in a 2015
    corpus) are trimmed while together they hold at most ``share`` of the total, so one stray
    date does not squeeze every other month into a corner. Returns the kept months and the
    total trimmed."""
    order = sorted(months)
    totals = [sum(months[m].values()) for m in order]
    budget = share * sum(totals)
    lo, hi, cut = 0, len(order) - 1, 0.0
    while lo < hi:
        side = lo if totals[lo] <= totals[hi] else hi  # trim the lighter end first
        if cut + totals[side] > budget:
            break
        cut += totals[side]
        lo, hi = (lo + 1, hi) if side == lo else (lo, hi - 1)
    return {m: months[m] for m in order[lo:hi + 1]}, cut


def time_section(by_month_rows, keys, dated_articles, dated_figures, series_rows=()) -> str:
    n_articles, n_dated = dated_articles
    n_figures, n_dated_figures = dated_figures
    months: dict[str, dict[str, float]] = {}
    for m, k, n in by_month_rows:
        months.setdefault(m, {})[k] = n
    out = "<h2>Figures over time</h2>"
    if not months:
        if n_dated == 0:
            why = f"none of the {n_articles:,} articles has a publication date"
        else:
            why = f"{n_dated:,} of {n_articles:,} articles have a publication date, but none of them holds a figure"
        return out + f'<p class="note">No dated figures: {why}, so no figure can be placed in time.</p>'
    months, trimmed = dense_months(months)
    span = month_range(min(months), max(months))
    out += (f'<p class="note">{n_dated_figures:,} of {n_figures:,} figure mentions come from articles with a publication date '
            f"({n_dated:,} of {n_articles:,} articles), counted by month of publication "
            + (f"in {span[0]}" if len(span) == 1 else f"from {span[0]} to {span[-1]}; a month without a dated mention of a measure counts 0")
            + (f"; {int(trimmed):,} mentions dated in stray months outside this range are not drawn" if trimmed else "") + ".</p>")
    out += time_chart(months, keys, "figure mentions per month of publication, by measure", "month of publication", "figure mentions")
    series: dict[str, dict[str, float]] = {}
    for m, k, v in series_rows:
        if m in months:
            series.setdefault(m, {})[k] = v
    if series:
        out += time_chart(series, [k for k in keys if k != "troops"],
                          "people and events per month: event tolls, each story once (daily_figures)", "month", "count (people, attacks, projectiles)")
    shown = [k for k in keys if any(months[m].get(k) for m in months)]
    out += ("<details><summary>the numbers by month</summary>"
            + table(["month"] + shown, [(m, *[int(months.get(m, {}).get(k, 0)) for k in shown]) for m in span], "t" + "n" * len(shown))
            + "</details>")
    return out


def stories_table(story_rows, keys, limit: int = 15) -> str:
    stories: dict[str, dict] = {}
    for sid, title, articles, outlets, measure, lo, hi in story_rows:
        s = stories.setdefault(sid, {"title": title, "articles": articles, "outlets": outlets, "values": {}})
        s["values"][measure] = (lo, hi)
    top = sorted(stories.items(), key=lambda kv: (-(kv[1]["outlets"] or 0), -(kv[1]["articles"] or 0), -len(kv[1]["values"]), kv[0]))[:limit]
    if not top:
        return "<p>no story holds a figure</p>"
    shown = [k for k in keys if any(k in s["values"] for _, s in top)]
    rows = [(s["title"], s["articles"], s["outlets"], *[value_range(*s["values"].get(k, (None, None))) for k in shown]) for _, s in top]
    return (f'<h3>Stories with the most outlets</h3><p class="note">stories with figures, most outlets and articles first (top {limit}); '
            "per measure the lowest–highest value its articles report</p>"
            + table(["title", "articles", "outlets"] + shown, rows, "ann" + "n" * len(shown)))


def write_report(db: Path, output: Path) -> Path:
    con = duckdb.connect(str(db), read_only=True)
    try:
        run = con.execute(SQL["run"]).fetchone()
        reasons = con.execute(SQL["reasons"]).fetchall()
        by_month = con.execute(SQL["by_month"]).fetchall()
        by_outlet = con.execute(SQL["by_outlet"]).fetchall()
        claims = con.execute(SQL["claims"]).fetchall()
        disputed = con.execute(SQL["disputed"]).fetchall()
        stories = con.execute(SQL["stories"]).fetchone()
        story_rows = con.execute(SQL["story_rows"]).fetchall()
        dated_articles = con.execute(SQL["dated_articles"]).fetchone()
        dated_figures = con.execute(SQL["dated_figures"]).fetchone()
        series = con.execute(SQL["series"]).fetchall()
    finally:
        con.close()
    keys = list(PALETTE)
    outlets: dict[str, dict[str, float]] = {}
    for o, k, n in by_outlet:
        outlets.setdefault(o, {})[k] = n
    outlet_totals = sorted(((o, sum(v.values())) for o, v in outlets.items()), key=lambda t: -t[1])[:20]
    sections = [
        f"<h1>Arabic news facts — build {esc(run[0])}</h1><p class=note>published {stamp(run[1])} · {esc(run[9])} · "
        f"generated {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC</p>",
        "<h2>Input accounting</h2>" + table(["", "count"], list(zip(["files seen", "ingested", "duplicates", "rejected", "articles", "troop figures", "attack counts"], run[2:9])), "hn"),
        table(["status", "reason", "files"], reasons, "ttn") if reasons else "<p>every file was ingested</p>",
        time_section(by_month, keys, dated_articles, dated_figures, series),
        "<h2>By outlet and measure</h2>" + bar_chart(outlet_totals, "figure mentions per outlet (top 20; publisher from the manifest, else the credited source)", "figure mentions", "outlet"),
        table(["outlet"] + keys, [(o, *[int(outlets[o].get(k, 0)) for k in keys]) for o, _ in outlet_totals], "t" + "n" * len(keys)),
        "<h2>Most reported troop claims</h2>" + bar_chart([(c, float(n)) for c, n in claims], "articles per troop claim (force · troops)", "articles", "force · troops", PALETTE["troops"]),
        f"<h2>Stories and disputed figures</h2><p>{stories[0]:,} stories; {stories[1]:,} with more than one article, {stories[2]:,} across outlets.</p>",
        stories_table(story_rows, keys),
        "<h3>Figures that outlets disagree on</h3>" + (
            table(["story", "title", "measure", "values reported", "conservative", "highest", "outlets"],
                  [(s, t, m, values_text(v), lo, hi, n) for s, t, m, v, lo, hi, n in disputed], "tattnnn")
            if disputed else "<p>no disputed figures across outlets</p>"),
    ]
    page = ('<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>Arabic news facts report</title><style>{CSS}</style></head><body>{"".join(sections)}</body></html>')
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    return output
