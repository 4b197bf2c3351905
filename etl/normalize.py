"""Letter normalisation for matching, shared by the polars pipeline and plain Python.

Three kinds of change, so published offsets stay exact:
- one-to-one substitutions (alef forms → ا, ى → ي, ة → ه, every digit script → ASCII,
  Arabic separators → ASCII, the positional presentation forms of a letter → the letter):
  the character count is unchanged;
- removals (diacritics, tatweel, bidi and zero-width marks): the pipeline keeps, per
  sentence, the original index of every kept character (:func:`match_index_expr`), so a
  match in normalised text maps back to ``articles.text`` offsets;
- expansions (a lam-alef ligature → its two letters): both letters keep the ligature's
  index, as a doubled whitespace character does in the match text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import polars as pl

SUBSTITUTIONS: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ک": "ك",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
    "ؤ": "و", "ئ": "ي",
    "٬": ",", "٫": ".", "۔": ".",
    "«": '"', "»": '"', "“": '"', "”": '"',
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}
for _i in range(10):
    SUBSTITUTIONS[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic
    SUBSTITUTIONS[chr(0x06F0 + _i)] = str(_i)  # Persian / Urdu

# Arabic Presentation Forms-B (U+FE70-FEFC: text copied from PDFs and some CMSs writes the
# isolated, initial, medial and final shape of each letter, ﻋﻨﺼﺮﺍ for عنصرا, or a lam-alef
# ligature, اﻷحمري): a letter's shape is the letter (NFKC), one to one; a ligature is its two
# letters (LIGATURES); a harakah's spacing or tatweel form is a mark (removed, PRESENTATION_MARKS).
PRESENTATION_FORMS = range(0xFE70, 0xFEFD)
PRESENTATION_MARKS = "".join(chr(c) for c in PRESENTATION_FORMS
                             if len(k := unicodedata.normalize("NFKC", chr(c))) > 1 and unicodedata.combining(k[-1]))
LIGATURES: dict[str, str] = {}
for _c in PRESENTATION_FORMS:
    _k = unicodedata.normalize("NFKC", chr(_c))
    if _k == chr(_c) or chr(_c) in PRESENTATION_MARKS:
        continue
    _k = "".join(SUBSTITUTIONS.get(ch, ch) for ch in _k)
    (SUBSTITUTIONS if len(_k) == 1 else LIGATURES)[chr(_c)] = _k
LIGATURE_CLASS = "[" + "".join(LIGATURES) + "]"
# Every character normalised to others, removals aside: the one-to-one substitutions and the
# ligatures (polars' replace_many and Python's translate table both read it).
LETTERS: dict[str, str] = {**SUBSTITUTIONS, **LIGATURES}

# Characters deleted before matching: harakat, Quranic marks, tatweel, bidi/zero-width.
REMOVABLE: str = (
    "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670\u0640"
    + "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
    + PRESENTATION_MARKS
)
REMOVABLE_CLASS = "[" + "".join(REMOVABLE) + "]"
# Removed from the match text only (not by normalize(), whose reference patterns use "?" as
# regex syntax): the ASCII question mark. Inside a sentence it is a lost format character
# ("مقتل? ?30", see etl.sentences.WORD_GAP); at a sentence's end it says nothing a rule reads.
MATCH_REMOVABLE = REMOVABLE + "?"
MATCH_REMOVABLE_CLASS = "[" + "".join(MATCH_REMOVABLE).replace("?", "\\?") + "]"

_TABLE = str.maketrans({**LETTERS, **{c: None for c in REMOVABLE}})


def raw_alternation(words) -> str:
    """A regex alternation that matches ``words`` as raw text writes them: each letter of their
    normalised form stands for every character :data:`SUBSTITUTIONS` maps to it (أ إ آ for ا,
    ة for ه, ى ئ for ي, …); longest first."""
    sources: dict[str, set[str]] = {}
    for raw, norm in SUBSTITUTIONS.items():
        sources.setdefault(norm, {norm}).add(raw)
    forms = sorted({normalize(w) for w in words}, key=len, reverse=True)
    cls = {n: "[" + "".join(re.escape(c) for c in sorted(cs)) + "]" for n, cs in sources.items()}
    return "(?:" + "|".join("".join(cls.get(c, re.escape(c)) for c in f) for f in forms) + ")"


def normalize(text: str) -> str:
    """Normalise one string (reference words, tests). Same mapping as :func:`normalize_expr`."""
    return text.translate(_TABLE)


def normalize_expr(expr: pl.Expr) -> pl.Expr:
    """The polars twin of :func:`normalize`."""
    out = expr.str.replace_all(REMOVABLE_CLASS, "")
    return out.str.replace_many(LETTERS)


WHITESPACE = "\n\t\r\v\f \u00a0\u2009\u202f\u2028\u2029\u3000"


def match_text_expr(expr: pl.Expr) -> pl.Expr:
    """Normalised, lower-cased text with every whitespace character doubled, in one pass.

    Patterns mark word edges by consuming one separator (``(?:^|[^\\w])`` … ``(?:[^\\w]|$)``)
    instead of Unicode ``\\b``, which keeps polars' regex on its fast DFA path; doubling
    whitespace leaves a separator for the next match after one is consumed.
    """
    mapping = {**LETTERS, **{c: "" for c in MATCH_REMOVABLE}, **{w: "  " for w in WHITESPACE}}
    mapping.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})
    src = list(mapping)
    return expr.str.replace_many(src, [mapping[k] for k in src])


def match_index_expr(expr: pl.Expr) -> pl.Expr:
    """For each string, the original index of every character of :func:`match_text_expr`."""
    keep = pl.element().is_in(list(MATCH_REMOVABLE)).not_()
    reps = pl.when(pl.element().is_in(list(WHITESPACE) + list(LIGATURES))).then(2).otherwise(1)
    return expr.str.split("").list.eval(
        pl.int_range(pl.len()).filter(keep).repeat_by(reps.filter(keep)).explode()
    )


def original_index(df: pl.DataFrame, text: str, norm: str, positions: dict[str, pl.Expr]) -> pl.DataFrame:
    """Add, for each ``name: position`` (a position of a non-space character in the match
    text ``norm``), column ``name``: that character's index in the original ``text``.

    Rows whose text has nothing removable and no ligature (nearly all news text) need no per-character
    index: every whitespace character is two spaces in ``norm`` and every other character
    one, so the index is the position minus half the spaces before it. The rest go through
    :func:`match_index_expr`. Row order within one text is kept.
    """
    if df.height == 0:
        return df.with_columns([pl.lit(None, pl.Int64).alias(n) for n in positions])
    removed = pl.col(text).str.contains(MATCH_REMOVABLE_CLASS) | pl.col(text).str.contains(LIGATURE_CLASS)
    half_spaces = lambda p: pl.col(norm).str.slice(0, p).str.count_matches(" ", literal=True) // 2
    plain = df.filter(~removed).with_columns([(p - half_spaces(p)).cast(pl.Int64).alias(n) for n, p in positions.items()])
    other = df.filter(removed)
    # (the per-character index once per distinct text, not once per row: a sentence holds several mentions)
    kept = other.select(pl.col(text).unique()).with_columns(match_index_expr(pl.col(text)).alias("_kept"))
    other = other.join(kept, on=text, how="left", maintain_order="left").with_columns(
        [pl.col("_kept").list.get(p).cast(pl.Int64).alias(n) for n, p in positions.items()]
    ).drop("_kept")
    return pl.concat([plain, other])


# Raw HTML left in a page's text by its scraper (``<p style="text-align: justify;">`` before
# every paragraph, ``&nbsp;``): no words of the page. The extractors read a masked twin of
# ``articles.text`` in which every tag and entity is the same number of spaces (a few entities,
# the character they stand for and spaces), so that every offset into the masked text is the
# same offset into ``articles.text`` (spec §3: evidence offsets point into the stored text).
# A tag opens with a letter, "/" or "!" and closes on its line: "a < b" and "<< X >>" are text.
MARKUP_TAG = r"<!--[^\n]{0,400}?-->|</?[A-Za-z][A-Za-z0-9]{0,15}(?:[\s/][^<>\n]{0,400})?>"
MARKUP_ENTITY = r"&#[0-9]{1,7};|&#[xX][0-9A-Fa-f]{1,6};|&[A-Za-z][A-Za-z0-9]{1,7};"
# entities that stand for a separator or a quote keep it, padded with spaces
MARKUP_ANY = rf"{MARKUP_TAG}|{MARKUP_ENTITY}"
ENTITY_CHARS = {"&ndash;": "–", "&mdash;": "—", "&quot;": '"', "&amp;": "&", "&laquo;": "«", "&raquo;": "»",
                "&lt;": "<", "&gt;": ">", "&#8211;": "–", "&#8212;": "—",
                "&#39;": "'", "&#8220;": "“", "&#8221;": "”"}


def mask_markup_expr(expr: pl.Expr) -> pl.Expr:
    """``expr`` with every HTML tag and entity masked by spaces of the same length (see
    MARKUP_TAG). Linear: the text is cut into markup and the runs between (one regex pass that
    covers every character), the markup pieces become spaces, and the pieces are joined back; a
    text without markup comes back as it is (:func:`etl.extract.scan_text` masks only texts with it)."""
    src = list(ENTITY_CHARS)
    dst = [v + " " * (len(k) - len(v)) for k, v in ENTITY_CHARS.items()]
    pieces = rf"{MARKUP_TAG}|{MARKUP_ENTITY}|[^<&]+|[<&]"
    markup = rf"^(?:{MARKUP_TAG}|{MARKUP_ENTITY})$"
    masked = (
        expr.str.replace_many(src, dst)
        .str.extract_all(pieces)
        .list.eval(pl.when(pl.element().str.contains(markup)).then(pl.element().str.replace_all(r"(?s).", " ")).otherwise(pl.element()))
        .list.join("")
    )
    return masked


# Unicode ``\w`` costs every pattern that holds it: the regex engine (Rust's ``regex``, behind
# polars) builds a UTF-8 automaton of its 796 ranges at each occurrence, and polars compiles a
# pattern again in every extraction (its per-thread cache keeps 32 patterns, the extraction
# uses several hundred). The patterns of one extraction hold about 1,000 of them, the figure
# rules' about 500 (``(?:^|[^\w])`` at every word edge). :func:`word_classes` spells ``\w`` out
# as the word characters of the Unicode blocks the texts are written in: the engine's own ``\w``
# tested on every character of these blocks, so within them the class is ``\w`` exactly: they
# hold every word character of the SaudiNewsNet corpus and the web pages. A word character of
# another script (Thai, Hangul, Bengali ...) reads as a separator.
WORD_BLOCKS = (
    (0x0000, 0x06FF),  # Basic Latin to Arabic (Latin-1 and Extended, IPA, combining marks, Greek, Cyrillic, Armenian, Hebrew)
    (0x0750, 0x077F),  # Arabic Supplement
    (0x08A0, 0x08FF),  # Arabic Extended-A
    (0x0900, 0x097F),  # Devanagari
    (0x2000, 0x206F),  # General Punctuation (the zero-width joiners are word characters)
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
)


@lru_cache(maxsize=1)
def word_class() -> str:
    r"""The body of a character class (no brackets) of the characters of :data:`WORD_BLOCKS`
    that the regex engine's ``\w`` matches, as ranges."""
    codes = [c for lo, hi in WORD_BLOCKS for c in range(lo, hi + 1)]
    is_word = pl.Series([chr(c) for c in codes]).str.contains(r"^\w$").to_list()
    ranges: list[list[int]] = []
    for c, w in zip(codes, is_word):
        if not w:
            continue
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    # (as the characters themselves: every one is a letter, digit, mark or "_", none a class
    # metacharacter, and Python's ``re`` reads the class too)
    return "".join(chr(lo) if lo == hi else f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges)


_CLASS_OR_ESCAPE = re.compile(r"[\\\[\]]")  # what word_classes reads one by one


@lru_cache(maxsize=4096)
def word_classes(pattern: str) -> str:
    r"""``pattern`` with ``\w`` and ``\W`` spelled out as :func:`word_class` (inside a class
    too: ``[^\w]``; ``\W`` in a class becomes a nested class, ``[^\W\d_]`` → ``[^[^…]\d_]``, which
    the regex crate reads and Python's ``re`` does not); the same matches on text written in
    :data:`WORD_BLOCKS`, at a fraction of the compile cost."""
    if "\\w" not in pattern and "\\W" not in pattern:
        return pattern
    w = word_class()
    out: list[str] = []
    i, in_class = 0, False
    while (found := _CLASS_OR_ESCAPE.search(pattern, i)) is not None:  # (the text between is copied whole)
        j = found.start()
        out.append(pattern[i:j])
        c = pattern[j]
        if c == "\\" and j + 1 < len(pattern):
            pair = pattern[j:j + 2]
            if pair == "\\w":
                out.append(w if in_class else f"[{w}]")
            elif pair == "\\W":
                out.append(f"[^{w}]")  # (nested in a class: the regex crate's syntax)
            else:
                out.append(pair)
            i = j + 2
            continue
        i = j + 1
        if c == "[" and not in_class:
            in_class = True
            out.append(c)
            if pattern.startswith("^", i):
                out.append("^")
                i += 1
            if pattern.startswith("]", i):  # a "]" first in a class is a literal
                out.append("]")
                i += 1
            continue
        if c == "]" and in_class:
            in_class = False
        out.append(c)
    out.append(pattern[i:])
    return "".join(out)


def narrow(pattern):
    r"""A pattern for polars with ``\w`` spelled out (:func:`word_classes`: the same matches on
    the texts' scripts, a fraction of the compile cost, which every extraction pays again for
    every pattern); anything else (an expression, None) passes as it is. Every pattern that
    holds ``\w`` and runs in polars goes through it (about 0.4 s of CPU per extraction of 3,000
    articles, 0.35 s of it paid by any batch, however small)."""
    return word_classes(pattern) if isinstance(pattern, str) else pattern
