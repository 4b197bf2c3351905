"""Troop figures and attack counts (spec §3-§5), as polars expressions over sentences.

Flow: candidate sentences (cheap prefilter) → normalised text plus the kept-character
index → every match of the figure grammar with its offsets (the ``.*?`` chunk trick: each
chunk is "gap + match", so cumulative chunk lengths give match positions) → one row per
match with rule, measure, value and qualifier → offsets mapped back to ``articles.text``.
"""

from __future__ import annotations


import polars as pl

from .normalize import REMOVABLE_CLASS, match_text_expr, original_index
from .numbers import parse_number
from .patterns import DISEASE, NOT_VICTIM, TAIL_CAPTURED, TAIL_INJURED, TAIL_KILLED, grammar
from .reference import read_csv

FIGURE_COLUMNS = [
    "article_id", "table", "measure", "value", "value_low", "value_high", "qualifier",
    "force", "role", "target", "victims", "rule", "sentence", "sentence_start", "char_start", "char_end",
]
CASUALTY = ("killed", "injured", "casualties")
MAX_PER_SENTENCE = 20
PK_MAX_WORDS = 12
INHERIT_MAX_GAP = 6  # words between a count and a "بينهم NUM" or "و + NUM + persons" that inherits its measure
MAX_TROOPS = 5_000_000  # larger than any armed force
MAX_PER_ARTICLE = 1000
TARGET = (
    r"^\s*(?:[^\s]+\s+){0,4}?(?:علي|في|استهدف\S*|ضد)\s+"
    r"((?:قاعده|مطار|مدينه|بلده|قريه|مقر|السفاره|معسكر|حي|مخيم|منطقه|محافظه|مدرسه|مستشفي|مسجد|سوق)\s+[^\s،,.]+(?:\s+[^\s،,.]+)?)"
)
BEFORE_WINDOW = r"((?:\S+\s+){0,5})$"
CAPTURE_WINDOW = r"((?:\S+\s+){0,12})$"
VICTIM_KILLED = (
    r"(?:^|[^\w])(?:[وفبل]|لل)?(?:مقتل|قتل|قتلت|قتلوا|اغتالوا|اعدموا|تصفيه|بحياه|لقي|لقوا|مصرع|استشهاد|استشهد|فقدت|فقد|"
    r"خسرت|خسر|خسروا|سقوط|سقط|اعدام|قضي|قضوا|"
    r"الشهداء|شهداء|القتلي|قتلي|الضحايا|ضحايا|ضحيتها|ضحيته|ضحيتهم|جثث|جثامين)(?:[^\w]|$)"
)
VICTIM_INJURED = r"(?:^|\s)(?:[وفبل]|لل)?(?:اصابه|اصيب|جرح|اصابت)(?:\s|$)"
VICTIM_CAPTURED = (
    r"(?:^|[^\w])(?:[وفبل]|لل)?(?:ت|ي)?(?:خطف|اختطاف|اختطف|اسر|اعتقال|اعتقل|احتجاز|احتجز|ضبط|القبض|توقيف|اوقف|ايقاف|"
    r"تسليم|استسلام|احاله|احال|ترحيل|محاكمه|اسري|رهائن|معتقلين)(?:ت|ها|هم|وا|ته|تهم)?(?:\s|$)"
)
DEPLOYED = r"(?:ارسال|ارسل|ارسلت|نشر|نشرت|ينشر|تنشر|دفع|دفعت|حشد|حشدت|ايفاد)"
MIL_NOUN_ONLY = r"^(?:ال)?(?:عنصر|عنصرا|عناصر|فرد|فردا|افراد)$"
BOTH_AFTER = r"^[\s\"()]*(?:\S+\s+){0,5}?(?:ما\s+)?بين\s+قتيل\s+وجريح"
SUBSET_TAIL = r"(\s+(?:من\s+)?(?:بينهم|منهم)[^\w]*)$"
NISBA_FIRST = r"^\s*(?:بين\s+)?\S+(?:ي|يا|يين|يون)(?:\s|$)"
GAP_INHERITS = r"^[\s،,]*(?:و|او|بينهم|منهم|من\s+بينهم|بالاضافه\s+الي)?\s*$"


def _strip_al(e: pl.Expr) -> pl.Expr:
    return e.str.replace(r"^ال", "").str.replace_all(r"\s+", " ")


def _lookup(e: pl.Expr, mapping: dict, part: int) -> pl.Expr:
    keys = list(mapping)
    return e.replace_strict(keys, [mapping[k][part] for k in keys], default=None)


def _rule_matches(cand: pl.LazyFrame, rule: str, pattern: str, priority: int) -> pl.LazyFrame:
    """Every match of one rule, with its end offset in the normalised sentence."""
    return (
        cand.select("article_id", "sent_idx", pl.col("norm").str.extract_all(r"(?s).*?(?:" + pattern + ")").alias("chunk"))
        .explode("chunk")
        .drop_nulls("chunk")
        .with_columns(pl.col("chunk").str.len_chars().cum_sum().over("article_id", "sent_idx").alias("m_end"))
        # Unanchored at the start: the engine finds the match's span with its DFAs and runs
        # the (slow) capture engine on that span only, not on the whole chunk.
        .with_columns(pl.col("chunk").str.extract_groups(r"(?s)(?P<m>" + pattern + ")$").alias("grp"))
        .drop("chunk")
        .unnest("grp")
        .with_columns(pl.lit(rule).alias("rule"), pl.lit(priority, pl.Int32).alias("prio"))
    )


def leftmost_non_overlapping(starts, ends, sent_keys) -> list[bool]:
    """Greedy leftmost-first selection over matches sorted by (sentence, start, priority):
    keep a match unless it overlaps one already kept in the same sentence."""
    keep = []
    last_key, last_end = None, -1
    for key, s, e in zip(sent_keys, starts, ends):
        if key != last_key:
            last_key, last_end = key, -1
        if s >= last_end:
            keep.append(True)
            last_end = e
        else:
            keep.append(False)
    return keep


def match_figures(sentences: pl.LazyFrame) -> pl.DataFrame:
    """Sentences → one row per grammar match with its raw groups and offsets.

    Each rule runs as its own regex (one combined alternation thrashes the regex
    engine's lazy DFA); overlaps are then resolved leftmost-first, earlier rules
    winning ties, as a single alternation would.
    """
    g = grammar()
    if "norm" not in sentences.collect_schema().names():
        sentences = sentences.with_columns(match_text_expr(pl.col("sentence")).alias("norm"))
    cand = sentences.filter(pl.col("norm").str.contains_any(g.prefilter)).collect(engine="streaming")
    lazy = cand.lazy()
    parts = pl.collect_all(
        [_rule_matches(lazy if g.rule_prefilter[r] is None else lazy.filter(pl.col("norm").str.contains(g.rule_prefilter[r])),
                       r, g.alternatives[r], i)
         for i, r in enumerate(g.rules)],
        engine="streaming",
    )
    m = pl.concat([p for p in parts if p.height], how="diagonal") if any(p.height for p in parts) else None
    if m is None:
        return pl.DataFrame()
    # pk: the count and its verb within twelve words (a far قتلوا belongs to someone else).
    # Checked before overlaps are resolved, so a too-long pk never hides another rule's match.
    # A verb glued to و/ف (مسلحان وقتلا) is the count's own action, not what befell it.
    if "w_pk" in m.columns:
        m = m.filter(~((pl.col("rule") == "pk") & ((pl.col("w_pk").fill_null("").str.count_matches(r"\S+") > PK_MAX_WORDS)
                                                    | pl.col("w_pk").fill_null("").str.contains(r"\w$"))))
    # A magnitude or a range with neither a verb nor a noun says nothing by itself: drop it
    # before overlaps are resolved, so it cannot hide a figure that starts there
    # (عشرات الحوثيين سقطوا بين قتيل وجريح).
    for rule, v, t in (("vg", "v_vg", "t_vg"), ("rg", "v_rg", "t_rg")):
        if v in m.columns:
            m = m.filter(~((pl.col("rule") == rule) & pl.col(v).is_null() & pl.col(t).is_null()))
    # A victims phrase stops before بينهم / منهم: what follows is a subset count of its own
    # (مقتل 71 الفا و781 مدنيا بينهم 11 الفا و964 طفلا).
    if "w_vb" in m.columns:
        subset = pl.col("m").str.extract(SUBSET_TAIL).str.len_chars().fill_null(0)
        m = m.with_columns(
            (pl.col("m_end") - subset).alias("m_end"),
            pl.col("m").str.slice(0, pl.col("m").str.len_chars() - subset).alias("m"),
            pl.col("w_vb").str.replace(SUBSET_TAIL, "").alias("w_vb"),
        )
    m = (
        m.with_columns(
            # Drop the separators the word-edge groups consumed at either end of the match.
            # (cn starts at its number, not at its و: where another rule reads the same number
            # as a figure of its own, that rule wins the tie.)
            (pl.col("m_end") - pl.col("m").str.len_chars()
             + pl.when(pl.col("rule") == "cn").then(pl.col("m").str.extract(r"^([^\w]*و\s*)")).otherwise(pl.col("m").str.extract(r"^([^\w]*)")).str.len_chars()
             ).alias("m_start"),
            (pl.col("m_end") - pl.col("m").str.extract(r"([^\w]*)$").str.len_chars()).alias("m_end"),
        )
        .filter(pl.col("m_end") > pl.col("m_start"))
        .sort(["article_id", "sent_idx", "m_start", "prio", "m_end"], descending=[False, False, False, False, True])
    )
    keys = (m["article_id"] + ":" + m["sent_idx"].cast(pl.Utf8)).to_list()
    m = m.filter(pl.Series(leftmost_non_overlapping(m["m_start"].to_list(), m["m_end"].to_list(), keys), dtype=pl.Boolean))
    # Guard against pathological text (one trigger phrase repeated a million times): no real
    # sentence states more than MAX_PER_SENTENCE figures, no article MAX_PER_ARTICLE.
    m = m.filter(
        (pl.int_range(pl.len()).over("article_id", "sent_idx") < MAX_PER_SENTENCE)
        & (pl.int_range(pl.len()).over("article_id") < MAX_PER_ARTICLE)
    )
    m = m.join(cand, on=["article_id", "sent_idx"], how="left")
    m = original_index(m, "sentence", "norm", {"_start_in_sentence": pl.col("m_start"), "_last_in_sentence": pl.col("m_end") - 1})
    m = m.sort(["article_id", "sent_idx", "m_start"])
    prev_end = pl.col("m_end").shift(1).over("article_id", "sent_idx").fill_null(0)
    return (
        m.with_columns(
            (pl.col("sent_start") + pl.col("_start_in_sentence")).alias("char_start"),
            (pl.col("_last_in_sentence") + 1).alias("_end_in_sentence"),
            pl.col("norm").str.slice(pl.col("m_end")).alias("after"),
            pl.col("norm").str.slice(prev_end, pl.col("m_start") - prev_end).alias("gap"),
        )
        # Diacritics after the last matched letter belong to the evidence phrase.
        .with_columns(
            (pl.col("sent_start") + pl.col("_end_in_sentence")
             + pl.col("sentence").str.slice(pl.col("_end_in_sentence")).str.extract("^(" + REMOVABLE_CLASS + "*)").str.len_chars()
             ).alias("char_end")
        )
    )


def _parse_numbers(df: pl.DataFrame, cols: list[str]) -> pl.DataFrame:
    """Parse every distinct number phrase once (pure Python, no regex) and map back."""
    phrases = set()
    for c in cols:
        phrases.update(v for v in df[c].unique().to_list() if v is not None)
    table = {p: parse_number(p) for p in phrases}
    keys = list(table)
    vals = [table[k] for k in keys]
    return df.with_columns(
        [pl.col(c).replace_strict(keys, vals, default=None, return_dtype=pl.Int64).alias(f"{c}_val") for c in cols]
    )


def figures_from_matches(m: pl.DataFrame) -> pl.DataFrame:
    """Raw grammar matches → typed figure rows (both tables), with the spec's exclusions applied."""
    g = grammar()
    if m.height == 0:
        return pl.DataFrame(schema={c: pl.Utf8 for c in FIGURE_COLUMNS})  # typed by extract._conform
    # Every group of every rule exists, even when a rule matched nothing in this batch.
    m = m.with_columns([pl.lit(None, pl.Utf8).alias(c) for c in g.group_names if c not in m.columns])
    m = _parse_numbers(m, ["n_rg", "m_rg", "n2_rg", "m2_rg", "lo_tt", "hi_tt", "n_dn", "n_vf", "n_tt", "n_tl", "n_lq", "n_vb", "n_qw", "n_pk", "n_nn", "n_el", "n_cn", "n_nf"])
    verb = pl.coalesce("v_vg", "v_rg", "v_vb", "v_vf", "v_vp").str.replace_all(r"\s+", " ")
    noun = _strip_al(pl.coalesce("t_vg", "t_rg", "t_nn", "t_dn"))
    noun_first = noun.str.extract(r"^(\S+)")
    verb_table, verb_meas = _lookup(verb, g.verb_measure, 0), _lookup(verb, g.verb_measure, 1)
    noun_table = pl.coalesce(_lookup(noun, g.noun_measure, 0), _lookup(noun_first, g.noun_measure, 0))
    noun_meas = pl.coalesce(_lookup(noun, g.noun_measure, 1), _lookup(noun_first, g.noun_measure, 1))
    tl_meas = pl.when(pl.col("v_tl").str.contains("قتلي|ضحايا|شهداء|وفيات")).then(pl.lit("killed")).otherwise(pl.lit("injured"))
    qual_word = pl.coalesce("q_tt", "q_pk", "q_vf", "q_tl", "q_lq", "q_vb", "q_qw", "q_nn", "q_el", "q_cn", "q_nf", "qa_nn", "qb_nn", "qa_qw", "qb_qw", "qa_du", "qb_du")
    qual_word = qual_word.str.replace_all(r"\s+", " ")
    r = pl.col("rule")
    m = m.with_columns(
        pl.when(r == "vg").then(pl.coalesce(verb_table, noun_table))
        .when(r == "rg").then(pl.coalesce(verb_table, noun_table))
        .when(r.is_in(["tl", "lq"])).then(pl.lit("attacks"))
        .when(r.is_in(["vb", "vf", "vp"])).then(verb_table)
        .when(r.is_in(["qw", "tt", "nf"])).then(pl.lit("troops"))
        .when(r.is_in(["pk", "pv"])).then(pl.lit("attacks"))
        .when(r.is_in(["nn", "dn"])).then(noun_table)
        .when(r == "du").then(_lookup(pl.col("d_du"), g.dual_measure, 0))
        .otherwise(pl.lit(None)).alias("table"),
        pl.when(r == "vg").then(pl.coalesce(verb_meas, noun_meas))
        .when(r == "rg").then(pl.coalesce(verb_meas, noun_meas))
        .when(r == "tl").then(tl_meas)
        .when(r == "lq").then(pl.lit("killed"))
        .when(r.is_in(["vb", "vf", "vp"])).then(verb_meas)
        .when(r.is_in(["qw", "tt", "nf"])).then(pl.lit("troops"))
        .when(r == "pk").then(pl.when(pl.col("v_pk").str.contains("^(?:اصيب|جرح)")).then(pl.lit("injured"))
                              .when(pl.col("v_pk").str.contains("بين")).then(pl.lit("casualties")).otherwise(pl.lit("killed")))
        .when(r.is_in(["nn", "dn"])).then(noun_meas)
        .when(r == "du").then(_lookup(pl.col("d_du"), g.dual_measure, 1))
        .when(r == "pv").then(pl.when(pl.col("v_pv").str.contains("^اصيب")).then(pl.lit("injured")).otherwise(pl.lit("killed")))
        .otherwise(pl.lit(None)).alias("measure"),
        pl.when(r.is_in(["vg", "rg"]) | ((r == "pk") & pl.col("g_pk").is_not_null()) | ((r == "tt") & pl.col("g_tt").is_not_null())).then(pl.lit(None, pl.Int64))
        .when(r == "vp").then(pl.when(pl.col("p_vp").is_in(list(g.person_dual))).then(2).otherwise(1))
        .when(r == "cj").then(pl.when(pl.col("p_cj").is_in(list(g.person_dual))).then(2).otherwise(1))
        .when(r == "pv").then(pl.when(pl.col("p_pv").is_in(list(g.person_dual))).then(2).otherwise(1))
        .when(r == "du").then(pl.lit(2))
        .when((r == "pk") & pl.col("p_pk").is_not_null()).then(pl.lit(2))
        .otherwise(pl.coalesce("n_dn_val", "n_vf_val", "n_tt_val", "n_pk_val", "n_tl_val", "n_lq_val", "n_vb_val", "n_qw_val", "n_nn_val", "n_el_val", "n_cn_val", "n_nf_val"))
        .cast(pl.Int64).alias("value"),
        pl.when(r.is_in(["vg", "pk"]) | ((r == "tt") & pl.col("g_tt").is_not_null())).then(_lookup(pl.coalesce("g_vg", "g_pk", "g_tt").str.replace_all(r"\s+", " "), {k: (v,) for k, v in g.vague_low.items()}, 0))
        .when(r == "rg").then(pl.coalesce("n_rg_val", "n2_rg_val")).when(r == "tt").then(pl.col("lo_tt_val"))
        .otherwise(pl.lit(None)).cast(pl.Int64).alias("value_low"),
        pl.when(r == "rg").then(pl.coalesce("m_rg_val", "m2_rg_val")).when(r == "tt").then(pl.col("hi_tt_val"))
        .otherwise(pl.lit(None)).cast(pl.Int64).alias("value_high"),
        pl.when((r == "vg") | ((r.is_in(["pk", "tt"])) & pl.coalesce("g_pk", "g_tt").is_not_null())).then(pl.lit("vague")).when((r == "rg") | ((r == "tt") & pl.col("lo_tt").is_not_null())).then(pl.lit("exact"))
        .otherwise(_lookup(qual_word, {k: (v,) for k, v in g.qualifier.items()}, 0).fill_null("exact")).alias("qualifier"),
        pl.coalesce("f_nn", "f_qw", "f_el", "f_du", pl.col("w_nf").str.extract(r"(?:^|\s)(" + g.force + ")")).alias("force_word"),
        pl.coalesce("w_vb", "w_vf", pl.when(pl.col("p_vp").is_not_null()).then(pl.concat_str([pl.col("p_vp"), pl.col("w_vp")], separator=" ", ignore_nulls=True)), "w_lq", "w_cn", "h_cn", "p_pv").str.replace_all(r"\s+", " ").str.strip_chars(" ,،.").alias("victims"),
    )
    # The spec's exclusions and sanity checks.
    head = pl.col("norm").str.slice(0, pl.col("m_start"))
    before = head.str.extract(BEFORE_WINDOW, 1).fill_null("")
    before_long = head.str.extract(CAPTURE_WINDOW, 1).fill_null("")
    keep = (
        (pl.col("table").is_not_null() | r.is_in(["el", "cj", "cn"]))
        & pl.col("x_nn").is_null()
        & (pl.col("value").is_not_null() | pl.col("value_low").is_not_null())
        & ~((r == "vb") & pl.col("victims").fill_null("").str.contains(NOT_VICTIM))
        # Disease cases are not casualties of violence (a troop figure "في حالة تأهب" is not a case).
        & ~((pl.col("measure") != "troops") & pl.col("victims").fill_null("").str.contains(DISEASE)).fill_null(False)
        & ~((pl.col("measure") != "troops") & pl.col("after").str.slice(0, 40).str.contains(DISEASE)).fill_null(False)
        # vf: nothing between the verb and its count may be another trigger, a capture or a rate
        # (مقتل عقيد واصابه ثمانيه جنود، قتل واعتقل 16، اصابه لكل 100 امراه).
        & ~((r == "vf") & pl.col("m").str.replace(r"^[^\w]*\S+", "").str.contains(g.between_stop))
        & ~((pl.col("measure") == "troops") & r.is_in(["nn", "vg", "dn"]) & pl.col("after").str.contains(TAIL_CAPTURED))
        # "&#8221;" in text scraped from the web is a character, not a count.
        & ~(head.str.contains(r"&#x?$") | pl.col("m").str.contains(r"&#x?[0-9a-f]+;?"))
        # "عام 2015 تفجير": a year before a noun, not a count.
        & ~((r == "nn") & before.str.contains(r"(?:^|\s)(?:[وفبل]|ل)?(?:عام|العام|سنه|السنه)\s*$"))
        # "7- جندي متدرب", "(172) من افراد": a list number or a bracketed code, not a count.
        & ~((r == "nn") & pl.col("n_nn").fill_null("").str.contains(r"[-)]\s*$"))
        # No force counts more than MAX_TROOPS ("23 مليون رجل امن" is a figure of speech).
        & ~((pl.col("measure") == "troops") & (pl.col("value") > MAX_TROOPS)).fill_null(False)
        # nf: fighting for an armed side, not a team or a cause (a military word in the sentence),
        # and the words between are the fighters, not another count.
        & ~((r == "nf") & (~pl.col("norm").str.contains(g.military_word) | pl.col("w_nf").str.contains(r"[0-9]")
                           # the count is of people of a nationality or side: a nisba right after it (تونسي، فرنسيا، بين فرنسيين)
                           | ~pl.col("w_nf").str.contains(NISBA_FIRST)))
        # قوامه 6.2 مليار ريال is money, قوامها 11 شخصا a committee: قوام needs a force.
        & ~((r == "qw") & (pl.col("after").str.contains(NOT_VICTIM) | ~pl.col("norm").str.contains(g.military_word)))
        # الجنديان (definite dual) refers back to soldiers already counted.
        & ~((r == "du") & (pl.col("measure") == "troops") & pl.col("m").str.contains(r"^[^\w]*(?:[وفبل])?ال"))
        & ~((r == "rg") & (pl.col("value_low") >= pl.col("value_high")))
    )
    m = m.filter(keep)
    # A troop noun right after a casualty or capture verb: the soldiers are victims, not a strength
    # (قتل آنذاك خمسة جنود، خطف 5 مقاتلين، فقدت 900 جندي).
    troop_nn = (pl.col("measure") == "troops") & r.is_in(["nn", "rg", "vg", "dn"])
    m = m.with_columns(
        pl.when(troop_nn & (before.str.contains(VICTIM_KILLED) | pl.col("after").str.contains(TAIL_KILLED))).then(pl.lit("killed"))
        .when(troop_nn & (before.str.contains(VICTIM_INJURED) | pl.col("after").str.contains(TAIL_INJURED))).then(pl.lit("injured"))
        .when(troop_nn & before_long.str.contains(VICTIM_CAPTURED)
              & ~before_long.str.extract("^.*" + VICTIM_CAPTURED + "(.*)$", 1).fill_null("").str.contains(DEPLOYED)).then(pl.lit("drop"))
        .otherwise(pl.col("measure")).alias("measure")
    ).with_columns(
        pl.when(pl.col("measure").is_in(CASUALTY) & (pl.col("table") == "troops")).then(pl.lit("attacks"))
        .otherwise(pl.col("table")).alias("table")
    ).filter((pl.col("measure") != "drop").fill_null(True))
    # A count followed by "بين قتيل وجريح" counts both (سقوط العشرات من عناصر (داعش) بين قتيل وجريح).
    m = m.with_columns(
        pl.when((pl.col("table") == "attacks") & pl.col("measure").is_in(["killed", "injured"])
                & pl.col("after").str.contains(BOTH_AFTER)).then(pl.lit("casualties")).otherwise(pl.col("measure")).alias("measure")
    )
    # A bare عنصر/فرد count needs a military word in its sentence (30 عنصرا of a football squad is not a force).
    m = m.filter(~((pl.col("measure") == "troops") & pl.col("t_nn").fill_null("").str.contains(MIL_NOUN_ONLY)
                   & ~pl.col("norm").str.contains(g.military_word)).fill_null(False))
    # Elliptic and conjunct mentions inherit the measure of the figure just before them
    # (من بينهم 2500 اميركي after a troop figure; و3 جنود after a killed count).
    m = m.sort("article_id", "sent_idx", "char_start").with_columns(
        pl.col("table").shift(1).over("article_id", "sent_idx").alias("prev_table"),
        pl.col("measure").shift(1).over("article_id", "sent_idx").alias("prev_measure"),
    )
    # "بينهم 500 جندي": an elliptic match whose word is itself a trigger noun is a plain figure.
    el_noun_table = _lookup(_strip_al(pl.col("force_word")), g.noun_measure, 0)
    el_noun_meas = _lookup(_strip_al(pl.col("force_word")), g.noun_measure, 1)
    plain = (r == "el") & el_noun_table.is_not_null() & ~pl.col("prev_measure").is_in(CASUALTY).fill_null(False)
    m = m.with_columns(
        pl.when(plain).then(el_noun_table).otherwise(pl.col("table")).alias("table"),
        pl.when(plain).then(el_noun_meas).otherwise(pl.col("measure")).alias("measure"),
        pl.when(plain).then(pl.lit("nn")).otherwise(pl.col("rule")).alias("rule"),
    )
    # بينهم / منهم belongs to the count right before it: nothing but a few words between
    # (not "وقتل الالاف … ونزح 2.5 مليون شخص بينهم 500 الف").
    near = (pl.col("gap").str.count_matches(r"\S+") <= INHERIT_MAX_GAP) & ~pl.col("gap").str.contains(r"[.؛;:]")
    m = m.filter(~((r == "el") & ~(near & ~pl.col("gap").str.contains(r"[0-9]"))).fill_null(True))
    # An elliptic troop figure needs a nationality (من بينهم 2500 اميركي).
    m = m.filter(~((r == "el") & ((pl.col("prev_measure") != "troops") | pl.col("prev_measure").is_null()) & pl.col("prev_measure").is_in(CASUALTY).not_())
                 & ~((r == "el") & (pl.col("prev_measure") == "troops") & _force_expr(pl.col("force_word")).is_null()))
    conj = pl.col("gap").str.contains(GAP_INHERITS) | (
        pl.col("m").str.contains(r"^[^\w]*و") & pl.col("gap").str.contains(r"^\s*(?:\S+\s+){0,5}$")
    )
    # و + person noun counts only right after a casualty count (اصابه فتاه وطفلين).
    m = m.filter(~((r == "cj") & ~(pl.col("prev_measure").is_in(CASUALTY) & pl.col("gap").str.contains(r"^[\s،,]*$"))).fill_null(True))
    # و + a count of persons: near a casualty count (بمقتل 11 من التنظيم (داعش) و11 مدنيا).
    m = m.filter(~((r == "cn") & ~(pl.col("prev_measure").is_in(CASUALTY) & near)).fill_null(True))
    inherit = r.is_in(["el", "cj", "cn"]) | ((pl.col("measure") == "troops") & pl.col("prev_measure").is_in(CASUALTY) & conj)
    m = m.with_columns(
        pl.when(inherit).then(pl.col("prev_table")).otherwise(pl.col("table")).alias("table"),
        pl.when(inherit).then(pl.col("prev_measure")).otherwise(pl.col("measure")).alias("measure"),
    ).filter(pl.col("table").is_not_null())
    return m.with_columns(
        _force_expr(pl.col("force_word")).alias("force"),
        _role_expr(pl.col("norm")).alias("role"),
        pl.when(pl.col("measure").is_in(["attacks", "projectiles"]))
        .then(pl.col("after").str.extract(TARGET, 1).str.replace_all(r"\s+", " ")).alias("target"),
        pl.when(pl.col("measure").is_in(CASUALTY)).then(pl.col("victims")).alias("victims"),
        pl.col("sent_start").alias("sentence_start"),
    ).select(FIGURE_COLUMNS)


def _force_expr(word: pl.Expr) -> pl.Expr:
    rows = read_csv("forces.csv")
    expr = pl.lit(None, pl.Utf8)
    for row in reversed(rows):
        expr = pl.when(word.str.contains(row["pattern"])).then(pl.lit(row["force"])).otherwise(expr)
    return expr


def _role_expr(norm: pl.Expr) -> pl.Expr:
    rows = sorted(read_csv("roles.csv"), key=lambda r: int(r["priority"]), reverse=True)
    expr = pl.lit("other")
    for row in rows:
        expr = pl.when(norm.str.contains(r"(?:^|\s)(?:[وفبل]|ال)?(?:" + row["pattern"].replace(" ", r"\s+") + r")(?:[^\w]|$)")).then(pl.lit(row["role"])).otherwise(expr)
    return expr


def extract_figures(sentences: pl.LazyFrame) -> pl.DataFrame:
    """Sentences → all figure rows (troops and attack counts) with evidence offsets."""
    return figures_from_matches(match_figures(sentences))


def troop_figures(figures: pl.DataFrame) -> pl.DataFrame:
    return figures.filter(pl.col("table") == "troops").drop("table", "measure", "target", "victims")


def attack_counts(figures: pl.DataFrame) -> pl.DataFrame:
    return figures.filter(pl.col("table") == "attacks").drop("table", "force", "role")
