"""Split article text into sentences with exact character offsets (polars only)."""

from __future__ import annotations

from functools import lru_cache

import polars as pl

from .normalize import narrow

# Tiles the whole text: a run of non-terminators (a dot between digits stays inside:
# 2.5, 12.500) plus its terminators, or a run of bare terminators.
SENTENCE = r"(?:[^\n.!?؟]|\.[0-9])+[.!?؟\n]*|[.!?؟\n]+"
# The same tiling, twice as fast: a marker goes after every run of terminators (a lone
# dot before a digit is not one) and the text is split on it. Texts that already hold
# the marker character take the SENTENCE path.
MARK = "\x1f"
TERMINATORS = r"([!?؟\n][.!?؟\n]*|\.[.!?؟\n]+)|(\.)([^0-9])"
# A piece longer than this (a 10 MB line with no full stop) is cut into pieces of this
# size, so memory per sentence stays bounded. (Done only on the long pieces: a bounded
# repetition in SENTENCE itself made the regex six times slower.)
MAX_SENTENCE = 2000
CUT = r"(?s).{1,%d}" % MAX_SENTENCE
# Some scraped pages carry an ASCII "?" on each side of every space, where a format character
# (a right-to-left mark) was lost on the way: "مقتل? ?30? ?على". That "? ?" is a word gap, not
# the end of a question: it is hidden from the splitter behind a placeholder of the same length
# (texts that already hold the placeholder keep their "? ?" as it is) and put back in each piece.
WORD_GAP = "? ?"
GAP_HOLD = "\x1e"
# A number wrapped at the end of a line, its scale word opening the next (أكثر من خمسة⏎⏎آلاف عنصر، 29⏎ألف
# عسكري; hard-wrapped pages): the line break between them does not end the sentence. It is hidden behind a
# placeholder of the same length and put back in each piece (texts that already hold the placeholder split as
# they are).
WRAP_HOLD = "\x1d"


@lru_cache(maxsize=None)
def wrap_patterns() -> tuple[str, str, str]:
    """The wrapped-number line breaks, with two line breaks and with one (groups: before, between, after), and
    what both need: a line that opens with a scale word (a literal-led search, about a tenth of the text's
    cost of the two, which are tried only in the texts that hold it)."""
    from .normalize import raw_alternation
    from .reference import read_csv
    nw = read_csv("number_words.csv")
    number = raw_alternation(r["word"] for r in nw if r["kind"] not in ("fraction", "scale"))
    scale = raw_alternation(r["word"] for r in nw if r["kind"] == "scale")
    sp = r"[ \t\u00a0]*"
    end = rf"((?:^|[^\w])(?:[0-9\u0660-\u0669\u06F0-\u06F9]+|{number}){sp})"
    start = rf"({sp}{scale}(?:[^\w]|$))"
    return narrow(rf"{end}\n({sp})\n{start}"), narrow(rf"{end}\n{start}"), rf"\n{sp}(?:\n{sp})?{scale}"


def _where(df: pl.DataFrame, flag: str, *exprs: pl.Expr) -> pl.DataFrame:
    """``exprs`` applied to the rows where ``flag`` holds (the others first, then those; nothing is
    evaluated when no row holds it, nearly every batch)."""
    if not df.get_column(flag).any():
        return df
    return pl.concat([df.filter(~pl.col(flag)), df.filter(pl.col(flag)).with_columns(*exprs)])


def split_sentences(articles: pl.LazyFrame | pl.DataFrame) -> pl.LazyFrame:
    """``article_id, text`` → one row per sentence: ``article_id, sent_idx, sent_start, sentence``.

    ``sent_start`` is the 0-based character offset of the sentence in ``text``; pieces
    that are only whitespace or punctuation are dropped after offsets are computed.
    Offsets are cumulative sums inside each article's list of pieces (no window functions).
    (Staged on materialised frames: each flag is computed once, and only the few texts that
    hold a word gap, a wrapped number or the marker pay for their path; in one lazy plan the
    branches of each concat read the texts again.)
    """
    two, one, wrapped = wrap_patterns()
    text = articles.lazy().select(
        "article_id", "text",
        # only the few texts that hold a word gap pay for the placeholder
        (pl.col("text").str.contains(WORD_GAP, literal=True) & ~pl.col("text").str.contains(GAP_HOLD, literal=True)).alias("_hold"),
        (pl.col("text").str.contains(wrapped) & ~pl.col("text").str.contains(WRAP_HOLD, literal=True)).alias("_wrap"),
    ).collect()
    text = _where(text, "_hold", pl.col("text").str.replace_all(WORD_GAP, GAP_HOLD + " " + GAP_HOLD, literal=True))
    if text.get_column("_wrap").any():  # the wrapped numbers themselves, in the texts that may hold one
        maybe = text.with_row_index("_i").filter("_wrap")
        found = maybe.filter(pl.col("text").str.contains(two) | pl.col("text").str.contains(one)).get_column("_i")
        text = text.with_columns(pl.int_range(pl.len(), dtype=found.dtype).is_in(found.implode()).alias("_wrap"))
    text = _where(text, "_wrap", pl.col("text").str.replace_all(two, "${1}" + WRAP_HOLD + "${2}" + WRAP_HOLD + "${3}")
                  .str.replace_all(one, "${1}" + WRAP_HOLD + "${2}"))
    has_mark = pl.col("text").str.contains(MARK, literal=True)
    split = pl.concat([
            text.filter(~has_mark).select("article_id", "_hold", "_wrap", pl.col("text").str.replace_all(TERMINATORS, "${1}${2}" + MARK + "${3}").str.split(MARK).alias("piece")),
            text.filter(has_mark).select("article_id", "_hold", "_wrap", pl.col("text").str.extract_all(SENTENCE).alias("piece")),
    ])
    split = _where(split, "_wrap", pl.col("piece").list.eval(pl.element().str.replace_all(WRAP_HOLD, "\n", literal=True))).drop("_wrap")
    pieces = (
        _where(split, "_hold", pl.col("piece").list.eval(pl.element().str.replace_all(GAP_HOLD, "?", literal=True)))
        .drop("_hold")
        .with_columns(pl.col("piece").list.eval(pl.element().str.len_chars()).alias("_len"))
        .with_columns(
            pl.col("_len").list.eval(pl.element().cum_sum() - pl.element()).alias("sent_start"),
            pl.col("_len").list.eval(pl.int_range(pl.len())).alias("sent_idx"),
        )
        .explode("piece", "_len", "sent_start", "sent_idx")
        .drop_nulls("piece")
        .with_columns(pl.col("sent_start").cast(pl.Int64), pl.col("sent_idx").cast(pl.Int64))
    )
    long = pl.col("_len") > MAX_SENTENCE
    if pieces.select(long.any()).item():
        cut = (
            pieces.filter(long)
            .with_columns(pl.col("piece").str.extract_all(CUT))
            .explode("piece")
            .with_columns(pl.int_range(pl.len()).over("article_id", "sent_idx").alias("_q"))
            .with_columns((pl.col("sent_start") + pl.col("_q") * MAX_SENTENCE).alias("sent_start"))
            .drop("_q")
        )
        pieces = (
            pl.concat([pieces.filter(~long), cut])
            .sort("article_id", "sent_start")
            .with_columns(pl.int_range(pl.len()).over("article_id").alias("sent_idx"))
        )
    return (
        pieces.lazy()
        .with_columns(pl.col("piece").str.strip_chars_end().alias("sentence"))
        .filter(pl.col("sentence").str.contains(narrow(r"\w")))
        .select("article_id", pl.col("sent_idx").cast(pl.Int32), pl.col("sent_start").cast(pl.Int64), "sentence")
    )
