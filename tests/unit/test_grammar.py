"""The figure grammar as data: rules as objects, word lists from data/reference/, prefilters
derived from the lists, exclusions named."""

import ast
import re
from pathlib import Path

import polars as pl
import pytest

from etl.normalize import normalize
from etl.patterns import word_lists, word_measures
from etl.reference import REFERENCE_DIR, read_csv
from etl.rules import EXCLUSIONS, RULES, grammar
from tests.conftest import extract_one

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases

ETL = Path(__file__).resolve().parents[2] / "etl"
GRAMMAR_MODULES = ["rules.py", "patterns.py", "figures.py", "numbers.py"]
ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")


@pytest.mark.parametrize("compiled", grammar().rules, ids=lambda c: c.rule.name)
def test_every_rule_prefilter_admits_every_word_of_that_rule(compiled):
    """A word added to a rule's list cannot miss its prefilter (قضوا once did)."""
    assert compiled.prefilter_words or compiled.rule.prefilter_shape, "a rule names the words (or the shape) it needs"
    if compiled.prefilter is None:
        assert not compiled.rule.prefilter, "only a rule that asks to run on every candidate sentence has no prefilter"
        return
    missed = [w for w in compiled.prefilter_words if not re.search(compiled.prefilter, w)]
    assert missed == []


@pytest.mark.parametrize("compiled", [c for c in grammar().rules if c.rule.sentence_trigger], ids=lambda c: c.rule.name)
def test_the_sentence_prefilter_admits_every_trigger_word(compiled):
    prefilter = grammar().prefilter
    missed = [w for w in compiled.trigger_words if not any(p in w for p in prefilter)]
    assert missed == []


def test_the_sentence_prefilter_keeps_no_word_that_contains_another():
    """Words that contain another add nothing to a substring test and slow it down."""
    words = grammar().prefilter
    assert not any(o != w and o in w for w in words for o in words)


def test_the_sentence_prefilter_stays_at_or_under_100_literals():
    """polars' multi-literal search is about three times slower beyond 100 literals (measured
    on the corpus): a word list that grows must find room, not cross it."""
    assert len(grammar().prefilter) <= 100


def test_a_duals_two_cases_share_one_stem_in_the_prefilter():
    from etl.patterns import shared_stems

    assert shared_stems({"عمليتان", "عمليتين", "قذيفتا", "قذيفتي", "هجوم"}) == {"عمليت", "قذيفت", "هجوم"}
    # a stem shorter than five letters would admit unrelated words: both stay
    assert shared_stems({"شرطه", "شرطي"}) == {"شرطه", "شرطي"}
    # words of different lengths, or that differ earlier, stay as they are
    assert shared_stems({"طايرات", "طايرتين", "مسيرات"}) == {"طايرات", "طايرتين", "مسيرات"}


@pytest.mark.parametrize("module", GRAMMAR_MODULES)
def test_no_arabic_word_is_written_in_the_grammar_code(module):
    """Every Arabic word of the grammar lives in data/reference/ (docstrings and comments
    may quote examples)."""
    tree = ast.parse((ETL / module).read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value) for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
        and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }
    arabic = [n.value for n in ast.walk(tree)
              if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings and ARABIC_LETTER.search(n.value)]
    assert arabic == []


def test_every_word_list_is_described_and_every_described_list_has_words():
    used = {r["list"] for r in read_csv("grammar_words.csv")}
    described = [r["list"] for r in read_csv("grammar_lists.csv")]
    assert used == set(described)
    assert sorted(n for n in set(described) if described.count(n) > 1) == []  # one description per list


def test_every_trigger_list_is_read_by_its_rule_pattern():
    """A rule's triggers are lists its pattern reads, so the prefilter derives from what it matches."""
    for rule in RULES:
        fields = set(re.findall(r"\{(\w+)\}", rule.pattern))
        composite = {"VERB": "verb", "NOUN": "noun", "ANYNOUN": "noun", "DUAL": "dual", "VAGUE": "vague", "PSG": "person", "PDU": "person_dual"}
        read = fields | {composite[f] for f in fields if f in composite} | ({"noun_mil"} if "ANYNOUN" in fields else set()) \
            | ({"dual_mil"} if "DUAL" in fields else set())
        assert set(rule.triggers) <= read, rule.name


def test_exclusions_have_unique_names_and_reasons_and_every_named_one_exists():
    names = [e.name for e in EXCLUSIONS]
    assert len(names) == len(set(names))
    assert all(e.reason and e.stage for e in EXCLUSIONS)
    named = {n for r in RULES for n in r.exclusions}
    assert named <= set(names)


def test_measure_lists_name_known_measures():
    measures = {"troops", "attacks", "projectiles", "killed", "injured", "casualties"}
    for lst, mapping in word_measures().items():
        assert {m for _, m in mapping.values()} <= measures, lst


AFTER_VERB = [r for r in read_csv("grammar_words.csv") if r["list"] == "after_verb"]


# The sentence is the parameter (not built in the test) so that batched_phrases extracts all of
# them in the module's one call.
@pytest.mark.parametrize("sentence, measure", [(f"وقال المتحدث إن 12 مسلحا {r['word']} في الاشتباكات.", r["measure"]) for r in AFTER_VERB],
                         ids=[r["word"] for r in AFTER_VERB])
def test_every_verb_after_a_count_reads_the_count(sentence, measure):
    """Each verb of the after_verb list, written after a count of gunmen, gives that count
    with the list's measure (إن 12 مسلحا قضوا once gave nothing)."""
    out = extract_one(sentence)
    assert out["attack_counts"].select("measure", "value").rows() == [(measure, 12)]


@pytest.mark.parametrize(
    "sentence, rule, exclusion",
    [
        ("تمكنت القوات من ضبط 14 صاروخا في المستودع.", "nn", "excluded_context"),
        ("تسجيل إصابة 3 حالات جديدة بفيروس كورونا.", "vb", "disease_victims"),
        ("وليصبح لدينا 23 مليون رجل أمن يستطيعون محاصرته.", "nn", "implausible"),
        ("7- جندي متدرب عمر أحمد.", "nn", "list_number"),
        ("بعد أن أمضى 18 عاماً في إصابة أهدافه قتل 5 سنوات.", "vb", "unit_after_count"),
        ("أطلق سراح ثلاثة عسكريين مخطوفين منذ سنة.", "nn", "troops_captured"),
        ("سيشكل قوة عمل لإصلاح الفيفا قوامها 11 شخصا.", "qw", "strength_no_force"),
    ],
)
def test_a_dropped_match_names_the_exclusion_that_removed_it(sentence, rule, exclusion):
    from etl.figures import extract_figures, extract_figures_explained
    from etl.normalize import match_text_expr
    from etl.sentences import split_sentences

    sents = split_sentences(pl.DataFrame({"article_id": ["a"], "text": [sentence]}).lazy()).with_columns(
        match_text_expr(pl.col("sentence")).alias("norm"))
    figs, dropped = extract_figures_explained(sents)
    assert figs.height == 0 and extract_figures(sents).height == 0
    assert (rule, exclusion) in dropped.select("rule", "dropped_by").rows()
    row = dropped.filter(pl.col("dropped_by") == exclusion).row(0, named=True)
    assert row["reason"] and sentence[row["char_start"]:row["char_end"]] in sentence
    assert normalize(sentence[row["char_start"]:row["char_end"]])[:1].strip()


def test_word_lists_come_from_the_reference_tables():
    lists = word_lists()
    assert set(lists["scale"]) == {normalize(r["word"]) for r in read_csv("number_words.csv") if r["kind"] == "scale"}
    assert all((REFERENCE_DIR / f).exists() for f in ("grammar_words.csv", "grammar_lists.csv"))


def _matches(compiled, sentences):
    import dataclasses
    from etl.figures import rule_matches
    cand = pl.DataFrame({"article_id": ["a"] * len(sentences), "sent_idx": list(range(len(sentences))), "norm": sentences}).lazy()
    return rule_matches(cand, compiled, prefilter=False).collect().select(
        "sent_idx", "m_start", "m_end", *sorted(compiled.groups)).sort("sent_idx", "m_start")


def test_a_rare_branch_tried_only_where_its_shape_is_finds_what_the_whole_pattern_finds():
    """Rule.rare: the pattern without its branch on sentences that lack the branch's shape, the
    whole pattern on the others, gives the whole pattern's matches (a glued count in the first
    sentence, none in the second: the guard keeps the first only)."""
    import dataclasses
    compiled = next(c for c in grammar().rules if c.rule.name == "pk")
    sentences = ["وكان 15مسلحا علي الاقل قتلوا في الاشتباك", "وكان 15 مسلحا علي الاقل قتلوا في الاشتباك"]
    guarded = [bool(re.search(compiled.rare_guard, s)) for s in sentences]
    assert guarded == [True, False]
    whole = _matches(dataclasses.replace(compiled, rare_guard=None), sentences)
    split = _matches(compiled, sentences)
    assert whole.height == 2 and split.equals(whole)
    assert split["glued_pk"].to_list() == ["مسلحا", None]


# sentences with several figures each (gaps before and between matches), written for this test
ONE_PATTERN_SENTENCES = [
    "وقالت الوزارة إن 5 جنود قتلوا وأصيب 12 آخرون، فيما نشرت القيادة 300 جندي إضافي في المنطقة",
    "ارتفع عدد القتلى إلى 40 بينهم 6 أطفال، وتراوح عدد الجرحى بين 20 و30 مدنيا",
    "أطلقت الفصائل 14 صاروخا وثلاث قذائف هاون، وأسقطت الدفاعات 7 مسيرات",
    "خفضت الحكومة عدد قواتها من 5200 إلى 3000 جندي بعد مقتل جنديين اثنين",
]


def test_one_pattern_reads_the_same_matches_and_groups_as_two():
    """``one_pattern`` (the chunks' pattern also reads the groups, compiled once per batch) gives
    every rule the same spans and groups as the two patterns, over sentences with several matches."""
    from etl.figures import rule_matches
    from etl.normalize import match_text_expr
    cand = pl.DataFrame({"article_id": ["a"] * len(ONE_PATTERN_SENTENCES), "sent_idx": list(range(len(ONE_PATTERN_SENTENCES))),
                         "sentence": ONE_PATTERN_SENTENCES}).with_columns(match_text_expr(pl.col("sentence")).alias("norm")).lazy()
    found = 0
    for compiled in grammar().rules:
        two, one = (rule_matches(cand, compiled, prefilter=False, one_pattern=o).collect().sort("sent_idx", "m_start") for o in (False, True))
        assert one.equals(two), compiled.rule.name
        found += two.height
    assert found >= 10


def _anchored():
    from etl.figures import prefilter_anchors

    return prefilter_anchors()


@pytest.mark.parametrize("compiled", [c for c in grammar().rules if c.prefilter in _anchored()], ids=lambda c: c.rule.name)
def test_every_phrase_a_prefilter_admits_holds_one_of_its_anchors(compiled):
    """prefilter_flags runs an anchored prefilter's regex only where an anchor occurs: a phrase
    without one would be missed."""
    anchors = _anchored()[compiled.prefilter]
    missed = [w for w in compiled.prefilter_words if not any(a in normalize(w) for a in anchors)]
    assert missed == []


def test_a_shape_prefilter_has_no_anchors():
    """A prefilter built from a shape (a number after a word, a bracket) holds no literal every
    match contains: it is searched in full."""
    shaped = {c.prefilter for c in grammar().rules if c.rule.prefilter_shape is not None}
    assert shaped and not shaped & set(_anchored())


def test_prefilter_flags_give_the_full_search_verdict():
    """Anchors first, regex second: the same flags as each prefilter's regex over every sentence,
    also where an anchor occurs inside a longer word the regex does not admit."""
    from etl.figures import prefilter_flags
    from etl.normalize import match_text_expr

    words = sorted({w for c in grammar().rules if c.prefilter for w in c.prefilter_words})[::7]
    texts = ([f"وقال مصدر امني ان {w} 12 شخصا امس" for w in words] + [f"كتب {w}كما" for w in words]
             + ["انعقد المؤتمر في موعده", "قال 3 مسؤولين ان الاجتماع تأجل"])
    cand = pl.DataFrame({"sentence": texts}).with_columns(match_text_expr(pl.col("sentence")).alias("norm"))
    out, flags = prefilter_flags(cand)
    full = cand.select([pl.col("norm").str.contains(p).alias(n) for p, n in flags.items()])
    assert out.select(flags.values()).equals(full)
    anchored = [(n, a) for p, n in flags.items() for a in [_anchored().get(p)] if a]
    assert any(full[n].any() and not full[n].all() for n, _ in anchored)
    # some sentence holds an anchor its prefilter's regex does not admit: the second stage decides
    assert any((cand["norm"].str.contains_any(list(a)) & ~full[n]).any() for n, a in anchored)


def test_reading_and_excluding_with_the_present_rules_only_is_the_same_as_with_all():
    """read_all and apply_exclusions evaluate only the rules that have a match in the batch (a
    when/then chain evaluates every branch over every row): the same rows and values as with every
    rule's branch, and an exclusion of rules absent from the batch drops nothing."""
    from etl.figures import _read_all_exprs, _with_groups, apply_exclusions, read_all, rule_matches, with_values
    from etl.normalize import match_text_expr
    from etl.rules import exclusions
    cand = pl.DataFrame({"article_id": ["a"] * len(ONE_PATTERN_SENTENCES), "sent_idx": list(range(len(ONE_PATTERN_SENTENCES))),
                         "sentence": ONE_PATTERN_SENTENCES}).with_columns(match_text_expr(pl.col("sentence")).alias("norm")).lazy()
    parts = [p for p in (rule_matches(cand, c, prefilter=False).collect() for c in grammar().rules) if p.height]
    m = _with_groups(pl.concat(parts, how="diagonal"))
    assert 1 < m["rule"].n_unique() < len(grammar().rules)
    every = m.with_columns(_read_all_exprs())
    assert read_all(m).equals(every)
    read = with_values(every)
    excl = exclusions("match")
    assert any(e.rules and not set(e.rules) & set(m["rule"]) for e in excl), "some exclusion's rules are absent"
    assert apply_exclusions(read, excl, None).equals(read.filter(pl.all_horizontal([~e.drops() for e in excl])))
