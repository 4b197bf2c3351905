"""Property-based tests (hypothesis): numbers round-trip, extractors never raise, offsets hold."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import polars as pl

from etl.extract import extract
from etl.numbers import parse_number

UNITS = {1: "واحد", 2: "اثنان", 3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة"}
TEENS = {10: "عشرة", 11: "أحد عشر", 12: "اثنا عشر", 13: "ثلاثة عشر", 14: "أربعة عشر", 15: "خمسة عشر",
         16: "ستة عشر", 17: "سبعة عشر", 18: "ثمانية عشر", 19: "تسعة عشر"}
TENS = {20: "عشرين", 30: "ثلاثين", 40: "أربعين", 50: "خمسين", 60: "ستين", 70: "سبعين", 80: "ثمانين", 90: "تسعين"}
HUNDREDS = {100: "مئة", 200: "مئتين", 300: "ثلاثمئة", 400: "أربعمئة", 500: "خمسمئة", 600: "ستمئة",
            700: "سبعمئة", 800: "ثمانمئة", 900: "تسعمئة"}


def words_below_1000(n: int) -> str:
    """Render 1..999 the way Arabic news writes it (hundreds, then units و tens)."""
    parts = []
    h, rest = divmod(n, 100)
    if h:
        parts.append(HUNDREDS[h * 100])
    if rest:
        if rest < 10:
            parts.append(UNITS[rest])
        elif rest < 20:
            parts.append(TEENS[rest])
        else:
            u, t = rest % 10, rest - rest % 10
            parts.append(f"{UNITS[u]} و{TENS[t]}" if u else TENS[t])
    return " و".join(parts)


def words(n: int) -> str:
    thousands, rest = divmod(n, 1000)
    out = []
    if thousands:
        out.append("ألف" if thousands == 1 else f"{words_below_1000(thousands)} {'آلاف' if thousands < 11 else 'ألف'}")
    if rest:
        out.append(words_below_1000(rest))
    return " و".join(out)


def digits(n: int, script: str) -> str:
    base = {"western": ord("0"), "arabic-indic": 0x0660, "persian": 0x06F0}[script]
    return "".join(chr(base + int(d)) for d in str(n))


@given(st.integers(min_value=0, max_value=10**15), st.sampled_from(["western", "arabic-indic", "persian"]))
def test_digits_of_every_script_parse_back(n, script):
    assert parse_number(digits(n, script)) == n


@given(st.integers(min_value=1000, max_value=10**9))
def test_thousands_separators_parse_back(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(f"{n:,}".replace(",", "٬")) == n


@given(st.integers(min_value=1, max_value=999_999))
def test_number_words_parse_back(n):
    assert parse_number(words(n)) == n


ALPHABET = st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآءئؤ ًٌٍَُِّْـ0123456789٠١٢٣٤٥٦٧٨٩.,،؟!:\n()«»\"-") + [
    "قتل ", "مقتل ", "جنود ", "جندي ", "صاروخا ", "هجوم ", "عشرات ", "نحو ", "إصابة ", "بينهم ", "قوامها ", "ألف ", "واس ", "(شينخوا) "])


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(ALPHABET, max_size=120).map("".join), min_size=1, max_size=12))
def test_no_text_makes_an_extractor_raise_and_offsets_point_at_the_evidence(texts):
    # one extraction per example covers up to 12 texts: the per-call cost, not the texts, is what is slow
    ids = [f"a{i}" for i in range(len(texts))]
    out = extract(pl.DataFrame({"article_id": ids, "text": texts}))
    text_of = dict(zip(ids, texts))
    for table in ("troop_figures", "attack_counts"):
        for r in out[table].iter_rows(named=True):
            text = text_of[r["article_id"]]
            phrase = text[r["char_start"]:r["char_end"]]
            assert phrase and phrase in r["sentence"]
            assert text[r["sentence_start"]:r["sentence_start"] + len(r["sentence"])] == r["sentence"]
    assert sorted(out["article_fields"]["article_id"].to_list()) == sorted(ids)
