"""Stage 2, extract: articles → derived fields (spec §1-§5), one Parquet file per table."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import polars as pl

from . import credits, event_dates, gazetteer, metadata, places
from .figures import attack_counts, extract_figures, troop_figures
from .normalize import MARKUP_ANY, mask_markup_expr, match_text_expr, narrow
from .sentences import split_sentences

ENGINE = "streaming"

_I, _S = pl.Int64, pl.Utf8
OUTPUT_SCHEMAS = {
    "troop_figures": {"article_id": _S, "value": _I, "value_low": _I, "value_high": _I, "qualifier": _S, "force": _S,
                      "role": _S, "rule": _S, "sentence": _S, "sentence_start": _I, "char_start": _I, "char_end": _I},
    "attack_counts": {"article_id": _S, "measure": _S, "value": _I, "value_low": _I, "value_high": _I, "qualifier": _S,
                      "target": _S, "victims": _S, "rule": _S, "sentence": _S, "sentence_start": _I, "char_start": _I, "char_end": _I},
    "cited_sources": {"article_id": _S, "outlet": _S, "sentence": _S, "sentence_start": _I},
    "date_mentions": {"article_id": _S, "mention": _S, "date": pl.Date, "granularity": _S, "year_inferred": pl.Boolean,
                      "sentence": _S, "sentence_start": _I},
    "article_sketch": {"article_id": _S, "h": pl.UInt64},
    # Where and when each figure happened (etl/places.py, etl/event_dates.py); key: article_id,
    # measure ('troops' for troop figures), char_start, char_end.
    "figure_context": {**places.FIGURE_SCHEMA, **{k: v for k, v in event_dates.SCHEMA.items() if k.startswith("ev_")}},
}
SKETCH_SIZE = 16          # bottom-k hashes of an article's sentences
SKETCH_MIN_CHARS = 40     # shorter sentences (bylines, "قال") say nothing about the story
SKETCH_SENTENCES = 16     # sentences from the top of the article that are hashed


def article_sketch(sents: pl.LazyFrame) -> pl.LazyFrame:
    """Bottom-k MinHash of each article's normalised sentences: articles that share many
    sentences (one wire story in several outlets) share many sketch hashes."""
    # Outlets re-punctuate wire copy: hash the letters only. The lead carries the story,
    # so only the first SKETCH_SENTENCES sentences are hashed (and the work stays small).
    # (spaces, most of what goes, are dropped as a literal first: the regex alone paid its
    # per-match cost for every word gap, 1.1 of 1.3 CPU s at x1; the result is the same letters)
    letters = pl.col("norm").str.replace_all(" ", "", literal=True).str.replace_all(narrow(r"[^\w]+"), "")
    return (
        sents.filter((pl.col("sent_idx") < SKETCH_SENTENCES) & (pl.col("norm").str.len_chars() >= SKETCH_MIN_CHARS))
        .group_by("article_id")
        .agg(letters.hash(seed=0).unique().bottom_k(SKETCH_SIZE).alias("h"))
        .explode("h")
        .sort("article_id", "h")
    )


def _conform(df: pl.DataFrame, schema: dict) -> pl.DataFrame:
    """Exactly the published columns and types, also for an empty batch."""
    if df.height == 0:
        return pl.DataFrame(schema=schema)
    return df.select([pl.col(c).cast(t) for c, t in schema.items()])

FIELD_SCHEMA = {
    "article_id": pl.Utf8, "source": pl.Utf8, "sources": pl.List(pl.Utf8), "source_name": pl.Utf8, "dateline_place": pl.Utf8,
    "published_date": pl.Date, "published_at": pl.Datetime("us"),
}


def figure_context(figs: pl.DataFrame, sents: pl.DataFrame, fields: pl.DataFrame, gaz: pl.DataFrame) -> pl.DataFrame:
    """Place and date expression of every figure (both tables), keyed by article, measure and offsets."""
    f = figs.with_columns(pl.when(pl.col("table") == "troops").then(pl.lit("troops")).otherwise(pl.col("measure")).alias("measure"))
    key = ["article_id", "measure", "char_start", "char_end"]
    # The dates need nothing from the places: read in a thread of their own meanwhile (the figures'
    # context waits for the figures, the end of an increment's extraction; the other core is idle then).
    with ThreadPoolExecutor(max_workers=1) as side:
        dates_done = side.submit(event_dates.figure_dates, f, sents, fields.select("article_id", "published_date"))
        where = places.figure_places(f, sents, fields, gaz)
        when = dates_done.result()
    both = where.join(when, on=key, how="left")
    both = event_dates.story_date_applies(both, places.STORY_COUNTRY, places.STORY_ADMIN1).drop(places.STORY_COUNTRY, places.STORY_ADMIN1)
    return places.restated(both, f, sents).sort(key)


def scan_text(articles: pl.DataFrame) -> tuple[pl.DataFrame, pl.Series]:
    """The text the extractors read (``article_id, text``) and the ids of the articles whose
    text carries HTML markup: only those are masked (mask_markup_expr), the rest pass as stored."""
    has = articles.select(pl.col("text").str.contains(MARKUP_ANY).fill_null(False)).to_series()
    if not has.any():
        return articles.select("article_id", "text"), pl.Series("article_id", [], pl.Utf8)
    plain = articles.filter(~has).select("article_id", "text")
    masked = articles.filter(has).select("article_id", mask_markup_expr(pl.col("text")).alias("text"))
    return pl.concat([plain, masked]), masked.get_column("article_id")


def _as_stored(df: pl.DataFrame, articles: pl.DataFrame, marked: pl.Series) -> pl.DataFrame:
    """Evidence sentences as ``articles.text`` stores them: the rows of masked articles take
    their sentence back from the stored text (same offsets, same length)."""
    if marked.is_empty() or not {"sentence", "sentence_start"} <= set(df.columns) or df.height == 0:
        return df
    stored = articles.filter(pl.col("article_id").is_in(marked.implode())).select("article_id", pl.col("text").alias("_stored"))
    return (
        df.join(stored, on="article_id", how="left", maintain_order="left")
        .with_columns(pl.when(pl.col("_stored").is_not_null())
                      .then(pl.col("_stored").str.slice(pl.col("sentence_start"), pl.col("sentence").str.len_chars()))
                      .otherwise(pl.col("sentence")).alias("sentence"))
        .drop("_stored")
    )


def extract(articles: pl.DataFrame, gazetteer_cache: Path | None = None) -> dict[str, pl.DataFrame]:
    """All derived tables for a batch of articles (``article_id, text``). Pure apart from the
    gazetteer, read from (or built into) ``gazetteer_cache`` when given."""
    # Every extractor reads the text with its HTML tags and entities masked by spaces of the
    # same length (offsets into it are offsets into articles.text; see mask_markup_expr).
    scanned, marked = scan_text(articles)
    lf = scanned.lazy()
    # Sentences are normalised once (letters, digits, doubled whitespace, lower case)
    # and shared by every extractor. Row-wise string work runs on the streaming engine,
    # which spreads it over all cores (about twice as fast here as in-memory).
    sents = (
        split_sentences(lf)
        .with_columns(match_text_expr(pl.col("sentence")).alias("norm"))
        .collect(engine=ENGINE)
    )
    # The figures (the largest part: many small queries, which keep about one core busy) are
    # read in a thread of their own while the head's fields, the dates and the sketches are:
    # they need nothing from each other (same tables, an increment's extraction waits less).
    with ThreadPoolExecutor(max_workers=1) as side:
        figures_done = side.submit(extract_figures, sents.lazy())
        lines = metadata.head_lines(lf).collect(engine=ENGINE).lazy()
        pub, src, cited = pl.collect_all(
            [metadata.published(lines), credits.sources(lf, lines), metadata.cited_sources(sents.lazy())], engine=ENGINE
        )
        fields = (
            articles.select("article_id").sort("article_id").lazy()
            .join(src.lazy(), on="article_id", how="left", maintain_order="left")
            .join(pub.lazy(), on="article_id", how="left", maintain_order="left")
            .with_columns(pl.col("sources").fill_null(pl.lit([], pl.List(pl.Utf8))))
            .select(list(FIELD_SCHEMA))
            .collect()
            .cast(FIELD_SCHEMA)
        )
        dates = metadata.date_mentions(sents.lazy(), pub.lazy()).collect(engine=ENGINE)
        sketch = article_sketch(sents.lazy()).collect(engine=ENGINE)
        figs = figures_done.result()
    out = {
        "troop_figures": troop_figures(figs),
        "attack_counts": attack_counts(figs),
        "cited_sources": cited,
        "date_mentions": dates,
        "article_sketch": sketch,
        "figure_context": figure_context(figs, sents, fields, gazetteer.load(gazetteer_cache)) if figs.height else pl.DataFrame(),
    }
    out = {k: _as_stored(v, articles, marked) for k, v in out.items()}
    # The date mentions (two queries concatenated) came in an order that changed from run to run:
    # in a total order, one batch's extraction writes the same file every time.
    out["date_mentions"] = out["date_mentions"].sort(DATE_MENTION_ORDER)
    return {"article_fields": fields, **{k: _conform(v, OUTPUT_SCHEMAS[k]) for k, v in out.items()}}


DATE_MENTION_ORDER = ["article_id", "sentence_start", "mention", "date", "granularity", "year_inferred", "sentence"]
