"""Score places and event dates of a published database against gold annotations.

Gold format::

    {"articles": {"FILE": {"figures": [{"table", "measure", "value", "evidence",
        "place_name", "place_basis", "country", "admin1", "lat", "lon",
        "event_date", "event_date_granularity", "event_date_basis"}]}}}

A gold figure matches an extracted one of the same article, table, measure and value
(``value_low`` for a vague one) whose evidence overlaps the gold evidence (one contains the
other, or they share at least half their words); each extracted figure matches at most once.
Over matched figures: country accuracy, admin1 accuracy (where the gold gives the key) (GeoNames' English name, compared
loosely: case, accents, ``Al``, ``Governorate``/``Province``/``Region`` aside, or through
data/reference/admin1.csv and admin1_english.csv), event-date accuracy (the same day; for a gold week, the same ISO
week; for a gold month, the same month; for a gold year, the same year; where the gold gives
a date). The annotators list other defensible readings of some event dates
(``event_date_also_acceptable``: the day before a stamp that may be the crawl day, a running
total's first or last day; ``null`` where no date is also defensible); event-date accuracy
is reported twice, strictly against ``event_date`` and accepting those readings
(``event_date_accuracy_accepting``). Errors counted apart: extracted figures with coordinates but no resolved place, and
matched figures whose gold place is unresolved (a name, no coordinates) but which were given
coordinates.

Gold articles the build does not hold (a web page whose text is not in the folder) are skipped
and counted (``skipped_articles``), not scored as misses. ``where="context"`` scores the
country and admin1 against ``context_country``/``context_admin1`` where the gold gives them
(where the event happened, when the literal rule, the sentence's place else the dateline's,
points elsewhere).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from pathlib import Path

import duckdb

from .normalize import normalize
from .reference import read_csv

TABLES = {"troops": "troop_figures", "troop_figures": "troop_figures", "attacks": "attack_counts", "attack_counts": "attack_counts"}
ADMIN1_NOISE = r"\b(?:al|an|as|ar|ad|ash|at|az|el|governorate|province|region|muhafazat|state|of)\b"


def admin1_key(name: str | None) -> str | None:
    """A loose comparable form of an admin1 name: ``Al-Anbar`` = ``Anbar`` = ``Al Anbar Governorate``."""
    if name is None:
        return None
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[ʼʻ‘’'`\-_.,]", " ", s)
    s = re.sub(ADMIN1_NOISE, " ", s)
    return re.sub(r"\s+", "", s) or None


@lru_cache(maxsize=1)
def _admin1_codes() -> dict[str, str]:
    out = {}
    for r in read_csv("admin1.csv"):
        code = f"{r['country']}.{r['admin1_code']}"
        for n in [r["name_en"], *[x for x in r["names_ar"].split("|") if x]]:
            k = admin1_key(n) if n.isascii() or not re.search(r"[\u0600-\u06FF]", n) else normalize(n)
            out.setdefault(k, code)
    for r in read_csv("admin1_english.csv"):  # other English spellings (Taiz for Ta‘izz, Erbil for Arbīl)
        out.setdefault(admin1_key(r["name"]), f"{r['country']}.{r['admin1_code']}")
    return out


def admin1_equal(gold: str | None, found: str | None) -> bool:
    if gold is None or found is None:
        return gold is None and found is None
    g, f = admin1_key(gold), admin1_key(found)
    if g == f:
        return True
    codes = _admin1_codes()
    return codes.get(g, g) == codes.get(f, f)


def date_equal(gold: str | None, gran: str | None, found: date | None) -> bool:
    if gold is None or found is None:
        return gold is None and found is None
    g = date.fromisoformat(str(gold)[:10])
    if gran == "week":
        return g.isocalendar()[:2] == found.isocalendar()[:2]
    if gran == "month":
        return (g.year, g.month) == (found.year, found.month)
    if gran == "year":
        return g.year == found.year
    return g == found


def date_acceptable(gold_figure: dict, found: date | None) -> bool:
    """The found event date is the gold one or one of the readings the annotator also accepts."""
    gran = gold_figure.get("event_date_granularity")
    return any(date_equal(d, gran, found) for d in
               [gold_figure.get("event_date"), *(gold_figure.get("event_date_also_acceptable") or [])])


def _words(s: str) -> set[str]:
    return set(re.findall(r"\w+", normalize(s or "")))


def overlap(gold_ev: str, found_ev: str, sentence: str) -> float:
    """How well an extracted figure's evidence matches the gold evidence (0 = not at all)."""
    g, f = normalize(gold_ev or "").strip(), normalize(found_ev or "").strip()
    if g and (g in normalize(sentence or "") or f in g):
        return 1.0
    gw, fw = _words(gold_ev), _words(found_ev) | _words(sentence)
    return len(gw & fw) / len(gw) if gw else 0.0


@dataclass
class PlaceResult:
    gold: int = 0
    matched: int = 0
    country_right: int = 0
    admin1_right: int = 0
    date_right: int = 0
    date_right_accepting: int = 0
    admin1_n: int = 0
    date_n: int = 0
    coords_without_place: int = 0
    coords_for_unresolved: int = 0
    skipped_articles: int = 0
    skipped_figures: int = 0
    errors: list = field(default_factory=list)
    unmatched: list = field(default_factory=list)

    @staticmethod
    def ratio(a: int, n: int) -> float:
        return a / n if n else 0.0

    def as_dict(self) -> dict:
        return {"gold_figures": self.gold, "matched": self.matched,
                "country_accuracy": round(self.ratio(self.country_right, self.matched), 3),
                "admin1_accuracy": round(self.ratio(self.admin1_right, self.admin1_n), 3),
                "event_date_accuracy": round(self.ratio(self.date_right, self.date_n), 3),
                "event_date_accuracy_accepting": round(self.ratio(self.date_right_accepting, self.date_n), 3),
                "coords_without_place": self.coords_without_place, "coords_for_unresolved_gold": self.coords_for_unresolved,
                "skipped_articles": self.skipped_articles, "skipped_figures": self.skipped_figures}


def load_found(db: Path) -> tuple[dict[str, list[dict]], set[str]]:
    """(file name → extracted figures with their evidence, place and event date; the file
    names of every article of the build)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        files = {r[0] for r in con.execute(
            "select file_name from input_files where status in ('ingested', 'duplicate')").fetchall()}
        rows = con.execute(
            """with f as (
                   select 'troop_figures' as tbl, 'troops' as measure, article_id, value, value_low, char_start, char_end, sentence,
                          place_id, country, admin1, lat, lon, event_date from troop_figures
                   union all
                   select 'attack_counts', measure, article_id, value, value_low, char_start, char_end, sentence,
                          place_id, country, admin1, lat, lon, event_date from attack_counts)
               select i.file_name, f.tbl, f.measure, f.value, f.value_low, substr(a.text, f.char_start + 1, f.char_end - f.char_start),
                      f.sentence, f.place_id, f.country, f.admin1, f.lat, f.lon, f.event_date
               from f join articles as a using (article_id)
               join input_files as i on i.article_id = f.article_id and i.status in ('ingested', 'duplicate')""").fetchall()
    finally:
        con.close()
    cols = ["file", "table", "measure", "value", "value_low", "evidence", "sentence", "place_id", "country", "admin1", "lat", "lon", "event_date"]
    out: dict[str, list[dict]] = {}
    for r in rows:
        d = dict(zip(cols, r))
        out.setdefault(d["file"], []).append(d)
    return out, files


WHERE = ("literal", "context")


def gold_place(g: dict, where: str) -> tuple[str | None, str | None, bool]:
    """(country, admin1, admin1 scored) of a gold figure under ``where`` (see module doc)."""
    if where == "context" and (g.get("context_country") or g.get("context_admin1")):
        return g.get("context_country") or g.get("country") or None, g.get("context_admin1") or None, True
    return g.get("country") or None, g.get("admin1") or None, "admin1" in g


def evaluate(gold_path: Path, db: Path, where: str = "literal") -> PlaceResult:
    if where not in WHERE:
        raise ValueError(f"where must be one of {WHERE}, not {where!r}")
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))["articles"]
    found, files = load_found(db)
    res = PlaceResult()
    for file, ann in gold.items():
        if file not in files:
            res.skipped_articles += 1
            res.skipped_figures += len(ann.get("figures", []))
            continue
        ext = found.get(file, [])
        res.coords_without_place += sum(1 for e in ext if e["place_id"] is None and (e["lat"] is not None or e["lon"] is not None))
        used: set[int] = set()
        for g in ann.get("figures", []):
            res.gold += 1
            table = TABLES.get(g.get("table", ""), g.get("table"))
            measure = "troops" if table == "troop_figures" else g.get("measure")
            value = g.get("value")
            best, best_i = 0.0, None
            for i, e in enumerate(ext):
                if i in used or e["table"] != table or e["measure"] != measure:
                    continue
                if (e["value"] if value is not None else e["value_low"]) != (value if value is not None else g.get("value_low")):
                    continue
                o = overlap(g.get("evidence", ""), e["evidence"], e["sentence"])
                if o > best:
                    best, best_i = o, i
            if best_i is None or best < 0.5:
                res.unmatched.append((file, measure, value, g.get("evidence")))
                continue
            used.add(best_i)
            e = ext[best_i]
            res.matched += 1
            country, admin1, admin1_scored = gold_place(g, where)
            c_ok = country == e["country"]
            res.country_right += c_ok
            a_ok = d_ok = True
            if admin1_scored:  # absent: the annotator could not settle it; not scored
                res.admin1_n += 1
                a_ok = admin1_equal(admin1, e["admin1"])
                res.admin1_right += a_ok
            if g.get("event_date"):  # absent or null: the text does not say; not scored
                res.date_n += 1
                d_ok = date_equal(g.get("event_date"), g.get("event_date_granularity"), e["event_date"])
                res.date_right += d_ok
                res.date_right_accepting += date_acceptable(g, e["event_date"])
            # A place the annotator found but could not settle: a name, no country, no point.
            if g.get("place_name") and not g.get("country") and g.get("lat") is None and e["lat"] is not None:
                res.coords_for_unresolved += 1
            if not (c_ok and a_ok and d_ok):
                res.errors.append({"file": file, "measure": measure, "value": value, "evidence": g.get("evidence"),
                                   "gold": (country, admin1, g.get("event_date")),
                                   "found": (e["country"], e["admin1"], str(e["event_date"]) if e["event_date"] else None)})
    return res


def render(res: PlaceResult, console, show: int = 40) -> None:
    if res.skipped_articles:
        console.print(f"skipped {res.skipped_articles} gold articles ({res.skipped_figures} figures) that the build does not hold: "
                      f"put their files in the --raw folder to score them")
    console.print(f"gold figures {res.gold}, matched {res.matched}")
    console.print(f"country accuracy {res.country_right}/{res.matched} = {res.ratio(res.country_right, res.matched):.3f}   "
                  f"admin1 accuracy {res.admin1_right}/{res.admin1_n} = {res.ratio(res.admin1_right, res.admin1_n):.3f}   "
                  f"event date accuracy {res.date_right}/{res.date_n} = {res.ratio(res.date_right, res.date_n):.3f} "
                  f"({res.date_right_accepting}/{res.date_n} = {res.ratio(res.date_right_accepting, res.date_n):.3f} "
                  f"accepting the readings the annotators also list)")
    console.print(f"errors: coordinates without a resolved place {res.coords_without_place}; "
                  f"coordinates for a place gold leaves unresolved {res.coords_for_unresolved}")
    for e in res.errors[:show]:
        console.print(f"  {e['file']} {e['measure']} {e['value']}: gold {e['gold']} found {e['found']}  «{e['evidence']}»", markup=False)
    for u in res.unmatched[:show]:
        console.print(f"  unmatched gold {u}", markup=False)
