"""Per-article fields (spec §1-§2): publication date, cited outlets and date mentions
(the credited source is :mod:`etl.credits`). Polars expressions over lines and sentences."""

from __future__ import annotations

import re
from functools import lru_cache

import polars as pl

from .normalize import match_text_expr, narrow, normalize, normalize_expr
from .reference import read_csv

HEAD_CHARS = 3000         # datelines, bylines, stamps and captions sit in the head of an article
BYLINE_LINES = 6          # the dateline/byline is among the first non-empty lines
SHORT_LINE = 100          # a line this short may be a byline as a whole
ENGINE = "in-memory"      # for the few materialised steps of the stamp search (small frames)
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
    :func:`etl.credits.sources` and :func:`published`."""
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


def all_matches(lf: pl.LazyFrame, pat: str, name: str) -> pl.LazyFrame:
    """One row per match of ``pat`` in ``norm`` (column ``name``), with its named groups.

    The groups are read once per distinct match (a corpus repeats its dates: 3,819 distinct
    in 68,629 at x1) and joined back: the capture engine on a large grammar cost 0.2 CPU s."""
    hits = (
        lf.filter(pl.col("norm").str.contains(narrow(pat)))
        .with_columns(pl.col("norm").str.extract_all(narrow(pat)).alias(name))
        .explode(name)
        .drop_nulls(name)
    )
    groups = hits.select(pl.col(name).unique()).with_columns(pl.col(name).str.extract_groups(narrow(pat)).alias("g"))
    return hits.join(groups, on=name, how="left", maintain_order="left").unnest("g")


def _with_norm(sentences: pl.LazyFrame) -> pl.LazyFrame:
    """Sentences with their shared normalised text (computed here when the caller did not)."""
    if "norm" in sentences.collect_schema().names():
        return sentences
    return sentences.with_columns(match_text_expr(pl.col("sentence")).alias("norm"))


def cited_sources(sentences: pl.LazyFrame) -> pl.LazyFrame:
    """Outlets quoted or credited in the body: one row per (article, outlet) with its first sentence."""
    _, body, cue, _ = _spellings()
    any_sp = alternation(body)
    cue_sp = alternation(cue)
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

YEAR = r"(?:19|20)[0-9]{2}"
ORDINAL_SUFFIX = r"(?:st|nd|rd|th)?"
DATE_SEP = r"\s*[-/.,،]?\s*"


def alternation(words) -> str:
    """A non-capturing alternation, longest first, of literal words (normalised, lower case).
    (Made once per distinct list: the reference lists are read into patterns for every batch.)"""
    return _alternation(frozenset(words))


@lru_cache(maxsize=None)
def _alternation(words: frozenset) -> str:
    uniq = sorted({normalize(w).strip().lower() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) + ")"


def stamp_weekdays() -> list[dict]:
    """Weekday names a stamp may carry: the definite ones (weekdays.csv) and the bare and
    English ones stamps print (اثنين، Mon; stamp_weekdays.csv)."""
    return read_csv("weekdays.csv") + read_csv("stamp_weekdays.csv")


def _months(families=None) -> list[dict]:
    return [r for r in read_csv("months.csv") if r["family"] != "hijri" and (families is None or r["family"] in families)]


@lru_cache(maxsize=None)
def date_patterns() -> dict[str, str]:
    """Named date grammars over normalised, lower-case text.

    ``dmy``: [day] month [year] in every family (day and year optional: a mention may be a
    month); ``eng``: an English month before its day (``February 3rd, 2024``); ``numeric``:
    day-month-year or year-month-day with ``-``, ``/`` or ``.``; ``year``: ``عام 2011``;
    ``full``: a complete date (day, month and year) of any shape; ``time``: ``hh:mm`` with a
    12-hour mark (ص/م, مساء, pm) when written."""
    greg = alternation(r["name"] for r in _months())
    eng = alternation(r["name"] for r in _months({"english", "english_short"}))
    ords = alternation(r["word"] for r in read_csv("ordinals.csv"))
    day = rf"(?P<d>[0-9]{{1,2}}|{ords}){ORDINAL_SUFFIX}"
    month = rf"(?P<mo>{greg})(?:[^\w]|$)(?:\s*[-/(]?\s*(?P<mo2>{greg})\)?)?"
    year = rf"(?:\s*[-/.,،]?\s*(?:عام|سنه|العام)?\s*(?P<y>{YEAR}))"
    mark = r"(?:\s*(?:م|ء)(?:[^\w]|$))?"
    dmy = rf"(?:{day}{DATE_SEP}(?:من\s+)?(?:شهر\s+)?)?{month}{year}?{mark}"
    # a complete date may glue its year to the month (26 يوليو2022م: a scraper's lost space)
    month_year = rf"(?:{month}{year}|(?P<gmo>{greg})(?P<gy>{YEAR}))"
    dmy_full = rf"{day}{DATE_SEP}(?:من\s+)?(?:شهر\s+)?{month_year}"
    english = rf"(?P<emo>{eng})\.?\s+(?P<ed>[0-9]{{1,2}}){ORDINAL_SUFFIX}\s*,?\s*(?P<ey>{YEAR})"
    # a site's English date order with a month of any family, the comma required
    # (``أكتوبر 18, 2024``: a blog engine's "F j, Y" in Arabic)
    month_first = rf"(?P<amo>{greg})\s+(?P<ad>[0-9]{{1,2}})\s*[,،]\s*(?P<ay>{YEAR})"
    # (a backslash parts them too: "01\08\2013", a site's slashes typed the other way)
    # (and a dot between spaces: "السبت 15 . 10 . 2016", a site's spaced stamp)
    # (the year first, its slashes spaced: "2013 / 10 / 16", a blog engine's stamp)
    numeric = (rf"(?P<iy>{YEAR})(?:[-/.:\\]|\s+/\s+)(?P<im>[0-9]{{1,2}})(?:[-/.:\\]|\s+/\s+)(?P<id>[0-9]{{1,2}})"
               rf"|(?P<nd>[0-9]{{1,2}})(?:[-/.\\]|\s+\.\s+)(?P<nm>[0-9]{{1,2}})(?:[-/.\\]|\s+\.\s+)(?P<ny>{YEAR})")
    time = (r"(?P<hh>[0-2]?[0-9]):(?P<mi>[0-5][0-9])(?::[0-5][0-9])?"
            r"(?:\s*(?P<ap>صباحا|مساءا|مساء|ص|م|am|pm|a\.m\.?|p\.m\.?))?(?:[^\w]|$)")
    yonly = rf"(?:عام|سنه|العام)\s+(?P<yy>{YEAR})"
    # a stamp's day, English month and two-digit year parted by dashes (21-Jun-16, a CMS's
    # "d-M-y"; its clock time may be glued to the year, 21-Jun-1608:50 AM): stamps only, after
    # the four-digit forms (21-Jun-2016 reads as dmy_full)
    short_year = rf"(?P<xd>[0-9]{{1,2}})-(?P<xmo>{eng})-(?P<xy>[0-9]{{2}})"
    return {
        "dmy": dmy, "eng": english, "numeric": numeric, "time": time, "year": yonly,
        "any": rf"(?:{numeric}|{english}|{month_first}|{dmy}|{yonly})",
        "full": rf"(?:{numeric}|{english}|{month_first}|{dmy_full}|{short_year})",
    }


def _month_map() -> tuple[list, list]:
    m = {normalize(r["name"]).lower(): int(r["month"]) for r in _months()}
    return list(m), list(m.values())


def _ordinal_map() -> tuple[list, list]:
    o = {normalize(r["word"]): int(r["value"]) for r in read_csv("ordinals.csv")}
    return list(o), list(o.values())


def resolve_date_groups(df: pl.DataFrame | pl.LazyFrame) -> pl.LazyFrame:
    """Columns of date groups (d, mo, gmo, y, gy, emo, ed, ey, amo, ad, ay, nd, nm, ny, iy, im, id, yy) → ``day, month, year``."""
    mk, mv = _month_map()
    ok, ov = _ordinal_map()
    lf = df.lazy()
    groups = ("d", "mo", "mo2", "gmo", "y", "gy", "emo", "ed", "ey", "amo", "ad", "ay", "nd", "nm", "ny", "iy", "im", "id", "yy", "xd", "xmo", "xy")
    missing = [c for c in groups if c not in lf.collect_schema().names()]
    lf = lf.with_columns([pl.lit(None, pl.Utf8).alias(c) for c in missing])
    xy = pl.col("xy").cast(pl.Int32, strict=False)
    # (a name of two words, كانون الثاني or الحادي عشر, is looked up with one space between its
    # words: the extraction's text doubles every whitespace character)
    one_space = lambda c: pl.col(c).str.replace_all(r"\s+", " ")
    day_word = one_space("d").replace_strict(ok, ov, default=None, return_dtype=pl.Int32)
    month_name = lambda c: one_space(c).str.to_lowercase().replace_strict(mk, mv, default=None, return_dtype=pl.Int32)
    return lf.with_columns(
        pl.coalesce(pl.col("d").cast(pl.Int32, strict=False), day_word, pl.col("ed").cast(pl.Int32, strict=False),
                    pl.col("ad").cast(pl.Int32, strict=False),
                    pl.col("nd").cast(pl.Int32, strict=False), pl.col("id").cast(pl.Int32, strict=False),
                    pl.col("xd").cast(pl.Int32, strict=False)).alias("day"),
        # (a paired month whose two names disagree, "22 حزيران / أبريل 2009", names no month:
        # the date is left unread)
        pl.when(month_name("mo2").is_not_null() & (month_name("mo2") != month_name("mo"))).then(pl.lit(None, pl.Int32))
        .otherwise(pl.coalesce(month_name("mo"), month_name("gmo"), month_name("emo"), month_name("amo"), month_name("xmo"),
                               pl.col("nm").cast(pl.Int32, strict=False), pl.col("im").cast(pl.Int32, strict=False))).alias("month"),
        # (a two-digit year: this century below 50, the last from 50)
        pl.coalesce(pl.col("y"), pl.col("gy"), pl.col("ey"), pl.col("ay"), pl.col("ny"), pl.col("iy"), pl.col("yy")).cast(pl.Int32, strict=False)
        .fill_null(pl.when(xy < 50).then(xy + 2000).otherwise(xy + 1900)).alias("year"),
    ).drop(missing)


def safe_date(year: pl.Expr, month: pl.Expr, day: pl.Expr) -> pl.Expr:
    """The date, or NULL when the parts name no calendar day (31 February)."""
    return pl.format("{}-{}-{}", year, month.cast(pl.Utf8).str.zfill(2), day.cast(pl.Utf8).str.zfill(2)).str.to_date("%Y-%m-%d", strict=False)


@lru_cache(maxsize=None)
def stamp_patterns() -> dict[str, str]:
    """Patterns that judge whether a line's date is a stamp (the article's own) or prose."""
    labels = read_csv("date_labels.csv")
    by_kind = lambda k: alternation(r["label"] for r in labels if r["kind"] == k)
    weekday = alternation(r["name"] for r in stamp_weekdays())
    time_plain = r"[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?"
    hijri_months = alternation(r["name"] for r in read_csv("months.csv") if r["family"] == "hijri")
    label = f"(?:{by_kind('publication')}|{by_kind('update')}|{by_kind('crawl')})"
    gap = r"[\s:،,\-|/]*"
    reading = alternation(" ".join(normalize(r["word"]).lower().split()) for r in read_csv("credit_words.csv") if r["role"] == "reading_time")
    counter = alternation(normalize(r["word"]).lower() for r in read_csv("credit_words.csv") if r["role"] == "counter")
    unit = alternation(normalize(r["word"]).lower() for r in read_csv("credit_words.csv") if r["role"] == "counter_unit")
    return {
        "weekday": rf"(?:^|[^\w])(?P<wd>{weekday})(?:[^\w]|$)",
        # ... right after a date: only marks, a time and its 12-hour mark between
        "weekday_after": rf"^[^\w]*(?:(?:م|ء|ه)[^\w]+)?(?:{time_plain}[^\w]*(?:(?:ص|م|am|pm)[^\w]+)?)?(?P<wd>{weekday})(?:[^\w]|$)",
        # A label that ends the text before the date (only a weekday or a time between).
        "label_end": rf"(?:^|[^\w])(?P<lab>{label}){gap}(?:(?:{weekday}|{time_plain}|[ap]m|ص|م){gap})*$",
        # a byline's date word (كتبها فلان بتاريخ) right before the date
        "byline_end": rf"(?:^|[^\w]){by_kind('byline')}{gap}$",
        "publication": rf"^{by_kind('publication')}$",
        "update": rf"^{by_kind('update')}$",
        "hijri": (rf"[0-9]{{1,2}}\s*{hijri_months}\s*1[34][0-9]{{2}}\s*(?:ه|هق)?"
                  r"|\(?1[34][0-9]{2}/[0-9]{1,2}/[0-9]{1,2}\s*(?:هق|ه)?\)?|\(?[0-9]{1,2}/[0-9]{1,2}/1[34][0-9]{2}\s*(?:هق|ه)?\)?"),
        # Everything a stamp may carry besides its date: labels, weekdays, times, zones.
        "chrome": (rf"(?:^|[^\w])(?:{label}|{weekday}|{by_kind('time')}|{by_kind('equivalent')})(?:[^\w]|$)"
                   # (a time and its 12-hour mark glued to it, 10:50AM, are the stamp's clock)
                   rf"|{time_plain}(?:\s*(?:am|pm)(?:[^\w]|$))?"
                   r"|بتوقيت\s+\S+(?:\s+ال\S+)?|t[0-9:]+|[+-][0-9]{2}:?[0-9]{2}|(?:^|\s)(?:م|ء|ه)(?:[^\w]|$)"
                   # an hour with its 12-hour mark and no minutes (يوليو 21, 2015, 3 ص; الساعة 11 صباحاً)
                   r"|\b[0-9]{1,2}\s*(?:ص|م|am|pm|صباحا|مساءا|مساء|ظهرا|فجرا)(?:[^\w]|$)"
                   # a reading-time widget beside the date (1 دقيقة قراءة)
                   rf"|(?:^|[^\w])[0-9]{{1,2}}\s*(?:{reading})(?:[^\w]|$)"
                   # a page's reading or viewing counter beside the date (قرأها 3 أشخاص، شوهد 120
                   # مرة، 120 مشاهدة): the stamp bar's furniture
                   rf"|(?:^|[^\w])(?:{counter})\s*[:：]?\s*\(?[0-9][0-9,.]*\)?(?:\s*(?:{unit}))?(?:[^\w]|$)"
                   rf"|(?:^|[^\w])[0-9][0-9,.]*\s*(?:{counter})(?:[^\w]|$)"),
        "time": time_plain,
        "segment_break": r"\||\s[-–—_/]+\s",
        # a last-updated or crawl stamp that follows a byline's date, glued or spaced
        # (فلان30 أبريل 2017آخر تحديث : ...): a second stamp, not words of the byline
        "later_stamp": rf"(?:^|[^\w]|[0-9])(?:{by_kind('update')}|{by_kind('crawl')})(?:[^\w]|$).*$",
        # a byline's author label that opens its line (تقرير: فلان 26 يوليو 2022)
        "author_open": rf"^\W*{alternation(r['word'] for r in read_csv('credit_words.csv') if r['role'] == 'author_label')}\s*[:：]?\s",
        # a place (one word or a few, parted by dashes, slashes or commas) and a separator
        # that end where the date starts: مقديشو-الصومال-22-3-2023
        "place_sep": r"^[^\W\d_]+(?:[\s\-–—/،,]+[^\W\d_]+)*\s*[-–—/،,]\s*$",
        # a Hijri date and its Gregorian equivalent's word before the Gregorian date
        "hijri_open": rf"(?:^|[^\w]){by_kind('equivalent')}\s*[:،,\-]?\s*$"
        # ... or the Hijri date's own mark and a dash or bar before the Gregorian date, the print
        # stamp's "السبت - 2 جمادى الأولى 1444 هـ - 26 نوفمبر 2022 مـ"
                      r"|1[34][0-9]{2}\s*(?:ه|هق)?\s*[-–—|]\s*$",
    }


STAMP_MAX_CHARS = 160   # a stamp segment is short; a longer one is prose
STAMP_MAX_WORDS = 4     # words a stamp may carry besides its date (an outlet, a place, a byline)
DATELINE_MAX_CHARS = 50 # a dateline's date opens its paragraph
LABEL_MAX_CHARS = 60    # a label (تاريخ النشر، date) stands at the head of its line
NEAR_CHARS = 25         # a stamp's time and weekday stand this close to its date
CAPTION_MAX_CHARS = 90  # a caption is one short line
BYLINE_MAX_CHARS = 60   # a byline line (كتب فلان) is short
HEADER_MENU_LINE = 3    # a stamp on this line or below has more than the headline above it (a header's masthead, menu)
HEADER_BAR_SEGMENTS = 3 # a first line of this many segments parted by | is a site's header bar
# an embedded post's signature (— الاسم (@handle) 5 يونيو 2020، pic.twitter.com/...): its date is
# the post's, not the article's
EMBEDDED_POST = r"\(\s*@\w+\s*\)|pic\.twitter\.com|(?:twitter|x)\.com/\w+/status"
SIGNED_MAX_WORDS = 2    # a byline glued to its stamp (كاينابريس18 أكتوبر 2023, م .ك8 نوفمبر 2022)
PLACE_MAX_WORDS = 3     # a dateline line's place: a city and its country
# a credit between single or double brackets that opens a line before its date, a weekday
# between them at most: ((المنبر)) الأحد 5 مايو 2020 / عدن
BRACKETED_CREDIT = r"^\W*[(\[]{{1,2}}\s*[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}}\s*[)\]]{{1,2}}[\s,،\-–—:]*(?:(?:{weekdays})[\s,،]*)?$"
RANK_LABEL, RANK_STAMP, RANK_PURE, RANK_WEAK, RANK_CAPTION = 1, 2, 3, 4, 5
# a date as one number, year, month and day (20110511), alone on its line
COMPACT_DATE = r"^\s*((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])\s*$"
# ... or as its three numbers parted by spaces, two digits each for month and day (2020 08 04):
# a post's published and modified stamps printed bare, one line each
SPACED_DATE = r"^\s*((?:19|20)[0-9]{2})\s+(0[1-9]|1[0-2])\s+(0[1-9]|[12][0-9]|3[01])\s*$"
# a teaser's dated credit that closes the first paragraph after its ellipsis (... 08.09.2025,
# OUTLET): the site's own summary of the article, its date and its name
TEASER_TAIL = r"(?:\.\.\.|…)\s*([0-9]{1,2}[./-][0-9]{1,2}[./-](?:19|20)[0-9]{2}\s*[,،]\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*$"
# a post's categories after its date: two to five short tags parted by commas (أخبار, تونس, مجتمع)
TAG = r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}"
TAG_LIST = rf"^\s*{TAG}(?:\s*[,،]\s*{TAG}){{1,4}}\s*$"


@lru_cache(maxsize=None)
def _dateline_places() -> list[str]:
    """The places a dateline names (dateline_places.csv), normalised, lower case."""
    return sorted({" ".join(normalize(r["name"]).lower().split()) for r in read_csv("dateline_places.csv")})


def _words(expr: pl.Expr) -> pl.Expr:
    return expr.str.count_matches(narrow(r"[^\W_]+"))


LISTING_MAX_CHARS = 40  # a related-articles heading is a short line of its own


def listing_starts(lines: pl.LazyFrame, first_long: pl.LazyFrame) -> pl.LazyFrame:
    """``article_id, _listing_no``: the first line after the first paragraph that is a
    related-articles heading (مقالات ذات صلة، الأكثر قراءة; listing_headings.csv)."""
    heads = alternation(r["heading"] for r in read_csv("listing_headings.csv"))
    return (
        lines.filter(pl.col("line").str.len_chars() <= LISTING_MAX_CHARS)
        .join(first_long, on="article_id", how="inner")
        # (one predicate on a joined column: polars would otherwise push the normalising
        # search below the joins, onto every short line of the corpus)
        .filter(pl.when(pl.col("line_no") > pl.col("_lede_no"))
                .then(normalize_expr(pl.col("line")).str.to_lowercase().str.contains(narrow(rf"^[\W_]*{heads}[\W_]*$")))
                .otherwise(False))
        .group_by("article_id").agg(pl.col("line_no").min().alias("_listing_no"))
    )


def below_listing_heading(lines: pl.LazyFrame, below: pl.LazyFrame | None = None) -> pl.LazyFrame:
    """``article_id, line_no, ticker``: the lines right below a line that is a news listing's
    heading alone (أحدث الأخبار، آخر الأخبار; listing_headings.csv), wherever it stands; with
    ``below`` (``article_id, line_no``), only those lines are looked at."""
    heads = alternation(r["heading"] for r in read_csv("listing_headings.csv"))
    heading = normalize_expr(pl.col("line")).str.to_lowercase().str.contains(narrow(rf"^[\W_]*{heads}[\W_]*$"))
    if below is not None:
        # (one predicate on a joined column: polars would otherwise push the normalising
        # search below the join, onto every short line of the corpus)
        above = below.select("article_id", (pl.col("line_no") - 1).alias("line_no"), pl.lit(True).alias("_asked")).unique()
        lines = lines.join(above, on=["article_id", "line_no"], how="inner")
        heading = pl.when(pl.col("_asked")).then(heading).otherwise(False)
    return (
        lines.filter(pl.col("line").str.len_chars() <= LISTING_MAX_CHARS)
        .filter(heading)
        .select("article_id", (pl.col("line_no") + 1).alias("line_no"), pl.lit(True).alias("ticker"))
        .unique()
    )


CRUMB_CHARS = 40  # a breadcrumb's home link opens its line
REPEAT_MIN_CHARS = 30  # an earlier line this long that opens the first long line: the headline again, with a caption


@lru_cache(maxsize=None)
def breadcrumb_pattern(sentence: bool = False) -> str:
    """A line that opens with a breadcrumb's home link (الرئيسية، Home: credit_words.csv,
    role breadcrumb_home) and goes on (a section, a headline), over normalised lower-case text;
    with ``sentence``, the home word followed by a stopword (a sentence's opening instead)."""
    words = alternation(" ".join(normalize(r["word"]).lower().split()) for r in read_csv("credit_words.csv") if r["role"] == "breadcrumb_home")
    if sentence:
        stop = alternation(r["word"] for r in read_csv("credit_words.csv") if r["role"] == "stopword")
        return rf"^[^\w]*(?:{words})\s+(?:{stop})(?:\s|$)"
    return rf"^[^\w]*(?:{words})(?:\s|[^\w\s])+\S"


def first_paragraph(lines: pl.LazyFrame) -> pl.LazyFrame:
    """``article_id, _lede_no``: each article's first paragraph, its first line longer than
    SHORT_LINE that is no breadcrumb and no headline printed again with its caption (lines in
    article and line order; no window functions, slow over many small groups)."""
    n = pl.col("line").str.len_chars()
    # (a breadcrumb that opens with the site's home link and ends with the headline,
    # "الرئيسية » الأخبار » <headline>", is page furniture, not the first paragraph)
    # (the home word before a sentence's word, الرئيسية في, opens a sentence)
    opening = normalize_expr(pl.col("line").str.slice(0, CRUMB_CHARS)).str.to_lowercase()
    crumb = opening.str.contains(narrow(breadcrumb_pattern())) & ~opening.str.contains(narrow(breadcrumb_pattern(sentence=True)))
    # (the breadcrumb test normalises: it runs on each article's first long line alone, and
    # where that is a breadcrumb the next long line is the first paragraph)
    first_of_article = (pl.col("article_id") != pl.col("article_id").shift(1)).fill_null(True)
    long = lines.filter(n > SHORT_LINE)
    # (a headline printed again with its photo's caption after it, "<headline> <caption>",
    # opens with an earlier line's whole text: page furniture too, the paragraph comes after it)
    heads = lines.filter((n >= REPEAT_MIN_CHARS) & (n <= SHORT_LINE)).select("article_id", pl.col("line_no").alias("_h_no"), pl.col("line").alias("_h"))
    first = long.filter(first_of_article)
    repeated = (
        first.join(heads, on="article_id", how="inner")
        .filter((pl.col("_h_no") < pl.col("line_no")) & pl.col("line").str.starts_with(pl.col("_h")))
        .select("article_id").unique().with_columns(pl.lit(True).alias("_repeat"))
    )
    first = (first.join(repeated, on="article_id", how="left", maintain_order="left")
             .with_columns((crumb | pl.col("_repeat").fill_null(False)).alias("_crumb")).drop("_repeat"))
    after_crumb = (
        long.join(first.filter(pl.col("_crumb")).select("article_id", pl.col("line_no").alias("_crumb_no")), on="article_id", how="inner", maintain_order="left")
        .filter(pl.col("line_no") > pl.col("_crumb_no"))
        .filter(first_of_article)
    )
    return pl.concat([
        first.filter(~pl.col("_crumb")).select("article_id", pl.col("line_no").alias("_lede_no")),
        after_crumb.select("article_id", pl.col("line_no").alias("_lede_no")),
    ]).sort("article_id")


def relay_words(*roles: str) -> list[str]:
    """The words of an aggregator's relay note by role (credit_words.csv: relay_note, relay_post,
    relay_titled, rss_post)."""
    return [r["word"] for r in read_csv("credit_words.csv") if r["role"] in roles]


def relay_head() -> str:
    """The head of an aggregator's relay note on one normalised line, up to the note's words: a
    post's noun and its title word, the title and the words that say where it was first published
    (``هذا الخبر بعنوان "TITLE" نشر أولاً على``). Read for its date here and for its site's name
    by etl.credits.relay_note."""
    return (rf"(?:هذا\s+)?{alternation(relay_words('rss_post', 'relay_post'))}\s+{alternation(relay_words('relay_titled'))}\s.*?"
            rf"\s{alternation(relay_words('relay_note'))}")


def stamp_candidates(lines: pl.LazyFrame, lede: pl.LazyFrame | None = None) -> pl.LazyFrame:
    """Head lines that carry a complete date, judged as publication stamps (spec §2).

    A line's first complete date is a candidate when it is
    - labelled: a label (تاريخ النشر، published; آخر تحديث; a crawler's ``date``) ends the
      text before it;
    - a stamp: its segment of the line (between ``|`` or spaced dashes) is short and carries
      besides the date at most a few words, with a time, a weekday or a Hijri equivalent
      (``الموافق``), or nothing at all;
    - a dateline: it opens the first paragraph, after at most a place and a credit, and a
      dash, colon or bracket follows it; or a line of its own above the body: a place and a
      separator before the date (مقديشو-الصومال-22-3-2023), or a line ending with a dash;
    - a byline's date: after its date word, glued to a short signature (a glued last-updated
      stamp may follow it), or closing a line opened by an author label (تقرير: فلان 26 يوليو 2022);
    - a Hijri date and its Gregorian equivalent (الموافق) that open a line above the body.
    The headline (the first line and its repeats) is never a candidate unless labelled or
    nothing but a date; neither is any other sentence of the body. Ranks: publication label
    1; stamp with time, weekday or Hijri date and dateline 2; a bare date line 3; a site-header
    date (first line; a first line of HEADER_BAR_SEGMENTS segments or more, whatever it carries), a crawl stamp and a last-updated line 4; a short caption line that ends
    with a weekday and its date 5. A weekday beside a numeric
    date picks the day-month order that falls on it; a date its weekday contradicts is dropped.
    Unlabelled dated lines after the first paragraph that disagree with each other are a list
    (related articles, a timeline), none of them the article's stamp; so is every unlabelled
    dated line below a related-articles heading (listing_headings.csv) after the first paragraph.
    ``lede``: :func:`first_paragraph` of ``lines``, when the caller has it.
    """
    pats, sp = date_patterns(), stamp_patterns()
    stop = alternation(r["word"] for r in read_csv("credit_words.csv") if r["role"] == "stopword")
    reading = alternation(" ".join(normalize(r["word"]).lower().split()) for r in read_csv("credit_words.csv") if r["role"] == "reading_time")
    wk = {normalize(r["name"]).lower(): int(r["weekday"]) for r in stamp_weekdays()}
    n = pl.col("line").str.len_chars()
    labels = read_csv("date_labels.csv")
    stamp_labels = alternation(r["label"] for r in labels if r["kind"] in ("publication", "update"))
    greg = alternation(r["name"] for r in _months())
    # (an aggregator's relay note: its head (relay_head), the site's name, the date word and the
    # date; the credit is read by etl.credits.relay_note)
    byline_words = [r["label"] for r in labels if r["kind"] == "byline"]
    relay_first = sorted({w.split()[0] for w in relay_words("relay_note")})
    byline_first = sorted({w.split()[0] for w in byline_words})
    # (unbounded lazy runs: a bounded run of any character is a large automaton, and the note is one line)
    relay = rf"^\W*{relay_head()}\s.*?(?:^|\s)(?:{alternation(byline_words)})\s*[:：]?\s*(\S.*)$"
    scrambled = (rf"^([^\w]*(?:{stamp_labels})[\s:]*)([0-9]{{1,2}})\s+([0-2]?[0-9]:[0-5][0-9])\s+({YEAR})\s+({greg})\s*$")
    # (... or the year first, then the day and the month's name: "تاريخ النشر2021 11 July ساعة
    # 12:42", read as day, month and year; after a label only)
    year_first = rf"^([^\w]*(?:{stamp_labels})[\s:]*)({YEAR})\s+([0-9]{{1,2}})\s+({greg})((?:[^\w].*)?)$"
    # Per article: the headline (line 0) and the first paragraph's line, found without window
    # functions (lines come in article and line order; windows over many small groups are slow).
    all_lines = lines
    headline = lines.filter(pl.col("line_no") == 0).select("article_id", pl.col("line").alias("_headline"))
    # (materialised, as are the dated lines below: polars does not share a sub-plan read by
    # several joins, and the stamp search would build each one again for every reader)
    first_long = (first_paragraph(lines) if lede is None else lede).collect(engine=ENGINE).lazy()
    lines = (
        # A year in a short line, or near the start of a paragraph (a dateline, a label):
        # elsewhere in a paragraph a date is prose.
        lines.filter(
            pl.when(n <= STAMP_MAX_CHARS).then(pl.col("line")).otherwise(pl.col("line").str.slice(0, LABEL_MAX_CHARS + 20))
            # (or a day, an English month and a two-digit year: 14-Mar-16)
            .str.contains(r"[0-9٠-٩۰-۹]{4}|[0-9]-[A-Za-z]{3,9}-[0-9]{2}")
            | pl.col("line").str.contains(narrow(TEASER_TAIL))
            # (or an aggregator's relay note, its fetch date at the end of a long line)
            | (pl.col("line").str.contains_any(relay_first) & pl.col("line").str.contains_any(byline_first))
        )
        .join(headline, on="article_id", how="left")
        .join(first_long, on="article_id", how="left")
        .with_columns(
            (pl.col("line_no") == 0).alias("title"),
            (pl.col("line_no") == pl.col("_lede_no")).fill_null(False).alias("lede"),
            (pl.col("line") == pl.col("_headline")).fill_null(False).alias("repeat"),
            (pl.col("line_no") > pl.col("_lede_no")).fill_null(False).alias("after_body"),
            # right above the first paragraph (see own below)
            (pl.col("line_no") == pl.col("_lede_no") - 1).fill_null(False).alias("lede_below"),
        )
        .drop("_headline", "_lede_no")
        # (a line that is nothing but a date written as one number, 20110511, is read as
        # the date with its parts parted)
        # (nor is a reading-time widget's count glued to the year: "5/22/20251 دقيقة قراءة" is
        # 5/22/2025 and one minute's reading)
        # (a tatweel standing alone is a dash, as in the credit lines: "الفاشر 1 أكتوبر 2025 ــ قال ...")
        .with_columns(normalize_expr(pl.col("line").str.replace_all(r"(^|\s)\u0640+(\s|$)", "$1-$2")).str.to_lowercase()
                      .str.replace(COMPACT_DATE, "${1}-${2}-${3}")
                      .str.replace(SPACED_DATE, "${1}-${2}-${3}")
                      # (a labelled stamp whose parts a right-to-left page printed out of order,
                      # ":تحديث 06 09:03 2018 سبتمبر": day, time, year and month name after the label,
                      # read as day, month, year and time; after a label only)
                      .str.replace(narrow(scrambled), "${1}${2} ${5} ${4} ${3}")
                      .str.replace(narrow(year_first), "${1}${3} ${4} ${2}${5}")
                      .str.replace(rf"((?:^|[^0-9])[0-9]{{4}})([0-9]{{1,2}}\s*(?:{reading}))", "${1} ${2}").alias("norm"))
        # (the first paragraph closed by a teaser's dated credit is read for that tail alone)
        .with_columns(pl.when(pl.col("lede") & pl.col("norm").str.contains(narrow(TEASER_TAIL)))
                      .then(pl.col("norm").str.extract(narrow(TEASER_TAIL), 1)).otherwise(pl.col("norm")).alias("norm"))
        # (an aggregator's relay note, "... نشر أولاً على موقع X وتم جلبه من مصدره الأصلي بتاريخ
        # 21 نيسان 2025.", is read for its date alone: the day the story was fetched from the site
        # that first published it, a stamp of last resort)
        .with_columns(pl.col("norm").str.extract(narrow(relay), 1).alias("_relay"))
        .with_columns(pl.coalesce("_relay", "norm").alias("norm"), pl.col("_relay").is_not_null().alias("relay"))
        .drop("_relay")
        .filter(pl.col("norm").str.contains(narrow(pats["full"])) & ~pl.col("norm").str.contains(narrow(EMBEDDED_POST)))
        .collect(engine=ENGINE).lazy()
    )
    # A listing heading matters only where a dated line follows the first paragraph: looking
    # for one in those few articles alone keeps the search off most lines of the corpus.
    below = all_lines.join(lines.filter(pl.col("after_body")).select("article_id").unique(), on="article_id", how="semi")
    lines = (
        lines.join(listing_starts(below, first_long), on="article_id", how="left")
        .with_columns((pl.col("line_no") > pl.col("_listing_no")).fill_null(False).alias("in_listing"))
        .drop("_listing_no")
        .join(below_listing_heading(all_lines, lines.select("article_id", "line_no")), on=["article_id", "line_no"], how="left")
        .with_columns(pl.col("ticker").fill_null(False))
    )
    # (the line above each dated line, normalised: a founding word may end it. Joined onto the
    # dated lines as they are and normalised after the join: a frame of the dated lines' numbers
    # joined back would read `lines` a second time, and polars built its whole plan twice)
    above = all_lines.select("article_id", (pl.col("line_no") + 1).alias("line_no"), pl.col("line").alias("_prev_line"))
    # (and the line below it: a short byline opened by an author label, كتب فلان, binds the
    # stamp above it to the article)
    # (only lines short enough to be one are joined)
    under = (all_lines.filter(pl.col("line").str.len_chars() <= BYLINE_MAX_CHARS)
             .select("article_id", (pl.col("line_no") - 1).alias("line_no"), pl.col("line").alias("_next_line")))
    lines = (
        lines.join(above, on=["article_id", "line_no"], how="left")
        .with_columns(normalize_expr(pl.col("_prev_line").str.slice(-LABEL_MAX_CHARS)).str.to_lowercase())
        .join(under, on=["article_id", "line_no"], how="left")
        .with_columns((normalize_expr(pl.col("_next_line")).str.to_lowercase().str.contains(narrow(sp["author_open"])))
                      .fill_null(False).alias("byline_below"))
        .drop("_next_line")
    )
    marked = pl.col("norm").str.replace(narrow(pats["full"]), "\x00").str.split("\x00")
    prefix, suffix = pl.col("_pre"), pl.col("_suf")
    # (a date under the time, "الجمعة 20 ديسمبر 2024 في 03:21 ص": the stamp's "at", no sentence's "in")
    at_time = r"^(\s*[,،]?\s*)(?:في|فى)(\s+[0-2]?[0-9]:[0-5][0-9])"
    # (a second date beside the first is a stamp's too: "30 أبريل 2017 آخر تحديث: الأحد 30 أبريل 2017")
    rest = lambda e: e.str.replace_all(narrow(pats["full"]), " ").str.replace_all(narrow(sp["hijri"]), " ").str.replace_all(narrow(sp["chrome"]), " ")
    cand = (
        lines.with_columns(
            pl.col("norm").str.extract_groups(narrow(pats["full"])).alias("g"),
            marked.list.get(0).alias("_pre"), marked.list.get(1, null_on_oob=True).fill_null("").alias("_suf"),
        )
        # The time and weekday of a stamp stand beside its date; farther on they are prose.
        .with_columns(pl.concat_str([prefix.str.slice(-NEAR_CHARS), pl.lit(" | "), suffix.str.slice(0, NEAR_CHARS)]).alias("_near"))
        .with_columns(
            pl.col("_near").str.extract_groups(narrow(pats["time"])).alias("t"),
            # (a weekday after the date counts when no word stands between them: in "27 سبتمبر
            # 2020 م (صونا) – ارتفعت، السبت" it is the first sentence's day, not the stamp's)
            pl.coalesce(prefix.str.slice(-NEAR_CHARS).str.extract(narrow(sp["weekday"]), 1),
                        suffix.str.slice(0, NEAR_CHARS).str.extract(narrow(sp["weekday_after"]), 1)).alias("wd_name"),
        )
        .unnest("g", "t")
        .with_columns(
            prefix.str.replace(rf"^.*(?:{sp['segment_break']})", "").alias("_pseg"),
            suffix.str.replace(rf"(?:{sp['segment_break']}).*$", "").str.replace(at_time, "${1}${2}").alias("_sseg"),
            prefix.str.extract(narrow(sp["label_end"]), 1).alias("label"),
        )
        .with_columns(
            # After the article's text a segment does not shelter the words of its line: a
            # subheading of the body (أسعار الصرف في السوق – 14 سبتمبر 2025:) is no stamp.
            pl.when(pl.col("after_body")).then(_words(rest(prefix)) + _words(rest(suffix)))
            .otherwise(_words(rest(pl.col("_pseg"))) + _words(rest(pl.col("_sseg")))).alias("rest"),
            pl.col("hh").is_not_null().alias("has_time"),
            pl.col("wd_name").is_not_null().alias("has_weekday"),
            (pl.col("_pseg").str.contains(sp["hijri"]) | pl.col("_sseg").str.contains(sp["hijri"])).alias("has_hijri"),
        )
    )
    evidence = pl.col("has_time") | pl.col("has_weekday") | pl.col("has_hijri")
    labelled = pl.col("label").is_not_null() & (prefix.str.len_chars() <= LABEL_MAX_CHARS)
    publication = labelled & pl.col("label").str.contains(sp["publication"])
    # The words a stamp carries besides its date are names (an outlet, a place, a writer, a
    # section); a preposition or a pronoun among them makes them a sentence's ("قتلى في حلب
    # الاثنين 5 يونيو 2020": a caption or a line of the body, however short).
    # (but "في" right before the date is a byline's "on": "عدن - سعد محمود في الأحد 8 سبتمبر 2024",
    # also with its colon: "كتب في : الخميس 21 سبتمبر 2017")
    prose = pl.concat_str([rest(pl.col("_pseg")).str.replace(r"(?:^|\s)(?:في|فى)\s*[:：]?\s*$", ""), pl.lit(" "), rest(pl.col("_sseg"))]).str.contains(
        narrow(rf"(?:^|[^\w])(?:{stop})(?:[^\w]|$)"))
    stamp = (
        (pl.col("line").str.len_chars() <= STAMP_MAX_CHARS) & (prefix.str.len_chars() <= LABEL_MAX_CHARS)
        & ~pl.col("norm").str.contains(r"[.!؟?]\s*$")  # a sentence, not a stamp
        & ((pl.col("rest") == 0) | ((pl.col("rest") <= STAMP_MAX_WORDS) & evidence & ~prose))
    )
    # A date and its time that open a line above the first paragraph: a stamp, whatever the
    # scraper glued after it (11 تشرين الثاني 2018 02:57م <the headline>)
    opening_stamp = (
        (pl.col("line").str.len_chars() <= STAMP_MAX_CHARS) & (prefix.str.strip_chars() == "") & pl.col("has_time")
        & suffix.str.contains(narrow(rf"^\s*(?:{pats['time']})")) & ~pl.col("after_body") & ~pl.col("lede")
    )
    pre_words = _words(rest(prefix.str.replace_all(r"[()\[\]/|:.،,\-–—]", " ")))
    # (a byline's "on" before the date and its weekday, "فلان - القاهرة في الجمعة 22 أغسطس
    # 2025 03:20 مساء -": no sentence's "in", read without it)
    weekdays = alternation(r["name"] for r in stamp_weekdays())
    # (after a byline's parts only: a name and a place parted by a dash, colon or slash)
    # (or after a known place alone: "الدوحة في 12 مارس 2019 /قنا/ ...", the Gulf agencies'
    # "CITY on DATE /AGENCY/", the credit's separator after the date)
    lede_prefix = pl.when(prefix.str.contains(r"[-–—/:]") | prefix.str.contains(rf"^\s*(?:{alternation(_dateline_places())})\s+(?:في|فى)\s*$")).then(
        prefix.str.replace(rf"(?:^|\s)(?:في|فى)(?:\s+(?:{weekdays}))?[\s,،]*$", " ")).otherwise(prefix)
    lede_words = _words(rest(lede_prefix.str.replace_all(r"[()\[\]/|:.،,\-–—]", " ")))
    time_first = prefix.str.contains(rf"^\s*{sp['time']}\s*[-–—|،,]?\s*$")
    # "today" or "yesterday" and a weekday before the date: the date glosses a sentence's day
    # ("أعلن الجيش اليوم الخميس (9 يونيو 2016)"، "يسود اليوم الاثنين الموافق ..."), no dateline
    adverbs = alternation(normalize(r["word"]).lower() for r in read_csv("credit_words.csv") if r["role"] == "time_adverb")
    sentence_day = rf"(?:^|[^\w])(?:{adverbs})\s+(?:{alternation(r['name'] for r in stamp_weekdays())})(?:[^\w]|$)"
    dateline = (
        pl.col("lede") & (prefix.str.len_chars() <= DATELINE_MAX_CHARS) & (lede_words <= STAMP_MAX_WORDS)
        & ~lede_prefix.str.contains(narrow(rf"(?:^|[^\w]){stop}(?:[^\w]|$)")) & ~prefix.str.contains(narrow(sentence_day))
        # A date that opens the paragraph by itself is a dateline; after a bullet it is a timeline.
        # (also after its time alone: "16:18 - 21 أغسطس 2022قتل تسعة ...", the stamp glued
        # to the first word)
        & ((prefix.str.strip_chars() == "") | time_first
           # (a credit's one word may stand between the date and its separator: "رام الله
           # 14-8-2008 وفا- قال ...")
           # (or its time: "... 22 أغسطس 2025 03:20 مساء - تتوقع ...")
           # (or its weekday right before it, after a credit's separator: "كابول سانا-الثورة
           # أخبار الثلاثاء 9-12-2014 بعد ...", the dateline's stamp glued to the first words)
           | ((lede_words > 0) & prefix.str.contains(r"[-–—/:]") & prefix.str.contains(narrow(rf"(?:^|[^\w])(?:{weekdays})\s*$")))
           | ((lede_words > 0) & (pl.col("has_hijri") | suffix.str.contains(
               narrow(rf"^\s*(?:م|ء|ه)?\s*(?:{sp['time']}\s*(?:صباحا|مساءا|مساء|ص|م|am|pm)?\s*)?(?:[^\W\d_]+\s*)?[-–—:()/]")))))
        # a date and a colon that open the paragraph are a list's entry ("14 فبراير 2005: اغتيال
        # ...", a timeline), not a dateline
        & ~((prefix.str.strip_chars() == "") & suffix.str.contains(r"^\s*(?:م|ء)?\s*:"))
    )
    # A short line that ends with a dash is a dateline of the paragraph below it, even as the
    # page's first line (العراق، 23 مارس 2014، وكالات –): a headline does not end with a dash.
    dash_line = (
        (pl.col("line").str.len_chars() <= DATELINE_MAX_CHARS) & ~pl.col("after_body")
        & pl.col("norm").str.contains(r"[-–—]\s*$") & (pre_words <= STAMP_MAX_WORDS)
        & (_words(rest(suffix.str.replace_all(r"[()\[\]/|:.،,\-–—]", " "))) <= STAMP_MAX_WORDS)
        & ~prefix.str.contains(narrow(rf"(?:^|[^\w]){stop}(?:[^\w]|$)"))
    )
    # A byline that ends with its date: "كتبها فلان بتاريخ 2023/03/27" (the date word right
    # before the date), or a signature glued to the date, as scrapers join a byline and its
    # stamp ("كاينابريس18 أكتوبر 2023": prose always spaces a word from a number).
    # (a last-updated stamp after the byline's date is a stamp of its own, not the byline's words)
    own_suffix = suffix.str.replace(narrow(sp["later_stamp"]), "")
    bare_line = (pl.col("line").str.len_chars() <= STAMP_MAX_CHARS) & ~pl.col("norm").str.contains(r"[.!؟?]\s*$") & (_words(rest(own_suffix)) == 0)
    # (after the date word the date may end its segment of a stamp bar instead of the line:
    # "X بتاريخ: 26-08-2017 | 7 سنوات مضت القراءات : (2381)", a counter after the pipe)
    bare_segment = (
        (pl.col("line").str.len_chars() <= STAMP_MAX_CHARS) & ~pl.col("norm").str.contains(r"[.!؟?]\s*$")
        & suffix.str.contains(r"\|") & (_words(rest(pl.col("_sseg").str.replace(narrow(sp["later_stamp"]), ""))) == 0)
    )
    signed = ~pl.col("title") & ~pl.col("after_body") & (
        ((bare_line | bare_segment) & prefix.str.contains(narrow(sp["byline_end"])))
        | (bare_line & prefix.str.contains(narrow(r"[^\W\d_]$")) & (pre_words <= SIGNED_MAX_WORDS) & ~prefix.str.contains(narrow(rf"(?:^|[^\w]){stop}(?:[^\w]|$)")))
    )
    # A byline opened by its author label that ends with its date: "تقرير: فلان 26 يوليو 2022م"
    # (the label and a name of up to STAMP_MAX_WORDS words).
    byline_dated = (
        bare_line & ~pl.col("title") & ~pl.col("after_body") & prefix.str.contains(narrow(sp["author_open"]))
        & (pre_words <= STAMP_MAX_WORDS + 1) & ~prefix.str.contains(narrow(rf"(?:^|[^\w]){stop}(?:[^\w]|$)"))
    )
    # A dateline line of its own: a place, a separator and the date, nothing after it
    # (مقديشو-الصومال-22-3-2023, القاهرة - 5 مايو 2020), above the first paragraph.
    # (a colon parts them only when each part is a known place: "أبوجا: نيجيريا: 4 ديسمبر 2021";
    # "موعد الاقتراع: 4 ديسمبر 2021" is a heading's)
    places = alternation(_dateline_places())
    place_colons = rf"^\s*{places}(?:\s*[:：\-–—/،,]\s*{places})*\s*[:：]\s*$"
    place_line = (
        (pl.col("line").str.len_chars() <= DATELINE_MAX_CHARS) & ~pl.col("title") & ~pl.col("after_body")
        & (prefix.str.contains(narrow(sp["place_sep"])) | prefix.str.contains(narrow(place_colons))) & (pre_words <= PLACE_MAX_WORDS)
        & ~prefix.str.contains(narrow(rf"(?:^|[^\w]){stop}(?:[^\w]|$)")) & (_words(rest(suffix)) == 0)
        & ~pl.col("norm").str.contains(r"[.!؟?:]\s*$")
    )
    # ... or a known place and the date, alone or with the credit after a separator (a word to
    # three: نيروبي 5 مارس 2004م—IRIN، القاهرة 5 مايو 2020 (أ ش أ)), above the first paragraph:
    # a dateline on a line of its own (an unknown word before the date may be a headline's)
    credited_line = (
        (pl.col("line").str.len_chars() <= DATELINE_MAX_CHARS) & ~pl.col("title") & ~pl.col("after_body")
        & prefix.str.strip_chars(" \t").str.replace_all(r"\s+", " ").is_in(_dateline_places())
        & suffix.str.contains(narrow(r"^\s*(?:م|ء)?\s*(?:[-–—/(:]+\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*\)?)?\s*[-–—:]?\s*$"))
    )
    # ... or a credit between brackets, the date (its weekday before it) and at most a place
    # after a separator ("((المنبر)) الأحد 5 مايو 2020 / عدن", "(سبأ) 5 مايو 2020"): a
    # dateline line of its own, also as the page's first line (a headline opens with no
    # bracketed name before a date)
    bracket_line = (
        (pl.col("line").str.len_chars() <= DATELINE_MAX_CHARS) & ~pl.col("after_body") & ~pl.col("lede")
        & prefix.str.contains(narrow(BRACKETED_CREDIT.format(weekdays=weekdays))) & (pre_words <= STAMP_MAX_WORDS)
        & ~prefix.str.contains(narrow(rf"(?:^|[^\w]){stop}(?:[^\w]|$)"))
        & suffix.str.contains(narrow(r"^\s*(?:م|ء)?\s*(?:[-–—/]+\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2})?\s*[-–—:]?\s*$"))
    )
    # A line that opens with a Hijri date and its Gregorian equivalent (الإثنين 14 صفر 1438
    # الموافق 14 نوفمبر 2016 …): a stamp, whatever credit follows it.
    hijri_line = (
        (pl.col("line").str.len_chars() <= STAMP_MAX_CHARS) & ~pl.col("title") & ~pl.col("after_body")
        & prefix.str.contains(narrow(sp["hijri"])) & prefix.str.contains(narrow(sp["hijri_open"])) & (_words(rest(prefix)) == 0)
    )
    # A site's founding date, after its word on the line or at the end of the line above
    # ("جريدة الكترونية تأسست / 1/1/2015", "founded in 2015"), is never a publication date.
    founded_words = alternation(sorted({normalize(r["label"]).lower() for r in read_csv("date_labels.csv") if r["kind"] == "founded"}))
    founded_end = rf"(?:^|[^\w])(?:{founded_words})(?:\s+(?:في|فى|in|on|عام|سنة))?[\s:،,\-–—]*$"
    founded = prefix.str.contains(narrow(founded_end)) | (
        (prefix.str.strip_chars() == "") & pl.col("_prev_line").fill_null("").str.contains(narrow(founded_end)))
    headline = pl.col("title") | pl.col("repeat")
    # A date that opens a short line and a list of tags parted by commas after it, no word of
    # a sentence among them (2025/10/01 أخبار, تونس, مجتمع): a post's date and its categories,
    # also where the page's first line is that meta line
    tagged = (
        (pl.col("line").str.len_chars() <= STAMP_MAX_CHARS) & (prefix.str.strip_chars() == "") & ~pl.col("after_body")
        & ~pl.col("lede") & suffix.str.contains(narrow(TAG_LIST)) & ~suffix.str.contains(narrow(rf"(?:^|[^\w])(?:{stop})(?:[^\w]|$)"))
    )
    # A first line of several segments (editor, clock, date, Hijri date, weather) is the
    # site's header bar: its date is the day of the visit, a stamp of last resort.
    header_bar = pl.col("title") & (pl.col("norm").str.count_matches(r"\|") >= HEADER_BAR_SEGMENTS - 1)
    # A photo caption that ends with the day it shows (… مساء الاثنين 26 تموز 2021): the
    # date of last resort. With a clock time it is a listing's stamp (a teaser of another
    # story: Trending, related articles), not a caption.
    caption = (
        (pl.col("line").str.len_chars() <= CAPTION_MAX_CHARS) & pl.col("has_weekday") & ~pl.col("has_time")
        & (_words(rest(suffix)) == 0) & ~pl.col("norm").str.contains(r"[.!؟?]\s*$")
        # (today's weekday before the date glosses a heading's day, "أسعار العملات اليوم الأحد
        # 19\11\2023": the body's subject, no photo's day)
        & ~prefix.str.contains(narrow(sentence_day))
    )
    # A post's meta line above the text: its section's word, the date and a comment count
    # (الأخبار 15 مايو 2016 0), nothing else
    sections = alternation(normalize(r["word"]).lower() for r in read_csv("credit_words.csv") if r["role"] == "section")
    meta_line = (
        (pl.col("line").str.len_chars() <= LISTING_MAX_CHARS) & ~pl.col("title") & ~pl.col("after_body") & ~pl.col("lede")
        & prefix.str.contains(narrow(rf"^\W*(?:ال)?{sections}\s+$")) & suffix.str.contains(r"^\s*[0-9]{1,4}\s*$")
    )
    # A date and after it a place, a section's label (the story's category, "28/11/2021 العراق")
    # or a known outlet's name, nothing else, on a line of its own above the first paragraph: a
    # stamp and its category or credit, as a bare date line is
    category_line = (
        (pl.col("line").str.len_chars() <= DATELINE_MAX_CHARS) & ~pl.col("title") & ~pl.col("after_body") & ~pl.col("lede")
        & (prefix.str.strip_chars() == "")
        & (suffix.str.strip_chars().str.replace_all(r"\s+", " ").is_in(_dateline_places() + list(_spellings()[0]))
           | suffix.str.contains(rf"^\s*(?:ال)?{sections}\s*$"))
    )
    rank = (
        pl.when(founded).then(None)
        .when(publication).then(RANK_LABEL)
        .when(pl.col("relay")).then(RANK_WEAK)
        # below a related-articles heading the dates are the other articles'
        .when(pl.col("in_listing") & ~labelled).then(None)
        .when(labelled | header_bar).then(RANK_WEAK)
        # a date right below a latest-news heading above the text (أحدث الأخبار / الخميس 25
        # نيسان 2024) is the site header's, the day of the visit: a stamp of last resort
        .when(pl.col("ticker") & ~pl.col("after_body")).then(RANK_WEAK)
        .when(dateline | signed | dash_line | byline_dated | place_line | credited_line | hijri_line | bracket_line).then(RANK_STAMP)
        .when(tagged | meta_line | category_line).then(RANK_PURE)
        # (a first line of a date, its time and its Hijri equivalent is a site header's shape,
        # maybe the day of the visit: any stamp of the article's below it wins, "الأحد 22 مارس
        # 2026 07:11 ص 3 شوال 1447 هـ" above the headline and "الثلاثاء 29 مارس 2016 02:15 ص ...")
        .when(headline & (pl.col("rest") == 0) & pl.col("has_time") & pl.col("title")
              # (its Hijri date may stand in a segment of its own: "الجمعة: 27 أبريل، 2018 - 11
              # شعبان 1439 - 06:31 صباحاً" above a section's line and the article's stamp)
              & (pl.col("has_hijri") | pl.col("norm").str.contains(sp["hijri"]))).then(RANK_PURE)
        .when(headline & (pl.col("rest") == 0) & pl.col("has_time")).then(RANK_STAMP)
        .when(headline & (pl.col("rest") == 0)).then(RANK_WEAK)
        .when(headline).then(None)
        .when((stamp & evidence) | opening_stamp).then(RANK_STAMP)
        .when(stamp).then(RANK_PURE)
        .when(caption).then(RANK_CAPTION)
    )
    cand = resolve_date_groups(cand.with_columns(rank.alias("rank"), (stamp | labelled | opening_stamp | (dateline & time_first)).alias("is_stamp")).drop_nulls("rank"))
    # A weekday settles the order of an ambiguous numeric date, and rules out a date it contradicts.
    wd = pl.col("wd_name").replace_strict(list(wk), list(wk.values()), default=None, return_dtype=pl.Int32)
    as_read = safe_date(pl.col("year"), pl.col("month"), pl.col("day"))
    swapped = pl.when(pl.col("nd").is_not_null() | pl.col("id").is_not_null()).then(safe_date(pl.col("year"), pl.col("day"), pl.col("month")))
    date = (
        # without a weekday, day-month first; a reading that names no day (8/21/2021: no
        # 21st month) leaves the other order, the only date the numbers can be
        pl.when(wd.is_null()).then(pl.coalesce(as_read, swapped))
        .when(as_read.dt.weekday() == wd).then(as_read)
        .when(swapped.dt.weekday() == wd).then(swapped)
    )
    # (materialised: the list test below reads the candidates a second time)
    cand = cand.with_columns(date.alias("date")).drop_nulls("date").collect(engine=ENGINE).lazy()
    # A first line that is nothing but a date and its time is a site header's shape (the day
    # of the visit) as much as the article's: a stamp with its time below it, above the first
    # paragraph and right above a byline (الأربعاء 20 سبتمبر 2017 05:30 م / كتب فلان), is the
    # article's own and wins; so does one right above the first paragraph with more than the
    # headline between it and the first line (the header's date bar, the site's masthead and
    # menu, the headline, the article's stamp; a date right above the headline may be the
    # article's own, printed above it)
    own = (
        cand.filter(~pl.col("title") & ~pl.col("after_body") & (pl.col("rank") == RANK_STAMP) & pl.col("has_time")
                    & (pl.col("byline_below") | (pl.col("lede_below") & (pl.col("line_no") >= HEADER_MENU_LINE))))
        .select("article_id").unique().with_columns(pl.lit(True).alias("_own_below"))
    )
    header = pl.col("title") & (pl.col("rank") == RANK_STAMP) & (pl.col("rest") == 0) & pl.col("_own_below").fill_null(False)
    cand = (
        cand.join(own, on="article_id", how="left")
        .with_columns(pl.when(header).then(pl.lit(RANK_PURE)).otherwise(pl.col("rank")).alias("rank"))
        .drop("_own_below")
    )
    # Dated lines after the first paragraph that disagree (related articles, comments, a
    # timeline) are a list, not the article's stamp; a label still names its own.
    listed = (
        cand.filter(pl.col("after_body") & pl.col("label").is_null())
        .group_by("article_id").agg(pl.col("date").n_unique().alias("_dates"))
        .filter(pl.col("_dates") > 1).select("article_id", pl.lit(True).alias("_listed"))
    )
    return (
        cand.join(listed, on="article_id", how="left")
        .filter(~(pl.col("after_body") & pl.col("label").is_null() & pl.col("_listed").fill_null(False)))
        .drop("_listed")
    )


def _hour24(hh: pl.Expr, ap: pl.Expr) -> pl.Expr:
    """A 12-hour time with its mark (ص/م, صباحا/مساء, am/pm) on the 24-hour clock."""
    pm = ap.is_in(["م", "مساء", "مساءا", "pm", "p.m", "p.m."])
    am = ap.is_in(["ص", "صباحا", "am", "a.m", "a.m."])
    return pl.when(pm & (hh < 12)).then(hh + 12).when(am & (hh == 12)).then(0).otherwise(hh)


TODAY_PARAGRAPHS = 2   # the opening paragraphs, where a report states its own today


def today_weekdays(lines: pl.LazyFrame, lede: pl.LazyFrame | None = None) -> pl.LazyFrame:
    """``article_id`` → ``_today``: the weekday a line names as the text's own today
    (اليوم الأحد، اليوم، الأحد), from weekdays.csv's names as written (the raw line: normalising
    every line that says "today" would cost more than the rest of the stamp search). A weekday
    before a number heads a date (اليوم الأحد 5 مايو), not a today of its own. ``lede``:
    :func:`first_paragraph` of ``lines``, when the caller has it."""
    days = {}
    for r in read_csv("weekdays.csv"):  # each name as listed and normalised (الأحد، الاحد)
        for name in (r["name"], normalize(r["name"])):
            days[name] = int(r["weekday"])
    names = "|".join(re.escape(w) for w in sorted(days, key=lambda w: (-len(w), w)))
    # the today word as listed (weekday_cues.csv, role today): matched on the raw line
    (today,) = [r["word"] for r in read_csv("weekday_cues.csv") if r["role"] == "today"]
    pat = rf"(?:^|[^\w]){re.escape(today)}\s*[،,]?\s*(?P<wd>{names})(?P<nx>\s*[،,]?\s*[0-9٠-٩]+)?(?:[^\w]|$)"
    # Only the text's opening (its first TODAY_PARAGRAPHS lines from the first paragraph on)
    # speaks of its own today: a later paragraph may quote an earlier report's (من اليوم السبت).
    lede = first_paragraph(lines) if lede is None else lede
    return (
        lines.filter(pl.col("line").str.contains(today, literal=True))
        .join(lede, on="article_id", how="inner")
        .filter(pl.col("line_no").is_between(pl.col("_lede_no"), pl.col("_lede_no") + TODAY_PARAGRAPHS - 1))
        .select("article_id", pl.col("line").str.extract_all(narrow(pat)).alias("_m"))
        .explode("_m").drop_nulls("_m")
        .with_columns(pl.col("_m").str.extract_groups(narrow(pat)).alias("g")).unnest("g")
        .filter(pl.col("nx").is_null())
        .select("article_id", pl.col("wd").replace_strict(list(days), list(days.values()), default=None, return_dtype=pl.Int32).alias("_today"))
        .drop_nulls("_today")
    )


HIJRI_LINES = 4          # a Hijri date alone on its line, among the first lines, is the page's stamp


@lru_cache(maxsize=None)
def _hijri_months() -> pl.DataFrame:
    """(year, month) → the Gregorian date the Hijri month starts on and its length (Umm al-Qura)."""
    rows = read_csv("hijri_months.csv")
    return pl.DataFrame({
        "_hy": [int(r["year"]) for r in rows], "_hm": [int(r["month"]) for r in rows],
        "_start": [r["gregorian_start"] for r in rows], "_days": [int(r["days"]) for r in rows],
    }).with_columns(pl.col("_start").str.to_date())


def hijri_dates(lines: pl.LazyFrame) -> pl.LazyFrame:
    """``article_id`` → ``hijri_date``: a Hijri date alone on one of the first HIJRI_LINES lines
    (a weekday and the era's mark beside it at most: "17 جمادى الثانية 1426", "الأحد 4 شعبان
    1425 هـ"), in the Gregorian calendar (Umm al-Qura, data/reference/hijri_months.csv). A
    site that states no Gregorian date stamps its pages so; the publication date of last
    resort."""
    months = [r for r in read_csv("months.csv") if r["family"] == "hijri"]
    names = {" ".join(normalize(r["name"]).lower().split()): int(r["month"]) for r in months}
    weekday = alternation(r["name"] for r in stamp_weekdays())
    pattern = (rf"^[^\w]*(?:(?:{weekday})[^\w]+)?(?P<d>[0-9]{{1,2}})\s*(?P<m>{alternation(names)})\s*(?P<y>1[34][0-9]{{2}})"
               r"\s*(?:ه|هـ|هق)?[^\w]*$")
    # (a short line only: the pattern is anchored at both ends)
    found = (
        lines.filter((pl.col("line_no") < HIJRI_LINES) & (pl.col("line").str.len_chars() <= 40))
        .with_columns(normalize_expr(pl.col("line")).str.to_lowercase().str.extract_groups(narrow(pattern)).alias("_g"))
        .unnest("_g")
        .drop_nulls("y")
        .sort("article_id", "line_no")
        .group_by("article_id", maintain_order=True)
        .first()
        .select("article_id", pl.col("y").cast(pl.Int32).alias("_hy"),
                pl.col("m").str.replace_all(r"\s+", " ").replace_strict(list(names), list(names.values()), default=None).cast(pl.Int32).alias("_hm"),
                pl.col("d").cast(pl.Int32).alias("_hd"))
    )
    return (
        found.join(_hijri_months().lazy().with_columns(pl.col("_hy").cast(pl.Int32), pl.col("_hm").cast(pl.Int32)), on=["_hy", "_hm"], how="inner")
        .filter(pl.col("_hd").is_between(1, pl.col("_days")))
        .select("article_id", (pl.col("_start") + pl.duration(days=pl.col("_hd") - 1)).alias("hijri_date"))
    )


def published(articles: pl.LazyFrame) -> pl.LazyFrame:
    """``article_id`` → ``published_date``, ``published_at`` from the text alone: the best
    ranked :func:`stamp_candidates` (first in the text among equals). ``published_at`` only
    when that stamp states a time. ``articles`` may be the articles or their :func:`head_lines`."""
    lines = head_lines(articles)
    # (each article's first paragraph, found once for the stamps and the text's "today")
    lede = first_paragraph(lines).collect(engine=ENGINE).lazy()
    cands = stamp_candidates(lines, lede)
    # A site header's date of last resort whose weekday the text's own
    # "today" contradicts (the header's السبت above "قال اليوم الأحد") is the day of the visit,
    # not the article's: dropped where no "today" of the text falls on it.
    # (the literal test keeps this off the plan's candidates: reading them twice would build them twice)
    today = today_weekdays(lines, lede).group_by("article_id").agg(pl.col("_today").unique().alias("_todays"))
    contradicted = (
        # (a site header's shape: a Hijri equivalent or a bar beside the date; a bare weekday
        # and date above the headline, its time on the next line, may be the article's stamp)
        (pl.col("rank") == RANK_WEAK) & (pl.col("has_hijri") | pl.col("norm").str.contains("|", literal=True))
        & pl.col("_todays").is_not_null()
        & ~pl.col("_todays").list.contains(pl.col("date").dt.weekday().cast(pl.Int32))
    )
    # A numeric date with no weekday beside it whose day-month reading the text's own "today"
    # contradicts, and whose month-day reading falls on it, is in the outlet's month-day order
    # (11-03-2024 above "قال اليوم الأحد": Sunday 3 November, not Monday 11 March).
    on_today = lambda d: pl.col("_todays").list.contains(d.dt.weekday().cast(pl.Int32)).fill_null(False)
    other = pl.when((pl.col("nd").is_not_null() | pl.col("id").is_not_null()) & pl.col("wd_name").is_null()).then(
        safe_date(pl.col("year"), pl.col("day"), pl.col("month")))
    month_first = other.is_not_null() & (other != pl.col("date")) & on_today(other) & ~on_today(pl.col("date"))
    best = (
        cands.join(today, on="article_id", how="left")
        .filter(~contradicted)
        .with_columns(pl.when(month_first).then(other).otherwise(pl.col("date")).alias("date"))
        .sort("article_id", "rank", "line_no")
        .group_by("article_id", maintain_order=True)
        .first()
    )
    hh = _hour24(pl.col("hh").cast(pl.Int32, strict=False), pl.col("ap"))
    at = pl.when(pl.col("hh").is_not_null() & pl.col("is_stamp") & hh.is_between(0, 23)).then(
        pl.col("date").cast(pl.Datetime("us")) + pl.duration(hours=hh, minutes=pl.col("mi").cast(pl.Int32))
    )
    stated = best.select("article_id", pl.col("date").alias("published_date"), at.alias("published_at"))
    # a Hijri date alone where no Gregorian date is stated
    hijri = hijri_dates(lines).join(stated, on="article_id", how="anti")
    return pl.concat([stated, hijri.select("article_id", pl.col("hijri_date").alias("published_date"),
                                           pl.lit(None, pl.Datetime("us")).alias("published_at"))])


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
        pl.when(pl.col("granularity") == "day").then(safe_date(pl.col("year_resolved"), pl.col("month"), pl.col("day")))
        .when(pl.col("granularity") == "month").then(safe_date(pl.col("year_resolved"), pl.col("month"), pl.lit(1)))
        .otherwise(safe_date(pl.col("year_resolved"), pl.lit(1), pl.lit(1))).alias("date"),
    ).filter(pl.col("date").is_not_null()).select(columns)
    return pl.concat([dated, weekday_mentions(sentences, published_dates).select(columns)])


WEEKDAY_CUE = r"(?:يوم|اليوم|مساء|صباح|ليله|فجر|ظهر|عصر)"


def weekday_mentions(sentences: pl.LazyFrame, published_dates: pl.LazyFrame) -> pl.LazyFrame:
    """``يوم الاثنين`` and the like, resolved to the latest such day on or before the
    publication date (news reports past days); left out when the article has no date or
    when the weekday heads an explicit date (السبت 29 يونيو)."""
    # Only weekdays.csv's definite names: a bare أحد or جمعة after a cue is a word, not a day
    # (bare and English names are for stamps: stamp_weekdays.csv).
    days = {normalize(r["name"]): int(r["weekday"]) for r in read_csv("weekdays.csv")}
    pat = rf"(?:^|[^\w]){WEEKDAY_CUE}\s+(?P<wd>{alternation(days)})(?P<nx>\s+[0-9])?"
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
