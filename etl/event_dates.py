"""When each figure's event happened, as far as its sentence says (extract stage).

The publication date may come from the manifest, which is known only at publish; so here each
figure gets the date expression of its sentence in a form SQL can resolve later
(sql/marts/figure_events.sql):
- ``explicit``: a stated date (``في السابع من يوليو``, ``12/3/2015``): day, month and the year
  when stated; day or month granularity. Not a date after منذ/حتى/بحلول (a period's bound)
  nor one followed by المقبل (a future date);
- ``offset``: a day relative to publication (أمس -1, اليوم 0, أول أمس -2, الليلة الماضية -1;
  data/reference/relative_dates.csv);
- ``weekday``: a weekday (يوم الأحد, مساء الأحد): the latest such day on or before publication,
  the one before when followed by الماضي (data/reference/weekday_cues.csv);
- ``week`` / ``month``: الأسبوع الماضي, الشهر الجاري (week or month granularity);
- ``same_day`` (وفي اليوم نفسه): the article's last date expression before it; ``then`` (وقتل
  حينها، آنذاك، في العام نفسه) likewise, a month or a year too, where the sentence states no other date;
- a year alone after في/عام/خلال (``في 1993``): a past event, year granularity
  (data/reference/event_date_cues.csv ``year_before``).
A date that dates a statement rather than the event (``ev_report``: right after a reporting
verb, ``قالت أمس``, or a day word right before أن, ``أعلن … أمس أن``, not a calendar date there,
``مقتل 21 في 18 مارس، إن``, which ends a clause told inside the statement; event_date_cues.csv; and every date
side by side with one: ``أفاد مصدر اليوم الجمعة بمقتل``) loses to any other date of the
sentence, and in the headline and lead to an earlier event day of another lead sentence, which
then also dates the lead's figures whose sentences date only the statement. When a sentence has several, those near the figure compete: an explicit day wins, then a
weekday, then a relative day, then an explicit month, a week, a month; the nearest on ties. A sentence with none takes
the day stated by the nearest dated sentence just before it (its paragraph's last
date_carry_paragraph sentences after any turn to another matter, or the one sentence before
it across a line break: place_thresholds.csv; not a statement's date, a month, a year, a day
after منذ, nor into a sentence that spans a period with منذ), else the first of the article's
headline and lead (the story's date; place_thresholds.csv lead_sentences, counted without
blank lines and without an agency's initials split at their dots, أ. ف. ب), and ``ev_scope`` says which (sentence, context: its paragraph; article: the
story's or another paragraph's, which a figure placed in another country does not take).
"""

from __future__ import annotations

from functools import lru_cache

import polars as pl

from .metadata import _months, alternation, date_patterns, resolve_date_groups
from .normalize import narrow, normalize
from .reference import read_csv

ENGINE = "in-memory"  # the date cues' small lazy plans: the default (streaming) engine costs about twice the CPU


def read_thresholds() -> dict[str, float]:
    return {r["name"]: float(r["value"]) for r in read_csv("place_thresholds.csv")}

# A named weekday beats a day word beside it (اليوم الاثنين, أمس الخميس): it survives a
# publication date that is a crawl date a day or two late.
KIND_PRIORITY = {"explicit_day": 1, "weekday": 2, "offset": 3, "same_day": 3, "explicit_month": 4, "week": 5, "month": 6, "explicit_year": 7,
                 "then": 8}  # "then" (حينها، آنذاك) only where its sentence states no date of its own
BACK_KINDS = ["same_day", "then"]  # the date expression before it in the article (same_day_dates)
YEAR_DIGITS = r"(?:19|20)[0-9]{2}"                        # a year alone: 1900-2099
CONTEXT_CHARS = 40                                        # text either side of a date searched for a reporting verb or أن
CLAUSE_CHARS = 100                                        # text before a date searched for the منذ that opens its clause (whitespace is doubled in norm)
NEAR_CHARS = 20                                           # date expressions this close to the nearest one compete by kind
NOT_BEFORE_EXPLICIT = r"^(?:منذ|حتي|بحلول|لغايه|قبل)$"     # a period's bound, not the event's day
NOT_AFTER_EXPLICIT = r"^(?:المقبل|القادم|المقبله|القادمه)$"  # a future date
SCHEMA = {
    "article_id": pl.Utf8, "measure": pl.Utf8, "char_start": pl.Int64, "char_end": pl.Int64,
    "ev_kind": pl.Utf8, "ev_offset": pl.Int32, "ev_weekday": pl.Int32, "ev_weekday_past": pl.Boolean,
    "ev_day": pl.Int32, "ev_month": pl.Int32, "ev_year": pl.Int32, "ev_phrase": pl.Utf8, "ev_report": pl.Boolean, "ev_scope": pl.Utf8,
    "ev_shift": pl.Int32,
}
DATE_GROUPS = ["d", "mo", "y", "nd", "nm", "ny", "iy", "im", "id", "yy"]
MID_MONTH_DAY = 15                                        # the day منتصف/أواسط names of a month (event_date_cues.csv mid_month)
EVE_GAP_WORDS = 8                                         # words between غداة and the figure of its clause


def _word(pat: str) -> str:
    return rf"(?:^|[^\w])(?:{pat})(?:[^\w]|$)"


@lru_cache(maxsize=None)
def relative_rules() -> list[dict]:
    return read_csv("relative_dates.csv")


@lru_cache(maxsize=None)
def words_by_role(table: str) -> dict[str, list[str]]:
    """A reference table of (role, word): its normalised words per role."""
    out: dict[str, list[str]] = {}
    for r in read_csv(table):
        out.setdefault(r["role"], []).append(normalize(r["word"]))
    return out


def weekday_cues() -> dict[str, list[str]]:
    return words_by_role("weekday_cues.csv")


def date_context_words() -> dict[str, list[str]]:
    """event_date_cues.csv: normalised words per role (year_before, report_verb, report_day, complement, past)."""
    return words_by_role("event_date_cues.csv")


def _bare(word: pl.Expr) -> pl.Expr:
    """A word without the conjunction glued to it (وفي → في, فخلال → خلال)."""
    return pl.when(word.str.len_chars() > 2).then(word.str.replace(r"^[وف]", "")).otherwise(word)


def _alt(words: list[str]) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


def era_mark_pattern() -> str:
    """The era mark a numeric date may carry (31/7/2015م): event_date_cues.csv ``era_mark``, optional."""
    return rf"(?:{_alt(date_context_words()['era_mark'])})?"


def _ordinal_values() -> tuple[list[str], list[int]]:
    """Day words and digits → day of the month (ordinals.csv; 1-31 as digits)."""
    words = {normalize(r["word"]): int(r["value"]) for r in read_csv("ordinals.csv")}
    words.update({str(d): d for d in range(1, 32)} | {f"{d:02d}": d for d in range(1, 10)})
    return list(words), list(words.values())


def month_day_pattern() -> str:
    """A day (digits or an ordinal) right before a word of event_date_cues.csv ``day_of`` (من)
    and a month word, after a cue of ``day_before`` (في السابع من الشهر الجاري): group 1 is the day."""
    days = _alt(_ordinal_values()[0])
    w = date_context_words()
    return rf"(?:^|[^\w])(?:{_alt(w['day_before'])})\s+({days})\s+(?:{_alt(w['day_of'])})\s*$"


def date_name_pattern() -> str:
    """A name word of event_date_cues.csv ``date_name`` as the whole word before a day and month,
    with the letters a word may carry before it (بملعب 22 مايو, لثورة 23 يوليو, وشارع, الذكرى)."""
    return rf"^[وف]?(?:[بلك]|ال|بال|لل|كال)?(?:{_alt(date_context_words()['date_name'])})$"


HALF_YEAR_MONTHS = {"half_year_first": 1, "half_year_second": 7}  # the first month of each half of a year


def half_year_pattern() -> str:
    """A half of a year (event_date_cues.csv ``half_year_first``/``half_year_second``, then من and a
    ``year_word``, then the year or none: النصف الأول من العام 2015, أول ستة أشهر من عام 2015):
    group ``half`` the half's words, ``yy`` the year."""
    w = date_context_words()
    spaced = lambda role: _alt([x.replace(" ", r"\s+") for x in w[role]])
    halves = "|".join(spaced(role) for role in HALF_YEAR_MONTHS)
    return (rf"(?P<half>{halves})\s+(?:{_alt(w['day_of'])})\s+(?:{_alt(w['year_word'])})"
            rf"(?:\s+(?P<yy>{YEAR_DIGITS}){era_mark_pattern()})?")


def half_year_month(half: pl.Expr) -> pl.Expr:
    """The first month of the half of a year ``half`` names (a match of half_year_pattern's group)."""
    w = date_context_words()
    out = pl.lit(None, pl.Int32)
    for role, month in HALF_YEAR_MONTHS.items():
        words = [x.replace(" ", r"\s+") for x in w[role]]
        out = pl.when(half.str.contains(narrow(rf"^(?:{_alt(words)})$"))).then(pl.lit(month, pl.Int32)).otherwise(out)
    return out


SINCE_GAP_WORDS = 5                                       # words between منذ and the date it opens (منذ اندلاع الحرب في السودان منتصف …)


SINCE_CLAUSE_GAP_WORDS = 10                               # words of a clause opened by منذ أن (منذ أن وقع الحزب اتفاقا مع الحكومة لوقف إطلاق النار عام 2013)


def since_clause_pattern(role: str = "since") -> str:
    """A word of event_date_cues.csv ``since`` (منذ, بعد; or of ``role``), then at most SINCE_GAP_WORDS words
    (no digits, no punctuation) up to the end of the text before a date; or a phrase of ``since_clause``
    (منذ أن: a whole clause says since when) and at most SINCE_CLAUSE_GAP_WORDS such words."""
    w = date_context_words()
    words = r"(?:\s+[^\s\d.,،؛:]+)"
    clause = [x.replace(" ", r"\s+") for x in w["since_clause"]]
    return (rf"(?:^|[^\w])[وف]?(?:(?:{_alt(w[role])}){words}{{0,{SINCE_GAP_WORDS}}}"
            rf"|(?:{_alt(clause)}){words}{{0,{SINCE_CLAUSE_GAP_WORDS}}})\s*$")


def aside_clause_pattern() -> str:
    """A comma, a relative pronoun of event_date_cues.csv ``aside`` (التي، الذي), then at most
    SINCE_GAP_WORDS words (no digits, no punctuation) up to the end of the text before a date."""
    return rf"[,،]\s*(?:{_alt(date_context_words()['aside'])})(?:\s+[^\s\d.,،؛:]+){{0,{SINCE_GAP_WORDS}}}\s*$"


def aside_event_pattern() -> str:
    """The same aside whose words include a verb of the event itself happening (event_date_cues.csv
    ``aside_event``: الهجوم، الذي وقع في 2012): the year is the event's after all."""
    words = rf"(?:\s+[^\s\d.,،؛:]+){{0,{SINCE_GAP_WORDS}}}"
    return (rf"[,،]\s*(?:{_alt(date_context_words()['aside'])}){words}"
            rf"\s+(?:{_alt(date_context_words()['aside_event'])}){words}\s*$")


@lru_cache(maxsize=None)
def since_month_pattern() -> str:
    """A month a few words after منذ/بعد (event_date_cues.csv ``since``: بعد انتخابات يونيو الماضي
    … ذهب ضحيتها 6 جنود): the sentence counts since then, a period's toll."""
    return (rf"(?:^|[^\w])[وف]?(?:{_alt(date_context_words()['since'])})(?:\s+[^\s\d.,،؛:]+){{0,{SINCE_GAP_WORDS}}}\s+"
            rf"(?:[0-9]{{1,2}}\s+)?(?:{alternation(r['name'] for r in _months())})(?:[^\w]|$)")


def background_pattern() -> str:
    """A sentence opening with a phrase of event_date_cues.csv ``background`` (يذكر أن، يشار إلى أن):
    it recalls what came before, so its dates are not the story's."""
    words = [w.replace(" ", r"\s+") for w in date_context_words()["background"]]
    return rf"^[^\w]*[وف]?(?:{_alt(words)})(?:[^\w]|$)"


def new_topic_pattern(link_line: bool = True) -> str:
    """A sentence opening with a phrase of event_date_cues.csv ``new_topic`` (من جهة أخرى، على صعيد آخر),
    or with ``link_line`` (رابط الخبر, a closing line repeating the headline) unless ``link_line`` is False."""
    roles = ("new_topic", "link_line") if link_line else ("new_topic",)
    words = [w.replace(" ", r"\s+") for r in roles for w in date_context_words()[r]]
    return rf"^[^\w]*[وف]?(?:{_alt(words)})(?:[^\w]|$)"


SPAN_END_GAP_WORDS = 4                                    # words between حتى and the span's last day (حتى وقت مبكر من أمس)
REPORT_GAP_WORDS = 4                                      # words between a reporting verb and its date (أفاد مصدر من المقاومة اليوم)


def report_patterns() -> tuple[str, str, str]:
    """(before, complement, after): ``before`` captures the words between a reporting verb
    and the date that follows it (a statement's date when none of them is أن/إن: قالت
    الشرطة اليوم, not قالت الشرطة إن مسلحين قتلوا اليوم); ``after`` matches a date right
    before أن (أعلن … أمس أن)."""
    w = date_context_words()
    before = rf"(?:^|[^\w])[وف]?(?:{_alt(w['report_verb'])})((?:[^\w]+\w+){{0,{REPORT_GAP_WORDS}}})[^\w]*$"
    complement = rf"(?:^|[^\w])(?:{_alt(w['complement'])})(?:[^\w]|$)"
    after = rf"^[^\w]*(?:\([^)]*\)[^\w]*)?(?:(?:{_alt(w['past'])})[^\w]+)?(?:{_alt(w['complement'])})(?:[^\w]|$)"
    return before, complement, after


def weekday_date_pattern() -> str:
    """A day of a month right after a weekday (السبت 29 يونيو, الأحد 5 رمضان, الاثنين 12/7): the
    explicit date that follows says the day; a number followed by anything else is a count."""
    months = alternation(r["name"] for r in read_csv("months.csv"))
    return rf"^[^\w]*[0-9]{{1,2}}\s*(?:[/\-.]\s*[0-9]|(?:من\s+)?(?:شهر\s+)?(?:{months})(?:[^\w]|$))"


def matches(sents: pl.LazyFrame, pat: str) -> pl.LazyFrame:
    """Every match of ``pat`` in ``norm`` with its offsets (``m_start``, ``m_end``), its
    text ``m`` without the word-edge separators, the word before and the word after, and
    the pattern's named groups."""
    groups = pl.col("chunk").str.extract_groups(narrow(r"(?s)(?P<m>" + pat + ")$"))
    out = (
        sents.filter(pl.col("norm").str.contains(narrow(pat)))
        .select("article_id", "sent_idx", "norm", pl.col("norm").str.extract_all(narrow(r"(?s).*?(?:" + pat + ")")).alias("chunk"))
        .explode("chunk").drop_nulls("chunk")
        .with_columns(pl.col("chunk").str.len_chars().cast(pl.Int64).cum_sum().over("article_id", "sent_idx").alias("m_end"))
        .with_columns(groups.alias("g")).drop("chunk").unnest("g")
        .with_columns(
            (pl.col("m_end") - pl.col("m").str.len_chars() + pl.col("m").str.extract(narrow(r"^([^\w]*)")).str.len_chars()).alias("m_start"),
            (pl.col("m_end") - pl.col("m").str.extract(narrow(r"([^\w]*)$")).str.len_chars()).alias("m_end"),
        )
        .with_columns(
            pl.col("norm").str.slice(pl.col("m_start"), pl.col("m_end") - pl.col("m_start")).alias("m"),
            pl.col("norm").str.slice(0, pl.col("m_start")).str.extract(narrow(r"(\w+)[^\w]*$")).alias("word_before"),
            pl.col("norm").str.slice(pl.col("m_end")).str.extract(narrow(r"^[^\w]*(\w+)")).alias("word_after"),
            pl.col("norm").str.slice(pl.max_horizontal(pl.col("m_start") - CONTEXT_CHARS, pl.lit(0)),
                                     pl.min_horizontal(pl.col("m_start"), pl.lit(CONTEXT_CHARS))).alias("text_before"),
            pl.col("norm").str.slice(pl.col("m_end"), CONTEXT_CHARS).alias("text_after"),
            pl.col("norm").str.slice(pl.max_horizontal(pl.col("m_start") - CLAUSE_CHARS, pl.lit(0)),
                                     pl.min_horizontal(pl.col("m_start"), pl.lit(CLAUSE_CHARS))).alias("clause_before"),
        )
        .drop("norm")
    )
    return out


def date_cues(sents: pl.LazyFrame) -> pl.LazyFrame:
    """Every date expression of the sentences: ``article_id, sent_idx, m_start, m_end,
    ev_kind, ev_offset, ev_weekday, ev_weekday_past, ev_day, ev_month, ev_year, ev_phrase, prio``."""
    pats = date_patterns()
    cols = ["article_id", "sent_idx", "m_start", "m_end", "ev_kind", "ev_offset", "ev_weekday", "ev_weekday_past",
            "ev_day", "ev_month", "ev_year", "ev_phrase", "text_before", "text_after", "clause_before"]
    none_i = pl.lit(None, pl.Int32)
    parts = []

    # Explicit dates (the publication-date grammar: every month family, numeric dates; a
    # numeric date may carry the era mark: 31/7/2015م).
    ex = matches(sents, _word(rf"(?:(?:{pats['numeric']}){era_mark_pattern()}|{pats['dmy']})"))
    ex = ex.with_columns([pl.lit(None, pl.Utf8).alias(g) for g in DATE_GROUPS if g not in ex.collect_schema().names()])
    ex = (
        resolve_date_groups(ex)
        .filter(pl.col("month").is_between(1, 12) & pl.col("day").fill_null(1).is_between(1, 31))
        .filter(~pl.col("word_before").fill_null("").str.contains(NOT_BEFORE_EXPLICIT)
                & ~pl.col("word_after").fill_null("").str.contains(NOT_AFTER_EXPLICIT))
        # Nor a day and month without a year that a name word stands before (قوى 8 آذار, ثورة 25
        # يناير, مدينة 6 أكتوبر): the name of a bloc, a revolution, a town or a street.
        .filter(~(pl.col("year").is_null() & pl.col("day").is_not_null()
                  & pl.col("word_before").fill_null("").str.contains(date_name_pattern())))
        # Nor a date of a clause opened by منذ a few words before (ومنذ اندلاع الحرب منتصف
        # أبريل 2023، قتل …): the start of a period, not the event's day.
        # A day after بعد (بعد هجوم دام في 20 تموز … أودى بحياة 32) is the day of the event named
        # after it (ev_after: only a figure after it takes it); a month after بعد a period's start.
        .filter(~pl.col("clause_before").str.contains(narrow(since_clause_pattern("period_start")))
                & ~(pl.col("clause_before").str.contains(narrow(since_clause_pattern())) & pl.col("day").is_null()))
        # A month named alone (no day, no year) dates an event only after a cue (في يونيو,
        # خلال شهر يوليو, بين 20 و31 يوليو) or before الماضي (يوليو الماضي): آب/أب and أيار
        # are also words (بيك أب, a father).
        # A month word that is also a place (إب) needs the day, the year or الماضي.
        .filter(pl.col("day").is_not_null() | pl.col("year").is_not_null()
                | ((_bare(pl.col("word_before").fill_null("")).is_in(date_context_words()["month_before"])
                    | pl.col("word_before").fill_null("").str.contains(r"[0-9]"))
                   & ~pl.col("m").is_in(date_context_words()["month_place"]))
                | pl.col("text_after").str.contains(narrow(rf"^[^\w]*(?:\([^)]*\)[^\w]*)?(?:{_alt(date_context_words()['past'])})(?:[^\w]|$)")))
        # The middle of a month named alone (منتصف يناير): its 15th, still ranked as a month.
        .with_columns(pl.when(pl.col("day").is_null() & _bare(pl.col("word_before").fill_null("")).is_in(date_context_words()["mid_month"]))
                      .then(pl.lit(MID_MONTH_DAY)).otherwise(pl.col("day").cast(pl.Int32)).alias("_day"))
        .select("article_id", "sent_idx", "m_start", "m_end",
                pl.when(pl.col("day").is_not_null()).then(pl.lit("explicit")).otherwise(pl.lit("explicit_month")).alias("ev_kind"),
                none_i.alias("ev_offset"), none_i.alias("ev_weekday"), pl.lit(None, pl.Boolean).alias("ev_weekday_past"),
                pl.col("_day").cast(pl.Int32).alias("ev_day"), pl.col("month").cast(pl.Int32).alias("ev_month"),
                pl.col("year").cast(pl.Int32).alias("ev_year"), pl.col("m").alias("ev_phrase"), "text_before", "text_after", "clause_before")
    )
    parts.append(ex)

    # A year alone after في/عام/خلال (في 1993): a past event's year.
    yr = matches(sents, _word(rf"(?:{_alt(date_context_words()['year_before'])})\s+(?P<yy>{YEAR_DIGITS}){era_mark_pattern()}"))
    # … not a year that starts a period (منذ العام 2009: a running total since then), nor one of
    # a relative clause set off by a comma (بولاية البنجاب، التي تم تقسيمها في 1947): an aside
    # about the noun before the comma, not the event's year.
    yr = yr.filter(~pl.col("clause_before").str.contains(narrow(since_clause_pattern()))
                   & ~(pl.col("clause_before").str.contains(aside_clause_pattern())
                       & ~pl.col("clause_before").str.contains(aside_event_pattern())))
    parts.append(yr.select(
        "article_id", "sent_idx", "m_start", "m_end", pl.lit("explicit_year").alias("ev_kind"), none_i.alias("ev_offset"),
        none_i.alias("ev_weekday"), pl.lit(None, pl.Boolean).alias("ev_weekday_past"), none_i.alias("ev_day"), none_i.alias("ev_month"),
        pl.col("yy").cast(pl.Int32).alias("ev_year"), pl.col("m").alias("ev_phrase"), "text_before", "text_after", "clause_before"))

    # A half of a year (خلال النصف الأول من العام 2015): a month, its first, of the year named or,
    # with none, of the publication's (resolved in SQL); not of a year named by a relative word
    # after it (من العام الماضي: no year this reads), nor one that starts a period (منذ).
    half = matches(sents, _word(half_year_pattern()))
    half = half.filter(~(pl.col("yy").is_null() & pl.col("word_after").fill_null("").is_in(date_context_words()["past"]))
                       & ~pl.col("clause_before").str.contains(narrow(since_clause_pattern("period_start"))))
    parts.append(half.select(
        "article_id", "sent_idx", "m_start", "m_end", pl.lit("explicit_month").alias("ev_kind"), none_i.alias("ev_offset"),
        none_i.alias("ev_weekday"), pl.lit(None, pl.Boolean).alias("ev_weekday_past"), none_i.alias("ev_day"),
        half_year_month(pl.col("half")).alias("ev_month"), pl.col("yy").cast(pl.Int32).alias("ev_year"), pl.col("m").alias("ev_phrase"),
        "text_before", "text_after", "clause_before"))

    # Relative days, weeks and months; a day before a month word (في السابع من الشهر الجاري)
    # makes it that day of the month.
    month_day = month_day_pattern()
    for r in relative_rules():
        m = matches(sents, _word(r["pattern"]))
        day = (pl.col("text_before").str.extract(narrow(month_day), 1).replace_strict(*_ordinal_values(), default=None, return_dtype=pl.Int32)
               if r["kind"] == "month" else none_i)
        if r["not_before"]:
            m = m.filter(~pl.col("word_before").fill_null("").str.contains(rf"^(?:{r['not_before']})$"))
        if r["not_after"]:
            m = m.filter(~pl.col("word_after").fill_null("").str.contains(rf"^(?:{r['not_after']})$"))
        if r["kind"] in ("week", "month"):
            # منذ عودة المواجهات الأسبوع الماضي: the start of a period, not the event's week
            m = m.filter(~pl.col("clause_before").str.contains(narrow(since_clause_pattern("period_start"))))
        parts.append(m.select(
            "article_id", "sent_idx", "m_start", "m_end", pl.lit(r["kind"]).alias("ev_kind"),
            pl.lit(int(r["value"]), pl.Int32).alias("ev_offset"), none_i.alias("ev_weekday"), pl.lit(None, pl.Boolean).alias("ev_weekday_past"),
            day.alias("ev_day"), none_i.alias("ev_month"), none_i.alias("ev_year"), pl.col("m").alias("ev_phrase"),
            "text_before", "text_after", "clause_before"))

    # Weekdays: يوم الأحد، مساء الأحد، الأحد الماضي (not الأحد المقبل, not صلاة الجمعة).
    days = {normalize(r["name"]): int(r["weekday"]) for r in read_csv("weekdays.csv")}
    cues = weekday_cues()
    wd = matches(sents, _word(rf"(?P<wd>{'|'.join(sorted(days, key=len, reverse=True))})"))
    wd = (
        wd.filter(~pl.col("word_before").fill_null("").is_in(cues.get("exclude", []))
                  & ~pl.col("word_after").fill_null("").is_in(cues.get("future", []))
                  # السبت 29 يونيو, الأحد 12/7: the explicit date says it (not السبت 18 غارة: a count)
                  & ~pl.col("text_after").str.contains(narrow(weekday_date_pattern())))
        .select("article_id", "sent_idx", "m_start", "m_end", pl.lit("weekday").alias("ev_kind"), none_i.alias("ev_offset"),
                pl.col("wd").replace_strict(list(days), list(days.values()), default=None, return_dtype=pl.Int32).alias("ev_weekday"),
                pl.col("word_after").fill_null("").is_in(cues.get("past", [])).alias("ev_weekday_past"),
                none_i.alias("ev_day"), none_i.alias("ev_month"), none_i.alias("ev_year"), pl.col("m").alias("ev_phrase"),
                "text_before", "text_after", "clause_before")
    )
    parts.append(wd)
    allc = pl.concat([p.select(cols) for p in parts], how="vertical_relaxed")
    # A phrase inside a longer one (أمس in أول من أمس) is part of it.
    by = ["article_id", "sent_idx"]
    inner = (
        allc.select(*by, "m_start", "m_end")
        .join(allc.select(*by, pl.col("m_start").alias("o_s"), pl.col("m_end").alias("o_e")), on=by)
        .filter((pl.col("o_s") <= pl.col("m_start")) & (pl.col("o_e") >= pl.col("m_end"))
                & ((pl.col("o_e") - pl.col("o_s")) > (pl.col("m_end") - pl.col("m_start"))))
        .select(*by, "m_start", "m_end").unique()
    )
    allc = allc.join(inner, on=[*by, "m_start", "m_end"], how="anti")
    prio = (pl.when((pl.col("ev_kind") == "explicit") | ((pl.col("ev_kind") == "month") & pl.col("ev_day").is_not_null()))
            .then(pl.lit("explicit_day")).otherwise(pl.col("ev_kind"))
            .replace_strict(KIND_PRIORITY, default=9, return_dtype=pl.Int32))
    rep_before, complement, rep_after = report_patterns()
    gap = pl.col("text_before").str.extract(narrow(rep_before), 1)
    # (right before أن only a day word: a calendar date there ends a clause told inside the
    # statement, قال … مقتل 21 سائحا في 18 مارس الماضي، إن …, and is that event's day)
    report = ((gap.is_not_null() & ~gap.fill_null("").str.contains(narrow(complement)))
              | (pl.col("text_after").str.contains(narrow(rep_after)) & (pl.col("ev_kind") != "explicit")))
    # A date in brackets right after a day word glosses it (أمس الخميس (22 سبتمبر 2016)).
    gloss = (pl.col("ev_kind") == "explicit") & pl.col("text_before").str.contains(r"\(\s*$")
    # a day a few words after منذ starts a period (منذ مساء الأحد وحتى ظهر أمس)
    since = pl.col("clause_before").str.contains(narrow(since_clause_pattern("period_start")))
    # a stated day a few words after بعد dates the event named there, not what came after it
    after = (pl.col("ev_kind") == "explicit") & pl.col("clause_before").str.contains(narrow(since_clause_pattern()))
    # the first day of a night between two (ليل الخميس الجمعة, weekday_cues.csv night): the night
    # ends on the second, which dates the night's own sentence (figure_dates)
    wd_num = lambda c: c.replace_strict(list(days), list(days.values()), default=None, return_dtype=pl.Int32)
    night = ((pl.col("ev_kind") == "weekday")
             & pl.col("text_before").str.extract(narrow(r"(\w+)[^\w]*$")).fill_null("").is_in(cues.get("night", []))
             & (wd_num(pl.col("text_after").str.extract(narrow(r"^[^\w]*(\w+)"))) == pl.col("ev_weekday") % 7 + 1).fill_null(False))
    # … and the second day of such a pair: the annotators date a night by its eve (ليل X = the
    # night of day X), so the night's own sentence takes the first day; after the night's midnight
    # (بعد منتصف ليل السبت - الأحد) the second
    night_second = ((pl.col("ev_kind") == "weekday")
                    & pl.col("text_before").str.extract(narrow(r"(\w+)[^\w]+\w+[^\w]*$"), 1).fill_null("").is_in(cues.get("night", []))
                    & (wd_num(pl.col("text_before").str.extract(narrow(r"(\w+)[^\w]*$"), 1)) % 7 + 1 == pl.col("ev_weekday")).fill_null(False))
    after_midnight = pl.col("text_before").str.contains(
        narrow(rf"(?:^|[^\w])(?:{_alt(cues.get('midnight', []))})\s+(?:{_alt(cues.get('night', []))})(?:[^\w]+\w+)?[^\w]*$"))
    night_skip = (night & after_midnight) | (night_second & ~after_midnight)
    # the midnight that ends a named day (منتصف ليل الأحد, بعد منتصف ليلة الأحد; weekday_cues.csv
    # midnight): ليل الأحد is the night after Sunday, so its midnight is Monday's start; not قبل
    # منتصف ليل الأحد, nor the first night of a pair (after منتصف a pair dates by its second: night_skip)
    midnight = ((pl.col("ev_kind") == "weekday") & ~night
                & pl.col("text_before").str.contains(narrow(rf"(?:^|[^\w])(?:{_alt(cues.get('midnight', []))})\s+(?:{_alt(cues.get('night', []))})[^\w]*$"))
                & ~pl.col("text_before").str.contains(narrow(rf"(?:^|[^\w])[وف]?(?:{_alt(cues.get('midnight_before', []))})\s+\S+\s+\S+[^\w]*$")))
    # the first day of a span (من ليلة الخميس ولغاية أمس الجمعة)
    w = date_context_words()
    span_start = (pl.col("text_before").str.contains(narrow(rf"(?:^|[^\w])(?:{_alt(w['span_from'])})(?:\s+\w+)?\s*$"))
                  & pl.col("text_after").str.contains(narrow(rf"^[^\w]*(?:\w+[^\w]+)?[وف]?(?:{_alt(w['span_to'])})(?:[^\w]|$)")))
    # the last day of a span, a few words after حتى (event_date_cues.csv span_end: اندلعت مساء
    # السبت واستمرت حتى وقت مبكر من أمس): figure_dates prefers a day stated before it
    span_end = pl.col("text_before").str.contains(
        narrow(rf"(?:^|[^\w])[وف]?(?:{_alt(w['span_end'])})(?:\s+[^\s\d.,،؛:]+){{0,{SPAN_END_GAP_WORDS}}}\s*$"))
    # the past two days (خلال اليومين الماضيين: event_date_cues.csv own_span): a count over them
    # is dated by their first day in its own sentence only, neither the story's date nor carried on
    own = (pl.col("ev_kind") == "offset") & pl.col("ev_phrase").str.contains(_alt(w["own_span"]))
    # a date a few words into a relative clause (… بصاروخ أطلقته القوة التي أنهت في ديسمبر مهمتها):
    # about the noun before it; it does not outrank "then" (آنذاك) of the sentence (figure_dates)
    rel_words = rf"(?:\s+[^\s\d.,،؛:]+){{0,{SINCE_GAP_WORDS}}}"
    relative = (pl.col("clause_before").str.contains(narrow(rf"(?:^|[^\w])(?:{_alt(w['aside'])}){rel_words}\s*$"))
                & ~pl.col("clause_before").str.contains(narrow(rf"(?:^|[^\w])(?:{_alt(w['aside'])}){rel_words}\s+(?:{_alt(w['aside_event'])}){rel_words}\s*$")))
    out = allc.with_columns(prio.alias("prio"), report.alias("ev_report"), relative.alias("ev_relative"), gloss.alias("ev_gloss"), since.alias("ev_since"),
                            after.alias("ev_after"), night.alias("ev_night"), night_skip.alias("ev_night_skip"), span_start.alias("ev_span_start"), span_end.alias("ev_span_end"), own.alias("ev_own"),
                            pl.when(midnight).then(pl.col("ev_weekday") % 7 + 1).otherwise(pl.col("ev_weekday")).alias("ev_weekday"),
                            pl.when(pl.col("ev_kind").is_in(["explicit_month", "explicit_year"])).then(pl.lit("explicit"))
                            .otherwise(pl.col("ev_kind")).alias("ev_kind"))
    return adjacent_report(out).drop("text_before", "text_after", "clause_before")


ADJACENT_CHARS = 6                                        # the most non-word characters between two date expressions that name one day


def adjacent_report(cues: pl.LazyFrame) -> pl.LazyFrame:
    """Date expressions side by side with nothing but spaces and brackets between them name one
    day (اليوم الجمعة, اليوم (الخميس), أمس الأحد 12 يوليو): when one of them dates a statement
    (أفاد مصدر … اليوم الجمعة بمقتل: the day word is within reach of the verb, the weekday
    after it is not), all of them do. ``ev_run_offset``: the relative day among them (أمس of أمس
    الثلاثاء), so that a weekday beside it compares with a statement's day as أمس does."""
    by = ["article_id", "sent_idx"]
    gap = pl.col("m_start") - pl.col("m_end").shift(1).over(by)
    between = pl.col("text_before").str.slice(pl.col("text_before").str.len_chars() - gap.clip(0, CONTEXT_CHARS))
    joined = (gap.is_not_null() & (gap <= ADJACENT_CHARS) & (gap >= 0) & between.str.contains(narrow(r"^[^\w]*$"))).fill_null(False)
    return (cues.sort(*by, "m_start", "m_end")
            .with_columns((~joined).cast(pl.Int32).cum_sum().over(by).alias("_run"))
            .with_columns(pl.col("ev_report").any().over(*by, "_run").alias("ev_report"),
                          pl.col("ev_offset").max().over(*by, "_run").alias("ev_run_offset")).drop("_run"))


def same_day_dates(chosen: pl.DataFrame, sents: pl.DataFrame, fkey: list[str], ev: list[str]) -> pl.DataFrame:
    """A figure whose date is ``same_day`` (في اليوم نفسه) takes the last date expression of its
    article before that phrase (another kind); with none, it has no date of its own."""
    same = chosen.filter(pl.col("ev_kind").is_in(BACK_KINDS))
    if same.height == 0:
        return chosen
    earlier = date_cues(sents.join(same.select("article_id").unique(), on="article_id", how="semi").lazy()).collect(engine=ENGINE)
    earlier = earlier.filter(~pl.col("ev_kind").is_in(BACK_KINDS) & ~pl.col("ev_report") & ~pl.col("ev_after"))
    prev = (
        same.select(*fkey, pl.col("sent_idx").alias("_si"), pl.col("m_start").alias("_ms"))
        .join(earlier, on="article_id")
        .filter((pl.col("sent_idx") < pl.col("_si")) | ((pl.col("sent_idx") == pl.col("_si")) & (pl.col("m_end") <= pl.col("_ms"))))
        .sort(*fkey, "sent_idx", "m_start")
        .group_by(fkey, maintain_order=True).last()
        .select(*fkey, *ev)
    )
    return pl.concat([chosen.filter(~pl.col("ev_kind").is_in(BACK_KINDS)).select(*fkey, *ev), prev], how="vertical_relaxed")


def without_stamp(cues: pl.DataFrame, stamps: pl.DataFrame | None) -> pl.DataFrame:
    """Date expressions less the article's own stamp repeated in its text (`` date 2025-09-24``
    glued to the lead, a dateline's date): a complete date equal to the publication date the
    text states says when the page was published, and must not outrank the event's own day
    (مساء الثلاثاء) beside it; in brackets after a day word it is that day's date and stays. ``stamps``: ``article_id, published_date`` (from the text)."""
    if stamps is None or stamps.height == 0:
        return cues
    st = stamps.select("article_id", pl.col("published_date").alias("_pub")).drop_nulls("_pub")
    same = ((pl.col("ev_kind") == "explicit") & ~pl.col("ev_gloss") & (pl.col("ev_year") == pl.col("_pub").dt.year())
            & (pl.col("ev_month") == pl.col("_pub").dt.month()) & (pl.col("ev_day") == pl.col("_pub").dt.day()))
    return cues.join(st, on="article_id", how="left").filter(~same.fill_null(False)).drop("_pub")


def neighbour_sentences(sents: pl.DataFrame, figs: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """The sentences a figure whose sentence states no day (or names no place) may take it from:
    its paragraph's last date_carry_paragraph sentences before it, after any that turns to another
    matter, or the one sentence before it across a line break (place_thresholds.csv); none for a
    sentence that spans a period (منذ, or a month a few words after بعد).
    Returns (``mine``: the articles' sentences with ``_rank``, ``_para``, ``_topic``;
    ``at``: the figures' sentences, ``article_id, _fr, _fp, sent_start, _period``; ``near``:
    ``article_id, _fr`` (the figure's sentence) × ``_rank`` (a sentence before it), ``_same_para``)."""
    keys = figs.select("article_id", pl.col("sentence_start").alias("sent_start")).unique()
    th = read_thresholds()
    carry_n, para_n = int(th["date_carry_sentences"]), int(th["date_carry_paragraph"])
    # ``_rank``: the sentence's place among the article's sentences with words (1-based; a
    # blank line between headline, byline and lead is no sentence of the lead).
    # ``_para``: its paragraph: a sentence that does not start right where the one before it
    # ends (the split keeps a sentence's leading blanks and drops its trailing ones) starts a
    # line. ``_topic``: it opens with a turn to another matter (new_topic_pattern).
    # A "sentence" of one letter (an agency's initials split at their dots: أ. ف. ب) is no sentence
    # of the lead: it would push the lead out of the first lead_sentences.
    mine = (sents.join(figs.select("article_id").unique(), on="article_id", how="semi").sort("article_id", "sent_idx")
            .filter(pl.col("norm").str.contains(narrow(r"\w\w")))
            .with_columns(pl.col("sent_idx").rank("dense").over("article_id").cast(pl.Int32).alias("_rank"),
                          (pl.col("sent_start") > (pl.col("sent_start") + pl.col("sentence").str.len_chars()).shift(1))
                          .fill_null(True).cum_sum().over("article_id").cast(pl.Int32).alias("_para"),
                          pl.col("norm").str.contains(narrow(new_topic_pattern())).alias("_topic"),
                          pl.col("norm").str.contains(narrow(background_pattern())).alias("_background")))
    # ``_period`` (the figures' sentences only): it spans a period (منذ), or counts since a month
    at = (mine.join(keys, on=["article_id", "sent_start"], how="semi")
          .with_columns((pl.col("norm").str.contains(narrow(_word(_alt(date_context_words()["period_start"]))))
                         | pl.col("norm").str.contains(narrow(since_month_pattern()))).alias("_period"))
          .select("article_id", pl.col("_rank").alias("_fr"), pl.col("_para").alias("_fp"), "sent_start", "_period"))
    # The sentences a figure may take its day from (see below): those of its paragraph before
    # it, after the last one that turns to another matter, or the one right before it (an
    # outlet that puts each sentence on a line of its own).
    topic = (at.join(mine.filter(pl.col("_topic")).select("article_id", "_rank", "_para"), on="article_id")
             .filter((pl.col("_para") == pl.col("_fp")) & (pl.col("_rank") <= pl.col("_fr")))
             .group_by("article_id", "_fr").agg(pl.col("_rank").max().alias("_nt")))
    near = (
        at.filter(~pl.col("_period")).join(topic, on=["article_id", "_fr"], how="left").join(mine.select("article_id", "_rank", "_para"), on="article_id")
        .filter((pl.col("_rank") < pl.col("_fr")) & (pl.col("_rank") >= pl.col("_nt").fill_null(0))
                & (pl.col("_rank") >= pl.col("_fr") - pl.when(pl.col("_para") == pl.col("_fp")).then(para_n).otherwise(carry_n))
                & ((pl.col("_para") == pl.col("_fp")) | pl.col("_nt").is_null()))
        .select("article_id", "_fr", "_rank", (pl.col("_para") == pl.col("_fp")).alias("_same_para"))
    )
    return mine, at, near


SPAN_START_CHARS = 80                                     # the most characters (doubled spaces) from a span's stated start to its last day


def span_starts_win(cand: pl.DataFrame, fkey: list[str]) -> pl.DataFrame:
    """A span's last day (``ev_span_end``: اندلعت مساء السبت واستمرت حتى وقت مبكر من أمس) gives
    way to a day its sentence states shortly before it (within SPAN_START_CHARS), the span's
    start; a day further back is another clause's (زيارة … أول من أمس … وحتى منتصف يوليو)."""
    day = (~pl.col("ev_span_end") & ~pl.col("ev_report")
           & (pl.col("ev_kind").is_in(["weekday", "offset"]) | (pl.col("prio") == KIND_PRIORITY["explicit_day"])))
    ends = cand.filter(pl.col("ev_span_end")).select(*fkey, "m_start")
    if ends.height == 0:
        return cand
    started = (ends.join(cand.filter(day).select(*fkey, pl.col("m_start").alias("_s")), on=fkey)
               .filter((pl.col("_s") < pl.col("m_start")) & (pl.col("_s") >= pl.col("m_start") - SPAN_START_CHARS))
               .select(*fkey, "m_start").unique())
    return cand.join(started, on=[*fkey, "m_start"], how="anti")


def figure_dates(figs: pl.DataFrame, sents: pl.DataFrame, stamps: pl.DataFrame | None = None) -> pl.DataFrame:
    """``figs`` (article_id, measure, sentence, sentence_start, char_start, char_end) and the
    batch's sentences (with ``norm``) → one row per figure with its sentence's date expression
    (SCHEMA; every ``ev_`` column null when the sentence has none). ``stamps``: the articles'
    publication dates stated in their text (see :func:`without_stamp`)."""
    if figs.height == 0:
        return pl.DataFrame(schema=SCHEMA)
    fkey = ["article_id", "measure", "char_start", "char_end"]
    lead_n = int(read_thresholds()["lead_sentences"])
    mine, at, near = neighbour_sentences(sents, figs)
    s = pl.concat([mine.join(at.select("article_id", pl.col("_fr").alias("_rank")), on=["article_id", "_rank"], how="semi"),
                   mine.join(near, on=["article_id", "_rank"], how="semi"), mine.filter(pl.col("_rank") <= lead_n)]).unique(
        ["article_id", "sent_idx"], maintain_order=True)
    cues = (without_stamp(date_cues(s.lazy()).collect(engine=ENGINE), stamps)
            .join(s.select("article_id", "sent_idx", "sent_start", "_rank", "_background"), on=["article_id", "sent_idx"]))
    # The story's date: the first expression of the headline and lead, competing by kind with
    # those right after it (اليوم الاثنين: the weekday).
    # the same day as what? not the story's date; a statement's date gives way to another date
    # of its sentence (قال الجيش اليوم الأحد إن … غارة … أمس السبت: Saturday is the story's)
    # (not a background sentence's: يذكر أن … منذ الإطاحة بالرئيس في يوليو 2013)
    in_lead = (cues.filter((pl.col("_rank") <= lead_n) & ~pl.col("ev_kind").is_in(BACK_KINDS) & ~pl.col("ev_after") & ~pl.col("_background"))
               .filter(~pl.col("ev_report") | pl.col("ev_report").all().over("article_id", "sent_idx")))
    # A statement's day gives way to an event's day stated anywhere in the headline and lead
    # (أفاد مصدر اليوم الجمعة بمقتل … / اندلعت مواجهات مساء أمس الخميس; قتلوا … على ما أفاد
    # مسؤول اليوم (الخميس) / ووقع الهجوم الاثنين): the story's date is the event's. Not the first
    # day of a span (من ليلة الخميس ولغاية أمس الجمعة), which is no story date at all. The event's
    # day is a day (not a month or a year), not a period's start (منذ) nor a day after بعد, not
    # the first night of a pair, and not the statement's own day again or a later one (ذكر الجيش
    # أمس الجمعة أن … / صباح أمس: the same day, whose weekday is surer than a late crawl date;
    # قال أمس إن … / اجتماع اليوم الأربعاء: a later day is no earlier event's).
    in_lead = in_lead.filter(~pl.col("ev_span_start") & ~pl.col("ev_own"))
    report_offset = pl.col("ev_offset").filter(pl.col("ev_report")).min().over("article_id")
    report_weekday = pl.col("ev_weekday").filter(pl.col("ev_report")).min().over("article_id")
    event_day = (~pl.col("ev_report") & ~pl.col("ev_since") & ~pl.col("ev_after") & ~pl.col("ev_night")
                 & (pl.col("ev_kind").is_in(["weekday", "offset"]) | (pl.col("prio") == KIND_PRIORITY["explicit_day"]))
                 & ~(pl.col("ev_run_offset") >= report_offset).fill_null(False)
                 & ~(pl.col("ev_weekday") == report_weekday).fill_null(False))
    gives_way = event_day.any().over("article_id") & pl.col("ev_report").any().over("article_id")
    in_lead = in_lead.filter(~(pl.col("ev_report") | pl.col("ev_night")) | ~gives_way)
    first = in_lead.group_by("article_id").agg(pl.col("sent_idx").min().alias("_s"))
    in_first = in_lead.join(first, on="article_id").filter(pl.col("sent_idx") == pl.col("_s"))
    lead = (
        in_first.filter(pl.col("m_start") <= pl.col("m_start").min().over("article_id") + NEAR_CHARS)
        .sort("article_id", "prio", "m_start", "m_end")
        .group_by("article_id", maintain_order=True).first().drop("sent_idx", "sent_start", "_rank", "m_start", "m_end", "prio", "_s")
    )
    off = pl.col("char_start") - pl.col("sentence_start")
    f = figs.select(*fkey, "sentence", "sentence_start").with_columns(
        (off + pl.col("sentence").str.slice(0, off).str.count_matches(r"\s")).alias("_fpos"))
    # The expressions near the figure (within NEAR_CHARS of the nearest one) compete by kind;
    # a far one does not outrank a near one (اليوم الاثنين … إصابة جنديين الأسبوع الماضي).
    # A statement's date gives way to any other date of the sentence (قال أمس إن … ليل أول من أمس).
    chosen = (
        span_starts_win(f.join(cues, left_on=["article_id", "sentence_start"], right_on=["article_id", "sent_start"]), fkey)
        # (a day after بعد dates the event named there: only a figure after it is of that event)
        .filter(~pl.col("ev_after") | (pl.col("m_start") < pl.col("_fpos")))
        # (a night between two days dates its own sentence, as the story's or the sentence
        # before's date, by the night's eve, the first; the second is the other reading)
        .filter(~pl.col("ev_night_skip"))
        .filter(~pl.col("ev_report") | pl.col("ev_report").all().over(fkey))
        # ("then" only where the sentence states no other date: آنذاك … عام 1981 is 1981; and not
        # for a troop strength, as of its own sentence only: a force stationed there "then" is of no day)
        # (nor a date of a relative clause where the sentence says "then": قتل آنذاك خمسة … بصاروخ
        # أطلقته القوة التي أنهت في ديسمبر مهمتها is the time before, not December)
        .filter(~(pl.col("ev_relative") & ((pl.col("ev_kind") == "then") & (pl.col("measure") != "troops")).any().over(fkey)))
        .filter((pl.col("ev_kind") != "then") | ((pl.col("ev_kind") == "then").all().over(fkey) & (pl.col("measure") != "troops")))
        .with_columns((pl.col("m_start") - pl.col("_fpos")).abs().alias("_dist"))
        .filter(pl.col("_dist") <= pl.col("_dist").min().over(fkey) + NEAR_CHARS)
        .sort(*fkey, "prio", "_dist", "m_start", "m_end")
        .group_by(fkey, maintain_order=True).first()
    )
    ev = [c for c in SCHEMA if c.startswith("ev_") and c not in ("ev_scope", "ev_shift")]
    chosen_at = chosen.select(*fkey, pl.col("m_start").alias("_cm"))
    chosen = same_day_dates(chosen, mine, fkey, ev)
    # A figure whose sentence states no day takes the day of the nearest of the carry_n
    # sentences before it that states one (وفي العراق، قتل 21 شخصا الأربعاء … وقال ضابط:
    # «استشهد 16 شخصا»): the account goes on about that day. Only a day (an explicit one, a
    # weekday, أمس/اليوم) that dates no statement; a month or a year before it is another event's.
    prev = (
        f.select(*fkey, "sentence_start").join(at.select("article_id", "_fr", pl.col("sent_start").alias("sentence_start")),
                                              on=["article_id", "sentence_start"])
        .join(near, on=["article_id", "_fr"])
        .join(cues, on=["article_id", "_rank"])
        # only the nearest sentence that states a date, and only a day it states for an event
        .filter(pl.col("_rank") == pl.col("_rank").max().over(fkey))
        # (nor a day of a background sentence, يذكر أن …: it recalls other, earlier events)
        .filter(~pl.col("ev_report") & ~pl.col("ev_since") & ~pl.col("ev_after") & ~pl.col("ev_own") & ~pl.col("ev_night_skip") & ~pl.col("_background")
                & pl.col("ev_kind").is_in(["explicit", "weekday", "offset"])
                & ((pl.col("ev_kind") != "explicit") | (pl.col("ev_day").is_not_null() & pl.col("ev_year").is_null()
                                                         & (pl.col("prio") == KIND_PRIORITY["explicit_day"]))))  # not a month's middle
        .sort(*fkey, pl.col("_rank"), "prio", pl.col("m_start"), descending=[False] * len(fkey) + [True, False, True])
        .group_by(fkey, maintain_order=True).first()
        .select(*fkey, *[pl.col(c).alias(f"p_{c}") for c in ev], "_same_para")
    )
    out = (
        f.select(fkey).join(chosen.select(*fkey, *ev), on=fkey, how="left")
        .join(prev, on=fkey, how="left")
        .join(lead.select("article_id", *[pl.col(c).alias(f"l_{c}") for c in ev]), on="article_id", how="left")
    )
    use_prev, use_lead = pl.col("_prev"), pl.col("_lead")
    # A figure of the headline or lead whose own sentence dates only a statement with a day
    # (أفاد مصدر اليوم الجمعة بمقتل 18) takes the story's date when that is an event's: the
    # lead's other sentence says when it happened. Not a troop strength (as of the statement),
    # nor a year after a claim (تبنت في العام 2013 هجوما: another event); further down, a
    # statement's date stays, since the story's day may be another event's.
    fig_rank = f.select(*fkey, "sentence_start").join(
        at.select("article_id", "_fr", pl.col("sent_start").alias("sentence_start")), on=["article_id", "sentence_start"])
    out = out.join(fig_rank.drop("sentence_start"), on=fkey, how="left")
    stmt = (pl.col("ev_report").fill_null(False) & ~pl.col("l_ev_report").fill_null(True)
            & (pl.col("_fr") <= lead_n).fill_null(False) & (pl.col("measure") != "troops")
            & (pl.col("ev_kind").is_in(["weekday", "offset"]) | pl.col("ev_day").is_not_null()))
    out = (
        out.with_columns((pl.col("ev_kind").is_null() & pl.col("p_ev_kind").is_not_null()).alias("_prev"))
        .with_columns(((pl.col("ev_kind").is_null() & ~use_prev & pl.col("l_ev_kind").is_not_null()) | stmt).alias("_lead"))
        .with_columns([pl.when(use_prev).then(pl.col(f"p_{c}")).when(use_lead).then(pl.col(f"l_{c}")).otherwise(pl.col(c)).alias(c) for c in ev])
        # a day taken from another paragraph is, like the story's, not for a figure of another country
        .with_columns(pl.when(use_prev & pl.col("_same_para")).then(pl.lit("context")).when(use_prev | use_lead).then(pl.lit("article"))
                      .when(pl.col("ev_kind").is_not_null()).then(pl.lit("sentence")).alias("ev_scope"),
                      pl.col("ev_phrase").str.replace_all(r"\s+", " "))
    )
    out = over_a_span(out, f, mine, ev)
    return eve_shift(out, f, mine, chosen_at).select(list(SCHEMA)).cast(SCHEMA)


SPAN_GAP_WORDS = 5                                        # words from a figure's start to في/خلال of its span (اكثر من 6800 قتيل), no comma


def span_pattern() -> str:
    """From a figure's start, a few words on, a span of months or years (event_date_cues.csv ``span_before`` then
    ``span_unit``: أكثر من 6800 قتيل في 15 شهرا، في ثلاثين عاما، خلال عامين); the unit not
    followed by a year (في سنة 2012 is a date); or a start a few words on (``since_start`` and a year
    or a month: تمرد أودى بحياة 40 ألف شخص منذ عام 1984، قتل 18 منذ 20 يوليو): a count since then."""
    w = date_context_words()
    months = alternation(r["name"] for r in _months())
    since = (rf"(?:{_alt(w['since_start'])})\s+(?:(?:(?:{_alt(w['year_before'])})\s+)?{YEAR_DIGITS}"
             rf"|(?:[0-9]{{1,2}}\s+)?(?:{months}))(?:[^\w]|$)")
    return (rf"^[^\s.،,؛:]+(?:\s+[^\s.،,؛:]+){{0,{SPAN_GAP_WORDS}}}?\s+[وف]?(?:(?:{_alt(w['span_before'])})"
            rf"(?:\s+[^\s.،,؛:]+)?\s+(?:{_alt(w['span_unit'])})(?:$|[^\w\s]|\s+(?:[^\s0-9]|$))|{since})")


PAIR_GAP_WORDS = 10                                       # words from a running toll's start to the figure joined to it by و (مقتل 260 عنصرا من الحزب وإصابة 400)
SPAN_BEFORE_GAP_WORDS = 2                                 # words from a span right before a figure to its start (أسفرت خلال أسبوع عن مقتل 260)


def span_before_pattern() -> str:
    """A span of weeks, months or years right before a figure's start (event_date_cues.csv ``span_before``
    then ``span_unit``, at most SPAN_BEFORE_GAP_WORDS words and no punctuation between: الغارات أسفرت
    خلال أسبوع عن مقتل 260)."""
    w = date_context_words()
    return (rf"(?:^|[^\w])[وف]?(?:{_alt(w['span_before'])})(?:\s+[^\s\d.،,؛:]+)?\s+(?:{_alt(w['span_unit'])})"
            rf"(?:\s+[^\s\d.،,؛:]+){{0,{SPAN_BEFORE_GAP_WORDS}}}\s*$")


def over_a_span(out: pl.DataFrame, f: pl.DataFrame, sents: pl.DataFrame, ev: list[str]) -> pl.DataFrame:
    """A figure counted over months or years (النزاع أوقع أكثر من 6800 قتيل في 15 شهرا) is a
    running toll: its day is the report's, so no date of its sentence (a truce in mid-February),
    of the sentence before or of the story dates it (every ``ev_`` column null: publication)."""
    fkey = ["article_id", "measure", "char_start", "char_end"]
    hit = sents.filter(pl.col("norm").str.contains_any(date_context_words()["span_unit"] + date_context_words()["since_start"]))
    span = (
        f.join(hit.select("article_id", pl.col("sent_start").alias("sentence_start"), "norm"), on=["article_id", "sentence_start"])
        .filter(pl.col("norm").str.slice(pl.col("_fpos")).str.contains(narrow(span_pattern()))
                | pl.col("norm").str.slice(0, pl.col("_fpos")).str.contains(narrow(span_before_pattern())))
        .select(*fkey, pl.lit(True).alias("_span"))
    )
    if span.height == 0:
        return out
    # … and a figure joined to such a figure by و, a few words on with no other number and no
    # punctuation between (أسفرت خلال أسبوع عن مقتل 260 عنصرا وإصابة 400 آخرين): one count
    prev_pos = pl.col("_fpos").shift(1).over("article_id", "sentence_start")
    gap = pl.col("norm").str.slice(prev_pos, pl.col("_fpos") - prev_pos)
    pair = (
        f.join(hit.select("article_id", pl.col("sent_start").alias("sentence_start"), "norm"), on=["article_id", "sentence_start"])
        .join(span, on=fkey, how="left").sort("article_id", "sentence_start", "_fpos")
        .with_columns(pl.col("_span").shift(1).over("article_id", "sentence_start").fill_null(False).alias("_prev_span"), gap.alias("_gap"))
        .filter(pl.col("_prev_span") & pl.col("_span").is_null()
                & (pl.col("_gap").str.count_matches(r"[0-9]+") <= 1) & ~pl.col("_gap").str.contains(r"[.،,؛:]")
                & (pl.col("_gap").str.count_matches(r"\S+") <= PAIR_GAP_WORDS)
                & (pl.col("_gap").str.contains(r"(?:^|\s)و\S*\s*$") | pl.col("norm").str.slice(pl.col("_fpos"), 1).eq("و")))
        .select(*fkey, pl.lit(True).alias("_span"))
    )
    span = pl.concat([span, pair])
    out = out.join(span, on=fkey, how="left")
    on = pl.col("_span").fill_null(False)
    return out.with_columns([pl.when(on).then(None).otherwise(pl.col(c)).alias(c) for c in [*ev, "ev_scope"]]).drop("_span")


def eve_shift(out: pl.DataFrame, f: pl.DataFrame, sents: pl.DataFrame, chosen_at: pl.DataFrame) -> pl.DataFrame:
    """``ev_shift`` -1 for a figure in a clause opened by غداة (event_date_cues.csv ``eve``: وتأتي
    الهجمات غداة مقتل 23 شخصا): the day before the date its sentence gives before غداة, or the
    story's or publication's; a date inside the clause (غداة هجوم أمس) already dates it."""
    fkey = ["article_id", "measure", "char_start", "char_end"]
    words = _alt(date_context_words()["eve"])
    pat = rf"(?:^|[^\w])[وف]?({words})(?:\s+[^\s.،,؛:]+){{0,{EVE_GAP_WORDS}}}\s*$"
    pre = pl.col("norm").str.slice(0, pl.col("_fpos"))
    hit = sents.filter(pl.col("norm").str.contains_any(date_context_words()["eve"]))  # the word itself first: few sentences have it
    eve = (
        f.join(hit.select("article_id", pl.col("sent_start").alias("sentence_start"), "norm"), on=["article_id", "sentence_start"])
        .filter(pre.str.contains(narrow(pat)))
        .with_columns(pre.str.extract(narrow(pat), 1).alias("_ew"),
                      (pl.col("_fpos") - pre.str.extract(narrow(rf"({pat})"), 1).str.len_chars()).alias("_gpos"))
        .select(*fkey, "_ew", "_gpos")
    )
    if eve.height == 0:
        return out.with_columns(pl.lit(None, pl.Int32).alias("ev_shift"))
    out = out.join(eve, on=fkey, how="left").join(chosen_at, on=fkey, how="left")
    inside = (pl.col("ev_scope") == "sentence") & pl.col("_cm").is_not_null() & (pl.col("_cm") >= pl.col("_gpos"))
    shift = pl.col("_ew").is_not_null() & ~inside.fill_null(False)
    return out.with_columns(
        pl.when(shift).then(pl.lit(-1, pl.Int32)).alias("ev_shift"),
        pl.when(shift & pl.col("ev_phrase").is_null()).then(pl.col("_ew")).otherwise(pl.col("ev_phrase")).alias("ev_phrase"))


def story_date_applies(ctx: pl.DataFrame, story_country: str, story_admin1: str | None = None) -> pl.DataFrame:
    """A figure that took the story's date (``ev_scope`` article) keeps it only when its own
    sentence places it in one of the story's countries (``story_country``: a list column, the
    countries of the headline's and lead's places) or not at all: a figure placed by its sentence
    in another country (the lead about an attack in Tunis, the figure about clashes in
    Sabha) is another event, dated by publication. Likewise a figure its sentence places in
    another governorate of the story's country than those of the lead (``story_admin1``: a list
    column; the lead about Aden, the figure about an ambush in Dhale): another front, another event."""
    ev = [c for c in SCHEMA if c.startswith("ev_") and c != "ev_shift"]
    placed = (pl.col("ev_scope") == "article") & (pl.col("place_basis") == "sentence") & pl.col("country").is_not_null()
    other = placed & pl.col(story_country).is_not_null() & ~pl.col(story_country).list.contains(pl.col("country"))
    if story_admin1 is not None:
        other = other | (placed & pl.col("admin1").is_not_null() & (pl.col(story_admin1).list.len() > 0).fill_null(False)
                         & ~pl.col(story_admin1).list.contains(pl.col("admin1")))
    return ctx.with_columns([pl.when(other.fill_null(False)).then(None).otherwise(pl.col(c)).alias(c) for c in ev])
