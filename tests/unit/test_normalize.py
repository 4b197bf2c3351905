import re
import polars as pl
import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.normalize import match_index_expr, match_text_expr, normalize, normalize_expr, original_index, raw_alternation


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("أإآ", "ااا"),
        ("مستشفى", "مستشفي"),
        ("قاعدة", "قاعده"),
        ("جنديًا", "جنديا"),
        ("مسيّرة", "مسيره"),
        ("الـعراق", "العراق"),
        ("٢٥٠٠ ۲۵۰۰", "2500 2500"),
        ("a\u200fb\u200bc", "abc"),
    ],
)
def test_normalize_letters_digits_and_marks(raw, expected):
    assert normalize(raw) == expected


def test_polars_and_python_normalisation_agree():
    words = ["أمريكيّاً", "قذيفةٍ", "٣٥٠٠ جندي", "إلى", "الـعراق\u200f"]
    out = pl.DataFrame({"w": words}).select(normalize_expr(pl.col("w")))["w"].to_list()
    assert out == [normalize(w) for w in words]


def test_match_index_maps_every_normalised_char_back_to_the_original():
    text = "نحو ٢٥٠٠ جنديًّا\nأمريكيّ"
    df = pl.DataFrame({"t": [text]}).select(match_text_expr(pl.col("t")).alias("m"), match_index_expr(pl.col("t")).alias("k"))
    m, k = df["m"][0], df["k"][0].to_list()
    assert len(m) == len(k)
    for ch, i in zip(m, k):
        assert normalize(text[i]).replace("\n", " ") in (ch, " ")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("اأبة ٣5\n\t.?") + ["\u064b", "\u0640", "\u200f", "\u00a0"]), min_size=1, max_size=30).map("".join))
def test_original_index_agrees_with_the_per_character_index(text):
    """The shortcut for texts with nothing removable and the per-character index give the
    same original index for every non-space character of the match text."""
    assert_original_index_is_the_per_character_index(text)


def assert_original_index_is_the_per_character_index(text):
    """original_index() and match_index_expr() agree on every non-space character of the
    match text; returns the match text, the per-character index and those positions."""
    df = pl.DataFrame({"t": [text]}).with_columns(match_text_expr(pl.col("t")).alias("m"), match_index_expr(pl.col("t")).alias("k"))
    m, k = df["m"][0], df["k"][0].to_list()
    assert len(m) == len(k)
    positions = [p for p, ch in enumerate(m) if ch != " "]
    if positions:
        rows = df.select("t", "m").join(pl.DataFrame({"p": positions}), how="cross")
        got = original_index(rows, "t", "m", {"i": pl.col("p")}).sort("p")["i"].to_list()
        assert got == [k[p] for p in positions]
    return m, k, positions


def test_match_text_drops_the_question_marks_of_a_lost_word_gap_and_maps_back():
    text = "وقتل? ?25? ?جنديا"
    df = pl.DataFrame({"t": [text]}).with_columns(match_text_expr(pl.col("t")).alias("m"))
    assert df["m"][0] == "وقتل  25  جنديا"
    got = original_index(df, "t", "m", {"i": pl.lit(df["m"][0].index("25"))})["i"][0]
    assert text[got:got + 2] == "25"


def test_normalize_keeps_the_question_mark_that_reference_patterns_use():
    assert normalize("^(ال)?عراق") == "^(ال)?عراق"


def test_markup_is_masked_by_spaces_of_the_same_length():
    import polars as pl

    from etl.normalize import mask_markup_expr

    texts = ['<p style="text-align: justify;">قال الجيش.</p>\n<br/>نص&nbsp;آخر&ndash; هنا',
             "<!-- تعليق -->كلمة&#1234;أخرى",
             "a < b و << عنوان >> و 3<5 & 4>2",  # no tag: left as written
             "نص بلا وسوم", ""]
    masked = pl.DataFrame({"t": texts}).select(mask_markup_expr(pl.col("t"))).to_series().to_list()
    assert [len(m) for m in masked] == [len(t) for t in texts]
    assert masked[0] == " " * 32 + "قال الجيش.    \n     نص      آخر–       هنا"
    assert masked[1] == " " * len("<!-- تعليق -->") + "كلمة" + " " * len("&#1234;") + "أخرى"
    assert masked[2:] == texts[2:]


@pytest.mark.parametrize("raw, matches", [
    ("مئة", True), ("مىه", True), ("خمسة", True), ("أربعة", True), ("إربعه", True),
    ("خمسين", False), ("مئتا", False),
])
def test_raw_alternation_matches_every_spelling_normalize_folds(raw, matches):
    # derived from SUBSTITUTIONS: ئ is a ي, ة a ه, every alef form an ا (a hand-kept map missed ئ)
    pattern = raw_alternation(["مئة", "خمسة", "أربعة"])
    assert bool(re.fullmatch(pattern, raw)) is matches


# --- word_classes: \w spelled out as the word characters of the texts' scripts ----------------------

def test_word_class_is_the_engines_word_class_on_every_character_of_its_blocks():
    from etl.normalize import WORD_BLOCKS, word_class
    chars = pl.Series([chr(c) for lo, hi in WORD_BLOCKS for c in range(lo, hi + 1) if not 0xD800 <= c <= 0xDFFF])
    unicode = chars.str.contains(r"^\w$")
    spelled = chars.str.contains("^[" + word_class() + "]$")
    assert unicode.sum() > 20_000 and (unicode == spelled).all()


@pytest.mark.parametrize(
    "text, edge",
    [
        ("قتل 5 جنود", True),          # a space before the word
        ("،قتل", True),                # Arabic comma
        ("(قتل)", True),
        ("قتل", True),                 # start of the text
        ("وقتل", False),               # an Arabic letter glued before it
        ("گقتل", False),               # a Persian letter
        ("5قتل", False),               # a digit
        ("_قتل", False),
        ("xقتل", False),
        ("中قتل", False),               # a CJK ideograph is a word character too
    ],
)
def test_word_classes_keeps_every_word_edge(text, edge):
    from etl.normalize import word_classes
    pattern = r"(?:^|[^\w])قتل(?:[^\w]|$)"
    narrow = word_classes(pattern)
    assert r"\w" not in narrow
    got = pl.Series([text]).str.contains(narrow).item()
    assert got is edge and pl.Series([text]).str.contains(pattern).item() is edge


def test_word_classes_rewrites_only_the_word_escapes():
    from etl.normalize import word_class, word_classes
    w = word_class()
    assert word_classes(r"\s+\d[^\s]") == r"\s+\d[^\s]"          # nothing to spell out
    assert word_classes(r"a\\w") == r"a\\w"                        # an escaped backslash, then "w"
    assert word_classes(r"\w+\W") == f"[{w}]+[^{w}]"
    assert word_classes(r"[^\w\s]") == f"[^{w}\\s]"
    assert word_classes(r"[]\w]") == f"[]{w}]"                    # a "]" first in a class is a literal
    # \W inside a class: a nested class (the regex crate's syntax), the same letters
    letters = word_classes(r"^[^\W\d_]+$")
    probe = pl.Series(["قتلى", "abc", "a1", "a_b", "مع،"])
    assert probe.str.contains(letters).to_list() == probe.str.contains(r"^[^\W\d_]+$").to_list() == [True, True, False, False, False]


def test_a_word_character_of_another_script_reads_as_a_separator():
    from etl.normalize import word_classes
    # (Thai: no text the product reads is written in it; the figure rules' word edges are
    # spelled out for the scripts the texts hold, see etl.normalize.WORD_BLOCKS)
    assert pl.Series(["กقتل"]).str.contains(word_classes(r"(?:^|[^\w])قتل")).item()
    assert not pl.Series(["กقتل"]).str.contains(r"(?:^|[^\w])قتل").item()


def test_the_figure_rules_compile_no_unicode_word_class():
    from etl.rules import context, grammar
    for c in grammar().rules:
        for p in (c.pattern, c.prefilter, c.lead, c.rare_guard, c.common_pattern):
            assert p is None or (r"\w" not in p and r"\W" not in p), c.rule.name
    assert not any(r"\w" in p for p in context().values())


@pytest.mark.parametrize(
    "pattern, expected",
    [
        ("a\\", "a\\"),                         # a lone backslash at the end is copied
        (r"[a[\w]", "[a[{w}]"),                 # a "[" inside a class is a letter: the class goes on
        (r"[^]\w]+\w", "[^]{w}]+[{w}]"),        # "^]" first in a class: negation and a literal "]"
        (r"(?:^|\W)x(?:\W|$)", "(?:^|[^{w}])x(?:[^{w}]|$)"),
        (r"\\\w", "\\\\[{w}]"),                 # an escaped backslash, then a word class
    ],
)
def test_word_classes_reads_classes_and_escapes(pattern, expected):
    from etl.normalize import word_class, word_classes
    assert word_classes(pattern) == expected.replace("{w}", word_class())


@pytest.mark.parametrize("given", [pl.col("x"), None])
def test_narrow_passes_what_is_no_pattern(given):
    from etl.normalize import narrow
    assert narrow(given) is given


def test_narrow_spells_out_a_pattern():
    from etl.normalize import narrow, word_class
    assert narrow(r"^\w+$") == f"^[{word_class()}]+$"


# Articles written for this test: a dateline and agency, a byline, dates, a figure with its place.
NARROW_ARTICLES = [
    "الرياض - واس\nقتل 5 جنود في هجوم على مدينة حلب يوم الثلاثاء 12 مارس 2024.\nوقالت وكالة رويترز إن الهجوم وقع فجرا.",
    "بقلم: محمد أحمد\n\nأعلنت الشرطة اعتقال 12 مسلحا في بغداد أمس، حسب ما أفاد مصدر أمني لـ(فرانس برس).",
    "نشر الجيش 300 جندي على الحدود في 3/4/2023 بعد سقوط 4 قذائف. المصدر: الجزيرة",
]


def test_the_extraction_compiles_no_unicode_word_class(monkeypatch):
    # Every regex the extractors hand to polars with \w in it is recorded: each should have gone
    # through etl.normalize.narrow (a \w compiles Unicode's 796 ranges, again in every extraction).
    from etl.extract import extract
    from etl.normalize import word_class
    word_class()  # (built with a \w of its own, before the spy)
    seen: list[str] = []
    namespace = pl.expr.string.ExprStringNameSpace
    for name in ("contains", "extract", "extract_all", "extract_groups", "replace", "replace_all", "count_matches", "find"):
        def spy(self, pattern, *args, _orig=getattr(namespace, name), **kwargs):
            if isinstance(pattern, str) and not kwargs.get("literal") and ("\\w" in pattern or "\\W" in pattern):
                seen.append(pattern)
            return _orig(self, pattern, *args, **kwargs)
        monkeypatch.setattr(namespace, name, spy)
    articles = pl.DataFrame({"article_id": [f"a{i}" for i in range(len(NARROW_ARTICLES))], "text": NARROW_ARTICLES})
    tables = extract(articles)
    assert tables["attack_counts"].height + tables["troop_figures"].height > 0  # the figure paths ran
    assert seen == []


@pytest.mark.parametrize("raw, expected", [
    ("ﻋﻨﺼﺮﺍ", "عنصرا"),          # positional forms of each letter
    ("ﺃﻋﻠﻦ ﺇﻟﻰ", "اعلن الي"),    # the hamza forms and alef maqsura, as their plain letters are normalised
    ("اﻷحمري ﺛﻼﺛﺔ", "الاحمري ثلاثه"),  # lam-alef ligatures: two letters
    ("ﺟﻨﺪﻳﹰﺎ", "جنديا"),          # a harakah's presentation form is a mark
])
def test_normalize_presentation_forms(raw, expected):
    assert normalize(raw) == expected
    assert pl.DataFrame({"w": [raw]}).select(normalize_expr(pl.col("w")))["w"][0] == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(list("اﻷﺍﻻب ٣\n.") + ["\ufe7c", "\u064b"]), min_size=1, max_size=30).map("".join))
def test_original_index_with_ligatures_agrees_with_the_per_character_index(text):
    """A ligature is two letters of the match text: both map back to the ligature's own index."""
    m, k, positions = assert_original_index_is_the_per_character_index(text)
    assert all(normalize(text[k[p]]) and m[p] in normalize(text[k[p]]) for p in positions)
