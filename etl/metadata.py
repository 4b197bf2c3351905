"""Per-article fields (spec §1-§2): credited source, dateline place, publication date,
cited outlets and date mentions. Polars expressions over lines and sentences."""

from __future__ import annotations

from functools import lru_cache

import polars as pl

from .normalize import match_text_expr, normalize, normalize_expr
from .patterns import _alt
from .reference import read_csv

HEAD_CHARS = 3000         # datelines, bylines, stamps and captions sit in the head of an article
BYLINE_LINES = 6          # the dateline/byline is among the first non-empty lines
SHORT_LINE = 100          # a line this short may be a byline as a whole
PREFIX = r"^(.{0,90}?(?:[:)]|\s{2}))"  # a dateline that opens a paragraph ends at ':' or ')'
REPORTING_VERB = r"^\W*(?:و|ف)?(?:ذكرت|ذكر|قالت|قال|نقلت|نقل|افادت|افاد|اعلنت|اعلن|اكدت|اكد|اوردت|اورد|بثت|نشرت|كشفت|اشارت)\s"
SEGMENT_SPLIT = r"\s*(?:[-–—ـ:()\"/|،,\[\]]|۔|\s+من\s+|[0-9][0-9\s,./-]*)\s*"
SEGMENT_PREFIX = r"^(?:&nbsp;|next previous|بروفايل|مكتب|وكاله(?:\s+انباء)?|وكاله\s+الانباء|صحيفه|جريده|قناه|موقع|شبكه|نشره|هـ|ه|م|ء)\s*"
CUES = r"(?:^|[^\w])(?:(?:[لبو]|ول)?(?:وكاله(?:\s+انباء)?|وكاله\s+الانباء|صحيفه|جريده|قناه|موقع|شبكه|نشره)\s*\"?\s*|[لب]\s*\"\s*)"


@lru_cache(maxsize=None)
def _spellings() -> tuple[dict, dict, dict, dict]:
    byline, body, cue = {}, {}, {}
    for r in read_csv("outlet_spellings.csv"):
        sp = normalize(r["spelling"]).lower()
        if r["where"] in ("any", "byline"):
            byline.setdefault(sp, r["key"])
        if r["where"] in ("any", "body"):
            body.setdefault(sp, r["key"])
        if r["where"] == "cue":
            cue.setdefault(sp, r["key"])
    kinds = {r["key"]: r["kind"] for r in read_csv("outlets.csv")}
    return byline, body, cue, kinds


def head_lines(articles: pl.LazyFrame) -> pl.LazyFrame:
    """Non-empty, stripped lines of each article's head (HEAD_CHARS) with their number:
    where datelines, bylines, stamps and captions are. Computed once, read by
    :func:`sources` and :func:`published`."""
    if "line_no" in articles.collect_schema().names():
        return articles
    return (
        articles.select(
            "article_id",
            pl.col("text").str.slice(0, HEAD_CHARS).str.split("\n")
            .list.eval(pl.element().str.strip_chars().filter(pl.element().str.len_chars() > 0)).alias("line"),
        )
        .with_columns(pl.col("line").list.eval(pl.int_range(pl.len())).alias("line_no"))
        .explode("line", "line_no")
        .drop_nulls("line")
    )


def byline_lines(articles: pl.LazyFrame) -> pl.LazyFrame:
    """The first non-empty lines that may carry a dateline or byline, normalised."""
    if "byline_norm" in articles.collect_schema().names():
        return articles
    lines = head_lines(articles).filter(pl.col("line_no") < BYLINE_LINES)
    n = pl.col("line").str.len_chars()
    # Only the first paragraph-length line may open with a dateline (واشنطن ... (شينخوا)).
    first_long = (n > SHORT_LINE) & ((n > SHORT_LINE).cum_sum().over("article_id") == 1)
    cand = (
        pl.when(first_long).then(pl.col("line").str.extract(PREFIX, 1))
        .when((n <= SHORT_LINE) & (pl.col("line_no") > 0) & ~pl.col("line").str.contains(r"[.!؟]\s*$")).then(pl.col("line"))
    )
    return lines.with_columns(cand.alias("byline")).drop_nulls("byline").with_columns(
        normalize_expr(pl.col("byline")).str.to_lowercase().alias("byline_norm")
    )


def sources(articles: pl.LazyFrame) -> pl.LazyFrame:
    """``article_id`` → ``sources`` (ordered keys, primary first), ``source``, ``dateline_place``.

    ``articles`` may be the articles, their :func:`head_lines` or their :func:`byline_lines`."""
    byline, _, _, kinds = _spellings()
    keys, vals = list(byline), [byline[k] for k in byline]
    segs = (
        byline_lines(articles)
        .with_columns(
            pl.col("byline_norm")
            .str.replace_all(SEGMENT_SPLIT, "\x01")
            .str.split("\x01").alias("seg")
        )
        .explode("seg")
        .with_columns(pl.int_range(pl.len()).over("article_id", "line_no").alias("seg_no"))
        .with_columns(pl.col("seg").str.strip_chars(" .\t\"'"))
        .filter(pl.col("seg").str.len_chars() > 0)
        .with_columns(
            pl.col("seg").replace_strict(keys, vals, default=None).alias("k1"),
            pl.col("seg").str.replace(SEGMENT_PREFIX, "").str.strip_chars().replace_strict(keys, vals, default=None).alias("k2"),
        )
        .with_columns(pl.coalesce("k1", "k2").alias("key"))
    )
    # One dateline: the first line that credits anyone; a paragraph that opens with a
    # verb of saying (ذكرت وكالة ...) is reporting, not a dateline.
    credited = (
        segs.filter(pl.col("key").is_not_null() & ~pl.col("byline_norm").str.contains(REPORTING_VERB))
        .filter(pl.col("line_no") == pl.col("line_no").min().over("article_id"))
    )
    kind = pl.col("key").replace_strict(list(kinds), list(kinds.values()), default="newspaper")
    # An agency or broadcaster credited after the host outlet is the primary credit
    # (الوئام - CNN → cnn); otherwise the first credit is.
    ordered = (
        credited.with_columns(kind.is_in(["agency", "broadcaster"]).not_().alias("_host"))
        .sort("article_id", "_host", "line_no", "seg_no")
        .group_by("article_id", maintain_order=True)
        .agg(pl.col("key").unique(maintain_order=True).alias("sources"), pl.col("line_no").first().alias("_line"))
    )
    place = (
        segs.join(ordered.select("article_id", "_line"), on="article_id")
        .filter((pl.col("line_no") == pl.col("_line")) & pl.col("key").is_null())
        .filter(pl.col("seg").str.contains(r"^[^\d]{2,30}$") & (pl.col("seg").str.count_matches(" ") < 3))
        .filter(~pl.col("seg").str.contains(_alt(r["phrase"] for r in read_csv("generic_credits.csv"))))
        .sort("article_id", "seg_no")  # the join does not keep order: "first" must not depend on it
        .group_by("article_id", maintain_order=True)
        .agg(pl.col("seg").first().alias("dateline_place"))
    )
    return (
        ordered.drop("_line")
        .join(place, on="article_id", how="left")
        .with_columns(pl.col("sources").list.first().alias("source"))
    )


def all_matches(lf: pl.LazyFrame, pat: str, name: str) -> pl.LazyFrame:
    """One row per match of ``pat`` in ``norm`` (column ``name``), with its named groups."""
    return (
        lf.filter(pl.col("norm").str.contains(pat))
        .with_columns(pl.col("norm").str.extract_all(pat).alias(name))
        .explode(name)
        .drop_nulls(name)
        .with_columns(pl.col(name).str.extract_groups(pat).alias("g"))
        .unnest("g")
    )


def _with_norm(sentences: pl.LazyFrame) -> pl.LazyFrame:
    """Sentences with their shared normalised text (computed here when the caller did not)."""
    if "norm" in sentences.collect_schema().names():
        return sentences
    return sentences.with_columns(match_text_expr(pl.col("sentence")).alias("norm"))


def cited_sources(sentences: pl.LazyFrame) -> pl.LazyFrame:
    """Outlets quoted or credited in the body: one row per (article, outlet) with its first sentence."""
    _, body, cue, _ = _spellings()
    any_sp = _alt(body)
    cue_sp = _alt(cue)
    pat = rf"(?:^|[^\w])(?P<a>{any_sp})(?:[^\w]|$)|{CUES}(?P<c>{cue_sp})(?:[^\w]|$)"
    keys = {**body, **cue}
    k, v = list(keys), [keys[x] for x in keys]
    return (
        _with_norm(sentences.filter(pl.col("sent_idx") > 0))
        .pipe(all_matches, pat, "hit")
        .with_columns(pl.coalesce("a", "c").str.replace_all(r"\s+", " ").replace_strict(k, v, default=None).alias("outlet"))
        .drop_nulls("outlet")
        .sort("article_id", "sent_start")
        .group_by("article_id", "outlet", maintain_order=True)
        .agg(pl.col("sentence").first(), pl.col("sent_start").first().alias("sentence_start"))
    )


# ---------------------------------------------------------------- dates


@lru_cache(maxsize=None)
def date_patterns() -> dict[str, str]:
    months = read_csv("months.csv")
    greg = _alt(normalize(r["name"]).lower() for r in months if r["family"] != "hijri")
    ords = _alt(r["word"] for r in read_csv("ordinals.csv"))
    day = rf"(?P<d>[0-9]{{1,2}}|{ords})"
    dmy = (
        rf"(?:{day}\s*(?:من\s+)?(?:شهر\s+)?)?(?P<mo>{greg})(?:[^\w]|$)(?:\s*[/(]?\s*(?P<mo2>{greg})\)?)?"
        rf"(?:\s*,?\s*(?:عام|سنه|العام)?\s*(?P<y>[0-9]{{4}}))?(?:\s*(?:م|ء)(?:[^\w]|$))?"
    )
    numeric = r"(?P<nd>[0-9]{1,2})[-/.](?P<nm>[0-9]{1,2})[-/.](?P<ny>(?:19|20)[0-9]{2})|(?P<iy>(?:19|20)[0-9]{2})-(?P<im>[0-9]{2})-(?P<id>[0-9]{2})"
    time = r"(?P<hh>[0-2]?[0-9]):(?P<mi>[0-5][0-9])"
    year = r"(?:عام|سنه|العام)\s+(?P<yy>(?:19|20)[0-9]{2})"
    return {"dmy": dmy, "numeric": numeric, "time": time, "year": year, "any": rf"(?:{numeric}|{dmy}|{year})"}


def _month_map() -> tuple[list, list]:
    m = {normalize(r["name"]).lower(): int(r["month"]) for r in read_csv("months.csv") if r["family"] != "hijri"}
    return list(m), list(m.values())


def _ordinal_map() -> tuple[list, list]:
    o = {normalize(r["word"]): int(r["value"]) for r in read_csv("ordinals.csv")}
    return list(o), list(o.values())


def resolve_date_groups(df: pl.DataFrame | pl.LazyFrame) -> pl.LazyFrame:
    """Columns of date groups (d, mo, y, nd, nm, ny, iy, im, id, yy) → ``day, month, year``."""
    mk, mv = _month_map()
    ok, ov = _ordinal_map()
    day_word = pl.col("d").replace_strict(ok, ov, default=None, return_dtype=pl.Int32)
    return df.lazy().with_columns(
        pl.coalesce(pl.col("d").cast(pl.Int32, strict=False), day_word, pl.col("nd").cast(pl.Int32, strict=False), pl.col("id").cast(pl.Int32, strict=False)).alias("day"),
        pl.coalesce(
            pl.col("mo").str.to_lowercase().replace_strict(mk, mv, default=None, return_dtype=pl.Int32),
            pl.col("nm").cast(pl.Int32, strict=False), pl.col("im").cast(pl.Int32, strict=False),
        ).alias("month"),
        pl.coalesce(pl.col("y"), pl.col("ny"), pl.col("iy"), pl.col("yy")).cast(pl.Int32, strict=False).alias("year"),
    )


def published(articles: pl.LazyFrame, bylines: pl.LazyFrame | None = None) -> pl.LazyFrame:
    """``article_id`` → ``published_date``, ``published_at`` from the text alone
    (``bylines``: :func:`byline_lines` when the caller already has them).

    Ranked evidence: a publication line (تاريخ النشر) > a numeric stamp with a time >
    a date inside the dateline/byline > a date-only line (page chrome or caption).
    """
    pats = date_patterns()
    lines = (
        head_lines(articles)
        # A publication date always states its year (one line in ten does: checked first).
        .filter(pl.col("line").str.contains(r"[0-9٠-٩۰-۹]{4}"))
        # Only lines that can carry the publication date: the byline region, short lines,
        # and publication stamps. (A column, not a second filter: polars would merge the
        # two filters and scan every line for stamps.)
        .with_columns(
            ((pl.col("line_no") < BYLINE_LINES) | (pl.col("line").str.len_chars() <= 90)
             | pl.col("line").str.contains(r"تأريخ|تاريخ|نشر|[Pp]ublished|\|")).alias("_may_date")
        )
        .filter(pl.col("_may_date"))
        .with_columns(normalize_expr(pl.col("line")).str.to_lowercase().alias("norm"))
    )
    by = (bylines if bylines is not None else byline_lines(articles)).select(
        "article_id", "line_no", pl.lit(True).alias("is_byline"), "byline_norm")
    lines = lines.join(by, on=["article_id", "line_no"], how="left")
    has_date = pl.col("norm").str.contains(pats["dmy"]) | pl.col("norm").str.contains(pats["numeric"])
    full_date_line = (pl.col("norm").str.len_chars() <= 90) & ~pl.col("norm").str.contains(r"[.؟!]\s*$")
    weekday = _alt(r["name"] for r in read_csv("weekdays.csv"))
    rank = (
        pl.when(pl.col("norm").str.contains(r"تاريخ\s+النشر|نشر\s+في|published")).then(1)
        .when(pl.col("norm").str.contains(pats["numeric"]) & pl.col("norm").str.contains(r"\|\s*" + pats["time"].replace("?P<hh>", "").replace("?P<mi>", ""))).then(2)
        .when(pl.col("is_byline").fill_null(False)).then(3)
        .when(full_date_line & (pl.col("line_no") > 0) & pl.col("norm").str.contains(weekday)).then(5)
        .when(full_date_line).then(4)
    )
    scan = pl.when(rank == 3).then(pl.col("byline_norm")).otherwise(pl.col("norm"))
    cand = (
        lines.filter(has_date)
        .with_columns(rank.alias("rank"), scan.alias("scan"))
        .drop_nulls("rank")
        .with_columns(pl.col("scan").str.extract_groups(pats["any"]).alias("g"), pl.col("norm").str.extract_groups(pats["time"]).alias("t"))
        .unnest("g", "t")
    )
    cand = resolve_date_groups(cand).filter(pl.col("day").is_not_null() & pl.col("month").is_not_null() & pl.col("year").is_not_null())
    cand = cand.filter(pl.col("month").is_between(1, 12) & pl.col("day").is_between(1, 31))
    best = cand.sort("article_id", "rank", "line_no").group_by("article_id", maintain_order=True).first()
    date = pl.date(pl.col("year"), pl.col("month"), pl.col("day"))
    at = pl.when(pl.col("hh").is_not_null() & (pl.col("rank") <= 3)).then(
        pl.datetime(pl.col("year"), pl.col("month"), pl.col("day"), pl.col("hh").cast(pl.Int32), pl.col("mi").cast(pl.Int32))
    )
    return best.select("article_id", date.alias("published_date"), at.alias("published_at"))


def date_mentions(sentences: pl.LazyFrame, published_dates: pl.LazyFrame) -> pl.LazyFrame:
    """Every date in the text resolved as far as it allows, with granularity day/month/year."""
    pats = date_patterns()
    pat = pats["any"]
    # No literal prefilter: polars merges it with the grammar's own filter, so both would
    # scan every sentence (the regex engine finds the grammar's literals by itself).
    m = _with_norm(sentences).pipe(all_matches, pat, "mention")
    m = resolve_date_groups(m).join(published_dates, on="article_id", how="left")
    has_year = pl.col("year").is_not_null()
    year = pl.coalesce(pl.col("year"), pl.col("published_date").dt.year())
    m = m.filter(pl.col("month").is_not_null() | has_year).filter(has_year | pl.col("day").is_not_null())
    gran = pl.when(pl.col("day").is_not_null() & pl.col("month").is_not_null()).then(pl.lit("day")).when(pl.col("month").is_not_null()).then(pl.lit("month")).otherwise(pl.lit("year"))
    columns = ["article_id", pl.col("mention").str.replace_all(r"\s+", " ").str.strip_chars(" .,،"), "date", "granularity",
               "year_inferred", "sentence", pl.col("sent_start").alias("sentence_start")]
    dated = m.with_columns(gran.alias("granularity"), year.alias("year_resolved"), (~has_year).alias("year_inferred")).with_columns(
        pl.when(pl.col("granularity") == "day").then(pl.date(pl.col("year_resolved"), pl.col("month"), pl.col("day")))
        .when(pl.col("granularity") == "month").then(pl.date(pl.col("year_resolved"), pl.col("month"), 1))
        .otherwise(pl.date(pl.col("year_resolved"), 1, 1)).alias("date"),
    ).filter(pl.col("month").fill_null(1).is_between(1, 12) & pl.col("day").fill_null(1).is_between(1, 31)).select(columns)
    return pl.concat([dated, weekday_mentions(sentences, published_dates).select(columns)])


WEEKDAY_CUE = r"(?:يوم|اليوم|مساء|صباح|ليله|فجر|ظهر|عصر)"


def weekday_mentions(sentences: pl.LazyFrame, published_dates: pl.LazyFrame) -> pl.LazyFrame:
    """``يوم الاثنين`` and the like, resolved to the latest such day on or before the
    publication date (news reports past days); left out when the article has no date or
    when the weekday heads an explicit date (السبت 29 يونيو)."""
    days = {normalize(r["name"]): int(r["weekday"]) for r in read_csv("weekdays.csv")}
    pat = rf"(?:^|[^\w]){WEEKDAY_CUE}\s+(?P<wd>{_alt(days)})(?P<nx>\s+[0-9])?"
    keys, vals = list(days), list(days.values())
    return (
        _with_norm(sentences)
        .pipe(all_matches, pat, "mention")
        .filter(pl.col("nx").is_null())
        .join(published_dates, on="article_id", how="inner")
        .filter(pl.col("published_date").is_not_null())
        .with_columns(pl.col("wd").replace_strict(keys, vals, default=None, return_dtype=pl.Int32).alias("_wd"))
        .with_columns(
            (pl.col("published_date") - pl.duration(days=(pl.col("published_date").dt.weekday() - pl.col("_wd")) % 7)).alias("date"),
            pl.lit("day").alias("granularity"),
            pl.lit(True).alias("year_inferred"),
        )
    )
