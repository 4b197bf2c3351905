"""``etl explain``: one article in the terminal with every extracted figure highlighted."""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl
from rich.console import Console
from rich.table import Table
from rich.text import Text

STYLE = {"troops": "bold black on cyan", "attacks": "bold black on yellow", "projectiles": "bold black on magenta",
         "killed": "bold white on red", "injured": "bold black on bright_red", "casualties": "bold white on dark_red"}


def find_article(con: duckdb.DuckDBPyConnection, key: str) -> tuple | None:
    """An article by id, file name or path relative to the raw folder (a duplicate leads to its article)."""
    row = con.execute(
        """select a.article_id, a.source_path, a.title, a.text, a.source, a.published_date
           from articles a where a.article_id = $1 or a.file_name = $1 or a.source_path = $1
           union all
           select a.article_id, a.source_path, a.title, a.text, a.source, a.published_date
           from input_files f join articles a using (article_id) where f.file_name = $1 or f.source_path = $1
           limit 1""",
        [key],
    ).fetchone()
    return row


def dropped_matches(article_id: str, text: str) -> pl.DataFrame:
    """Every match of the figure grammar in ``text`` that an exclusion (or an overlap with
    another match) removed, with the exclusion's name and reason (re-extracted: pure)."""
    from .figures import extract_figures_explained
    from .extract import scan_text
    from .normalize import match_text_expr
    from .sentences import split_sentences

    lf = scan_text(pl.DataFrame({"article_id": [article_id], "text": [text]}))[0].lazy()
    sents = split_sentences(lf).with_columns(match_text_expr(pl.col("sentence")).alias("norm"))
    return extract_figures_explained(sents)[1]


def _shown(value, low, high) -> str:
    if value is not None:
        return str(value)
    if high is not None:
        return f"{low}–{high}"
    return f"≥{low} (vague)" if low is not None else "—"


def explain(db: Path, key: str, console: Console, dropped: bool = False) -> bool:
    con = duckdb.connect(str(db), read_only=True)
    try:
        art = find_article(con, key) or find_article(con, Path(key).name)
        if art is None:
            return False
        article_id, path, title, text, source, published = art
        rows = con.execute(
            """select 'troops' as measure, value, value_low, value_high, qualifier, coalesce(force_name, '') as detail, rule, char_start, char_end
               from troop_figures where article_id = $1
               union all
               select measure, value, value_low, value_high, qualifier, coalesce(target, victims, ''), rule, char_start, char_end
               from attack_counts where article_id = $1
               order by char_start""",
            [article_id],
        ).fetchall()
        cited = [r[0] for r in con.execute("select outlet from cited_sources where article_id = $1 order by 1", [article_id]).fetchall()]
    finally:
        con.close()
    body = Text(text)
    for measure, *_rest, start, end in rows:
        body.stylize(STYLE.get(measure, "reverse"), start, end)
    console.rule(f"{article_id}  {path}")
    console.print(f"source: {source or '—'}   published: {published or '—'}   cited: {', '.join(cited) or '—'}")
    console.print(body)
    table = Table("measure", "value", "qualifier", "force / target / victims", "rule", "evidence", title="extracted figures")
    for measure, value, low, high, qual, detail, rule, start, end in rows:
        table.add_row(Text(measure, style=STYLE.get(measure, "")), _shown(value, low, high), qual, detail, rule, text[start:end])
    console.print(table if rows else "no figures extracted from this article")
    if dropped:
        gone = dropped_matches(article_id, text)
        left = Table("rule", "dropped by", "reason", "measure", "value", "evidence", title="matches left out")
        # (the exclusion's name is what a reader greps the code for: never cut, folded if need be)
        left.columns[1].overflow = "fold"
        left.columns[1].min_width = min(max(map(len, gone["dropped_by"].to_list()), default=10), 30)
        left.columns[5].overflow = "fold"
        left.columns[2].max_width = 20
        for r in gone.iter_rows(named=True):
            left.add_row(r["rule"], r["dropped_by"], r["reason"] or "", r["measure"] or "—",
                         _shown(r["value"], r["value_low"], r["value_high"]), text[r["char_start"]:r["char_end"]])
        console.print(left if gone.height else "no match was left out")
    return True
