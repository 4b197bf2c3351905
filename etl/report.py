"""``etl report``: one self-contained HTML file (inline SVG, no scripts, no CDN)."""

from __future__ import annotations

import html
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
            select coalesce(source, '(no credit)') as outlet, measure, count(*) from (
                select source, 'troops' as measure from troop_figures union all select source, measure from attack_counts)
            group by 1, 2""",
    "claims": "select coalesce(force, '(unstated)') || ' · ' || value, articles from troop_claims order by articles desc, value desc limit 15",
    "disputed": """
            select s.story_id, st.title, s.measure, s.values_reported, s.conservative_value, s.highest_value, s.outlets
            from story_figures s join stories st using (story_id)
            where s.disputed and s.outlets > 1 order by s.outlets desc, s.highest_value desc limit 25""",
    "stories": "select count(*), count(*) filter (where articles > 1), count(*) filter (where outlets > 1) from stories",
}

PALETTE = {"troops": "#1b9e77", "attacks": "#d95f02", "projectiles": "#7570b3", "killed": "#e7298a",
           "injured": "#66a61e", "casualties": "#e6ab02"}


def esc(v) -> str:
    return html.escape("" if v is None else str(v))


def bar_chart(rows: list[tuple[str, float]], title: str, color: str = "#4c72b0", width: int = 720) -> str:
    """Horizontal bars, one per (label, value)."""
    if not rows:
        return f"<h3>{esc(title)}</h3><p class=note>nothing to show</p>"
    bar_h, left, right = 22, 220, 80
    top = max(v for _, v in rows) or 1
    h = bar_h * len(rows) + 10
    parts = [f'<svg role="img" aria-label="{esc(title)}" width="{width}" height="{h}" xmlns="http://www.w3.org/2000/svg">']
    for i, (label, value) in enumerate(rows):
        y = 5 + i * bar_h
        w = (width - left - right) * value / top
        parts.append(f'<text x="{left - 6}" y="{y + 15}" text-anchor="end" font-size="12">{esc(label)}</text>')
        parts.append(f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{bar_h - 6}" fill="{color}"><title>{esc(label)}: {value:,.0f}</title></rect>')
        parts.append(f'<text x="{left + w + 4:.1f}" y="{y + 15}" font-size="12">{value:,.0f}</text>')
    parts.append("</svg>")
    return f"<h3>{esc(title)}</h3>" + "".join(parts)


def stacked_columns(series: dict[str, dict[str, float]], keys: list[str], title: str, width: int = 900) -> str:
    """Vertical stacked columns: series[x][key] = value (x in order)."""
    if not series:
        return f"<h3>{esc(title)}</h3><p class=note>no dated figures: the articles state no publication date</p>"
    xs = list(series)
    h, bottom, left = 260, 40, 50
    top = max(sum(series[x].values()) for x in xs) or 1
    colw = max(4, (width - left - 10) / len(xs))
    parts = [f'<svg role="img" aria-label="{esc(title)}" width="{width}" height="{h + bottom}" xmlns="http://www.w3.org/2000/svg">']
    for i, x in enumerate(xs):
        y = h
        for k in keys:
            v = series[x].get(k, 0)
            if not v:
                continue
            bh = h * v / top
            y -= bh
            parts.append(f'<rect x="{left + i * colw:.1f}" y="{y:.1f}" width="{colw * 0.85:.1f}" height="{bh:.1f}" fill="{PALETTE.get(k, "#999")}">'
                         f"<title>{esc(x)} {esc(k)}: {v:,.0f}</title></rect>")
        if len(xs) <= 40 or i % max(1, len(xs) // 20) == 0:
            parts.append(f'<text x="{left + i * colw:.1f}" y="{h + 14}" font-size="10" transform="rotate(45 {left + i * colw:.1f},{h + 14})">{esc(x)}</text>')
    parts.append(f'<text x="4" y="12" font-size="11">{top:,.0f}</text></svg>')
    legend = " ".join(f'<span class=key style="background:{PALETTE[k]}"></span>{k}' for k in keys)
    return f"<h3>{esc(title)}</h3><p>{legend}</p>" + "".join(parts)


def table(headers: list[str], rows: list[tuple]) -> str:
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


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
    finally:
        con.close()
    keys = list(PALETTE)
    months: dict[str, dict[str, float]] = {}
    for m, k, n in by_month:
        months.setdefault(m, {})[k] = n
    outlets: dict[str, dict[str, float]] = {}
    for o, k, n in by_outlet:
        outlets.setdefault(o, {})[k] = n
    outlet_totals = sorted(((o, sum(v.values())) for o, v in outlets.items()), key=lambda t: -t[1])[:20]
    sections = [
        f"<h1>Arabic news facts — build {run[0]}</h1><p class=note>published {esc(run[1])} · {esc(run[9])} · generated {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC</p>",
        "<h2>Input accounting</h2>" + table(["files seen", "ingested", "duplicates", "rejected", "articles", "troop figures", "attack counts"], [run[2:9]]),
        table(["status", "reason", "files"], reasons) if reasons else "<p>every file was ingested</p>",
        "<h2>Figures over time</h2>" + stacked_columns(months, keys, "mentions per month of publication"),
        "<h2>By outlet and measure</h2>" + bar_chart(outlet_totals, "figure mentions per credited outlet (top 20)"),
        table(["outlet"] + keys, [(o, *[int(outlets[o].get(k, 0)) for k in keys]) for o, _ in outlet_totals]),
        "<h2>Most reported troop claims</h2>" + bar_chart([(c, float(n)) for c, n in claims], "articles per (force · troops)", PALETTE["troops"]),
        f"<h2>Stories and disputed figures</h2><p>{stories[0]:,} stories; {stories[1]:,} with more than one article, {stories[2]:,} across outlets.</p>",
        table(["story", "title", "measure", "values reported", "conservative", "highest", "outlets"],
              [(s, t, m, ", ".join(map(str, v)), lo, hi, n) for s, t, m, v, lo, hi, n in disputed]) if disputed else "<p>no disputed figures across outlets</p>",
    ]
    css = ("body{font-family:system-ui,sans-serif;margin:2em;max-width:1000px}table{border-collapse:collapse;margin:1em 0}"
           "td,th{border:1px solid #ccc;padding:3px 8px;font-size:13px}th{background:#f3f3f3}.note{color:#666}"
           ".key{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px}")
    page = f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Arabic news facts report</title><style>{css}</style></head><body>{"".join(sections)}</body></html>'
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    return output
