"""Score a published database against gold annotations (spec §6).

A figure matches when article, table, measure and value agree (vague: ``value_low``;
range: both bounds). Optional gold items count for precision when found and cost
nothing when missed. Source is right when the primary key is one the gold dateline
credits (or both are empty); the date when the day is equal (or both are NULL).

Two finer views of the same fields:
- source where the credited outlet is in the table (gold ``source`` not empty), and the
  credited name (``source_name``) of outlets that are not: surfaced when the extracted and
  the gold name, letters and spaces normalised, are equal or one contains the other;
- stated publication dates (gold date not NULL) right, and dates invented (a date where the
  gold has none: worse than none).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from .normalize import normalize

MEASURES = ("troops", "attacks", "projectiles", "killed", "injured", "casualties")


def figure_key(measure: str, item: dict) -> tuple:
    """The comparable identity of one figure (gold or extracted)."""
    if item.get("qualifier") == "vague" or (item.get("value") is None and item.get("value_high") is None):
        return (measure, "vague", item.get("value_low"))
    if item.get("value") is None:
        return (measure, "range", item.get("value_low"), item.get("value_high"))
    return (measure, int(item["value"]))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    opt_found: int = 0

    @property
    def precision(self) -> float:
        n = self.tp + self.opt_found + self.fp
        return (self.tp + self.opt_found) / n if n else 1.0

    @property
    def recall(self) -> float:
        n = self.tp + self.fn
        return self.tp / n if n else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Result:
    scores: dict = field(default_factory=lambda: defaultdict(Score))
    misses: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    source_right: int = 0
    date_right: int = 0
    articles: int = 0
    missing_articles: list = field(default_factory=list)
    source_errors: list = field(default_factory=list)
    date_errors: list = field(default_factory=list)
    known_source_right: int = 0     # gold credits an outlet in the table
    known_sources: int = 0
    names_surfaced: int = 0         # gold credits an outlet not in the table (source_name only)
    unknown_credits: int = 0
    name_errors: list = field(default_factory=list)
    names_invented: list = field(default_factory=list)  # a name where the gold has no credit
    dates_stated: int = 0
    dates_stated_right: int = 0
    dates_invented: int = 0


def name_key(name: str | None) -> str:
    """A credited name compared on its letters: normalised, lower case, punctuation and
    spaces removed (``«الجزيرة»`` = ``الجزيرة``, ``Lebanon 24`` = ``lebanon24``)."""
    return "".join(ch for ch in normalize(name or "").lower() if ch.isalnum())


def name_surfaced(gold: str | None, found: str | None) -> bool:
    """The gold credited name is surfaced: equal to the extracted one or one contains the other."""
    g, f = name_key(gold), name_key(found)
    return bool(g and f) and (g == f or g in f or f in g)


def match_article(gold: list[tuple[tuple, bool, str]], found: list[tuple[tuple, str]]):
    """Multiset matching: required gold first, then optional. Returns (tp, opt, fp list, fn list)."""
    required = Counter(k for k, opt, _ in gold if not opt)
    optional = Counter(k for k, opt, _ in gold if opt)
    tp = opt = 0
    extras = []
    for key, evidence in found:
        if required[key] > 0:
            required[key] -= 1
            tp += 1
        elif optional[key] > 0:
            optional[key] -= 1
            opt += 1
        else:
            extras.append((key, evidence))
    misses = []
    left = Counter(required)
    for k, o, ev in gold:
        if not o and left[k] > 0:
            left[k] -= 1
            misses.append((k, ev))
    return tp, opt, extras, misses


def load_found(db: Path) -> tuple[dict, dict]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        has_name = con.execute(
            "select count(*) from information_schema.columns where table_name = 'articles' and column_name = 'source_name'"
        ).fetchone()[0]
        name = "source_name" if has_name else "null"
        arts = {r[0]: {"article_id": r[1], "source": r[2], "published_date": r[3], "source_name": r[4]} for r in con.execute(
            f"select file_name, article_id, source, cast(published_date as varchar), {name} from articles").fetchall()}
        dup = con.execute("select file_name, article_id from input_files where status = 'duplicate'").fetchall()
        for name, aid in dup:
            base = next((v for v in arts.values() if v["article_id"] == aid), None)
            if base:
                arts[name] = base
        figs = defaultdict(list)
        for aid, value, low, high, qual, start, end, text in con.execute(
            """select t.article_id, value, value_low, value_high, qualifier, char_start, char_end, a.text
               from troop_figures t join articles a using (article_id)""").fetchall():
            figs[aid].append(("troops", {"value": value, "value_low": low, "value_high": high, "qualifier": qual}, text[start:end]))
        for aid, measure, value, low, high, qual, start, end, text in con.execute(
            """select c.article_id, measure, value, value_low, value_high, qualifier, char_start, char_end, a.text
               from attack_counts c join articles a using (article_id)""").fetchall():
            figs[aid].append((measure, {"value": value, "value_low": low, "value_high": high, "qualifier": qual}, text[start:end]))
    finally:
        con.close()
    return arts, figs


def evaluate(gold_path: Path, db: Path) -> Result:
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))["articles"]
    arts, figs = load_found(db)
    res = Result()
    for name, g in sorted(gold.items()):
        res.articles += 1
        a = arts.get(name)
        if a is None:
            res.missing_articles.append(name)
            a = {"article_id": None, "source": None, "published_date": None, "source_name": None}
        gold_sources = g.get("source") or []
        if (a["source"] in gold_sources) or (not gold_sources and a["source"] is None):
            res.source_right += 1
        else:
            res.source_errors.append((name, gold_sources, a["source"]))
        score_credit(res, name, g, a)
        score_date(res, g.get("published_date"), a["published_date"])
        if a["published_date"] == g.get("published_date"):
            res.date_right += 1
        else:
            res.date_errors.append((name, g.get("published_date"), a["published_date"]))
        gold_items = [(figure_key("troops", t), bool(t.get("optional")), t.get("evidence", "")) for t in g.get("troop_figures", [])]
        gold_items += [(figure_key(c["measure"], c), bool(c.get("optional")), c.get("evidence", "")) for c in g.get("attack_counts", [])]
        found = [(figure_key(m, item), ev) for m, item, ev in figs.get(a["article_id"], [])]
        for measure in MEASURES:
            gm = [x for x in gold_items if x[0][0] == measure]
            fm = [x for x in found if x[0][0] == measure]
            tp, opt, extras, misses = match_article(gm, fm)
            s = res.scores[measure]
            s.tp += tp
            s.opt_found += opt
            s.fp += len(extras)
            s.fn += len(misses)
            res.extras += [(name, k, ev) for k, ev in extras]
            res.misses += [(name, k, ev) for k, ev in misses]
    return res


def score_credit(res: Result, name: str, gold: dict, found: dict) -> None:
    """Source where the outlet is in the table; the credited name where it is not (only for
    gold files that annotate ``source_name``)."""
    gold_sources = gold.get("source") or []
    if gold_sources:
        res.known_sources += 1
        res.known_source_right += found["source"] in gold_sources
    if "source_name" not in gold:
        return
    gold_name = gold.get("source_name")
    if gold_name and not gold_sources:
        res.unknown_credits += 1
        if name_surfaced(gold_name, found["source_name"]):
            res.names_surfaced += 1
        else:
            res.name_errors.append((name, gold_name, found["source_name"]))
    elif not gold_name and found["source_name"]:
        res.names_invented.append((name, found["source_name"]))


def score_date(res: Result, gold: str | None, found: str | None) -> None:
    """Stated publication dates right; a date where the gold has none is invented."""
    if gold is not None:
        res.dates_stated += 1
        res.dates_stated_right += found == gold
    elif found is not None:
        res.dates_invented += 1


def table_score(res: Result, table: str) -> Score:
    measures = ("troops",) if table == "troops" else MEASURES[1:]
    total = Score()
    for m in measures:
        s = res.scores[m]
        total.tp += s.tp
        total.fp += s.fp
        total.fn += s.fn
        total.opt_found += s.opt_found
    return total


def render(res: Result, console, show: int = 40, title: str = "evaluation") -> None:
    from rich.table import Table

    t = Table("scope", "tp", "opt", "fp", "fn", "precision", "recall", "F1", title=title)
    for label, s in [("troop_figures", table_score(res, "troops")), ("attack_counts", table_score(res, "attacks"))] + [
        (f"  {m}", res.scores[m]) for m in MEASURES[1:]
    ]:
        t.add_row(label, str(s.tp), str(s.opt_found), str(s.fp), str(s.fn), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
    console.print(t)
    n = max(res.articles, 1)
    console.print(f"source accuracy {res.source_right}/{res.articles} = {res.source_right / n:.3f}   "
                  f"date accuracy {res.date_right}/{res.articles} = {res.date_right / n:.3f}")
    console.print(f"source where the outlet is in the table {res.known_source_right}/{res.known_sources}   "
                  f"stated dates right {res.dates_stated_right}/{res.dates_stated}, invented {res.dates_invented}")
    if res.unknown_credits or res.names_invented:
        console.print(f"credited name surfaced (outlets not in the table) {res.names_surfaced}/{res.unknown_credits}   "
                      f"names where the gold has no credit {len(res.names_invented)}")
    if res.missing_articles:
        console.print(f"[red]articles not in the build:[/] {', '.join(res.missing_articles)}")
    for name, gold_src, got in res.source_errors[:show]:
        console.print(f"  source  {name}: gold {gold_src} got {got}")
    for name, gold_n, got in res.name_errors[:show]:
        console.print(f"  name    {name}: gold {gold_n} got {got}")
    for name, got in res.names_invented[:show]:
        console.print(f"  name    {name}: gold none got {got}")
    for name, gold_d, got in res.date_errors[:show]:
        console.print(f"  date    {name}: gold {gold_d} got {got}")
    for name, key, ev in res.misses[:show]:
        console.print(f"  [yellow]miss[/]  {name} {key} «{ev}»")
    for name, key, ev in res.extras[:show]:
        console.print(f"  [red]extra[/] {name} {key} «{ev}»")
